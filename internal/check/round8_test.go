package check

import "testing"

// Round 8 (h17d): the classes the twenty-second set's run missed, each with
// look-alikes that must stay as they are.
func TestRound8Rules(t *testing.T) {
	wantSpans(t, []spanCase{
		// deadline labels: a deadline noun + 为/是/定为/定在
		{"年会节目报名截止日为12月5日。", RuleDeadlineNonWorkday, "12月5日"},
		{"本次申报的截止期是11月20日。", RuleDeadlinePast, "11月20日"},
		{"首付款的付款日定为12月6日。", RuleDeadlineNonWorkday, "12月6日"},
		{"项目交付日为11月23日，请各组确认。", RuleDeadlinePast, "11月23日"},
		{"新店的开业日为12月5日，欢迎光临。", "", ""},
		{"王总的生日是12月6日。", "", ""},
		{"上次培训日为11月20日。", "", ""},
		// a team or crew speaking reports their words
		{"摆渡车空调坏了，维修班说过阵子再修。", "", ""},
		{"施工队表示改天再来补漆。", "", ""},
		{"化验室回复说稍后出结果。", "", ""},
		{"这个我们过阵子再修。", RuleVagueTime, "过阵子"},
		{"我下班说一声，过阵子再修。", RuleVagueTime, "过阵子"},
		{"今天加班说不定要晚点走，报告过阵子再给。", RuleVagueTime, "过阵子"},
		// an event (verb + result) just before 第一时间
		{"质检报告我们抓紧出，出来第一时间发您。", RuleVagueTime, "抓紧"},
		{"配件修好第一时间告诉你。", "", ""},
		{"货一到第一时间通知大家。", "", ""},
		{"这个问题我们第一时间处理。", RuleVagueTime, "第一时间"},
		// 改天 with a "why not today" clause after it
		{"药我们改天再给您配，今天缺货。", RuleVagueTime, "改天"},
		{"改天再约吧，现在实在排不开。", RuleVagueTime, "改天"},
		{"资料回头发您，今天下班前。", "", ""},
		{"改天的事改天说，今天下午三点先开会。", "", ""},
	})
}

// A request that asks the reader in a later clause names its owner; one that
// asks "someone" does not (round 8).
func TestRound8RequestOwner(t *testing.T) {
	cases := []struct {
		text  string
		owner bool
	}{
		{"接待新客户的会议室，帮忙订一下。", true},
		{"这份合同，你今天看一下。", true},
		{"会议室需要有人帮忙订一下。", false},
		{"会议室订一下。", false},
	}
	for _, c := range cases {
		noOwner := false
		for _, f := range Check(c.text, Options{Now: corpusNow, Kind: Request, Calendar: testCalendar{}}) {
			if f.Rule == RuleRequestNoOwner {
				noOwner = true
			}
		}
		if noOwner == c.owner {
			t.Errorf("%s: request-no-owner = %v, want %v", c.text, noOwner, !c.owner)
		}
	}
}

// Two ASCII question marks are not shouting: the definition (CONTRACT §4,
// docs/checker.md) is a run of three ASCII marks or two identical full-width
// ones. The twenty-second set's label of "??" disagrees with it; the rule
// keeps the definition.
func TestRound8Shouting(t *testing.T) {
	for text, want := range map[string]bool{
		"Any update?? 客户在等。":  false,
		"Any update??? 客户在等。": true,
		"有进展吗？？":              true,
	} {
		got := false
		for _, f := range Check(text, Options{Now: corpusNow}) {
			if f.Rule == RuleShouting {
				got = true
			}
		}
		if got != want {
			t.Errorf("%s: shouting %v, want %v", text, got, want)
		}
	}
}
