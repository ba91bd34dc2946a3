package check

import "testing"

// Round 38 (h17av): owners the sets' writers name in task rows — a person
// asked with their team in brackets, a crew or shift told apart by a label,
// a name and its team after the full-width ＠, a party by its trade after
// 请 — and the look-alikes that still name nobody.
func TestOwners38(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Request, "Please ask Kevin (customs desk) to upload the commercial invoices by 4 December.", RuleRequestNoOwner, ""},
		{Request, "Please ask Maria (legal) to check the lease by 4 December.", RuleRequestNoOwner, ""},
		{Request, "Chen Tao (Installation) to mobilise the crew to Yancheng substation by 4 December.", RuleRequestNoOwner, ""},
		{Request, "Li Na (Site) to energise the feeder by 4 December.", RuleRequestNoOwner, ""},
		{Request, "Field crew A to re-torque the HV bushing flanges at Taizhou by 4 December.", RuleRequestNoOwner, ""},
		{Request, "Night shift B to recount the cage stock by 4 December.", RuleRequestNoOwner, ""},
		{Request, "Team 2 to dismantle the scaffold by 4 December.", RuleRequestNoOwner, ""},
		{Request, "＠后勤 黄磊：12月4日前完成冬训装备采购清单。", RuleRequestNoOwner, ""},
		{Request, "请报关行于12月4日前提交申报草单。", RuleRequestNoOwner, ""},
		{Request, "请货代12月4日前确认船期。", RuleRequestNoOwner, ""},
		// look-alikes: nobody named
		{Request, "Please ask (if possible) to upload the invoices by 4 December.", RuleRequestNoOwner, "*"},
		{Request, "Please mobilise the crew by 4 December.", RuleRequestNoOwner, "*"},
		{Request, "Phase 2 to be completed by 4 December.", RuleRequestNoOwner, "*"},
		{Request, "Plan B to mobilise the crew by 4 December.", RuleRequestNoOwner, "*"},
		{Request, "请报关行名单12月4日前提交。", RuleRequestNoOwner, "*"},
		{Request, "12月4日前完成冬训装备采购清单。", RuleRequestNoOwner, "*"},
	})
}
