package check

import "testing"

// Round 34 (h17ar): look-alikes of a vague time that are none — "claims"
// as the noun is no report, so the ASAP after it is the writer's (rude.go
// claimsNoun); ASAP in a product line's name (vague.go firmName); "later" after
// anything/nothing, past a date named (vaguewords.go ctxLater); 抓紧 a
// thing held (vaguewords.go ctxZhuajin). The words used still are.
func TestVagueLookalikes34(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Text, "Ahmed, please clear the remaining 41 claims ASAP.", RuleVagueTime, "ASAP"},
		{Text, "Please process the warranty claims soon.", RuleVagueTime, "soon"},
		{Text, "Please settle all claims ASAP.", RuleVagueTime, "ASAP"},
		{Text, "The vendor claims the firmware fix will ship shortly.", RuleVagueTime, ""},
		{Text, "The new gate valves are from the vendor's Rapid-Seal ASAP series; datasheets attached.", RuleVagueTime, ""},
		{Text, "We stock the ASAP range of fittings.", RuleVagueTime, ""},
		{Text, "Please order the fittings ASAP, the series is nearly sold out.", RuleVagueTime, "ASAP"},
		{Text, "Expense claims for November must be submitted by Monday, Nov 30. Anything later goes into the December cycle.", RuleVagueTime, ""},
		{Text, "Expense claims for November: send them later.", RuleVagueTime, "later"},
		{Text, "登高码垛时请抓紧扶梯，注意安全。", RuleVagueTime, ""},
		{Text, "上下爬梯时抓紧梯子两侧。", RuleVagueTime, ""},
		{Text, "大家抓紧把扶梯修好。", RuleVagueTime, "抓紧"},
	})
}
