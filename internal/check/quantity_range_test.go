package check

import "testing"

// A measure left to "some range", "reasonable" or "regular" in a standard
// is a vague quantity, marked as the phrase (quantity_range.go, round 30,
// h17an); the words with a number, outside a standard, or "reasonable"
// alone, are not.
func TestQuantityRange(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Standard, "8.3 炸药库温度保持在一定范围，湿度不大于80%。", RuleVagueQuantity, "一定范围"},
		{Standard, "6.1 石粉含量应控制在合理范围内。", RuleVagueQuantity, "合理范围内"},
		{Standard, "6.1 Tanker drivers shall rest for a reasonable period after every 4 hours of driving.", RuleVagueQuantity, "a reasonable period"},
		{Standard, "Shuttle stops should keep a reasonable amount of drinking water in winter.", RuleVagueQuantity, "a reasonable amount"},
		{Standard, "Each outlet shall keep a reasonable quantity of R32 refrigerant on hand.", RuleVagueQuantity, "a reasonable quantity"},
		{Standard, "3.1 Haul roads shall be watered at regular intervals to keep dust down.", RuleVagueQuantity, "at regular intervals"},
		{Standard, "3.1 Haul roads shall be watered every 2 hours to keep dust down.", RuleVagueQuantity, ""},
		{Standard, "6.1 石粉含量应控制在5%到8%范围内。", RuleVagueQuantity, ""},
		{Standard, "Prices shall be reasonable and published.", RuleVagueQuantity, ""},
		{Text, "Please keep a reasonable amount of water on the bus.", RuleVagueQuantity, ""},
	})
}
