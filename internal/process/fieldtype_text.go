package process

import (
	"github.com/liaison-dev/liaison/internal/i18n"
	"strings"
	"time"
	"unicode/utf8"
)

// textType is free text: one line (text) or several (longtext), with
// min and max counted in characters and, with check, the communication
// checker's findings.
type textType struct{ long bool }

func (t textType) Shape() Shape {
	if t.long {
		return ShapeLines
	}
	return ShapeLine
}

func (textType) Input(Field) FormInput { return FormInput{Type: "text"} }

func (textType) Parse(_ Field, raw string, _ *time.Location) any { return raw }

func (textType) Display(_ Field, v any, _ Show) string { return plain(v) }

func (t textType) validate(f *form, fd Field, v any, path string, cur map[string]any) (any, bool) {
	s, ok := v.(string)
	if list, isList := v.([]any); isList {
		// A list of lines (attendees, deliverables) is kept as one text.
		s, ok = joinLines(list, t.long)
	}
	if !ok {
		f.fail(path, "reason.must_be_text")
		return nil, false
	}
	s = strings.TrimSpace(s)
	if Blank(s) {
		// A list of blank lines ([] or [""]) is no text either.
		if fd.Required {
			f.fail(path, "reason.required")
		}
		return nil, false
	}
	why := SingleLineReason(s)
	if t.long {
		why = MultiLineReason(s)
	}
	if why != "" {
		f.fail(path, why)
		return nil, false
	}
	n := utf8.RuneCountInString(s)
	if fd.Max != nil && float64(n) > *fd.Max {
		f.fail(path, i18n.Ref("reason.at_most_chars", int(*fd.Max)))
		return nil, false
	}
	if fd.Min != nil && float64(n) < *fd.Min {
		f.fail(path, i18n.Ref("reason.at_least_chars", int(*fd.Min)))
		return nil, false
	}
	if fd.Check == "request" && strings.HasSuffix(path, "]."+fd.Name) {
		f.rowTexts = append(f.rowTexts, rowText{path, s, cur})
	} else if fd.Check != "" {
		f.check(path, s, fd.Check)
	}
	return s, true
}

// joinLines joins a list of strings: one per line in a long text, with 、
// in a one-line text. Anything but strings is refused.
func joinLines(list []any, long bool) (string, bool) {
	parts := make([]string, 0, len(list))
	for _, x := range list {
		s, ok := x.(string)
		if !ok {
			return "", false
		}
		if s = strings.TrimSpace(s); s != "" {
			parts = append(parts, s)
		}
	}
	sep := "、"
	if long {
		sep = "\n"
	}
	return strings.Join(parts, sep), true
}
