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
	// MoreCases links the next page of the party's cases, if there is one.
	MoreCases string `json:"more_cases,omitempty"`
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
	pg, err := pageOf(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	list, next, err := s.Store.PartiesPage(r.Context(), pg)
	if err != nil {
		s.fail(w, r, cases.PageErr(err))
		return
	}
	out := []partyView{}
	for _, p := range list {
		out = append(out, viewParty(p))
	}
	writeList(w, r, out, next)
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
	list, err := s.Cases.List(r.Context(), viewer(r), cases.Filter{Party: p.ID})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	v := viewParty(p)
	v.Cases = list.Items
	if list.Next != "" {
		v.MoreCases = "/api/v1/cases?party=" + p.ID + "&cursor=" + list.Next
	}
	WriteJSON(w, http.StatusOK, v)
}
