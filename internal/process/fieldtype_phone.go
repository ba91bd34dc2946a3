package process

import (
	"strings"
	"time"
)

// phoneType is a mobile number in mainland China: 11 digits, 1[3-9]…,
// stored as the digits alone (13800138000) and shown in groups of 3, 4
// and 4 (138 0013 8000). People may type it with spaces or hyphens,
// full-width digits and a +86 or 0086 prefix.
type phoneType struct{}

const phoneReason = "reason.phone"

func (phoneType) Shape() Shape { return ShapeLine }

func (phoneType) Input(Field) FormInput {
	return FormInput{Type: "tel", InputMode: "tel", Autocomplete: "tel"}
}

func (phoneType) Parse(_ Field, raw string, _ *time.Location) any { return raw }

func (phoneType) Display(_ Field, v any, _ Show) string {
	s := stored(v)
	if n, ok := mobile(s); ok {
		return n[:3] + " " + n[3:7] + " " + n[7:]
	}
	return s // an older value, as it was typed
}

func (phoneType) validate(f *form, _ Field, v any, path string, _ map[string]any) (any, bool) {
	s, _ := v.(string)
	n, ok := mobile(s)
	if !ok {
		f.fail(path, phoneReason)
		return nil, false
	}
	return n, true
}

// mobile reads a mainland China mobile number as people write it and
// returns its 11 digits.
func mobile(s string) (string, bool) {
	var b strings.Builder
	for _, r := range strings.TrimSpace(s) {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case r >= '０' && r <= '９':
			b.WriteRune('0' + (r - '０'))
		case r == '+' || r == '＋':
			if b.Len() > 0 {
				return "", false // a plus only in front
			}
			b.WriteString("00")
		case r == ' ' || r == '\u3000' || r == '\u00a0' || r == '-' || r == '－' || r == '‐' || r == '–':
		default:
			return "", false
		}
	}
	n := strings.TrimPrefix(b.String(), "0086")
	if len(n) != 11 || n[0] != '1' || n[1] < '3' || n[1] > '9' {
		return "", false
	}
	return n, true
}
