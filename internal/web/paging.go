package web

import (
	"net/http"
	"slices"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/problem"
)

// pageOf reads ?limit and ?cursor of a list request (CONTRACT §2).
func pageOf(r *http.Request) (cases.Page, error) { return cases.ParsePage(r.URL.Query()) }

// listPage is the paged form of a list: {"items":[…],"next":"…"|null}.
type listPage[T any] struct {
	Items []T     `json:"items"`
	Next  *string `json:"next"`
}

// writeList answers a list (CONTRACT §2): {"items","next"} when the request
// named limit or cursor; otherwise the bare array of the first page, with
// the next page named in the Next-Cursor header, so old clients keep working.
func writeList[T any](w http.ResponseWriter, r *http.Request, items []T, next string) {
	if items == nil {
		items = []T{}
	}
	q := r.URL.Query()
	if q.Has("limit") || q.Has("cursor") {
		var n *string
		if next != "" {
			n = &next
		}
		WriteJSON(w, http.StatusOK, listPage[T]{Items: items, Next: n})
		return
	}
	if next != "" {
		w.Header().Set("Next-Cursor", next)
	}
	WriteJSON(w, http.StatusOK, items)
}

// writeSlice answers a list held whole in memory (a case's documents, the
// process definitions) paged like every list (CONTRACT §2): ?limit and
// ?cursor cut it as they cut the lists read from the database, the cursor
// naming the last item's key in the list named identity.
func writeSlice[T any](s *Server, w http.ResponseWriter, r *http.Request, items []T, identity string, key func(T) string) {
	p, err := pageOf(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if p.Cursor != "" {
		after, err := cases.ReadSliceCursor(p.Cursor, identity)
		i := slices.IndexFunc(items, func(x T) bool { return key(x) == after })
		if err != nil || i < 0 {
			s.fail(w, r, problem.FieldsKey("problem.invalid_cursor", map[string]string{"cursor": "reason.not_cursor_of_list"}))
			return
		}
		items = items[i+1:]
	}
	size := p.Limit
	if size <= 0 || size > cases.MaxPage {
		size = cases.MaxPage
	}
	next := ""
	if len(items) > size {
		items = items[:size]
		next = cases.SliceCursor(identity, key(items[size-1]))
	}
	writeList(w, r, items, next)
}
