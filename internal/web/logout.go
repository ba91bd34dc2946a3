package web

import "net/http"

// handleLogout serves POST /api/v1/logout: ends the presented session → 204.
func (s *Server) handleLogout(w http.ResponseWriter, r *http.Request) {
	if err := s.Auth.Logout(r.Context(), token(r), ClientIP(r)); err != nil {
		s.fail(w, r, err)
		return
	}
	if _, err := r.Cookie(SessionCookie); err == nil {
		http.SetCookie(w, &http.Cookie{Name: SessionCookie, Value: "", Path: "/", MaxAge: -1, HttpOnly: true, SameSite: http.SameSiteLaxMode})
	}
	w.WriteHeader(http.StatusNoContent)
}
