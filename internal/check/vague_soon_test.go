package check

import "testing"

// 近期 as the time of a trip someone is asked to make, or of goods expected
// to arrive that the next step waits on, is vague (vague.go askedSoon,
// vaguewords.go arrivalSoon); an arrival done, described or counted, and a
// trip that is only watched, are not.
func TestSoonTripArrival(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Text, "请电池组黄伟近期去一趟供应商的嘉兴仓，看下冬季电芯的批次问题。", RuleVagueTime, "近期"},
		{Text, "麻烦安装队近期跑一趟南山的项目。", RuleVagueTime, "近期"},
		{Text, "日本那边的感烟探测器样品近期到港，到了再安排送检。", RuleVagueTime, "近期"},
		{Text, "新一批原片近期到厂，到了先抽检。", RuleVagueTime, "近期"},
		{Text, "样品近期到港了。", RuleVagueTime, ""},
		{Text, "近期到港的样品已经送检。", RuleVagueTime, ""},
		{Text, "本港近期到港量下降。", RuleVagueTime, ""},
		{Text, "请关注近期去一趟嘉兴的安排。", RuleVagueTime, ""},
	})
}
