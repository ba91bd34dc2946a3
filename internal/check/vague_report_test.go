package check

import "testing"

// 说的 + a thing names the thing someone spoke of, and the writer's own ask
// after it keeps its vague time (rude.go reportedTime); a report (X说尽早…,
// X说的是…) stays the speaker's.
func TestSaidThingNotReport(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Text, "门窗厂说的那批Low-E原片，尽早给个报价。", RuleVagueTime, "尽早"},
		{Text, "设备科说的那台泵改日再修。", RuleVagueTime, "改日"},
		{Text, "门窗厂说尽早给报价。", RuleVagueTime, ""},
		{Text, "门窗厂说的是尽早给报价。", RuleVagueTime, ""},
	})
}
