package store

import (
	"encoding/base64"
	"encoding/json"
	"errors"
)

// MaxPage is the most items one page of any list holds (CONTRACT §2).
const MaxPage = 500

// ErrCursor is returned for a cursor this server did not make.
var ErrCursor = errors.New("store: invalid cursor")

// Page asks for one page of a list: at most Limit items after the
// position Cursor names ("" = from the start).
type Page struct {
	Limit  int
	Cursor string
}

// size is the page's limit clamped to 1…MaxPage.
func (p Page) size() int {
	if p.Limit <= 0 || p.Limit > MaxPage {
		return MaxPage
	}
	return p.Limit
}

// Cursor is the keyset position after the last item of a page: the sort
// key values of that item, written as base64url JSON so clients treat it as
// opaque. A list reads it back with the same types it wrote.
type cursorKey struct {
	Sort string  `json:"s,omitempty"` // the sort the cursor belongs to
	Null bool    `json:"n,omitempty"` // the last item's sort key was NULL
	Num  int64   `json:"k,omitempty"` // a numeric sort key (time, due)
	Str  string  `json:"t,omitempty"` // a text sort key
	ID   int64   `json:"i,omitempty"` // the tie-breaker
	Rank float64 `json:"r,omitempty"`
}

func encodeCursor(k cursorKey) string {
	b, _ := json.Marshal(k)
	return base64.RawURLEncoding.EncodeToString(b)
}

func decodeCursor(s, sort string) (cursorKey, bool, error) {
	if s == "" {
		return cursorKey{}, false, nil
	}
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return cursorKey{}, false, ErrCursor
	}
	var k cursorKey
	if err := json.Unmarshal(b, &k); err != nil || k.Sort != sort {
		return cursorKey{}, false, ErrCursor
	}
	return k, true, nil
}

// ValidCursor reports whether s could be a cursor of any list, for
// front ends that check input before calling a service.
func ValidCursor(s string) bool {
	if s == "" {
		return true
	}
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return false
	}
	var k cursorKey
	return json.Unmarshal(b, &k) == nil
}
