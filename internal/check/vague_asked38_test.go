package check

import "testing"

// Round 38 (h17av): 近期 right after an ask times the asked action whatever
// its verb (vague.go askedSoonAnyVerb); 近期 that dates a noun or the object
// of 关注/核对 does not.
func TestVagueAskedSoon38(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Request, "@经纪人对接 杜宇：麻烦近期约一下外援经纪人谈续约。", RuleVagueTime, "近期"},
		{Request, "请王磊近期走访一下三家经销商。", RuleVagueTime, "近期"},
		{Request, "麻烦财务部近期核一下十一月的差旅报销。", RuleVagueTime, "近期"},
		{Request, "请把你近期的作品集发给HR，面试安排在12月2日下午2点。", RuleVagueTime, ""},
		{Request, "请核对近期上报的数据，12月2日前反馈。", RuleVagueTime, ""},
		{Request, "麻烦近期的报价单12月2日前发我一下。", RuleVagueTime, ""},
		{Request, "请把文案里的“近期”改成具体日期。", RuleVagueTime, ""},
	})
}
