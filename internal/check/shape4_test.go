package check

import "testing"

// TestRound4Shapes checks the round-4 rudeness shapes (rudeshape4.go) and
// vague-time contexts on sentences that are in no corpus: each rude or vague
// one must be flagged, each look-alike must not.
func TestRound4Shapes(t *testing.T) {
	tests := []struct {
		text string
		rule string // "" = nothing at all
	}{
		{"仓库是下班了吗？货在门口放了一上午。", RuleImpolite},
		{"你们客服是失踪了吗？电话一直没人接。", RuleImpolite},
		{"答应你们的哪一次没做到？你们哪一回准时交过货？", RuleImpolite},
		{"和你们沟通怎么这么累？", RuleImpolite},
		{"这种数据骗谁呢？", RuleImpolite},
		{"我不想再听解释了。", RuleImpolite},
		{"赶紧把合同改了发过来。", RuleImpolite},
		{"别老问我，文档里都写着。", RuleImpolite},
		{"再漏发一次，就别接我们的单了。", RuleImpolite},
		{"真不知道你们每天都在忙些什么。", RuleImpolite},
		{"一看就知道没测过。", RuleImpolite},
		{"先把需求弄清楚了再来找我。", RuleImpolite},
		{"PPT做得很好，就是数字都不对。", RuleImpolite},
		{"原来合同可以不走审批，我今天才知道。", RuleImpolite},
		{"货到底发了没有？", RuleImpolite},
		{"谁允许你们把样品拿给别的客户看的？", RuleImpolite},
		{"What are you guys even testing?", RuleImpolite},
		{"Don't bother sending another draft.", RuleImpolite},
		{"I asked for numbers, not this.", RuleImpolite},
		{"Do I really have to check your work again?", RuleImpolite},
		{"If you'd read the spec, we wouldn't have this bug.", RuleImpolite},
		{"Nice of the vendor to finally answer.", RuleImpolite},
		{"Who is responsible for this mess?", RuleImpolite},
		{"The demo crashed again in front of the client. Brilliant work.", RuleImpolite},
		{"Just do what the spec says and stop asking me.", RuleImpolite},
		// look-alikes
		{"你们是明天到吗？", ""},
		{"财务是周五放假吗？我想确认报销时间。", ""},
		{"你们哪一位是负责人？", ""},
		{"跟你们合作很愉快，期待下次。", ""},
		{"我马上处理，12月1日前给您结果。", ""},
		{"收到，马上把报价发给您。", ""},
		{"别忘了周五的培训。", ""},
		{"别担心，问题已经定位了。", ""},
		{"下次再来厂里，我带您看看新产线。", ""},
		{"一看就明白，这个图表做得清楚。", ""},
		{"想清楚了再决定也不迟，周四前给我答复即可。", ""},
		{"报告写得挺好，数据也很扎实。", ""},
		{"原来的方案是周五上线，现在改到下周一。", ""},
		{"这个问题到底是什么原因？请技术部12月2日前分析一下。", ""},
		{"谁负责这个项目？我想约个时间聊聊。", ""},
		{"Is it even possible to export to Excel?", ""},
		{"Don't worry about the format, any PDF is fine.", ""},
		{"The warehouse is a mess after the move; we'll tidy it on Monday.", ""},
		{"If you had time on Friday, we would love to show you the demo.", ""},
		{"Great work on the launch, everyone.", ""},
		{"The customer said \"stop asking me\" and hung up; I logged it.", ""},
		{"你们能不能长点记性？", RuleImpolite},
		{"又漏发了，你们仓库有没有人清点？", RuleImpolite},
		{"这个排期是认真的？", RuleImpolite},
		{"你这是要我替你加班？", RuleImpolite},
		{"整个项目就你们最拖。", RuleImpolite},
		{"如果周五还交不了，我就投诉你们领导。", RuleImpolite},
		{"搞不定就别接这个活。", RuleImpolite},
		{"少来，你们上次也是这么说的。", RuleImpolite},
		{"别动不动就说系统坏了。", RuleImpolite},
		{"实在想不通你们为什么要改接口。", RuleImpolite},
		{"您真是贵人多忘事，合同上写得清清楚楚。", RuleImpolite},
		{"Is anyone actually testing this?", RuleImpolite},
		{"Why do I keep having to remind you?", RuleImpolite},
		{"I don't want to hear about the server again.", RuleImpolite},
		{"Thanks so much for losing the samples.", RuleImpolite},
		{"You people are impossible.", RuleImpolite},
		{"能不能帮忙看一下这个报错？", ""},
		{"你们那边有没有人懂CAD？", ""},
		{"这是本月的排班表，请查收。", ""},
		{"你们最近的交付质量提升很明显。", ""},
		{"如果下周还需要支持，我找你们经理协调一下资源。", ""},
		{"少量样品已寄出，单号见附件。", ""},
		{"别客气，应该的。", ""},
		{"我不理解第三条的意思，能解释一下吗？", ""},
		{"这台老空调迟早要换。", ""},
		{"Did you actually get my email? It may have gone to spam.", ""},
		{"Why do we need two approvals for this?", ""},
		{"Thanks for fixing the printer!", ""},
		{"Do you know how long the delivery takes?", ""},
		{"年底对账的事我这边回头跟财务碰一下。", RuleVagueTime},
		{"谁有空帮忙把快递拿上来？", ""},
		{"合同原件麻烦这两天寄过来。", RuleVagueTime},
		{"Can someone from Finance check the invoice today?", ""},
		{"你们客服永远不接电话。", RuleImpolite},
		{"你们压根没看需求。", RuleImpolite},
		{"你们内部不开会的吗？", RuleImpolite},
		{"这份合同你们自己看过吗？", RuleImpolite},
		{"再拖一天试试。", RuleImpolite},
		{"我需要的是方案，不是借口。", RuleImpolite},
		{"Why does every release from your team break something?", RuleImpolite},
		{"I'm not going to say this again.", RuleImpolite},
		{"Was anybody going to tell me the meeting moved?", RuleImpolite},
		{"I don't care who did it, fix it.", RuleImpolite},
		{"你们从来没让我们失望过，谢谢！", ""},
		{"我根本没想到会这么顺利。", ""},
		{"你们周六不上班吗？我们想周六送货。", ""},
		{"这个设备你们自己能安装吗？", ""},
		{"重启一下再试试。", ""},
		{"我们需要的是A4纸，不是A3。", ""},
		{"会议室的投影仪是摆设，一直连不上。", ""},
		{"Why does the report show two totals?", ""},
		{"I'm not going to make it to the meeting again this week, sorry.", ""},
		{"Is anyone going to the trade fair in Shanghai?", ""},
		{"资料我最近整理一下再发给大家。", RuleVagueTime},
		{"我最近看了一下报表，数据没问题。", ""},
		{"你是不会用还是懒得用？", RuleImpolite},
		{"这已经是你们第三次发错货了。", RuleImpolite},
		{"我交代的事你一件都没做。", RuleImpolite},
		{"又改了需求都不通知我，什么意思？", RuleImpolite},
		{"催你五次了，方案呢？", RuleImpolite},
		{"真佩服你们，一张发票能开错三次。", RuleImpolite},
		{"How many more emails do I need to send?", RuleImpolite},
		{"I'm stunned by how little effort went into this.", RuleImpolite},
		{"Please tell me that's not the final version.", ""},
		{"你是坐地铁还是开车来？", ""},
		{"这是我们第三次合作了，很愉快。", ""},
		{"一点小意思，请大家喝咖啡。", ""},
		{"这个词是什么意思？合同里没有解释。", ""},
		{"我很佩服你们团队的执行力。", ""},
		{"How many more chairs do we need?", ""},
		{"I was amazed at how quickly you fixed it.", ""},
		{"李组长，周四前把排班表发我。", ""},
		{"你们能不能讲点道理。", RuleImpolite},
		{"这数据是你们随便填的吧？", RuleImpolite},
		{"出了问题谁来担？", RuleImpolite},
		{"一个签字怎么能拖三天？", RuleImpolite},
		{"你们的保证我再也不信了。", RuleImpolite},
		{"是不是非要等客户投诉了才改？", RuleImpolite},
		{"What's so hard about filling in one form?", RuleImpolite},
		{"Your release process is a joke.", RuleImpolite},
		{"Must be nice to have no deadlines.", RuleImpolite},
		{"You wasted my whole morning.", RuleImpolite},
		{"能不能帮忙讲一下道理？这条规则我没看懂。", ""},
		{"出了问题请第一时间联系值班工程师。", ""},
		{"一个月为什么要分两次结算？想了解一下原因。", ""},
		{"我不信这么便宜，能发个明细吗？", ""},
		{"The printer is a joke, but IT is on it.", ""},
		{"Before you go, please sign the visitor book.", ""},
		{"赶紧的，各位，班车五点发车。", ""},
		{"赶紧的，大家别再拖了。", RuleImpolite},
		{"Why is the refund still not processed after two weeks?", RuleImpolite},
		{"Why is the server still not reachable? I restarted it at 9.", ""},
		// vague time
		{"方案我们晚点再碰一下，你今天先忙。", RuleVagueTime},
		{"报告我晚点整理好，您明天上午来取就行。", ""},
		{"这两天我把报价整理出来发您。", RuleVagueTime},
		{"发票我们近期开给您。", RuleVagueTime},
		{"这两天我们一直在加班。", ""},
		{"我们近期的订单比较多。", ""},
		{"下次再错，就按合同扣款。", ""},
		{"这个问题下次再说。", RuleVagueTime},
	}
	for _, tc := range tests {
		var got []string
		kind := Text
		if tc.text == "Can someone from Finance check the invoice today?" {
			kind = Request
		}
		for _, f := range Check(tc.text, Options{Now: corpusNow, Calendar: testCalendar{}, Kind: kind}) {
			got = append(got, f.Rule)
		}
		ok := len(got) == 0
		if tc.rule != "" {
			ok = false
			for _, r := range got {
				ok = ok || r == tc.rule
			}
		} else if !ok {
			ok = false
		}
		if !ok {
			t.Errorf("%q: got %v, want %q", tc.text, got, tc.rule)
		}
	}
}
