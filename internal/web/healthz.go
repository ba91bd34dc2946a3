package web

import "net/http"

// handleHealthz serves GET /healthz, the readiness check: 200 once the
// server accepts requests and its database takes a write (a full disk or a
// read-only database is 503, with Retry-After).
func (s *Server) handleHealthz(w http.ResponseWriter, r *http.Request) {
	if err := s.Cases.Ping(r.Context()); err != nil {
		s.Logger.ErrorContext(r.Context(), "health check: database", "err", err)
		w.Header().Set("Retry-After", RetryAfterSeconds)
		WriteJSON(w, http.StatusServiceUnavailable, map[string]string{"status": "database unavailable"})
		return
	}
	WriteJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}
