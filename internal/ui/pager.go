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
func pagerFor(r *http.Request, next string) pager { return pagerIn(r, next, "", "") }

// pagerIn is pagerFor for one of several lists on a page: its parameters
// are prefix+"cursor" and prefix+"trail", and its links end in #anchor.
func pagerIn(r *http.Request, next, prefix, anchor string) pager {
	q := r.URL.Query()
	cur := q.Get(prefix + "cursor")
	var trail []string
	if t := q.Get(prefix + "trail"); t != "" {
		trail = strings.Split(t, ",")
	}
	frag := ""
	if anchor != "" {
		frag = "#" + anchor
	}
	link := func(cursor string, trail []string) string {
		v := r.URL.Query()
		v.Del(prefix + "cursor")
		v.Del(prefix + "trail")
		if cursor != "" && cursor != "-" {
			v.Set(prefix+"cursor", cursor)
		}
		if len(trail) > 0 {
			v.Set(prefix+"trail", strings.Join(trail, ","))
		}
		if len(v) == 0 {
			return r.URL.Path + frag
		}
		return r.URL.Path + "?" + v.Encode() + frag
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
