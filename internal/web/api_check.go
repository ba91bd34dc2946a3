package web

import (
	"net/http"
	"unicode/utf8"

	"github.com/liaison-dev/liaison/internal/check"
	"github.com/liaison-dev/liaison/internal/problem"
)

type checkRequest struct {
	Text string `json:"text"`
	Kind string `json:"kind"` // text (default), request, date, standard
	Lang string `json:"lang"` // zh (default: the caller's), en
}

// MaxCheckChars is the longest text /api/v1/check accepts (CONTRACT §4);
// longer ones get 413.
const MaxCheckChars = 200_000

// maxCheckBody leaves room for MaxCheckChars written as JSON escapes
// (\ud83d\ude00 is 12 bytes for one character).
const maxCheckBody = MaxCheckChars*12 + 4096

// handleCheck serves POST /api/v1/check: the communication checker's
// findings for a text (CONTRACT §4). The checker runs in time linear in the
// text, returns at most check.MaxFindings findings and stops when the client
// goes away.
func (s *Server) handleCheck(w http.ResponseWriter, r *http.Request) {
	var req checkRequest
	if err := DecodeJSONLimit(w, r, &req, maxCheckBody); err != nil {
		s.fail(w, r, err)
		return
	}
	if n := utf8.RuneCountInString(req.Text); n > MaxCheckChars {
		s.fail(w, r, problem.Key(problem.TooLarge, "problem.text_too_long_to_check", n, MaxCheckChars))
		return
	}
	kinds := map[string]check.Kind{"": check.Text, "text": check.Text, "request": check.Request, "date": check.Date, "standard": check.Standard}
	k, ok := kinds[req.Kind]
	bad := map[string]string{}
	if !ok {
		bad["kind"] = "reason.check_kind"
	}
	if !utf8.ValidString(req.Text) {
		bad["text"] = "reason.must_be_valid_utf8"
	}
	if req.Lang != "" && req.Lang != "zh" && req.Lang != "en" {
		bad["lang"] = "reason.must_be_zh_or_en"
	}
	if len(bad) > 0 {
		s.fail(w, r, problem.FieldsKey("problem.invalid_check_request", bad))
		return
	}
	u, _ := UserFrom(r.Context())
	lang := req.Lang
	if lang == "" {
		lang = u.Lang
	}
	now, err := s.Cases.Now(r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	cal := s.Cases.Calendar()
	findings, err := check.CheckContext(r.Context(), req.Text, check.Options{Lang: lang, Kind: k, Now: now, Calendar: cal, Location: cal.Location()})
	if err != nil {
		return // the client has gone: nobody reads an answer
	}
	if findings == nil {
		findings = []check.Finding{}
	}
	WriteJSON(w, http.StatusOK, map[string]any{"findings": findings})
}
