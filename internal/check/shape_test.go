package check

import "testing"

// TestRudeShapes checks the round-2 rudeness shapes on sentences that are in
// no corpus: each rude one must be flagged, each look-alike must not.
func TestRudeShapes(t *testing.T) {
	tests := []struct {
		text string
		rude bool
	}{
		{"你到底有没有看过合同？", true},
		{"你们研发到底是怎么评审的？", true},
		{"跟你讲了五遍了，日志要打包上传。", true},
		{"要是明天还不发货，你们自己跟客户解释吧。", true},
		{"连个报价单都算不对。", true},
		{"你们也太不专业了。", true},
		{"这个道理傻子都明白。", true},
		{"谢谢你们啊，又让客户白等了一天。", true},
		{"Why can't you guys ever answer the phone?", true},
		{"Reply by noon or else.", true},
		{"Even a beginner would have spotted this.", true},
		{"Your documentation is useless.", true},
		{"我在周会上讲了三遍，大家都记住了吧？", false},
		{"到底用哪个方案，我们周五评审时定。", false},
		{"这个接口真是太慢了，请技术部12月1日前优化。", false},
		{"旧系统太不靠谱了，下周一切换到新平台。", false},
		{"请你12月2日前把报价搞清楚再发给客户。", false},
		{"你自己安排时间就好，周四前给我即可。", false},
		{"这是我们的低级错误，已经修复，抱歉。", false},
		{"Why can't we move the meeting to Thursday?", false},
		{"Please stop sending invoices to the old address.", false},
		{"The old scanner is useless; IT will replace it on Monday.", false},
		{"Whatever format you prefer is fine.", false},
		{"Thanks for the quick reply.", false},
	}
	for _, tc := range tests {
		got := false
		for _, f := range Check(tc.text, Options{Now: corpusNow}) {
			if f.Rule == RuleImpolite {
				got = true
			}
		}
		if got != tc.rude {
			t.Errorf("%q: impolite %v, want %v", tc.text, got, tc.rude)
		}
	}
}

// TestVagueShapes checks the round-2 vague-time words and their exceptions.
func TestVagueShapes(t *testing.T) {
	tests := []struct {
		text, want string // want "" for none
		lang       string
	}{
		{"报价单这两天发您。", "这两天", ""},
		{"这两天一直在下雨。", "", ""},
		{"权限后续再开通。", "后续", ""},
		{"后续工作见附件。", "", ""},
		{"等项目验收完再说。", "项目验收完", ""},
		{"等12月3日验收完再说。", "", ""},
		{"祝您早日康复。", "", ""},
		{"方便的时候回个电话，我全天都在。", "", ""},
		{"方便的时候回个电话。", "方便的时候", ""},
		{"下次再迟到就按制度处理。", "", ""},
		{"We will reply in the coming days.", "in the coming days", "en"},
		{"Let me know when you can attend.", "", "en"},
		{"Reply when you can.", "when you can", "en"},
	}
	for _, tc := range tests {
		got := ""
		for _, f := range Check(tc.text, Options{Now: corpusNow, Lang: tc.lang}) {
			if f.Rule == RuleVagueTime {
				got = string([]rune(tc.text)[f.Start:f.End])
			}
		}
		if got != tc.want {
			t.Errorf("%q: vague %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestSentenceShapes checks the round-3 shapes (rudeness judged on the whole
// sentence, vague periods) on sentences that are in no corpus: each rude or
// vague one must be found, each look-alike must not.
func TestSentenceShapes(t *testing.T) {
	tests := []struct {
		text, rule string // rule "" for a clean text
	}{
		// target + verdict, rhetorical questions, exasperation, threats
		{"你们这服务态度，真让人寒心。", RuleImpolite},
		{"一个简单的登录问题拖了三天，你们效率也太低了吧。", RuleImpolite},
		{"这种问题还用问我？", RuleImpolite},
		{"你们财务是不是故意卡着不付款？", RuleImpolite},
		{"我已经忍你们很久了。", RuleImpolite},
		{"给你们三天时间，做不完就换供应商。", RuleImpolite},
		{"这东西也能叫方案？", RuleImpolite},
		{"你马上把数据改回来。", RuleImpolite},
		{"请尽快回复，否则后果你们自己负责。", RuleImpolite},
		{"You guys never read your emails, do you?", RuleImpolite},
		{"This is the third time I'm asking. Is anyone there?", RuleImpolite},
		{"Do I have to do everything myself?", RuleImpolite},
		{"This report is sloppy. Redo it.", RuleImpolite},
		{"Get it done ASAP.", RuleImpolite},
		// look-alikes: a thing criticised, a real question, a softener, the writer's own fault
		{"这套考勤系统太难用了，希望IT下个月能升级。", ""},
		{"你们是不是还没收到我们的对账单？", ""},
		{"你们仓库周六是否上班？", ""},
		{"请马上通知全体员工撤离三号车间。", ""},
		{"王总马上到，请大家准备一下。", ""},
		{"我一天到晚都在开会，晚上回你。", ""},
		{"本次延误是我们排产失误造成的，我们会赔偿。", ""},
		{"快点儿的方案是直接换硬盘，慢点儿的是修复系统。", ""},
		{"This is the third time I've reported this. Please escalate.", ""},
		{"Great job on the launch, everyone!", ""},
		{"Now that the contract is signed, we can start.", ""},
		{"Can you do the review now? It's urgent, thanks.", ""},
		// vague periods and availability as adjuncts of a promise
		{"电脑的事过一两天给你换。", RuleVagueTime},
		{"有空我再核一遍这份报价。", RuleVagueTime},
		{"我待会儿把链接发群里。", RuleVagueTime},
		{"培训时间另行通知。", RuleVagueTime},
		{"We'll ship the replacement parts as quickly as we can.", RuleVagueTime},
		{"过两天就是元旦了，注意安全。", ""},
		{"过几天的培训取消了。", ""},
		{"稍后将进行第二项议程。", ""},
		{"有进展我们第一时间同步。", ""},
		{"Later that day the customer called back.", ""},
	}
	for _, tc := range tests {
		got := map[string]bool{}
		for _, f := range Check(tc.text, Options{Now: corpusNow, Calendar: testCalendar{}}) {
			got[f.Rule] = true
		}
		switch {
		case tc.rule != "" && !got[tc.rule]:
			t.Errorf("%q: no %s finding", tc.text, tc.rule)
		case tc.rule == "" && (got[RuleImpolite] || got[RuleVagueTime]):
			t.Errorf("%q: false alarm %v", tc.text, got)
		}
	}
}
