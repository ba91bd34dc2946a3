package ui

import (
	"html/template"
	"net/http"
	"strconv"

	"github.com/liaison-dev/liaison/internal/cases"
)

// searchView is the search page's data.
type searchView struct {
	Q     string
	Hits  []searchRow
	Pager pager
}

type searchRow struct {
	cases.SearchHit
	StateLabel string
	Snippet    template.HTML // escaped by search.Snippet, matches in <mark>
}

// handleSearch serves GET /search?q=…: the cases I may see holding the
// text, best first. A case key (XZ-2026-0001) goes straight to the case.
func (u *UI) handleSearch(w http.ResponseWriter, r *http.Request) {
	vis := visitorFrom(r.Context())
	q := r.URL.Query().Get("q")
	sv := searchView{Q: q}
	if q == "" {
		u.render(w, r, http.StatusOK, "search", "search.title", view{V: sv})
		return
	}
	p, err := pageOf(r)
	if err != nil {
		u.fail(w, r, err)
		return
	}
	page, err := u.Cases.Search(r.Context(), vis.viewer(), q, p)
	if err != nil {
		u.fail(w, r, err)
		return
	}
	if cases.IsCaseKey(q) && len(page.Items) == 1 && p.Cursor == "" {
		http.Redirect(w, r, "/cases/"+strconv.FormatInt(page.Items[0].CaseID, 10), http.StatusSeeOther)
		return
	}
	for _, h := range page.Items {
		sv.Hits = append(sv.Hits, searchRow{SearchHit: h, StateLabel: inLang(h.StateName, vis.Lang), Snippet: template.HTML(h.Snippet)})
	}
	sv.Pager = pagerFor(r, page.Next)
	u.render(w, r, http.StatusOK, "search", "search.title", view{V: sv})
}
