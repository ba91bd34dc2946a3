package check

import "testing"

// A request whose time is 待定 has no date: request-no-date says so, and 待定
// is no second finding (scan.go, round 33, h17aq: 任务：锅炉除尘器滤袋检查｜负责
// 人：吴磊｜完成时间：待定); in a text 上线时间待定 stays vague time, and a date
// field is left alone.
func TestUndecidedTimeInRequest(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Request, "任务：锅炉除尘器滤袋检查｜负责人：吴磊｜完成时间：待定", RuleVagueTime, ""},
		{Request, "任务：锅炉除尘器滤袋检查｜负责人：吴磊｜完成时间：待定", RuleRequestNoDate, "*"},
		{Request, "请人事部安排冷端新员工上岗培训，时间待定。", RuleVagueTime, ""},
		{Text, "新版官网的上线时间待定，定了再通知大家。", RuleVagueTime, "待定"},
	})
}
