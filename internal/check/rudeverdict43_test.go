package check

import "testing"

// Round 43 (h17ba): 骗子 as a verdict on the reader, "last warning" as a
// threat and not as a notice's heading — and the look-alikes.
func TestRudeVerdict43(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Text, "你们平台就是骗子，订的时候含早，到了酒店不含。", RuleImpolite, "骗子"},
		{Text, "你们售后就是一群骗子。", RuleImpolite, "你们售后就是一群骗子"},
		{Text, "你们这帮骗子，退款到现在都没到。", RuleImpolite, "骗子"},
		{Text, "房费多收了两百，骗子公司。", RuleImpolite, "骗子公司"},
		{Text, "This is your last warning.", RuleImpolite, "last warning"},
		// look-alikes
		{Text, "有人冒充我们公司的名义在苗圃赊账，大家小心骗子。", RuleImpolite, ""},
		{Text, "客户原话：“你们就是一群骗子”，已转客服主管，明天回访。", RuleImpolite, ""},
		{Text, "近期电信骗子较多，请勿向陌生人透露验证码。", RuleImpolite, ""},
		{Text, "THIS IS THE LAST WARNING ABOUT UNCAPPED TUBES IN THE PNEUMATIC TUBE SYSTEM.", RuleImpolite, ""},
		{Text, "This is the last warning about unsigned tech log entries.", RuleImpolite, ""},
	})
}
