package check

import "testing"

// A person addressed at the start of the sentence is the one a later 请
// asks, and a ship's or a farm's rank after 请 names its holder (round 32,
// ownervocative.go); a time, a topic or a bare role before the comma, and
// a rank that is only the object of the task, name nobody.
func TestAskVocativeAndRank(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Request, "刘兽医，五号场的疫苗冷链记录仪请尽快更换。", RuleRequestNoOwner, ""},
		{Request, "李场长，请安排人把饲料厂上周送来的那批结块的教槽料退回去。", RuleRequestNoOwner, ""},
		{Request, "Hi 杨洁，新配方的 sow lactation diet 请 12月3日 前发我 review，谢谢。", RuleRequestNoOwner, ""},
		{Request, "您好 王建国，三号舍的通风记录请12月3日前补齐。", RuleRequestNoOwner, ""},
		{Request, "李白诗，三号舍的通风记录请12月3日前补齐。", RuleRequestNoOwner, "*"},
		{Request, "请大副尽早完成货舱密性试验。", RuleRequestNoOwner, ""},
		{Request, "请轮机长12月3日前提交主机保养报告。", RuleRequestNoOwner, ""},
		{Request, "明天，五号场的疫苗冷链记录仪请尽快更换。", RuleRequestNoOwner, "*"},
		{Request, "关于疫苗，五号场的冷链记录仪请尽快更换。", RuleRequestNoOwner, "*"},
		{Request, "兽医，五号场的疫苗冷链记录仪请尽快更换。", RuleRequestNoOwner, "*"},
		{Request, "请尽快把检查表交给大副。", RuleRequestNoOwner, "*"},
	})
}

// A task row that opens with a name, a role or an office by its letters
// and then "to" and the verb names its owner (round 32, ownerrows.go);
// "Need to", "Someone needs to" and a thing "to be" done name nobody.
func TestRowOwnerTo(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Request, "Priya to reconcile the November manifest against the scan log by Dec 2.", RuleRequestNoOwner, ""},
		{Request, "Tech superintendent to confirm the spare parts list by 20 November.", RuleRequestNoOwner, ""},
		{Request, "Chartering desk to send the fixture recap by tomorrow 12:00.", RuleRequestNoOwner, ""},
		{Request, "DPA to circulate the revised SMS manual section 5 by Monday 7 December.", RuleRequestNoOwner, ""},
		{Request, "Finance to refund the franchise fee overcharge by Nov 13.", RuleRequestNoOwner, ""},
		{Request, "Need to reconcile the November manifest by Dec 2.", RuleRequestNoOwner, "*"},
		{Request, "Someone needs to circulate the revised manual by Dec 2.", RuleRequestNoOwner, "*"},
		{Request, "Quarterly stock count to be completed by Dec 18.", RuleRequestNoOwner, "*"},
		{Request, "ETA to be confirmed by Dec 18.", RuleRequestNoOwner, "*"},
	})
}
