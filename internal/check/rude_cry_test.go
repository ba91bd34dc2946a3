package check

import "testing"

// 赶紧 ordering the fix of a situation cried out with !!! and itself closed
// by !!! is shouting, not rudeness; with 你, 别 or 又, after a plain
// statement or with one mark it stays an order.
func TestCryThenOrder(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Text, "天然气压力又掉了！！！调度赶紧回电话！！！", RuleImpolite, ""},
		{Text, "今天东站地铁口停放点满了！！！赶紧派车！！！", RuleImpolite, ""},
		{Text, "冷端堆垛机卡住了!!!赶紧派人来修!!!", RuleImpolite, ""},
		{Text, "天然气压力又掉了！！！调度赶紧回电话！！！", RuleShouting, "！！！"},
		{Text, "停放点满了！！！你们赶紧派车！！！", RuleImpolite, "赶紧"},
		{Text, "停放点满了！！！赶紧派车，别又拖到晚上！！！", RuleImpolite, "赶紧派车，别又拖到晚上"},
		{Text, "停放点满了。调度赶紧派车！！！", RuleImpolite, "赶紧"},
		{Text, "停放点满了！！！赶紧派车！", RuleImpolite, "赶紧"},
		{Text, "赶紧把报价改了。", RuleImpolite, "赶紧把报价改了"},
	})
}
