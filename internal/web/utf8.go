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
// not valid UTF-8 or escapes a lone surrogate, which encoding/json would
// silently turn into U+FFFD; "" when the body is valid text, "body" when the
// bad bytes are outside any value.
func invalidUTF8Field(body []byte) string {
	if validText(body) {
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
		bad := !validText(body[start:dec.InputOffset()])
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

// validText reports whether b is valid UTF-8 whose \u escapes pair their
// UTF-16 surrogates: "\ud83d\ude00" is 😀, "\ud800" alone is no character.
// Outside strings valid JSON has no backslash, so b may be a whole body or
// any run of its tokens.
func validText(b []byte) bool {
	if !utf8.Valid(b) {
		return false
	}
	for i := bytes.IndexByte(b, '\\'); i >= 0 && i+1 < len(b); {
		if b[i+1] != 'u' {
			i += 2 // \\, \" and the other one-letter escapes
		} else if r, ok := hex4(b[i+2:]); !ok {
			i += 2 // not an escape JSON allows; the decoder says so
		} else if r >= 0xdc00 && r <= 0xdfff {
			return false
		} else if r >= 0xd800 && r <= 0xdbff {
			lo, ok := rune(0), i+7 < len(b) && b[i+6] == '\\' && b[i+7] == 'u'
			if ok {
				lo, ok = hex4(b[i+8:])
			}
			if !ok || lo < 0xdc00 || lo > 0xdfff {
				return false
			}
			i += 12
		} else {
			i += 6
		}
		next := bytes.IndexByte(b[min(i, len(b)):], '\\')
		if next < 0 {
			break
		}
		i += next
	}
	return true
}

// hex4 reads the four hex digits of a \u escape.
func hex4(b []byte) (rune, bool) {
	if len(b) < 4 {
		return 0, false
	}
	n, err := strconv.ParseUint(string(b[:4]), 16, 16)
	return rune(n), err == nil
}
