package check

import "testing"

// A time whose clause says what has already happened then (今天上午已经掉线
// 四次了) anchors no vague ask beside it (clause.go pastTail); a time that
// is the ask's limit still does.
func TestPastTimeNoAnchor(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Text, "麻烦线路供应商尽快修复，今天上午已经掉线四次了。", RuleVagueTime, "尽快"},
		{Text, "请尽快回复，12月1日已经催过一次了。", RuleVagueTime, "尽快"},
		{Text, "请尽快回复，12月3日前给我。", RuleVagueTime, ""},
		{Text, "麻烦尽快修复，今天下班前恢复。", RuleVagueTime, ""},
	})
}
