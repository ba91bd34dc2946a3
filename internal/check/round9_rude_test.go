package check

import (
	"slices"
	"testing"
)

// TestRound9Late checks the round-9 shapes added after the model was
// trained (kept out of shape*_test.go, which the training reads, so that
// the embedded model stays the one measured in docs/checker.md).
func TestRound9Late(t *testing.T) {
	for _, tc := range []struct {
		text string
		rude bool
	}{
		{"我早就提醒过，你们当耳边风。", true},
		{"你把我的话当成耳旁风了？", true},
		{"安全规定不能当耳旁风，大家注意。", false},
		{"他说这事别当耳边风，周五前要处理。", false},
	} {
		var got []string
		for _, f := range Check(tc.text, Options{Now: corpusNow, Calendar: testCalendar{}}) {
			got = append(got, f.Rule)
		}
		if slices.Contains(got, RuleImpolite) != tc.rude {
			t.Errorf("%q: got %v, want rude %v", tc.text, got, tc.rude)
		}
	}
}
