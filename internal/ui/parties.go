package ui

import (
	"errors"
	"net/http"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/store"
)

// partyView is a customer's, supplier's or partner's page: contacts and
// the case history the visitor may see.
type partyView struct {
	Parties []store.Party // the list page
	Party   store.Party   // one party
	Rows    []listRow
	Pager   pager
}

// handleParties serves GET /parties: every external party.
func (u *UI) handleParties(w http.ResponseWriter, r *http.Request) {
	p, err := pageOf(r)
	if err != nil {
		u.fail(w, r, err)
		return
	}
	list, next, err := u.Store.PartiesPage(r.Context(), p)
	if err != nil {
		u.fail(w, r, cases.PageErr(err))
		return
	}
	u.render(w, r, http.StatusOK, "parties", "parties.title", view{Nav: "parties", V: partyView{Parties: list, Pager: pagerFor(r, next)}})
}

// handleParty serves GET /parties/{id}: one party and its cases.
func (u *UI) handleParty(w http.ResponseWriter, r *http.Request) {
	vis := visitorFrom(r.Context())
	p, err := u.Store.Party(r.Context(), r.PathValue("id"))
	if errors.Is(err, store.ErrNotFound) {
		u.failPage(w, r, http.StatusNotFound, "error.not_found")
		return
	}
	if err != nil {
		u.fail(w, r, err)
		return
	}
	pg, err := pageOf(r)
	if err != nil {
		u.fail(w, r, err)
		return
	}
	list, err := u.Cases.List(r.Context(), vis.viewer(), cases.Filter{Party: p.ID, Limit: pg.Limit, Cursor: pg.Cursor})
	if err != nil {
		u.fail(w, r, err)
		return
	}
	u.render(w, r, http.StatusOK, "party", "parties.title", view{Nav: "parties", V: partyView{Party: p, Rows: u.listRows(vis, list.Items), Pager: pagerFor(r, list.Next)}})
}
