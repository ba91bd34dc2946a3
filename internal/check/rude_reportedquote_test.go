package check

import "testing"

// Rude words inside a quote after a verb of saying or a record's 原话 are
// the quoted party's, not the writer's (rules.go, shape.go with shout.go
// insideReportedQuote; round 33, h17aq: 家属投诉记录：王先生原话“你们这服务太差
// 了…”; Complaint log: the resident's daughter wrote, "… your staff are
// useless."). The same words unquoted, or after the quote closes, stay rude.
func TestRudeInsideReportedQuote(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Text, "家属投诉记录：王先生原话“你们这服务太差了，我要投诉到民政局”，已由客服部刘敏于11月24日电话回访。", RuleImpolite, ""},
		{Text, "客诉登记：顾客原话是“你们长没长眼睛”，已安排店长致歉。", RuleImpolite, ""},
		{Text, "Complaint log: the resident's daughter wrote, \"This place is a joke and your staff are useless.\" Social worker Amy Zhou will meet her on Thursday, November 26.", RuleImpolite, ""},
		{Text, "A guest wrote: \"Your staff are incompetent.\" We called her back.", RuleImpolite, ""},
		{Text, "你们这服务太差了，我要投诉到民政局。", RuleImpolite, "你们这服务太差了"},
		{Text, "你们长没长眼睛？", RuleImpolite, "你们长没长眼睛"},
		{Text, "Your staff are incompetent.", RuleImpolite, "Your staff are incompetent."},
		{Text, "说了多少遍了，药盒要分早中晚，你们长没长耳朵？", RuleImpolite, "说了多少遍了，药盒要分早中晚，你们长没长耳朵"},
	})
}
