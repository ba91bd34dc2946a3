package check

import "testing"

// Round 39 (h17aw): 另行通知 after a vague time in the same sentence leaves
// the finding to that word (vaguephrases.go ctxLaterNotice), as 等通知 does
// since round 38; alone it is still vague. 2号跑道, 3号登机桥 are places by
// their number, no day (datescan.go numberedPlace), so they neither make
// 近期 concrete nor give a request its date.
func TestVagueLaterNotice(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Text, "近期将对2号跑道进行道面灌缝施工，具体时间另行通知。", RuleVagueTime, "近期"},
		{Text, "近期会安排一次消防演练，具体时间另行通知。", RuleVagueTime, "近期"},
		{Text, "系统尽快升级，上线时间另行通知。", RuleVagueTime, "尽快"},
		{Text, "培训时间另行通知。", RuleVagueTime, "另行通知"},
		{Text, "近期将对5号登机口进行改造，开放时间另行通知。", RuleVagueTime, "近期"},
		{Request, "请机务部李强核对3号登机桥的维修记录。", RuleRequestNoDate, "*"},
		{Request, "请机务部李强3号前核对登机桥的维修记录。", RuleRequestNoDate, ""},
		{Text, "2号跑道12月3日关闭。", RuleVagueTime, ""},
	})
}
