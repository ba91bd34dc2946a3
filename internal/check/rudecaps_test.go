package check

import "testing"

// Round 35 (h17as): a complaint written in capitals is shouting, not
// rudeness (rudecaps.go): all-caps WHY questions and "the THIRD time I've
// asked"; the same words in lower case stay rude.
func TestCapsComplaintNotRude(t *testing.T) {
	wantRude(t, []struct {
		text string
		rude bool
	}{
		{"WHY IS NOBODY ANSWERING THE PHONE", false},
		{"WHY IS NO ONE PICKING UP AT THE DEPOT", false},
		{"WHY IS THIS STILL NOT FIXED", false},
		{"This is the THIRD time I've asked for my payout.", false},
		{"This is the FOURTH time we have chased this refund.", false},
		{"Why is nobody answering the phone?", true},
		{"Why is this still not fixed?", true},
		{"This is the third time I've asked for my payout.", true},
	})
}

// Round 35 (h17as): an ordinal in capitals that counts the times shouts
// (countTimeCaps); "the THIRD reminder" names a document and stays clean.
func TestCountTimeCaps(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Text, "This is the THIRD time I've asked for my payout.", RuleShouting, "THIRD"},
		{Text, "This is the FOURTH time the pallets came in wet.", RuleShouting, "FOURTH"},
		{Text, "This is the THIRD reminder about the audit.", RuleShouting, ""},
	})
}
