package check

import (
	"slices"
	"testing"
)

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

// ruleIDs returns the rules of Check's findings on text, on the corpus's
// day and calendar, in order.
func ruleIDs(text string, kind Kind) []string {
	var out []string
	for _, f := range Check(text, Options{Now: corpusNow, Calendar: testCalendar{}, Kind: kind}) {
		out = append(out, f.Rule)
	}
	return out
}

// wantRude checks that Check finds rudeness in each text exactly when
// the case says so.
func wantRude(t *testing.T, cases []struct {
	text string
	rude bool
}) {
	t.Helper()
	for _, tc := range cases {
		if got := slices.Contains(ruleIDs(tc.text, Text), RuleImpolite); got != tc.rude {
			t.Errorf("%q: impolite %v, want %v", tc.text, got, tc.rude)
		}
	}
}

// kindCase is a text checked as kind and the one finding it must give (rule
// and exact span), or no finding of rule at all when span is "".
type kindCase struct {
	kind Kind
	text string
	rule string
	span string // "" = no finding of rule
}

func wantKindSpans(t *testing.T, cases []kindCase) {
	t.Helper()
	for _, c := range cases {
		fs := Check(c.text, Options{Now: corpusNow, Calendar: testCalendar{}, Kind: c.kind})
		found := false
		for _, f := range fs {
			if f.Rule != c.rule {
				continue
			}
			if c.span == "" {
				t.Errorf("%s: want no %s, got %q", c.text, c.rule, spanText(c.text, f))
			}
			if spanText(c.text, f) == c.span {
				found = true
			}
		}
		if c.span != "" && !found {
			t.Errorf("%s: want %s 「%s」, got %+v", c.text, c.rule, c.span, fs)
		}
	}
}
