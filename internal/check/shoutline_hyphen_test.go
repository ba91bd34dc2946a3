package check

import "testing"

// A line wholly in capitals with a hyphenated word is one shout, not the
// runs on either side of the hyphen (round 36: "WHO LEFT THE WALK-IN
// FREEZER DOOR OPEN AGAIN?", "PLEASE STOP CHANGING THE CUT-OFF DATE.").
// A hyphenated word in a line with lower case, or a code in a Chinese line,
// is no such line.
func TestShoutLineHyphen(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Text, "WHO LEFT THE WALK-IN FREEZER DOOR OPEN AGAIN?", RuleShouting, "WHO LEFT THE WALK-IN FREEZER DOOR OPEN AGAIN"},
		{Text, "NOBODY TOUCHES THE CUT-OFF SETTINGS WITHOUT ASKING ME", RuleShouting, "NOBODY TOUCHES THE CUT-OFF SETTINGS WITHOUT ASKING ME"},
		{Text, "Hi team,\nTHE FOLLOW-UP REPORT IS STILL MISSING FROM THE FILE\nThanks", RuleShouting, "THE FOLLOW-UP REPORT IS STILL MISSING FROM THE FILE"},
		{Text, "Please check the walk-in freezer DOOR IS STILL OPEN", RuleShouting, "DOOR IS STILL OPEN"},
		{Text, "请采购部采购48根LC-LC单模跳线，12月8日前到货。", RuleShouting, ""},
		{Text, "SOP-HK-07 鸡肉饭", RuleShouting, ""},
	})
}
