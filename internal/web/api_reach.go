package web

import (
	"net/http"
	"strconv"

	"github.com/liaison-dev/liaison/internal/problem"
)

// reachRoutes registers the endpoints of "where people work" (internal/reach).
func (s *Server) reachRoutes() {
	s.mux.HandleFunc("POST /api/v1/admin/channels/{id}/test", s.requireUser(s.handleTestChannel))
}

// handleTestChannel sends a test message through a channel → 200
// {"ok","status","answer","error","reason"} (the platform's answer,
// credentials scrubbed); administrators only.
func (s *Server) handleTestChannel(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || s.Reach == nil {
		s.fail(w, r, problem.New(problem.NotFound, "no such channel"))
		return
	}
	u, _ := UserFrom(r.Context())
	res, err := s.Reach.TestChannel(r.Context(), actorOf(u), id, u.Lang)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	WriteJSON(w, http.StatusOK, res)
}
