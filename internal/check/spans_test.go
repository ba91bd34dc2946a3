package check

import "testing"

// spanCase is a text and the one finding it must give: the rule and the
// exact text of its span, or no finding at all when rule is "".
type spanCase struct {
	text string
	rule string // "" = no finding
	span string
}

// wantSpans checks each case against Check on the corpus's day.
func wantSpans(t *testing.T, cases []spanCase) {
	t.Helper()
	for _, c := range cases {
		fs := Check(c.text, Options{Now: corpusNow, Calendar: testCalendar{}})
		if c.rule == "" {
			if len(fs) != 0 {
				t.Errorf("%s: want nothing, got %+v", c.text, fs)
			}
			continue
		}
		ok := false
		for _, f := range fs {
			if f.Rule == c.rule && string([]rune(c.text)[f.Start:f.End]) == c.span {
				ok = true
			}
		}
		if !ok {
			t.Errorf("%s: want %s 「%s」, got %+v", c.text, c.rule, c.span, fs)
		}
	}
}
