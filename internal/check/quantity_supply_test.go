package check

import "testing"

// 较多 after a verb of supplying in a standard leaves the amount open
// (quantity.go ctxSupplyMore); 较多 describing a state does not.
func TestSupplyMore(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Standard, "调度规范：早高峰前须向地铁站口投放较多车辆。", RuleVagueQuantity, "较多"},
		{Standard, "雨季前各站点储备较多防水罩。", RuleVagueQuantity, "较多"},
		{Standard, "地铁站口投诉较多时，须增派调度员。", RuleVagueQuantity, ""},
		{Standard, "投放较多时须分两批运输。", RuleVagueQuantity, ""},
		{Standard, "本区域车辆较多，须每日巡检。", RuleVagueQuantity, ""},
	})
}
