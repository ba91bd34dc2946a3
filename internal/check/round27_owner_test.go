package check

import "testing"

// Round 27 (h17ak): a name with its department in brackets before the ask,
// a role or a lab before a colon, a repair shop after 麻烦 and a supplier
// with its name in brackets after 请 name the owner; a topic before a colon,
// a bracketed thing and a bare ask still name nobody.
func TestRound27AskOwner(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Request, "Anna (legal), please return comments on the addendum by 2026-12-02 17:00.", RuleRequestNoOwner, ""},
		{Request, "Maria (procurement): please return the signed agreement by 20 November.", RuleRequestNoOwner, ""},
		{Request, "Tom (site lead), kindly send the as-builts by Friday.", RuleRequestNoOwner, ""},
		{Request, "Safety officer: please circulate the revised procedure before 23 November.", RuleRequestNoOwner, ""},
		{Request, "Note: please circulate the revised procedure before 23 November.", RuleRequestNoOwner, "*"},
		{Request, "Reminder: please send the quote by Friday.", RuleRequestNoOwner, "*"},
		{Request, "Contract (v2): please sign it by Friday.", RuleRequestNoOwner, "*"},
		{Request, "化验室：请12/03前出具这批环氧丙烷的检验报告。", RuleRequestNoOwner, ""},
		{Request, "质检科：请12月3日前复核。", RuleRequestNoOwner, ""},
		{Request, "备注：请12月3日前复核。", RuleRequestNoOwner, "*"},
		{Request, "所有人：请12月3日前复核。", RuleRequestNoOwner, "*"},
		{Request, "麻烦修理厂近期把两台车的定损单出一下。", RuleRequestNoOwner, ""},
		{Request, "麻烦修理一下那三台车，12月3日前。", RuleRequestNoOwner, "*"},
		{Request, "请周边供应商（杭州织造）在12月5日前交付第二批围巾。", RuleRequestNoOwner, ""},
		{Request, "请把样品（杭州织造）在12月5日前寄出。", RuleRequestNoOwner, "*"},
	})
}
