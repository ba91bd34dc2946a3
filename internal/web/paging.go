package web

import (
	"net/http"

	"github.com/liaison-dev/liaison/internal/cases"
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
