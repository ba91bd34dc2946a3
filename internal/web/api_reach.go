package web

import (
	"net/http"
	"strconv"

	"github.com/liaison-dev/liaison/internal/problem"
)

// reachRoutes registers the endpoints of "where people work" (internal/reach).
func (s *Server) reachRoutes() {
	s.mux.HandleFunc("POST /api/v1/admin/channels/{id}/test", s.requireUser(s.handleTestChannel))
	s.mux.HandleFunc("GET /api/v1/me/calendar.ics", s.handleCalendarFeed)
	s.mux.HandleFunc("POST /api/v1/me/calendar-key", s.requireUser(s.handleResetCalendarKey))
}

// handleCalendarFeed serves GET /api/v1/me/calendar.ics?key=…: the key is
// the only credential, so calendar apps can subscribe; a wrong key is a 404.
func (s *Server) handleCalendarFeed(w http.ResponseWriter, r *http.Request) {
	if s.Reach == nil {
		s.fail(w, r, problem.New(problem.NotFound, "not found"))
		return
	}
	b, err := s.Reach.CalendarFeed(r.Context(), r.URL.Query().Get("key"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/calendar; charset=utf-8")
	h.Set("Content-Disposition", `inline; filename="liaison.ics"`)
	h.Set("Cache-Control", "private, no-cache")
	h.Set("Referrer-Policy", "no-referrer")
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write(b)
}

// handleResetCalendarKey serves POST /api/v1/me/calendar-key → 200
// {"calendar_key"}; the old key answers 404 from then on.
func (s *Server) handleResetCalendarKey(w http.ResponseWriter, r *http.Request) {
	if s.Reach == nil {
		s.fail(w, r, problem.New(problem.NotFound, "not found"))
		return
	}
	u, _ := UserFrom(r.Context())
	key, err := s.Reach.ResetCalendarKey(r.Context(), actorOf(u))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	WriteJSON(w, http.StatusOK, map[string]string{"calendar_key": key})
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
