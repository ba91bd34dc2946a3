package web

import (
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"time"

	"github.com/liaison-dev/liaison/internal/dberr"
	"github.com/liaison-dev/liaison/internal/i18n"
	"github.com/liaison-dev/liaison/internal/problem"
)

// statuses is the one table from problem codes to HTTP statuses.
var statuses = map[problem.Code]int{
	problem.Malformed:    http.StatusBadRequest,
	problem.Unauthorized: http.StatusUnauthorized,
	problem.Forbidden:    http.StatusForbidden,
	problem.NotFound:     http.StatusNotFound,
	problem.Conflict:     http.StatusConflict,
	problem.TooLarge:     http.StatusRequestEntityTooLarge,
	problem.Invalid:      http.StatusUnprocessableEntity,
	problem.RateLimited:  http.StatusTooManyRequests,
	problem.Unavailable:  http.StatusServiceUnavailable,
	problem.Internal:     http.StatusInternalServerError,
	problem.LinkExpired:  http.StatusGone,
	problem.LinkRevoked:  http.StatusGone,
}

// Status returns the HTTP status for a problem code; 500 for unknown codes.
func Status(c problem.Code) int {
	if s, ok := statuses[c]; ok {
		return s
	}
	return http.StatusInternalServerError
}

// RetryAfterSeconds is the Retry-After of every 503: a busy sign-in pool
// or a database that is coming back is worth asking again shortly.
const RetryAfterSeconds = "2"

// RetryAfter writes a wait as Retry-After's delay-seconds: whole seconds,
// rounded up so that a retry at that time is not refused again, and at
// least 1 (a wait not known, or already over, is "try again shortly").
func RetryAfter(d time.Duration) string {
	s := int64((d + time.Second - 1) / time.Second)
	if s < 1 {
		s = 1
	}
	return strconv.FormatInt(s, 10)
}

var errCrossOrigin = problem.Key(problem.Forbidden, "problem.cross_origin_refused")

// errorBody is the contract's error shape: {"error":{"code","message","fields"}}.
type errorBody struct {
	Error struct {
		Code    problem.Code      `json:"code"`
		Message string            `json:"message"`
		Fields  map[string]string `json:"fields,omitempty"`
	} `json:"error"`
}

// WriteProblem writes p with its status in the contract's error shape, its
// message and reasons in lang (the caller's language; Chinese, the default,
// when it is not known); a 503 and a 429 say when to come back (RFC 9110
// §10.2.3).
func WriteProblem(w http.ResponseWriter, p *problem.Error, lang string) {
	status := Status(p.Code)
	if p.Code == problem.Unauthorized {
		w.Header().Set("WWW-Authenticate", `Bearer realm="liaison"`)
	}
	if status == http.StatusServiceUnavailable && w.Header().Get("Retry-After") == "" {
		w.Header().Set("Retry-After", RetryAfterSeconds)
	}
	if status == http.StatusTooManyRequests {
		w.Header().Set("Retry-After", RetryAfter(p.RetryAfter))
	}
	var b errorBody
	b.Error.Code, b.Error.Message, b.Error.Fields = p.Code, p.Text(lang), p.Reasons(lang)
	WriteJSON(w, status, b)
}

// Lang is the language of an answer to r: the signed-in caller's own, else
// the request's Accept-Language, else Chinese (i18n.Negotiate). The API's
// problems and the portal's answers in JSON use it.
func Lang(r *http.Request) string {
	user := ""
	if u, ok := UserFrom(r.Context()); ok {
		user = u.Lang
	}
	return i18n.Negotiate(user, r.Header.Get("Accept-Language"))
}

// WriteJSON writes v as JSON with status.
func WriteJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v) // the status is out; a failed write means the client went away
}

// AsUnavailable turns an error from a lost database connection into
// problem.Unavailable (503 with Retry-After), so that front ends answer a
// database that is coming back with "try again", never 500.
func AsUnavailable(err error) error { return dberr.AsUnavailable(err) }

// fail writes err for the caller: a *problem.Error as it is, anything else
// as a 500 whose cause is logged but never shown.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	err = AsUnavailable(err) // a database that is coming back is 503, not 500
	var p *problem.Error
	if !errors.As(err, &p) {
		s.Logger.ErrorContext(r.Context(), "request failed", "method", r.Method, "path", RedactPath(r.URL.Path), "err", err)
		p = problem.As(err)
	} else if p.Code == problem.Unavailable {
		s.Logger.WarnContext(r.Context(), "database unavailable", "method", r.Method, "path", RedactPath(r.URL.Path), "err", err)
	}
	WriteProblem(w, p, Lang(r))
}
