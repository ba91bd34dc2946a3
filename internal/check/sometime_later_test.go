package check

import "testing"

// "sometime later" is one vague time, as "sometime next week" is (round
// 36), not "sometime" and "later" apart; "later" and "sometime" alone keep
// their spans, and "later than" stays clean.
func TestSometimeLater(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Text, "We will revisit the loan fee sometime later.", RuleVagueTime, "sometime later"},
		{Text, "Let's go over the floor plan sometime later this month.", RuleVagueTime, "sometime later"},
		{Text, "We will revisit the loan fee later.", RuleVagueTime, "later"},
		{Text, "The crate must arrive no later than 3 December.", RuleVagueTime, ""},
	})
}
