package check

import "testing"

// "rubbish" said of firmware, a lock or a device in a sentence that speaks
// to nobody is exasperation at a thing (rudecontext.go toolVerdict); said of
// the reader's work it stays rude.
func TestToolVerdictDevices(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Text, "The old lock firmware is rubbish — it drops the Bluetooth link in the cold. We need v2.3 on all units.", RuleImpolite, ""},
		{Text, "This router is garbage, it reboots every hour.", RuleImpolite, ""},
		{Text, "Your firmware is rubbish.", RuleImpolite, "rubbish"},
		{Text, "The firmware you shipped is garbage.", RuleImpolite, "garbage"},
	})
}
