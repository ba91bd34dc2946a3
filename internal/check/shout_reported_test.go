package check

import "testing"

// Capitals and marks inside words quoted after a verb of writing are the
// quoted writer's, even before the quote closes and when the verb names
// where it was written (shout.go, round 30, h17an); quotes no one is said
// to have written, and capitals after the quote, stay the writer's.
func TestShoutInsideReportedQuote(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Text, `Customer wrote: "Your technician is a liar!!! I want my money back." Logged as complaint C-2611-087.`, RuleShouting, ""},
		{Text, `A visitor wrote on Ctrip: "WORST QUEUE EVER!!!" — customer service will reply by 26 Nov.`, RuleShouting, ""},
		{Text, `Customer wrote: "DO NOT SEND THE TRUCK BEFORE 8AM" — noted, scheduling for 08:30.`, RuleShouting, ""},
		{Text, `A visitor posted on Meituan: "WORST QUEUE EVER!!!"`, RuleShouting, ""},
		{Text, `Our notice: "WORST QUEUE EVER!!!"`, RuleShouting, "WORST QUEUE EVER"},
		{Text, `"Your technician is a liar!!! I want my money back."`, RuleShouting, "!!!"},
		{Text, `Customer wrote: "ok" and THIS IS NOT ACCEPTABLE!!!`, RuleShouting, "THIS IS NOT ACCEPTABLE"},
		{Text, `We are on Ctrip: "WORST QUEUE EVER!!!"`, RuleShouting, "WORST QUEUE EVER"},
	})
}
