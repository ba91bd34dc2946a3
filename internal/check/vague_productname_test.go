package check

import "testing"

// Round 39 (h17aw): ASAP as a product line's name or its tag — "The ASAP
// tag on that SKU is just the product line name (ASAP Modular Desk)" —
// names a thing, as 的ASAP标识 and "the ASAP range" do (vague.go
// firmName). ASAP used as a time still is, also beside the name.
func TestVagueProductName(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Text, "The ASAP tag on that SKU is just the product line name (ASAP Modular Desk), not a deadline.", RuleVagueTime, ""},
		{Text, "The ASAP label on those boxes is the series name.", RuleVagueTime, ""},
		{Text, "Two ASAP Standing Desk frames arrived with scratches.", RuleVagueTime, ""},
		{Text, "Our best seller is the ASAP Office Chair.", RuleVagueTime, ""},
		// used as a time
		{Text, "Please send the Modular Desk samples ASAP.", RuleVagueTime, "ASAP"},
		{Text, "Please send the ASAP Modular Desk samples ASAP.", RuleVagueTime, "ASAP"},
		{Text, "Please reply ASAP, Tom.", RuleVagueTime, "ASAP"},
		{Text, "Please tag the parcels ASAP.", RuleVagueTime, "ASAP"},
		{Text, "Need the labels ASAP. Thanks Anna.", RuleVagueTime, "ASAP"},
	})
}
