package web

import (
	"errors"
	"net/http"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/store"
)

type contactView struct {
	Name    string `json:"name"`
	Email   string `json:"email"`
	Phone   string `json:"phone"`
	Primary bool   `json:"primary"`
}

type partyView struct {
	ID       string        `json:"id"`
	Kind     string        `json:"kind"`
	Name     string        `json:"name"`
	Contacts []contactView `json:"contacts"`
	Cases    []cases.View  `json:"cases,omitempty"`
}

func viewParty(p store.Party) partyView {
	v := partyView{ID: p.ID, Kind: p.Kind, Name: p.Name, Contacts: []contactView{}}
	for _, c := range p.Contacts {
		v.Contacts = append(v.Contacts, contactView{Name: c.Name, Email: c.Email, Phone: c.Phone, Primary: c.Primary})
	}
	return v
}

// handleParties serves GET /api/v1/parties: customers, suppliers and partners.
func (s *Server) handleParties(w http.ResponseWriter, r *http.Request) {
	list, err := s.Store.Parties(r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	out := []partyView{}
	for _, p := range list {
		out = append(out, viewParty(p))
	}
	WriteJSON(w, http.StatusOK, out)
}

// handleParty serves GET /api/v1/parties/{id}: one party with its case
// history, limited to the cases the caller may see.
func (s *Server) handleParty(w http.ResponseWriter, r *http.Request) {
	p, err := s.Store.Party(r.Context(), r.PathValue("id"))
	if errors.Is(err, store.ErrNotFound) {
		s.fail(w, r, problem.New(problem.NotFound, "no such party"))
		return
	}
	if err != nil {
		s.fail(w, r, err)
		return
	}
	list, err := s.Cases.List(r.Context(), viewer(r), store.CaseFilter{Party: p.ID})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	v := viewParty(p)
	v.Cases = list
	WriteJSON(w, http.StatusOK, v)
}
