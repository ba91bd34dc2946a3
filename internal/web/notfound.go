package web

import (
	"net/http"

	"github.com/liaison-dev/liaison/internal/problem"
)

// handleAPINotFound answers unknown /api/v1 paths (and known paths with
// another method) in the API's error shape rather than the mux's plain text.
func (s *Server) handleAPINotFound(w http.ResponseWriter, r *http.Request) {
	s.fail(w, s.withCaller(r), problem.Key(problem.NotFound, "problem.no_endpoint", r.Method, r.URL.Path))
}
