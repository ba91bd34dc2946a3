package web

import (
	"net/http"

	"github.com/liaison-dev/liaison/internal/admin"
	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/web/wire"
)

type partyView struct {
	admin.Party
	// Cases is [] when the caller may see none of the party's cases: the
	// field is always there.
	Cases []wire.Case `json:"cases"`
	// MoreCases links the next page of the party's cases, if there is one.
	MoreCases string `json:"more_cases,omitempty"`
}

// handleParties serves GET /api/v1/parties: customers, suppliers and partners.
func (s *Server) handleParties(w http.ResponseWriter, r *http.Request) {
	pg, err := pageOf(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	list, next, err := s.Admin.PartiesPage(r.Context(), caller(r), pg)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeList(w, r, list, next)
}

// handleParty serves GET /api/v1/parties/{id}: one party with its case
// history, limited to the cases the caller may see.
func (s *Server) handleParty(w http.ResponseWriter, r *http.Request) {
	p, err := s.Admin.Party(r.Context(), caller(r), r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	list, err := s.Cases.List(r.Context(), viewer(r), cases.Filter{Party: p.ID})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	v := partyView{Party: p, Cases: wire.Cases(list.Items)}
	if list.Next != "" {
		v.MoreCases = "/api/v1/cases?party=" + p.ID + "&cursor=" + list.Next
	}
	WriteJSON(w, http.StatusOK, v)
}
