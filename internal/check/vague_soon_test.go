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

// 近期 right before the ask (近期请…) or before a put-off (近期再议) is the
// time of what is to be done, vague (vaguewords.go ctxFuture, round 33,
// h17aq); 近期请假 and 近期请求 report, and 近期 of the past stays clean.
func TestSoonAskPutOff(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Text, "近期请各楼层组织一次消防演练，并把记录交到安全办。", RuleVagueTime, "近期"},
		{Text, "近期务必把冷库的温度记录补齐。", RuleVagueTime, "近期"},
		{Text, "会议纪要：环保整改项由EHS部负责，完成时间待定，近期再议。", RuleVagueTime, "近期"},
		{Text, "这个方案先放一放，近期再定。", RuleVagueTime, "近期"},
		{Text, "近期请假的人比较多，排班紧张。", RuleVagueTime, ""},
		{Text, "近期请求退款的顾客增多。", RuleVagueTime, ""},
		{Text, "近期发生的故障已经全部处理完毕。", RuleVagueTime, ""},
	})
}
