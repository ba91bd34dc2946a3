package check

import (
	"slices"
	"testing"
)

// TestRound9Shapes checks the round-9 rudeness shapes (rudeshape9.go) on
// sentences written for them, in no corpus and no held-out set: each rude
// one must get an impolite finding, each look-alike nothing at all. The
// training reads these lines too (shapeExamples).
func TestRound9Shapes(t *testing.T) {
	tests := []struct {
		text string
		rule string // "" = nothing at all
	}{
		// repetition thrown at the reader
		{"已经讲过三遍了，希望这回别再填错。", RuleImpolite},
		{"我都已经提醒过你们好几次了。", RuleImpolite},
		{"As I've now said three times, the invoice goes to accounts, not to me.", RuleImpolite},
		{"As previously noted (three times), the logo is the wrong blue.", RuleImpolite},
		{"As mentioned several times already, please use the new form.", RuleImpolite},
		{"For the third time: the password is in the onboarding pack.", RuleImpolite},
		{"王总已经提过两次这个方案了，我们周五再讨论一下。", ""},
		{"我在周会上已经说过两次了，大家可以看纪要。", ""},
		{"这个版本已经改过两次了，现在是第三版。", ""},
		{"我们已经讨论过两次了，今天定下来吧。", ""},
		{"As mentioned in the kickoff, we'll meet every Tuesday.", ""},
		{"As previously mentioned, the office is closed on Friday.", ""},
		{"For the third time in a row, the Penang team won the safety award.", ""},
		// a rebuke in a request's clothes
		{"Please read the thread before emailing me again.", RuleImpolite},
		{"Kindly scroll down before asking again.", RuleImpolite},
		{"Could your team answer a call for once?", RuleImpolite},
		{"Perhaps someone in logistics could reply on time for once?", RuleImpolite},
		{"No rush, it's only been five weeks.", RuleImpolite},
		{"Please check the warranty page before asking for a refund.", ""},
		{"I read the whole thread before asking again, sorry for the noise.", ""},
		{"For once the forecast was right and the trucks left on time.", ""},
		{"We finished the audit early for once!", ""},
		{"No rush, take the weekend if you need it.", ""},
		// mock accommodation of a delay
		{"Or maybe next year, if that suits you.", RuleImpolite},
		{"Sometime this decade would be great.", RuleImpolite},
		{"We could launch in Q4. Or next year if the budget allows.", ""},
		{"Maybe next decade we will open an office in Lisbon.", ""},
		// doubting a basic skill
		{"你们采购是不会看日历吗，周六怎么收货？", RuleImpolite},
		{"你是不识字吗？", RuleImpolite},
		{"Does nobody over there own a calendar?", RuleImpolite},
		{"Can your planner not read a calendar?", RuleImpolite},
		{"你们是不会来了吗？那我先走了。", ""},
		{"你们是不用微信吗？那我发邮件。", ""},
		{"Does anyone have a calculator I can borrow?", ""},
		{"Can you check the calendar for a free slot next week?", ""},
		// the reader's stock phrase thrown back
		{"这都第几个“明天”了？", RuleImpolite},
		{"这都多少次“马上”了？", RuleImpolite},
		{"“在排查”这三个字我听了两周了。", RuleImpolite},
		{"'We are looking into it' is not an answer.", RuleImpolite},
		{"Give me a delivery date, not promises.", RuleImpolite},
		{"We asked for a fix, not another template reply.", RuleImpolite},
		{"这都几点了？大家早点回家休息。", ""},
		{"这都多少年了？时间过得真快。", ""},
		{"这都几个月了？宝宝会翻身了吗？", ""},
		{"这首歌我听了一个月了，还是很喜欢。", ""},
		{"这句话我听了三遍才听懂，录音太差。", ""},
		{"'Draft' is not a valid status in the portal.", ""},
		{"Send us the signed PDF, not the draft.", ""},
		// sarcasm after a failure
		{"罚单下来了，这下满意了吧？", RuleImpolite},
		{"Happy now?", RuleImpolite},
		{"客户满意了吗？我想写进周报。", ""},
		{"Are you happy now with the new chair?", ""},
		{"图纸上没有公差，我们怎么加工？靠蒙吗？", RuleImpolite},
		{"谜底靠猜吗？还是有提示？", ""},
		{"这么低级的错误都能发给客户？", RuleImpolite},
		{"这么大的箱子都能放进后备箱？太好了。", ""},
		{"你们的安全检查表是填给审计看的吧？", RuleImpolite},
		{"这份周报是做给领导看的，要简洁一点。", ""},
		{"你们前台就这种服务态度？", RuleImpolite},
		{"你们物流的人都这么马虎吗？", RuleImpolite},
		{"售后就只会发模板吗？", RuleImpolite},
		{"你们这是做生意还是抢钱？", RuleImpolite},
		{"报告发出去之前你自己看过一遍吗？", RuleImpolite},
		{"我们就这个预算，能做到什么程度？", ""},
		{"你们那边都这么忙吗？辛苦了。", ""},
		{"他会说中文吗？", ""},
		{"这是红色还是橙色？我看不太清。", ""},
		{"你去过那家店吗？", ""},
		{"Honestly, can anyone in your warehouse read a label?", RuleImpolite},
		{"Your portal is about as useful as a chocolate teapot.", RuleImpolite},
		{"Is there a living soul anywhere in your billing team?", RuleImpolite},
		{"Four calls, three emails, zero replies.", RuleImpolite},
		{"Great, the \"next-day\" parcel arrived after a week.", RuleImpolite},
		{"I have already explained the refund rules three times.", RuleImpolite},
		{"I won't be sending the form a fourth time.", RuleImpolite},
		{"So maybe answer an email once in a while.", RuleImpolite},
		{"Does anyone know how to reset the label printer?", ""},
		{"The new cart is as useful as a forklift for small loads.", ""},
		{"Is there a real person I can talk to about the warranty?", ""},
		{"Great, the \"final\" file is in the shared folder.", ""},
		{"Maybe we could grab lunch once in a while.", ""},
		{"I have explained the new layout to the night shift.", ""},
		{"Ravi, 'please advise' is not an answer.", RuleImpolite},
		{"Your planners clearly treat the freeze date as a suggestion.", RuleImpolite},
		{"We treat the checklist as optional for prototypes.", ""},
		// demands that scorn what the reader sends, and "for once" in Chinese
		{"我要的是发货日期，不是保证。", RuleImpolite},
		{"你们能不能有一次按时交货？", RuleImpolite},
		{"我要的是蓝色款，不是红色款。", ""},
		{"能不能一次性付清？我问下财务。", ""},
		// orders that say the reader keeps doing it
		{"STOP MOVING MY BOXES WITHOUT ASKING.", RuleImpolite},
		{"Stop editing the master file without telling anyone.", RuleImpolite},
		{"Please stop using the old template from Monday.", ""},
		{"We stopped shipping without labels last year.", ""},
		{"STOP WORK ORDER: LINE 3 IS CLOSED UNTIL FRIDAY.", RuleShouting},
	}
	for _, tc := range tests {
		got := ruleIDs(tc.text, Text)
		if tc.rule == "" && len(got) > 0 || tc.rule != "" && !slices.Contains(got, tc.rule) || tc.rule != RuleImpolite && slices.Contains(got, RuleImpolite) {
			t.Errorf("%q: got %v, want %q", tc.text, got, tc.rule)
		}
	}
}
