package check

import "testing"

// A date followed by what happened on it and 的 dates the object, no
// deadline and no anchor for vague time (dateevent.go, round 33, h17aq);
// a date before 前, an ask on the date and a date of a meeting stay
// deadlines.
func TestEventDateNoDeadline(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Request, "客服主管何静：请有空时回访11月22日投诉的那位顾客。", RuleVagueTime, "有空时"},
		{Request, "客服主管何静：请有空时回访11月22日投诉的那位顾客。", RuleRequestNoDate, "*"},
		{Request, "请仓库李明尽快核对11月20日到货的纸浆。", RuleRequestNoDate, "*"},
		{Request, "请质检部王丽回头复测11月18日送检的样品。", RuleVagueTime, "回头"},
		{Request, "请客服主管何静11月22日回访投诉的顾客。", RuleRequestNoDate, ""},
		{Request, "请客服主管何静在11月22日前回访投诉的顾客。", RuleRequestNoDate, ""},
		{Request, "请仓库李明核对11月20日要到货的纸浆。", RuleRequestNoDate, ""},
		{Request, "请仓库李明尽快核对，11月20日到货。", RuleVagueTime, ""},
	})
}
