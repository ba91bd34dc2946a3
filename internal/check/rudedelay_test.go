package check

import "testing"

// Round 39 (h17aw): 别拖 after the writer has urged the task is no rebuke;
// alone with a demand, after a deadline, or as 别再拖了 it still is.
func TestRudeDelayUrged(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Text, "抓紧把投诉工单关掉，别拖了。", RuleImpolite, ""},
		{Text, "这事抓紧办，别又拖到最后。", RuleImpolite, ""},
		{Text, "周师傅，车辆年检的材料尽早准备，别拖。", RuleImpolite, ""},
		{Text, "你们尽快上去看一下，别拖。", RuleImpolite, ""},
		// still blunt
		{Text, "报告今天必须交，别拖。", RuleImpolite, "别拖"},
		{Text, "别再拖了，今天下班前必须把报告发我。", RuleImpolite, "别再"},
		{Text, "这周的bug单下周六之前全部关掉，别再拖了。", RuleImpolite, "别再"},
	})
}
