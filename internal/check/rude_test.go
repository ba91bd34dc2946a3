package check

import "testing"

// Round 13: rudeness shapes from the thirty-first and thirty-second sets'
// misses, by class, each with look-alikes that stay clean.
func TestRound13Rude(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Text, "这份审批材料我们等了三天了，不知道法务是不是比较忙？", RuleImpolite, "这份审批材料我们等了三天了，不知道法务是不是比较忙"},
		{Text, "不知道您这周是不是比较忙？想约个时间聊聊。", RuleImpolite, ""},
		{Text, "服务器又宕机了。别再跟我说还在处理，今天给个结论。", RuleImpolite, "别再跟我说还在处理"},
		{Text, "小事一桩，别再跟我说谢谢了。", RuleImpolite, ""},
		{Text, "合同的签章页贴反了你们法务都没发现？", RuleImpolite, "合同的签章页贴反了你们法务都没发现"},
		{Text, "授权书过期了你们运营都没发现？每次出问题都是我们前台背锅。", RuleImpolite, "授权书过期了你们运营都没发现"},
		{Text, "王老师，材料我们等了两周了，不知道教务处是不是比较忙？要是排不过来我们再约。", RuleImpolite, "材料我们等了两周了，不知道教务处是不是比较忙"},
		{Text, "系统升级了你们都没发现吗？速度快多了。", RuleImpolite, ""},
		{Text, "你这份方案写得挺有创意，数据和附表一个都对不上。", RuleImpolite, "你这份方案写得挺有创意，数据和附表一个都对不上"},
		{Text, "你这份方案写得挺有创意，客户很喜欢。", RuleImpolite, ""},
		{Text, "模板上周已经发过了，第四次了啊，请按模板填。", RuleImpolite, "第四次了啊"},
		{Text, "这是我们第三次合作了，希望继续顺利。", RuleImpolite, ""},
		{Text, "报告和去年那份几乎一样，真会偷懒啊。", RuleImpolite, "真会偷懒啊"},
		{Text, "她挺会过日子的，每月都存钱。", RuleImpolite, ""},
		{Text, "每次都说下周修，下周修，修了吗？", RuleImpolite, "每次都说下周修，下周修，修了吗"},
		{Text, "他每次都说想来，这次终于来了。", RuleImpolite, ""},
		{Text, "终于想起来还有个项目组了？", RuleImpolite, "终于想起来还有个项目组了"},
		{Text, "终于想起来密码了！", RuleImpolite, ""},
		{Text, "你这速度，等你交稿我都退休了。", RuleImpolite, "你这速度，等你交稿我都退休了"},
		{Text, "等你毕业我们一起去旅行。", RuleImpolite, ""},
		{Text, "各位销售同事，下单之前能不能先把客户信息写清楚？", RuleImpolite, "各位销售同事，下单之前能不能先把客户信息写清楚"},
		{Text, "各位同事，能不能先把需求文档发我一份？", RuleImpolite, ""},
		{Text, "通知上周就发了，麻烦这次看一下邮件。", RuleImpolite, "麻烦这次看一下邮件"},
		{Text, "麻烦这次会议前看一下附件。", RuleImpolite, ""},
		{Text, "I assume someone at your office is paid to read emails?", RuleImpolite, "I assume someone at your office is paid to read emails"},
		{Text, "I assume someone there is able to answer the phone on Friday?", RuleImpolite, ""},
		{Text, "Stop emailing me at weekends about the invoice.", RuleImpolite, "Stop emailing me at weekends about the invoice."},
		{Text, "Please stop emailing the old address; we moved to the new one.", RuleImpolite, ""},
		{Text, "We would appreciate it if this time the signed contract could be sent.", RuleImpolite, "We would appreciate it if this time the signed contract could be sent."},
		{Text, "We would be grateful if this time the shipment could go by air.", RuleImpolite, ""},
	})
}

// Round 13: vague time — a "this week I'm swamped" reason, a thing's
// opening or closing date, and a numbered lift or room — with look-alikes
// whose later clause still bounds the vague word.
func TestRound13VagueTime(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Text, "那份问卷我有空时再整理，这周实在忙不过来了。", RuleVagueTime, "有空时"},
		{Text, "那份问卷我有空时再整理，这周五前发你。", RuleVagueTime, ""},
		{Text, "请各位尽早准备推荐信，报名通道12月1日开放。", RuleVagueTime, "尽早"},
		{Text, "请各位尽早准备推荐信，12月1日前提交。", RuleVagueTime, ""},
		{Text, "请各位尽早准备推荐信，我们12月1日前汇总。", RuleVagueTime, ""},
		{Text, "空调已报修，预计过两天修好，这期间请走3号教室。", RuleVagueTime, "过两天"},
		{Text, "样品过两天寄出，3号到。", RuleVagueTime, ""},
	})
}

// Round 13: an office named after a role owns the row (采购办：…); a rule,
// a handling or a bare to-do label does not.
func TestRound13Offices(t *testing.T) {
	var cases []kindCase
	for _, s := range []string{"采购办：核对合同条款，12月3日前反馈", "财务处：12月3日前核对发票", "人事办公室：12月3日前更新名单", "法务室 12月3日前审合同"} {
		cases = append(cases, kindCase{Request, s, RuleRequestNoOwner, ""})
	}
	for _, s := range []string{"待办：核对合同条款，12月3日前反馈", "采购办法：12月3日前修订", "财务处理：12月3日前完成", "督办：12月3日前核对发票"} {
		cases = append(cases, kindCase{Request, s, RuleRequestNoOwner, "*"})
	}
	wantKindSpans(t, cases)
}

// Round 13: 左右 after a number and a Latin unit rounds a quantity.
func TestRound13About(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Standard, "服务器配置：内存1TB左右，质保3年。", RuleVagueQuantity, "左右"},
		{Standard, "样品重量 5 kg左右。", RuleVagueQuantity, "左右"},
		{Standard, "屏幕分为上下左右四个区域。", RuleVagueQuantity, ""},
		{Standard, "型号参考iPhone左右两侧的按键布局。", RuleVagueQuantity, ""},
	})
}

// Round 13: a one-word count repeating the time the reader was given.
func TestRound13RepeatedTime(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Text, "You had three days. Three.", RuleImpolite, "Three"},
		{Text, "You've had two months to send it. Two.", RuleImpolite, "Two"},
		{Text, "We had two weeks. Two.", RuleImpolite, ""},
		{Text, "You had two options: A or B. Two.", RuleImpolite, ""},
	})
}
