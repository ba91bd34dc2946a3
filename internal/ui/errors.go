package ui

import (
	"errors"
	"net/http"
	"time"

	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/store"
)

// statusOf maps a problem code to the page's HTTP status, as the API does.
var statusOf = map[problem.Code]int{
	problem.Malformed:    http.StatusBadRequest,
	problem.Unauthorized: http.StatusUnauthorized,
	problem.Forbidden:    http.StatusForbidden,
	problem.NotFound:     http.StatusNotFound,
	problem.Conflict:     http.StatusConflict,
	problem.TooLarge:     http.StatusRequestEntityTooLarge,
	problem.Invalid:      http.StatusUnprocessableEntity,
	problem.RateLimited:  http.StatusTooManyRequests,
	problem.Internal:     http.StatusInternalServerError,
}

// fail shows err as an error page: a problem's own message, or a generic
// one for anything else (logged, never shown).
func (u *UI) fail(w http.ResponseWriter, r *http.Request, err error) {
	if errors.Is(err, store.ErrNotFound) {
		u.failPage(w, r, http.StatusNotFound, "error.not_found")
		return
	}
	code := problem.CodeOf(err)
	status, ok := statusOf[code]
	if !ok {
		status = http.StatusInternalServerError
	}
	switch code {
	case problem.Internal:
		u.Logger.Error("ui: page", "path", r.URL.Path, "err", err)
		u.failPage(w, r, status, "error.internal")
	case problem.NotFound:
		u.failPage(w, r, status, "error.not_found")
	case problem.Forbidden:
		u.failPage(w, r, status, "error.forbidden")
	default:
		lang := visitorFrom(r.Context()).Lang
		u.render(w, r, status, "error", "error.title", view{Error: reason(problem.As(err).Message, lang)})
	}
}

// location is the zone pages show times in: the calendar's.
func (u *UI) location() *time.Location {
	if u.Cases != nil {
		if l := u.Cases.Calendar().Location(); l != nil {
			return l
		}
	}
	if l, err := time.LoadLocation("Asia/Shanghai"); err == nil {
		return l
	}
	return time.FixedZone("CST", 8*3600)
}
