package ui

import (
	"net/http"
	"strings"

	"github.com/liaison-dev/liaison/internal/cases"
)

// pager is a list page's links to the previous and the next page. Pages
// are keyset pages, so the way back is carried in the URL: trail holds the
// cursors of the pages before this one ("-" for the first page).
type pager struct {
	Prev string // the previous page's address, "" on the first page
	Next string // the next page's address, "" on the last page
}

// pageOf reads the page a list page asks for; a malformed one is a 422.
func pageOf(r *http.Request) (cases.Page, error) {
	p, err := cases.ParsePage(r.URL.Query())
	if p.Limit == 0 {
		p.Limit = 50
	}
	return p, err
}

// pagerFor makes the links around the page r shows, given the next cursor.
func pagerFor(r *http.Request, next string) pager {
	q := r.URL.Query()
	cur := q.Get("cursor")
	var trail []string
	if t := q.Get("trail"); t != "" {
		trail = strings.Split(t, ",")
	}
	link := func(cursor string, trail []string) string {
		v := r.URL.Query()
		v.Del("cursor")
		v.Del("trail")
		if cursor != "" && cursor != "-" {
			v.Set("cursor", cursor)
		}
		if len(trail) > 0 {
			v.Set("trail", strings.Join(trail, ","))
		}
		if len(v) == 0 {
			return r.URL.Path
		}
		return r.URL.Path + "?" + v.Encode()
	}
	var p pager
	if cur != "" {
		if len(trail) == 0 {
			p.Prev = link("", nil)
		} else {
			p.Prev = link(trail[len(trail)-1], trail[:len(trail)-1])
		}
	}
	if next != "" {
		here := cur
		if here == "" {
			here = "-"
		}
		p.Next = link(next, append(append([]string(nil), trail...), here))
	}
	return p
}
