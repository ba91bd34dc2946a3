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

// handleCheck serves POST /api/v1/check: the communication checker's
// findings for a text (CONTRACT §4).
func (s *Server) handleCheck(w http.ResponseWriter, r *http.Request) {
	var req checkRequest
	if err := DecodeJSON(w, r, &req); err != nil {
		s.fail(w, r, err)
		return
	}
	kinds := map[string]check.Kind{"": check.Text, "text": check.Text, "request": check.Request, "date": check.Date, "standard": check.Standard}
	k, ok := kinds[req.Kind]
	bad := map[string]string{}
	if !ok {
		bad["kind"] = "must be text, request, date or standard"
	}
	if !utf8.ValidString(req.Text) {
		bad["text"] = "must be valid UTF-8"
	}
	if req.Lang != "" && req.Lang != "zh" && req.Lang != "en" {
		bad["lang"] = "must be zh or en"
	}
	if len(bad) > 0 {
		s.fail(w, r, problem.Fields("invalid check request", bad))
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
	findings := check.Check(req.Text, check.Options{Lang: lang, Kind: k, Now: now, Calendar: cal, Location: cal.Location()})
	if findings == nil {
		findings = []check.Finding{}
	}
	WriteJSON(w, http.StatusOK, map[string]any{"findings": findings})
}
