package web

import (
	"net/http"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/web/wire"
)

// handleStats serves GET /api/v1/stats?from=DATE&to=DATE&dept=ID: the
// figures of CONTRACT §11 for the departments the caller may see.
func (s *Server) handleStats(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	st, err := s.Cases.Stats(r.Context(), viewer(r), cases.StatsQuery{From: q.Get("from"), To: q.Get("to"), Dept: q.Get("dept")})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	WriteJSON(w, http.StatusOK, wire.StatsOf(st))
}

// handleSearch serves GET /api/v1/search?q=TEXT&limit=N: the caller's
// visible cases holding the text, best first, with a highlighted snippet.
func (s *Server) handleSearch(w http.ResponseWriter, r *http.Request) {
	p, err := pageOf(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	page, err := s.Cases.Search(r.Context(), viewer(r), r.URL.Query().Get("q"), p)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	// A list like every other (CONTRACT §2): the §11 array of hits, or,
	// with limit or cursor, {"items":[…],"next":…}.
	writeList(w, r, wire.SearchHits(page.Items), page.Next)
}
