package check

import "testing"

// "promptly" in a rule written as an order to report or notify is the time
// the rule leaves open (vaguewords.go ctxRuleTime); thanks and reports of
// a prompt reply stay clean.
func TestPromptlyOrderedRule(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Standard, "Report emission exceedances promptly to the environmental officer.", RuleVagueTime, "promptly"},
		{Standard, "Notify the shift lead promptly of any nitrogen leak.", RuleVagueTime, "promptly"},
		{Standard, "Leaks must be reported promptly.", RuleVagueTime, "promptly"},
		{Text, "Thanks for replying promptly.", RuleVagueTime, ""},
		{Text, "The officer replied promptly.", RuleVagueTime, ""},
	})
}
