package web

import (
	"github.com/liaison-dev/liaison/internal/i18n"
	"io"
	"net/http"
	"strconv"
	"time"

	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/reach"
)

// reachRoutes registers the endpoints of "where people work" (internal/reach).
func (s *Server) reachRoutes() {
	s.mux.HandleFunc("POST /api/v1/admin/channels/{id}/test", s.requireUser(s.handleTestChannel))
	s.mux.HandleFunc("GET /api/v1/admin/apps", s.requireUser(s.handleApps))
	s.mux.HandleFunc("POST /api/v1/admin/apps/{platform}/test", s.requireUser(s.handleTestApp))
	s.mux.HandleFunc("GET /api/v1/me/calendar.ics", s.handleCalendarFeed)
	s.mux.HandleFunc("POST /api/v1/me/calendar-key", s.requireUser(s.handleResetCalendarKey))
	s.mux.HandleFunc("GET /api/v1/admin/inbound", s.requireUser(s.handleInbound))
	s.mux.HandleFunc("POST /api/v1/admin/inbound/{id}/dismiss", s.requireUser(s.handleDismissInbound))
	s.mux.HandleFunc("POST /api/v1/hooks/{source}", s.handleHook)
	s.mux.HandleFunc("GET /api/v1/admin/hook-sources", s.requireUser(s.handleHookSources))
	s.mux.HandleFunc("POST /api/v1/admin/hook-sources", s.requireUser(s.handleAddHookSource))
	s.mux.HandleFunc("DELETE /api/v1/admin/hook-sources/{id}", s.requireUser(s.handleDeleteHookSource))
}

// handleHook serves POST /api/v1/hooks/{source}: a signed event from an
// outside system (docs/notifications.md, "Systems that talk to us").
func (s *Server) handleHook(w http.ResponseWriter, r *http.Request) {
	if s.Reach == nil {
		s.fail(w, r, problem.Key(problem.NotFound, "problem.nothing_found"))
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, 1<<20))
	if err != nil {
		s.fail(w, r, problem.Key(problem.TooLarge, "problem.body_larger_than_1_mib"))
		return
	}
	ans, created, err := s.Reach.ReceiveHook(r.Context(), r.PathValue("source"), r.Header, body)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	code := http.StatusOK
	if created {
		code = http.StatusCreated
	}
	WriteJSON(w, code, ans)
}

func (s *Server) handleHookSources(w http.ResponseWriter, r *http.Request) {
	if s.Reach == nil {
		s.fail(w, r, problem.Key(problem.NotFound, "problem.nothing_found"))
		return
	}
	u, _ := UserFrom(r.Context())
	list, err := s.Reach.HookSources(r.Context(), actorOf(u))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeSlice(s, w, r, list, "hook-sources", func(h reach.HookSourceView) string { return h.ID })
}

func (s *Server) handleAddHookSource(w http.ResponseWriter, r *http.Request) {
	if s.Reach == nil {
		s.fail(w, r, problem.Key(problem.NotFound, "problem.nothing_found"))
		return
	}
	var req struct {
		ID    string `json:"id"`
		Name  string `json:"name"`
		Actor string `json:"actor"`
	}
	if err := DecodeJSON(w, r, &req); err != nil {
		s.fail(w, r, err)
		return
	}
	u, _ := UserFrom(r.Context())
	v, err := s.Reach.AddHookSource(r.Context(), actorOf(u), req.ID, req.Name, req.Actor)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	WriteJSON(w, http.StatusCreated, v)
}

func (s *Server) handleDeleteHookSource(w http.ResponseWriter, r *http.Request) {
	if s.Reach == nil {
		s.fail(w, r, problem.Key(problem.NotFound, "problem.nothing_found"))
		return
	}
	u, _ := UserFrom(r.Context())
	if err := s.Reach.DeleteHookSource(r.Context(), actorOf(u), r.PathValue("id")); err != nil {
		s.fail(w, r, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// inboundView is a mail read from the mailbox as the API shows it.
type inboundView struct {
	ID         int64  `json:"id"`
	MessageID  string `json:"message_id"`
	ReceivedAt string `json:"received_at"`
	From       string `json:"from"`
	Subject    string `json:"subject"`
	Body       string `json:"body"`
	Size       int64  `json:"size"`
	Status     string `json:"status"`
	Reason     string `json:"reason"`
	CaseID     *int64 `json:"case_id"`
	Actor      string `json:"actor,omitempty"`
	HandledBy  string `json:"handled_by,omitempty"`
}

// handleInbound serves GET /api/v1/admin/inbound?status=queued: the mail
// read from the mailbox (the queue when status=queued), administrators only.
func (s *Server) handleInbound(w http.ResponseWriter, r *http.Request) {
	if s.Reach == nil {
		s.fail(w, r, problem.Key(problem.NotFound, "problem.nothing_found"))
		return
	}
	u, _ := UserFrom(r.Context())
	// Paged like every list (CONTRACT §2): a queue longer than a page
	// stays within reach.
	page, err := pageOf(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	list, next, err := s.Reach.InboundMailPage(r.Context(), actorOf(u), r.URL.Query().Get("status"), page)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	out := make([]inboundView, 0, len(list))
	for _, m := range list {
		v := inboundView{ID: m.ID, MessageID: m.MessageID, ReceivedAt: m.ReceivedAt.In(i18n.Zone()).Format(time.RFC3339), From: m.From, Subject: m.Subject,
			Body: m.Body, Size: m.Size, Status: m.Status, Reason: m.Reason, Actor: m.Actor, HandledBy: m.HandledBy}
		if m.CaseID > 0 {
			id := m.CaseID
			v.CaseID = &id
		}
		out = append(out, v)
	}
	writeList(w, r, out, next)
}

// handleDismissInbound serves POST /api/v1/admin/inbound/{id}/dismiss → 204.
func (s *Server) handleDismissInbound(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || s.Reach == nil {
		s.fail(w, r, problem.Key(problem.NotFound, "problem.nothing_found"))
		return
	}
	u, _ := UserFrom(r.Context())
	if err := s.Reach.DismissInbound(r.Context(), actorOf(u), id); err != nil {
		s.fail(w, r, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// handleCalendarFeed serves GET /api/v1/me/calendar.ics?key=…: the key is
// the only credential, so calendar apps can subscribe; a wrong key is a 404.
func (s *Server) handleCalendarFeed(w http.ResponseWriter, r *http.Request) {
	if s.Reach == nil {
		s.fail(w, r, problem.Key(problem.NotFound, "problem.nothing_found"))
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
		s.fail(w, r, problem.Key(problem.NotFound, "problem.nothing_found"))
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
		s.fail(w, r, problem.Key(problem.NotFound, "problem.no_such_channel"))
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

// handleApps serves GET /api/v1/admin/apps: the chat apps configured for
// personal work notifications, without their secrets.
func (s *Server) handleApps(w http.ResponseWriter, r *http.Request) {
	if s.Reach == nil {
		s.fail(w, r, problem.Key(problem.NotFound, "problem.nothing_found"))
		return
	}
	u, _ := UserFrom(r.Context())
	list, err := s.Reach.Apps(r.Context(), actorOf(u))
	s.answer(w, r, http.StatusOK, list, err)
}

// handleTestApp serves POST /api/v1/admin/apps/{platform}/test {"login"}:
// a test card to that user (the caller when absent) and the platform's answer.
func (s *Server) handleTestApp(w http.ResponseWriter, r *http.Request) {
	if s.Reach == nil {
		s.fail(w, r, problem.Key(problem.NotFound, "problem.nothing_found"))
		return
	}
	var req struct {
		Login string `json:"login"`
	}
	if r.ContentLength != 0 {
		if err := DecodeJSON(w, r, &req); err != nil {
			s.fail(w, r, err)
			return
		}
	}
	u, _ := UserFrom(r.Context())
	res, err := s.Reach.TestApp(r.Context(), actorOf(u), r.PathValue("platform"), req.Login, u.Lang)
	s.answer(w, r, http.StatusOK, res, err)
}
