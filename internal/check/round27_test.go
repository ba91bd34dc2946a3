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
		{Request, "技术组，今天下班前必须把服务器修好。", RuleRequestNoOwner, ""},
		{Request, "化验室，12月3日前必须出具报告。", RuleRequestNoOwner, ""},
		{Request, "各部门，今天下班前必须把服务器修好。", RuleRequestNoOwner, "*"},
		{Request, "下个月的排产，12月3日前必须发出。", RuleRequestNoOwner, "*"},
		{Request, "Peter, I NEED the as-builts by 30 November.", RuleRequestNoOwner, ""},
		{Request, "Could the safety office check the valves by Thursday 10 December?", RuleRequestNoOwner, ""},
		{Request, "Could the quality team review the batch records by Friday?", RuleRequestNoOwner, ""},
		{Request, "Could the office printer be fixed by Thursday 10 December?", RuleRequestNoOwner, "*"},
	})
}

// Round 27 (h17ak): 废物/垃圾 said of things counted by 这/那 and a measure
// word only things take, anywhere in the clause, is a verdict on things;
// counted people and the reader stay rude.
func TestRound27ThingVerdict(t *testing.T) {
	wantRude(t, []struct {
		text string
		rude bool
	}{
		{"枯死的那两棵桂花是废物，直接清运。", false},
		{"仓库里那三台叉车就是垃圾，报废吧。", false},
		{"那几个司机是废物。", true},
		{"你们那三台叉车就是垃圾！", true},
		{"枯死的那两个人是废物。", true},
	})
}

// Round 27 (h17ak): whoever made the thing called an animal is the rude
// span, not the 破 before it; 破 alone and a year of the pig stay as they were.
func TestRound27MakerInsult(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Request, "这破软件又崩了，做这个的人是猪啊。", RuleImpolite, "做这个的人是猪啊"},
		{Request, "写它的人是猪吗？", RuleImpolite, "写它的人是猪吗"},
		{Request, "这破系统天天崩。", RuleImpolite, "破"},
		{Request, "做这个的人是猪年出生的。", RuleImpolite, ""},
	})
}
