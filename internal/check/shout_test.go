package check

import "testing"

// Marks that close words quoted after a Chinese verb of saying are the
// quoted speaker's shouting (shout.go, round 28, h17al); marks outside the
// quotes, and quotes no one is said to have spoken, stay the writer's.
func TestShoutQuotedZh(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Text, "客人原话是“你们能不能尽快开缆车！！”，我已经解释了大风停运的原因。", RuleShouting, ""},
		{Text, "客户说：“怎么还没到货！！！”我已回复明天发。", RuleShouting, ""},
		{Text, "客人原话是“你们能不能开缆车”！！", RuleShouting, "！！"},
		{Text, "“你们能不能尽快开缆车！！”", RuleShouting, "！！"},
	})
}
