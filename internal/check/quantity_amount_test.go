package check

import "testing"

// "a/an ADJ amount|quantity" and "a/an ADJ number of" left to the worker's
// judgement are one span with their article, as the writers mark them
// (round 32); a stated amount, a kind of thing after the adjective, and the
// same words in a message are clean.
func TestAmountLeftOpen(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Standard, "4.2 Add an appropriate amount of sodium thiosulfate when dechlorinating make-up water.", RuleVagueQuantity, "an appropriate amount"},
		{Standard, "7.3 Drivers shall carry an appropriate amount of spare packing tape in each van.", RuleVagueQuantity, "an appropriate amount"},
		{Standard, "Feed trucks shall park outside the fence, and an appropriate amount of disinfectant shall be sprayed on all wheels.", RuleVagueQuantity, "an appropriate amount"},
		{Standard, "Keep an appropriate quantity of spare filters on board.", RuleVagueQuantity, "an appropriate quantity"},
		{Standard, "Stock a reasonable quantity of cable ties at each bench.", RuleVagueQuantity, "a reasonable quantity"},
		{Standard, "A reasonable number of marshals shall be posted at each exit.", RuleVagueQuantity, "A reasonable number of"},
		{Standard, "Leave a certain amount of slack in the mooring lines.", RuleVagueQuantity, "a certain amount"},
		{Standard, "Apply a proper amount of grease to the hinge.", RuleVagueQuantity, "a proper amount"},
		{Standard, "Apply an appropriate torque to each bolt.", RuleVagueQuantity, "appropriate"},
		{Standard, "Add 50 g of sodium thiosulfate per 1,000 L of make-up water.", RuleVagueQuantity, ""},
		{Standard, "Wear appropriate PPE in the dosing room.", RuleVagueQuantity, ""},
		{Standard, "Record the amount of disinfectant used on each truck.", RuleVagueQuantity, ""},
		{Text, "We used an appropriate amount of tape, I think.", RuleVagueQuantity, ""},
	})
}
