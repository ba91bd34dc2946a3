package ui

import (
	"net/http"

	"github.com/liaison-dev/liaison/internal/admin"
	"github.com/liaison-dev/liaison/internal/cases"
)

// partyView is a customer's, supplier's or partner's page: contacts and
// the case history the visitor may see.
type partyView struct {
	Parties []admin.Party // the list page
	Party   admin.Party   // one party
	Rows    []listRow
	Pager   pager
	// Satisfaction: the scores the party gave (callbacks, complaints).
	Satisfaction cases.Satisfaction
}

// handleParties serves GET /parties: every external party.
func (u *UI) handleParties(w http.ResponseWriter, r *http.Request) {
	p, err := pageOf(r)
	if err != nil {
		u.fail(w, r, err)
		return
	}
	list, next, err := u.Admin.PartiesPage(r.Context(), visitorFrom(r.Context()).User, p)
	if err != nil {
		u.fail(w, r, err)
		return
	}
	u.render(w, r, http.StatusOK, "parties", "parties.title", view{Nav: "parties", V: partyView{Parties: list, Pager: pagerFor(r, next)}})
}

// handleParty serves GET /parties/{id}: one party and its cases.
func (u *UI) handleParty(w http.ResponseWriter, r *http.Request) {
	vis := visitorFrom(r.Context())
	p, err := u.Admin.Party(r.Context(), vis.User, r.PathValue("id"))
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
	sat, err := u.Cases.Satisfaction(r.Context(), vis.viewer(), p.ID)
	if err != nil {
		u.fail(w, r, err)
		return
	}
	u.render(w, r, http.StatusOK, "party", "parties.title", view{Nav: "parties", V: partyView{Party: p, Rows: u.listRows(vis, list.Items), Pager: pagerFor(r, list.Next), Satisfaction: sat}})
}
