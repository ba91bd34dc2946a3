package web

import (
	"net/http"
	"time"

	"github.com/liaison-dev/liaison/internal/problem"
)

type clockRequest struct {
	Now string `json:"now"`
}

// handleDevClock serves POST /api/v1/dev/clock: only under --dev-clock
// (404 otherwise), only for administrators. When it answers, every timer due
// by the new time has fired.
func (s *Server) handleDevClock(w http.ResponseWriter, r *http.Request) {
	if !s.DevClock {
		s.fail(w, r, problem.Key(problem.NotFound, "problem.nothing_found"))
		return
	}
	var req clockRequest
	if err := DecodeJSON(w, r, &req); err != nil {
		s.fail(w, r, err)
		return
	}
	now, err := time.Parse(time.RFC3339, req.Now)
	if err != nil {
		s.fail(w, r, problem.FieldsKey("problem.now_must_be_rfc3339", map[string]string{"now": "reason.must_be_rfc3339_eg"}))
		return
	}
	if err := s.Cases.SetClockAs(r.Context(), actorOf(caller(r)), now); err != nil {
		s.fail(w, r, err)
		return
	}
	WriteJSON(w, http.StatusOK, map[string]string{"now": now.In(s.Cases.Calendar().Location()).Format(time.RFC3339)})
}
