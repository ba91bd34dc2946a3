package check

import "testing"

// Round 35 (h17as): the year's or the month's end joined to a figure (年底
// 产能, 月底库存, 年末账户余额) dates the figure, not the ask, so 尽早 and 尽快
// stay vague (dates.go periodOfData); 年底前, 在年底完成 and 年底上报 still
// anchor them.
func TestYearEndFigureNoAnchor(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Text, "请各车间尽早上报年底产能。", RuleVagueTime, "尽早"},
		{Text, "请尽快报一下月底库存。", RuleVagueTime, "尽快"},
		{Text, "请各车间尽快上报年末账户余额。", RuleVagueTime, "尽快"},
		{Text, "请各车间年底前尽快上报产能。", RuleVagueTime, ""},
		{Text, "请尽快在年底完成盘点。", RuleVagueTime, ""},
	})
}
