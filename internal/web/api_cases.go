package web

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strconv"

	"github.com/liaison-dev/liaison/internal/auth"
	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/web/wire"
)

// actorOf is the engine's view of a signed-in user.
func actorOf(u auth.User) process.Actor { return u.Actor() }

// fieldsOf decodes form fields keeping numbers exact (json.Number), so
// that amounts never pass through a float.
func fieldsOf(raw json.RawMessage) (map[string]any, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return map[string]any{}, nil
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var m map[string]any
	if err := dec.Decode(&m); err != nil {
		return nil, problem.FieldsKey("problem.fields_must_be_object", map[string]string{"fields": "reason.must_be_object"})
	}
	return m, nil
}

type openRequest struct {
	Process string          `json:"process"`
	Fields  json.RawMessage `json:"fields"`
	Comment string          `json:"comment"`
	// LinkedFrom opens the case as a follow-up of another, linked both ways
	// (GET /api/v1/cases/{id}/follow-ups lists what may follow).
	LinkedFrom int64 `json:"linked_from"`
}

func (s *Server) handleOpenCase(w http.ResponseWriter, r *http.Request) {
	var req openRequest
	if err := DecodeJSON(w, r, &req); err != nil {
		s.fail(w, r, err)
		return
	}
	fields, err := fieldsOf(req.Fields)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	u, _ := UserFrom(r.Context())
	in := process.Input{Fields: fields, Comment: req.Comment, Lang: u.Lang, Strict: true}
	var v cases.View
	if req.LinkedFrom != 0 {
		v, err = s.Cases.OpenLinked(r.Context(), actorOf(u), req.LinkedFrom, req.Process, in)
	} else {
		v, err = s.Cases.Open(r.Context(), actorOf(u), req.Process, in)
	}
	if err != nil {
		s.fail(w, r, err)
		return
	}
	WriteJSON(w, http.StatusCreated, wire.CaseOf(v))
}

type actRequest struct {
	Fields  json.RawMessage `json:"fields"`
	Comment string          `json:"comment"`
	Version *int            `json:"version"`
}

func (s *Server) handleAct(w http.ResponseWriter, r *http.Request) {
	id, err := caseID(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	var req actRequest
	if err := DecodeJSON(w, r, &req); err != nil {
		s.fail(w, r, err)
		return
	}
	fields, err := fieldsOf(req.Fields)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	in := process.Input{Fields: fields, Comment: req.Comment, Strict: true}
	if req.Version != nil {
		if *req.Version < 1 {
			s.fail(w, r, problem.FieldsKey("problem.invalid_version", map[string]string{"version": "reason.must_be_positive_number"}))
			return
		}
		in.Version = *req.Version
	}
	u, _ := UserFrom(r.Context())
	in.Lang = u.Lang
	action := r.PathValue("action")
	v, err := s.Cases.Act(r.Context(), actorOf(u), id, action, in)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	WriteJSON(w, http.StatusOK, wire.CaseOf(v))
}

func caseID(r *http.Request) (int64, error) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		return 0, problem.Key(problem.NotFound, "problem.no_such_case")
	}
	return id, nil
}

func (s *Server) handleGetCase(w http.ResponseWriter, r *http.Request) {
	id, err := caseID(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	v, err := s.Cases.Get(r.Context(), viewer(r), id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	WriteJSON(w, http.StatusOK, wire.CaseOf(v))
}

// handleFollowUps serves GET /api/v1/cases/{id}/follow-ups: the cases the
// caller may open from this one now, each with its prefilled form.
func (s *Server) handleFollowUps(w http.ResponseWriter, r *http.Request) {
	id, err := caseID(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	list, err := s.Cases.FollowUps(r.Context(), viewer(r), id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeSlice(s, w, r, wire.FollowUps(list), "follow-ups "+strconv.FormatInt(id, 10), func(f wire.FollowUp) string { return f.Process + "/" + f.Kind })
}

// listFilter reads the case list's filters from the query string
// (cases.ParseFilter); the list and its Excel export share it.
func (s *Server) listFilter(r *http.Request) (cases.Filter, error) {
	return cases.ParseFilter(r.URL.Query())
}

func (s *Server) handleListCases(w http.ResponseWriter, r *http.Request) {
	f, err := cases.ParseFilter(r.URL.Query())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	page, err := s.Cases.List(r.Context(), viewer(r), f)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeList(w, r, wire.Cases(page.Items), page.Next)
}

func (s *Server) handleInbox(w http.ResponseWriter, r *http.Request) {
	p, err := pageOf(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	page, err := s.Cases.Inbox(r.Context(), viewer(r), p)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeList(w, r, wire.Inbox(page.Items), page.Next)
}

type notificationView struct {
	ID        int64   `json:"id"`
	CaseID    int64   `json:"case_id"`
	Kind      string  `json:"kind"`
	Recipient string  `json:"recipient"`
	Channel   string  `json:"channel"`
	Status    string  `json:"status"`
	Attempts  int     `json:"attempts"`
	LastError string  `json:"last_error,omitempty"`
	Delivery  string  `json:"delivery_id"`
	CreatedAt string  `json:"created_at"`
	SentAt    *string `json:"sent_at"`
}

func (s *Server) handleNotifications(w http.ResponseWriter, r *http.Request) {
	p, err := pageOf(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	var id int64
	if raw := r.URL.Query().Get("case_id"); raw != "" {
		n, perr := strconv.ParseInt(raw, 10, 64)
		if perr != nil || n <= 0 {
			s.fail(w, r, problem.FieldsKey("problem.case_id_must_be_id", map[string]string{"case_id": "reason.must_be_number"}))
			return
		}
		id = n
	}
	page, err := s.Cases.Notifications(r.Context(), actorOf(caller(r)), id, p)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	loc := s.Cases.Calendar().Location()
	out := []notificationView{}
	for _, n := range page.Items {
		v := notificationView{ID: n.ID, CaseID: n.CaseID, Kind: n.Kind, Recipient: n.Recipient, Channel: n.Channel, Status: n.Status,
			Attempts: n.Attempts, LastError: n.LastError, Delivery: n.Payload.ID, CreatedAt: n.CreatedAt.In(loc).Format(timeFormat)}
		if n.SentAt != nil {
			t := n.SentAt.In(loc).Format(timeFormat)
			v.SentAt = &t
		}
		out = append(out, v)
	}
	writeList(w, r, out, page.Next)
}

const timeFormat = "2006-01-02T15:04:05Z07:00"

// handleSendLink serves POST /api/v1/cases/{id}/portal-link: mail the
// external contact a fresh link to the case.
func (s *Server) handleSendLink(w http.ResponseWriter, r *http.Request) {
	id, err := caseID(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	u, _ := UserFrom(r.Context())
	v, err := s.Cases.SendLink(r.Context(), actorOf(u), id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	WriteJSON(w, http.StatusOK, wire.CaseOf(v))
}

// viewer is whose cases the signed-in caller may see.
func viewer(r *http.Request) cases.Viewer {
	u, _ := UserFrom(r.Context())
	return cases.ViewerOf(actorOf(u))
}
