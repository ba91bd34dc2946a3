package check

import "testing"

// Round 34 (h17ar): 请 and an outside party named by its role, with or
// without a label after it, names whom it asks (ownerparty.go); the role as
// a thing (名单, 的报价) or an ask that opens with its task does not. A full
// name opening the line before 尽早/及早/赶快 acts (owners.go urgentAfterName);
// a common word there does not.
func TestOwnerPartyByRole(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Request, "请承包商A在12月6日前撤离临时设施。", RuleRequestNoOwner, ""},
		{Request, "请供应商十二月十日前提供轴承质保书。", RuleRequestNoOwner, ""},
		{Request, "请分包商B于12月7日前撤离临时设施。", RuleRequestNoOwner, ""},
		{Request, "请监理十二月十日前完成旁站记录。", RuleRequestNoOwner, ""},
		{Request, "请承运商二〇二六年十二月十日前回复运价。", RuleRequestNoOwner, ""},
		{Request, "请供应商名单十二月十日前提交。", RuleRequestNoOwner, "*"},
		{Request, "请供应商的报价十二月十日前提交。", RuleRequestNoOwner, "*"},
		{Request, "请尽快在12月7日前撤离临时设施。", RuleRequestNoOwner, "*"},
		{Request, "请十二月十日前提供轴承质保书。", RuleRequestNoOwner, "*"},
		{Request, "陈洁尽早把金料报价发我。", RuleRequestNoOwner, ""},
		{Request, "王磊及早把样品寄出。", RuleRequestNoOwner, ""},
		{Request, "方案尽早定下来。", RuleRequestNoOwner, "*"},
		{Request, "尽早把金料报价发我。", RuleRequestNoOwner, "*"},
	})
}

// Round 37 (h17au): an outside party by its role before "to" in a task row,
// and a trade name with a capital inside it set off by a comma, name the
// owner (ownerparty.go); a thing before "to", a word in capitals, and
// "Please have the freight forwarder send …" (older sets' label) do not.
func TestOwnerPartyEn(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Request, "Telecom vendor to confirm the SIP trunk failover test date by 4 December.", RuleRequestNoOwner, ""},
		{Request, "Piling subcontractor to submit the revised boring plan by 4 December.", RuleRequestNoOwner, ""},
		{Request, "Concrete supplier to confirm the winter admixture dosage by 4 December.", RuleRequestNoOwner, ""},
		{Request, "NetPath, please send the root-cause report by 4 December.", RuleRequestNoOwner, ""},
		{Request, "NetPath, we need a root-cause report by 4 December.", RuleRequestNoOwner, ""},
		{Request, "SoundLine, please replace the 14 failed headsets by 4 December.", RuleRequestNoOwner, ""},
		{Request, "Supplier list to be sent by 4 December.", RuleRequestNoOwner, "*"},
		{Request, "URGENT, please send the root-cause report by 4 December.", RuleRequestNoOwner, "*"},
		{Request, "Please have the freight forwarder send the B/L draft by 4 December.", RuleRequestNoOwner, "*"},
		{Request, "Please send the root-cause report by 4 December.", RuleRequestNoOwner, "*"},
	})
}
