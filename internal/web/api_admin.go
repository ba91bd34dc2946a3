package web

import (
	"errors"
	"net/http"
	"strconv"
	"time"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/notify"
	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/store"
)

// adminRoutes registers what administrators configure through the API.
func (s *Server) adminRoutes() {
	s.mux.HandleFunc("GET /api/v1/admin/channels", s.requireAdmin(s.handleListChannels))
	s.mux.HandleFunc("POST /api/v1/admin/channels", s.requireAdmin(s.handleAddChannel))
	s.mux.HandleFunc("DELETE /api/v1/admin/channels/{id}", s.requireAdmin(s.handleDeleteChannel))
	s.mux.HandleFunc("PATCH /api/v1/admin/users/{login}", s.requireAdmin(s.handleUserPreferences))
	s.mux.HandleFunc("GET /api/v1/admin/calendar", s.requireAdmin(s.handleCalendarOverrides))
	s.mux.HandleFunc("GET /api/v1/admin/audit", s.requireAdmin(s.handleAudit))
	s.mux.HandleFunc("POST /api/v1/admin/calendar", s.requireAdmin(s.handleCalendarImport))
	s.mux.HandleFunc("PATCH /api/v1/me", s.requireUser(s.handleMyPreferences))
	s.mux.HandleFunc("GET /api/v1/messages", s.requireUser(s.handleMessages))
	s.mux.HandleFunc("POST /api/v1/messages/read", s.requireUser(s.handleMarkRead))
}

// requireAdmin is requireUser for administrators only.
func (s *Server) requireAdmin(h http.HandlerFunc) http.HandlerFunc {
	return s.requireUser(func(w http.ResponseWriter, r *http.Request) {
		if u, _ := UserFrom(r.Context()); !u.Admin {
			s.fail(w, r, problem.New(problem.Forbidden, "administrators only"))
			return
		}
		h(w, r)
	})
}

type channelView struct {
	ID      int64    `json:"id"`
	Dept    string   `json:"dept"`
	Kind    string   `json:"kind"`
	Name    string   `json:"name"`
	URL     string   `json:"url"`
	Signed  bool     `json:"signed"` // a secret is set; it is never shown
	Kinds   []string `json:"kinds"`
	Enabled bool     `json:"enabled"`
}

func (s *Server) handleListChannels(w http.ResponseWriter, r *http.Request) {
	list, err := store.Channels(r.Context(), s.Store.SQL())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	out := []channelView{}
	for _, c := range list {
		out = append(out, channelView{ID: c.ID, Dept: c.Dept, Kind: c.Kind, Name: c.Name, URL: notify.RedactURL(c.URL), Signed: c.Secret != "", Kinds: nonNilStrings(c.Kinds), Enabled: c.Enabled})
	}
	WriteJSON(w, http.StatusOK, out)
}

type channelRequest struct {
	Dept    string   `json:"dept"`
	Kind    string   `json:"kind"`
	Name    string   `json:"name"`
	URL     string   `json:"url"`
	Secret  string   `json:"secret"`
	Kinds   []string `json:"kinds"`
	Enabled *bool    `json:"enabled"`
}

func (s *Server) handleAddChannel(w http.ResponseWriter, r *http.Request) {
	var req channelRequest
	if err := DecodeJSON(w, r, &req); err != nil {
		s.fail(w, r, err)
		return
	}
	bad := notify.CheckEndpoint(req.Kind, req.Name, req.URL, req.Secret, req.Kinds)
	if _, err := s.Store.Department(r.Context(), req.Dept); err != nil {
		bad["dept"] = "unknown department"
	}
	if len(bad) > 0 {
		s.fail(w, r, problem.Fields("invalid channel", bad))
		return
	}
	enabled := req.Enabled == nil || *req.Enabled
	id, err := s.Store.AddChannel(r.Context(), store.Channel{Dept: req.Dept, Kind: req.Kind, Name: req.Name, URL: req.URL, Secret: req.Secret, Kinds: req.Kinds, Enabled: enabled, CreatedAt: time.Now()})
	if errors.Is(err, store.ErrDuplicate) {
		s.fail(w, r, problem.Fields("invalid channel", map[string]string{"name": "already taken"}))
		return
	}
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.audit(r, "channel_add", req.Name, map[string]any{"dept": req.Dept, "kind": req.Kind})
	WriteJSON(w, http.StatusCreated, channelView{ID: id, Dept: req.Dept, Kind: req.Kind, Name: req.Name, URL: notify.RedactURL(req.URL), Signed: req.Secret != "", Kinds: nonNilStrings(req.Kinds), Enabled: enabled})
}

func (s *Server) handleDeleteChannel(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		s.fail(w, r, problem.New(problem.NotFound, "no such channel"))
		return
	}
	if err := s.Store.DeleteChannel(r.Context(), id); errors.Is(err, store.ErrNotFound) {
		s.fail(w, r, problem.New(problem.NotFound, "no such channel"))
		return
	} else if err != nil {
		s.fail(w, r, err)
		return
	}
	s.audit(r, "channel_delete", r.PathValue("id"), nil)
	w.WriteHeader(http.StatusNoContent)
}

type preferencesRequest struct {
	Lang        *string `json:"lang"`
	EmailNotify *bool   `json:"email_notify"`
}

func (s *Server) setPreferences(w http.ResponseWriter, r *http.Request, login string) {
	var req preferencesRequest
	if err := DecodeJSON(w, r, &req); err != nil {
		s.fail(w, r, err)
		return
	}
	u, err := s.Store.UserByLogin(r.Context(), login)
	if errors.Is(err, store.ErrNotFound) {
		s.fail(w, r, problem.New(problem.NotFound, "no such user"))
		return
	}
	if err != nil {
		s.fail(w, r, err)
		return
	}
	lang, mail := u.Lang, u.EmailNotify
	if req.Lang != nil {
		if *req.Lang != "zh" && *req.Lang != "en" {
			s.fail(w, r, problem.Fields("invalid preferences", map[string]string{"lang": "must be zh or en"}))
			return
		}
		lang = *req.Lang
	}
	if req.EmailNotify != nil {
		mail = *req.EmailNotify
	}
	if err := s.Store.SetUserPreferences(r.Context(), login, lang, mail); err != nil {
		s.fail(w, r, err)
		return
	}
	s.audit(r, "user_preferences", login, map[string]any{"lang": lang, "email_notify": mail})
	WriteJSON(w, http.StatusOK, map[string]any{"login": login, "lang": lang, "email_notify": mail})
}

func (s *Server) handleUserPreferences(w http.ResponseWriter, r *http.Request) {
	s.setPreferences(w, r, r.PathValue("login"))
}

func (s *Server) handleMyPreferences(w http.ResponseWriter, r *http.Request) {
	u, _ := UserFrom(r.Context())
	s.setPreferences(w, r, u.Login)
}

type messageView struct {
	ID      int64   `json:"id"`
	CaseID  int64   `json:"case_id"`
	Kind    string  `json:"kind"`
	CaseKey string  `json:"case_key"`
	Title   string  `json:"title"`
	Subject string  `json:"subject"`
	At      string  `json:"created_at"`
	Read    bool    `json:"read"`
	DueAt   *string `json:"due_at"`
}

// handleMessages serves GET /api/v1/messages: the caller's in-app inbox.
func (s *Server) handleMessages(w http.ResponseWriter, r *http.Request) {
	u, _ := UserFrom(r.Context())
	pg, err := pageOf(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	list, next, err := s.Store.MessagesPage(r.Context(), u.Login, pg)
	if err != nil {
		s.fail(w, r, cases.PageErr(err))
		return
	}
	loc := s.Cases.Calendar().Location()
	out := []messageView{}
	for _, n := range list {
		m := n.Payload.Message
		v := messageView{ID: n.ID, CaseID: n.CaseID, Kind: n.Kind, CaseKey: m.CaseKey, Title: m.CaseTitle, At: n.CreatedAt.In(loc).Format(time.RFC3339), Read: n.ReadAt != nil}
		if rd, err := notify.Render(m, loc); err == nil {
			v.Subject = rd.Subject
		}
		if m.DueAt != nil {
			d := m.DueAt.In(loc).Format(time.RFC3339)
			v.DueAt = &d
		}
		out = append(out, v)
	}
	writeList(w, r, out, next)
}

type readRequest struct {
	IDs []int64 `json:"ids"` // empty: all
}

func (s *Server) handleMarkRead(w http.ResponseWriter, r *http.Request) {
	var req readRequest
	if err := DecodeJSON(w, r, &req); err != nil {
		s.fail(w, r, err)
		return
	}
	u, _ := UserFrom(r.Context())
	if err := s.Store.MarkRead(r.Context(), u.Login, req.IDs, time.Now()); err != nil {
		s.fail(w, r, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func nonNilStrings(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
