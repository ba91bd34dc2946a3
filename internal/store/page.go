package store

import (
	"crypto/sha256"
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
// opaque. A list reads it back with the same types it wrote. The cursor
// names the list it belongs to (List: a digest of what the list holds —
// its filter, its case, its query — beside Sort, its order) and carries a
// checksum of itself (Sum), so that another list's cursor and an edited
// one are refused rather than read as a position somewhere else.
type cursorKey struct {
	Sort string  `json:"s,omitempty"` // the sort the cursor belongs to
	Null bool    `json:"n,omitempty"` // the last item's sort key was NULL
	Num  int64   `json:"k,omitempty"` // a numeric sort key (time, due)
	Str  string  `json:"t,omitempty"` // a text sort key
	ID   int64   `json:"i,omitempty"` // the tie-breaker
	Rank float64 `json:"r,omitempty"`
	List string  `json:"l,omitempty"` // listDigest of the list's identity
	Sum  string  `json:"h,omitempty"` // checkSum of the rest
}

// listDigest names a list's identity (its filter, case or query) in a
// cursor; "" for the lists that have one identity only.
func listDigest(identity string) string {
	if identity == "" {
		return ""
	}
	h := sha256.Sum256([]byte(identity))
	return base64.RawURLEncoding.EncodeToString(h[:6])
}

// checkSum is the checksum of a cursor's key without its Sum.
func (k cursorKey) checkSum() string {
	k.Sum = ""
	b, _ := json.Marshal(k)
	h := sha256.Sum256(append([]byte("liaison cursor\x00"), b...))
	return base64.RawURLEncoding.EncodeToString(h[:6])
}

func encodeCursor(k cursorKey) string {
	k.Sum = k.checkSum()
	b, _ := json.Marshal(k)
	return base64.RawURLEncoding.EncodeToString(b)
}

// readCursor reads a cursor this server made, without asking which list.
func readCursor(s string) (cursorKey, error) {
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return cursorKey{}, ErrCursor
	}
	var k cursorKey
	if err := json.Unmarshal(b, &k); err != nil || k.Sum == "" || k.Sum != k.checkSum() {
		return cursorKey{}, ErrCursor
	}
	return k, nil
}

// decodeCursor reads the cursor of a list with one identity, in order sort.
func decodeCursor(s, sort string) (cursorKey, bool, error) {
	return decodeListCursor(s, sort, "")
}

// decodeListCursor reads the cursor of the list named identity (see
// listDigest), in order sort; another list's cursor is ErrCursor.
func decodeListCursor(s, sort, identity string) (cursorKey, bool, error) {
	if s == "" {
		return cursorKey{}, false, nil
	}
	k, err := readCursor(s)
	if err != nil || k.Sort != sort || k.List != listDigest(identity) {
		return cursorKey{}, false, ErrCursor
	}
	return k, true, nil
}

// ValidCursor reports whether s could be a cursor of any list — one this
// server made and nobody changed — for front ends that check input before
// calling a service.
func ValidCursor(s string) bool {
	if s == "" {
		return true
	}
	_, err := readCursor(s)
	return err == nil
}

// SliceCursor is the cursor after the item named key of a list held whole
// in memory (a case's documents, the process definitions), in the list
// named identity; ReadSliceCursor reads it back ("" for no cursor).
func SliceCursor(identity, key string) string {
	return encodeCursor(cursorKey{Sort: "slice", Str: key, List: listDigest(identity)})
}

// ReadSliceCursor reads a SliceCursor of the list named identity: the key
// of the last item before the page, or ErrCursor.
func ReadSliceCursor(s, identity string) (string, error) {
	k, _, err := decodeListCursor(s, "slice", identity)
	return k.Str, err
}
