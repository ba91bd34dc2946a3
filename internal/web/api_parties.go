package web

import (
	"net/http"

	"github.com/liaison-dev/liaison/internal/admin"
	"github.com/liaison-dev/liaison/internal/cases"
)

type partyView struct {
	admin.Party
	Cases []cases.View `json:"cases,omitempty"`
}

// handleParties serves GET /api/v1/parties: customers, suppliers and partners.
func (s *Server) handleParties(w http.ResponseWriter, r *http.Request) {
	list, err := s.Admin.Parties(r.Context(), caller(r))
	s.answer(w, r, http.StatusOK, list, err)
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
	s.answer(w, r, http.StatusOK, partyView{Party: p, Cases: list}, err)
}
