package check

import "testing"

// "Why is X still …???" is shouting by its marks and no rudeness of its own
// (rudecontext.go ctxWhyStill, round 33, h17aq: nine texts over the sets
// label the marks alone); with one question mark or ?!? the question stays
// rude, and a troubleshooting question stays clean.
func TestWhyStillRepeatedMarks(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Text, "Why is the dinner trolley still not here???", RuleImpolite, ""},
		{Text, "Why is the dinner trolley still not here???", RuleShouting, "???"},
		{Text, "Why is the ticketing site still down??", RuleImpolite, ""},
		{Text, "Why are the invoices still wrong??? Fix them.", RuleImpolite, ""},
		{Text, "Why is this still not done?", RuleImpolite, "Why is this still"},
		{Text, "Why is the invoice STILL WRONG?!?", RuleImpolite, "Why is"},
		{Text, "Why is the server still not reachable? I restarted it at 9.", RuleImpolite, ""},
	})
}
