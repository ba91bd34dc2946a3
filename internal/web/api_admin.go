package web

import (
	"net/http"
	"strconv"
	"time"

	"github.com/liaison-dev/liaison/internal/admin"
	"github.com/liaison-dev/liaison/internal/auth"
	"github.com/liaison-dev/liaison/internal/notify"
	"github.com/liaison-dev/liaison/internal/problem"
)

// caller is the signed-in user requireUser put in the context.
func caller(r *http.Request) auth.User { u, _ := UserFrom(r.Context()); return u }

func (s *Server) handleListChannels(w http.ResponseWriter, r *http.Request) {
	list, err := s.Admin.Channels(r.Context(), caller(r))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeSlice(s, w, r, list, "channels", func(c admin.Channel) string { return strconv.FormatInt(c.ID, 10) })
}

func (s *Server) handleAddChannel(w http.ResponseWriter, r *http.Request) {
	var req admin.ChannelInput
	if err := DecodeJSON(w, r, &req); err != nil {
		s.fail(w, r, err)
		return
	}
	c, err := s.Admin.AddChannel(r.Context(), caller(r), req)
	s.answer(w, r, http.StatusCreated, c, err)
}

func (s *Server) handleDeleteChannel(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		s.fail(w, r, problem.Key(problem.NotFound, "problem.no_such_channel"))
		return
	}
	s.answer(w, r, http.StatusNoContent, nil, s.Admin.DeleteChannel(r.Context(), caller(r), id))
}

// handleMyPreferences serves PATCH /api/v1/me: the caller's language and email setting.
func (s *Server) handleMyPreferences(w http.ResponseWriter, r *http.Request) {
	var req admin.Preferences
	if err := DecodeJSON(w, r, &req); err != nil {
		s.fail(w, r, err)
		return
	}
	u := caller(r)
	out, err := s.Admin.SetPreferences(r.Context(), u, u.Login, req)
	s.answer(w, r, http.StatusOK, out, err)
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
	pg, err := pageOf(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	page, err := s.Cases.Messages(r.Context(), actorOf(caller(r)), pg)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	list, next := page.Items, page.Next
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
	s.answer(w, r, http.StatusNoContent, nil, s.Cases.MarkRead(r.Context(), actorOf(caller(r)), req.IDs))
}

// answer writes v with status, or err in the contract's error shape; a 204
// has no body.
func (s *Server) answer(w http.ResponseWriter, r *http.Request, status int, v any, err error) {
	switch {
	case err != nil:
		s.fail(w, r, err)
	case status == http.StatusNoContent:
		w.WriteHeader(status)
	default:
		WriteJSON(w, status, v)
	}
}
