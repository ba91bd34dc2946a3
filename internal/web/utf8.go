package web

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
	"unicode/utf8"
)

// invalidUTF8Field names the JSON path (e.g. "fields.contact.name",
// "fields.requirements[0].item") of the first key or string in body that is
// not valid UTF-8, which encoding/json would silently turn into U+FFFD; ""
// when the body is valid UTF-8, "body" when the bad bytes are outside any
// value.
func invalidUTF8Field(body []byte) string {
	if utf8.Valid(body) {
		return ""
	}
	type frame struct {
		obj     bool
		key     string
		idx     int
		wantKey bool
	}
	var stack []frame
	path := func(last string) string {
		var b strings.Builder
		for i, f := range stack {
			seg := f.key
			if !f.obj {
				seg = "[" + strconv.Itoa(f.idx) + "]"
			}
			if i == len(stack)-1 && last != "" {
				seg = last
			}
			if b.Len() > 0 && f.obj {
				b.WriteByte('.')
			}
			b.WriteString(seg)
		}
		if b.Len() == 0 {
			return "body"
		}
		return b.String()
	}
	// done marks the end of one value in the enclosing object or array.
	done := func() {
		if n := len(stack); n > 0 {
			if stack[n-1].obj {
				stack[n-1].wantKey = true
			} else {
				stack[n-1].idx++
			}
		}
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	for {
		start := dec.InputOffset()
		tok, err := dec.Token()
		if err != nil {
			return "body"
		}
		bad := !utf8.Valid(body[start:dec.InputOffset()])
		top := len(stack) - 1
		switch t := tok.(type) {
		case json.Delim:
			switch t {
			case '{', '[':
				if bad {
					return path("")
				}
				stack = append(stack, frame{obj: t == '{', wantKey: t == '{'})
			default:
				stack = stack[:top]
				done()
			}
			continue
		case string:
			if top >= 0 && stack[top].obj && stack[top].wantKey {
				stack[top].key, stack[top].wantKey = t, false
				if bad {
					return path(t)
				}
				continue
			}
		}
		if bad {
			return path("")
		}
		done()
	}
}
