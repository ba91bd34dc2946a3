package check

import "testing"

// A count left open with its article and "number of" is one span
// ("sufficient" only when it opens the sentence: its writers split); the
// adjective alone keeps its own span, and a stated count is clean.
func TestCountLeftOpen(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Standard, "A sufficient number of portable extinguishers shall be provided near all hot work.", RuleVagueQuantity, "A sufficient number of"},
		{Standard, "8.1 Keep a sufficient number of spare fuses in the machine room.", RuleVagueQuantity, "sufficient"},
		{Standard, "Swap crews shall carry an adequate number of charged packs per shift.", RuleVagueQuantity, "an adequate number of"},
		{Standard, "Keep a suitable number of spare locks in each van.", RuleVagueQuantity, "a suitable number of"},
		{Standard, "Apply a suitable amount of separator powder to each lite before stacking.", RuleVagueQuantity, "a suitable amount"},
		{Standard, "Ensure sufficient ventilation in the pump room.", RuleVagueQuantity, "sufficient"},
		{Standard, "An adequate supply of water shall be available.", RuleVagueQuantity, "adequate"},
		{Standard, "A number of 6 portable extinguishers shall be provided near all hot work.", RuleVagueQuantity, ""},
		{Standard, "Select a suitable location for the hydrant box.", RuleVagueQuantity, ""},
		{Text, "We have a sufficient number of packs for today.", RuleVagueQuantity, ""},
	})
}
