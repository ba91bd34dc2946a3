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
	})
}
