package check

import "testing"

// Round 11: the accuracy classes of the twenty-seventh and twenty-eighth
// sets' misses and false alarms, in new wording, with the look-alikes that
// stay as they are.
func TestRound11Accuracy(t *testing.T) {
	wantKindSpans(t, []kindCase{
		// an action item laid out as "task - Name - due …"
		{Request, "Update the cable schedule - Tom Baker - due Dec 4", RuleRequestNoOwner, ""},
		{Request, "Send revised BOQ – Anita – by 3 December", RuleRequestNoOwner, ""},
		{Request, "Fix the login timeout - High - due Dec 4", RuleRequestNoOwner, "*"},
		{Request, "Submit the signed checklist - Open - due Dec 4", RuleRequestNoOwner, "*"},
		{Request, "Submit the signed checklist - due Dec 4", RuleRequestNoOwner, "*"},
		// a team and a Latin given name before a colon
		{Request, "运营部Cindy：双12活动页改成横版，周四EOD", RuleRequestNoOwner, ""},
		{Request, "采购组Kevin: 12月3日前把样品寄给客户", RuleRequestNoOwner, ""},
		{Request, "说明：双12活动页改成横版，12月3日前", RuleRequestNoOwner, "*"},
		{Request, "关于Q4：活动页改成横版，12月3日前", RuleRequestNoOwner, "*"},
		// a full name, a space and what the person is to do
		{Request, "王磊 抓紧把样品寄给客户", RuleRequestNoOwner, ""},
		{Request, "周婷 把12月的排班表发群里", RuleRequestNoOwner, ""},
		{Request, "尽快把对账单发过去", RuleRequestNoOwner, "*"},
		// a later clause that dates an event is no limit of the vague word
		{Text, "抓紧把样衣的吊牌核一遍，明早9点发车。", RuleVagueTime, "抓紧"},
		{Text, "尽快把讲稿定下来，周四下午3点开会。", RuleVagueTime, "尽快"},
		{Text, "抓紧把样衣的吊牌核一遍，明早9点前发我。", RuleVagueTime, ""},
		{Text, "尽快把讲稿定下来，周四下午3点前。", RuleVagueTime, ""},
		{Text, "Please send the packing list ASAP, the booking window closes Dec 4.", RuleVagueTime, "ASAP"},
		{Text, "We need the artwork soon, the print run starts on Dec 7.", RuleVagueTime, "soon"},
		{Text, "Please send the packing list ASAP, the deadline is Dec 4.", RuleVagueTime, ""},
		{Text, "Please send the packing list ASAP, the courier will pick it up on Dec 4.", RuleVagueTime, ""},
		// 近期 as the time of a colleague's task in minutes
		{Text, "2. 退货话术需要更新，小林近期整理一版。", RuleVagueTime, "近期"},
		{Text, "2. 退货话术小林近期整理过一版，可以直接用。", RuleVagueTime, ""},
		{Text, "2. 小林近期的排班比较满。", RuleVagueTime, ""},
		// exasperation at the writer's own machine, not at the reader
		{Text, "财务室那台破打印机又卡纸了，下午报销单只能手写。", RuleImpolite, ""},
		{Text, "这破电脑开机要五分钟，真该换了。", RuleImpolite, ""},
		{Text, "你们这破机器三天两头坏，到底修不修？", RuleImpolite, "你们这破"},
		{Text, "你们这破系统又登不上了。", RuleImpolite, "破"},
	})
}
