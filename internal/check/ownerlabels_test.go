package check

import "testing"

// Round 31 (h17ao): a department named by its work as the line's label or
// addressee, or asked with a modal, and a name with its crew in brackets
// before the colon (ownerlabels.go) name who acts; topics and labels that
// are no department, and "It:", do not.
func TestOwnerDepartmentLabel(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Request, "Accounts: the final invoice must be paid by January 1, 2027.", RuleRequestNoOwner, ""},
		{Request, "Purchasing team: the new quotes are needed by Friday, 4 December 2026.", RuleRequestNoOwner, ""},
		{Request, "Maintenance: replace the belt on line 2 by 3 December 2026.", RuleRequestNoOwner, ""},
		{Request, "Print shop, please have the 3,000 recall letters ready by 6 December.", RuleRequestNoOwner, ""},
		{Request, "Stores, please count the spare bladders by 3 December 2026.", RuleRequestNoOwner, ""},
		{Request, "Can stores please reorder brake pads when they get a chance?", RuleRequestNoOwner, ""},
		{Request, "Could accounts send the statement by 3 December 2026?", RuleRequestNoOwner, ""},
		{Request, "Could the stores team please reorder brake pads by Friday?", RuleRequestNoOwner, ""},
		{Request, "Note: the final invoice must be paid by January 1, 2027.", RuleRequestNoOwner, "*"},
		{Request, "Security update: the final invoice must be paid by January 1, 2027.", RuleRequestNoOwner, "*"},
		{Request, "It: the final invoice must be paid by January 1, 2027.", RuleRequestNoOwner, "*"},
		{Request, "Print: the recall letters must be ready by 6 December.", RuleRequestNoOwner, "*"},
		{Request, "Stores, the spare bladders by 3 December 2026.", RuleRequestNoOwner, "*"},
		{Request, "Can stores be reordered by Friday?", RuleRequestNoOwner, "*"},
		{Request, "Can it please be fixed by Friday?", RuleRequestNoOwner, "*"},
	})
}

func TestOwnerNameBracketColon(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Request, "Tom (stage crew): re-rig the orchestra shell by Dec 4", RuleRequestNoOwner, ""},
		{Request, "Priya (QA): retest the build by 3 December 2026.", RuleRequestNoOwner, ""},
		{Request, "Tom: re-rig the orchestra shell by Dec 4", RuleRequestNoOwner, ""},
		{Request, "Note (stage crew): re-rig the orchestra shell by Dec 4", RuleRequestNoOwner, "*"},
		{Request, "Tom (stage crew): the shell is to be re-rigged by Dec 4", RuleRequestNoOwner, "*"},
		{Request, "Contract (v2): please sign it by Friday.", RuleRequestNoOwner, "*"},
		{Request, "Re: re-rig the orchestra shell by Dec 4", RuleRequestNoOwner, "*"},
	})
}

// 请 and a party named by itself before 在/于 and a date, 请各位 and a role
// named by its work, and a full name opening the line before 回头/抽空/记得
// (ownerlabels.go, request.go) name who acts; a document before the date,
// everyone, and a common word before 回头 do not.
func TestOwnerZhPartyRoleName(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Request, "请龙星炭黑在11月20日前补交本批次N330的COA报告。", RuleRequestNoOwner, ""},
		{Request, "请华信于12月3日前回传签字版合同。", RuleRequestNoOwner, ""},
		{Request, "请申报材料于12月3日前提交。", RuleRequestNoOwner, "*"},
		{Request, "请检测报告于12月3日前提交。", RuleRequestNoOwner, "*"},
		{Request, "请邀请华信于12月3日前到厂验收。", RuleRequestNoOwner, "*"},
		{Request, "请尽快于12月3日前回传签字版合同。", RuleRequestNoOwner, "*"},
		{Request, "请在12月3日前回传签字版合同。", RuleRequestNoOwner, "*"},
		{Request, "请各位教员有空时把学员讲评表补齐。", RuleRequestNoOwner, ""},
		{Request, "请各位机长12月3日前完成复训。", RuleRequestNoOwner, ""},
		{Request, "请各位检验员本周内更新色卡。", RuleRequestNoOwner, ""},
		{Request, "请各位成员有空时把讲评表补齐。", RuleRequestNoOwner, "*"},
		{Request, "请各位有空时把讲评表补齐。", RuleRequestNoOwner, "*"},
		{Request, "刘洋回头把巡演合同翻译一下", RuleRequestNoOwner, ""},
		{Request, "王磊抽空把排练表发一下", RuleRequestNoOwner, ""},
		{Request, "方案回头再改一下", RuleRequestNoOwner, "*"},
		{Request, "回头把巡演合同翻译一下", RuleRequestNoOwner, "*"},
	})
}
