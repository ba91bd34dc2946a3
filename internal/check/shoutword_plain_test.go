package check

import "testing"

// A plain word capitalised for stress among lower-case words shouts
// (round 36: OUT, WITHOUT, CANNOT, WILL); the same word in a sign's text
// run (OUT OF ORDER), before a colon, or in lower case does not, and
// acronyms beside it stay clean.
func TestShoutPlainWord(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Text, "We are OUT of unsalted butter at Park Road. Need 20 kg by tomorrow 8am.", RuleShouting, "OUT"},
		{Text, "The crate was opened WITHOUT the registrar present.", RuleShouting, "WITHOUT"},
		{Text, "This CANNOT happen again.", RuleShouting, "CANNOT"},
		{Text, "If they aren't in by the cut-off, December payroll WILL be delayed.", RuleShouting, "WILL"},
		{Text, "Tag the unit OUT OF ORDER in the maintenance app.", RuleShouting, ""},
		{Text, "We are out of butter; please send the KYC PDF for UAT.", RuleShouting, ""},
		{Text, "Please upload the KYC file before UAT starts.", RuleShouting, ""},
	})
}
