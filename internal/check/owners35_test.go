package check

import "testing"

// Round 35 (h17as): a team with its member's name in brackets before "to"
// and the verb (bracketedCompanyTo); a "… support" team addressed before
// its colon (unitNouns); 所有/全体 before a role, as 各位 (cutGroupWord); a
// Latin given name before a Chinese comma and the ask (latinGivenName).
// Brackets with no name, a topic before the colon, 所有资料 and a greeting
// before the comma still name nobody.
func TestOwnerRound35(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Request, "Front desk (Amy) to call all trainees booked for the Dec 3 road test by Tuesday, December 1.", RuleRequestNoOwner, ""},
		{Request, "Warehouse (Li Wei) to recount bay 4 by Friday, December 4.", RuleRequestNoOwner, ""},
		{Request, "Budget (Q3) to be approved by Friday, December 4.", RuleRequestNoOwner, "*"},
		{Request, "Merchant support: please reply to all open tickets older than 48 hours by Friday, December 4.", RuleRequestNoOwner, ""},
		{Request, "Customer support, please call back the three complainants by Friday, December 4.", RuleRequestNoOwner, ""},
		{Request, "Note: please reply to all open tickets by Friday, December 4.", RuleRequestNoOwner, "*"},
		{Request, "请所有教练于12月3日前提交学员进度表。", RuleRequestNoOwner, ""},
		{Request, "请全体驾驶员于12月3日前完成安全答题。", RuleRequestNoOwner, ""},
		{Request, "请所有资料于12月3日前归档。", RuleRequestNoOwner, "*"},
		{Request, "Sunny，请于12月18日前把 Target 的 routing guide 要点整理出来。", RuleRequestNoOwner, ""},
		{Request, "Kevin，请12月4日前把报价单发给客户。", RuleRequestNoOwner, ""},
		{Request, "Thanks，请于12月18日前把报告整理出来。", RuleRequestNoOwner, "*"},
	})
}
