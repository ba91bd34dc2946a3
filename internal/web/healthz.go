package web

import "net/http"

// handleHealthz serves GET /healthz: 200 once the server accepts requests
// and its database answers.
func (s *Server) handleHealthz(w http.ResponseWriter, r *http.Request) {
	if err := s.Cases.Ping(r.Context()); err != nil {
		s.Logger.ErrorContext(r.Context(), "health check: database", "err", err)
		WriteJSON(w, http.StatusServiceUnavailable, map[string]string{"status": "database unavailable"})
		return
	}
	WriteJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}
