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
		{Request, "马上 把对账单发过去", RuleRequestNoOwner, "*"},
		{Request, "周报 尽快交", RuleRequestNoOwner, "*"},
		// a later clause that dates an event is no limit of the vague word
		{Text, "抓紧把样衣的吊牌核一遍，明早9点发车。", RuleVagueTime, "抓紧"},
		{Text, "尽快把讲稿定下来，周四下午3点开会。", RuleVagueTime, "尽快"},
		{Text, "抓紧把样衣的吊牌核一遍，明早9点前发我。", RuleVagueTime, ""},
		{Text, "尽快把讲稿定下来，周四下午3点前。", RuleVagueTime, ""},
		{Text, "Please send the packing list ASAP, the booking window closes Dec 4.", RuleVagueTime, "ASAP"},
		{Text, "We need the artwork soon, the print run starts on Dec 7.", RuleVagueTime, "soon"},
		{Text, "Please send the packing list ASAP, the deadline is Dec 4.", RuleVagueTime, ""},
		{Text, "Please send the packing list ASAP, the courier will pick it up on Dec 4.", RuleVagueTime, ""},
		{Text, "The Wi-Fi keeps dropping, please reset the router ASAP - the audit starts at 9 tomorrow.", RuleVagueTime, "ASAP"},
		{Text, "Please reset the router ASAP - by 5 pm today at the latest.", RuleVagueTime, ""},
		{Text, "Send the quote soon - we need it by Friday.", RuleVagueTime, ""},
		{Text, "I'll send the photos shortly, once the site visit ends on Dec 4.", RuleVagueTime, ""},
		// 近期 as the time of a colleague's task in minutes
		{Text, "2. 退货话术需要更新，小林近期整理一版。", RuleVagueTime, "近期"},
		{Text, "2. 退货话术小林近期整理过一版，可以直接用。", RuleVagueTime, ""},
		{Text, "2. 小林近期的排班比较满。", RuleVagueTime, ""},
		// a weekday of this week already past, asked for as a deadline (Now is a Wednesday)
		{Text, "请各班组在本周一前把安全交底记录交到项目部。", RuleDeadlinePast, "本周一"},
		{Text, "请各班组在本周五前把安全交底记录交到项目部。", RuleDeadlinePast, ""},
		{Text, "安全交底记录各班组本周一前已经交齐。", RuleDeadlinePast, ""},
		{Text, "上周五前交的记录都已归档。", RuleDeadlinePast, ""},
		// 逾期未X的… a rule for those who miss the date, not a report that it was missed
		{Text, "请于11月20日前提交复检申请，逾期未报的批次一律不予验收。", RuleDeadlinePast, "11月20日"},
		{Text, "请于11月20日前提交复检申请，逾期未报，请说明原因。", RuleDeadlinePast, ""},
		{Text, "请于12月20日前提交复检申请，逾期未报的批次一律不予验收。", RuleDeadlinePast, ""},
		// a day-first slash date after a date word
		{Text, "The handover will be done by 31/11 as agreed.", RuleDateInvalid, "31/11"},
		{Text, "Please return the signed form on 30/02.", RuleDateInvalid, "30/02"},
		{Text, "Our hotline is open 24/7 for urgent cases.", RuleDateInvalid, ""},
		{Text, "We scored 31/11 on the supplier audit? No, 31 of 40.", RuleDateInvalid, ""},
		{Text, "The handover will be done by 15/12 as agreed.", RuleDateInvalid, ""},
		// exasperation at the writer's own machine, not at the reader
		{Text, "财务室那台破打印机又卡纸了，下午报销单只能手写。", RuleImpolite, ""},
		{Text, "这破电脑开机要五分钟，真该换了。", RuleImpolite, ""},
		{Text, "你们这破机器三天两头坏，到底修不修？", RuleImpolite, "你们这破"},
		{Text, "你们这破系统又登不上了。", RuleImpolite, "破"},
	})
}
