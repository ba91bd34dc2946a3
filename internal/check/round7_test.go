package check

import "testing"

// Round 7 (h17c): 截止到/截至 as "as of" before a tally, and "once things
// settle" without "down". Each case with its look-alike.
func TestRound7Rules(t *testing.T) {
	wantSpans(t, []spanCase{
		{"截止到11月22日,报名人数为86人。", "", ""},
		{"截止11月20日(周五),共收到43份问卷。", "", ""},
		{"截至11月10日止，累计回款80万。", "", ""},
		{"截止到11月18日，仓库库存还有120箱。", "", ""},
		{"截止到11月20日,请尚未提交的同事补交。", RuleDeadlinePast, "11月20日"},
		{"报名截止到11月20日。", RuleDeadlinePast, "11月20日"},
		{"We'll send the revised plan once things settle.", RuleVagueTime, "once things settle"},
		{"I'll call you when everything settles.", RuleVagueTime, "when everything settles"},
		{"We'll send the revised plan once things settle down.", RuleVagueTime, "once things settle down"},
		{"The sediment will settle overnight.", "", ""},
		{"交期可能要晚几天，厂家确认后马上通知您。", RuleVagueTime, "晚几天"},
		{"资料我尽快整理，确认后马上发您。", RuleVagueTime, "尽快"},
		{"资料我尽快整理，今天下午马上发您。", "", ""},
		{"资料我尽快整理，后天马上发您。", "", ""},
		// after the twenty-first set's run, by class
		{"请于11月20日前交回执，逾期按自动放弃处理。", RuleDeadlinePast, "11月20日"},
		{"原定11月20日前交付，已逾期。", "", ""},
		{"合同的期满日为12月12日，请提前续签。", RuleDeadlineNonWorkday, "12月12日"},
		{"麻烦行政部近期派人来修一下空调。", RuleVagueTime, "近期"},
		{"请大家关注近期的安全通知。", "", ""},
		{"We meet for lunch once in a while.", "", ""},
		{"I'll get back to you in a while.", RuleVagueTime, "in a while"},
	})
}

// A sentence cut inside quoted words is not the writer's: the model does
// not judge it (endsQuoted).
func TestModelSkipsQuotedCut(t *testing.T) {
	for s, want := range map[string]bool{
		"当事人问：“你们律师费收了，怎么连个电话都不回": true,
		"顾客说「你们也太慢了吧":             true,
		"他说“好的”，我们明天发":            false,
		"你们也太慢了吧":                 false,
	} {
		if got := endsQuoted(s); got != want {
			t.Errorf("endsQuoted(%q) = %v, want %v", s, got, want)
		}
	}
	text := "患者家属问：“你们是不是根本不管病人死活？”我们已在今天上午十点当面解释并致歉。"
	for _, f := range Check(text, Options{Now: corpusNow}) {
		if f.Rule == RuleImpolite {
			t.Errorf("quoted question flagged: %+v", f)
		}
	}
}
