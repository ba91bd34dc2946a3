package check

import (
	"slices"
	"testing"
)

// TestRound5Shapes checks the round-5 rudeness shapes (rudeshape5.go) and
// vague-time words (round5.go) on sentences that are in no corpus: each
// rude or vague one must get its rule, each look-alike must get nothing.
func TestRound5Shapes(t *testing.T) {
	tests := []struct {
		text string
		rule string // "" = nothing at all
		kind Kind
	}{
		{"你们财务报销要批到下辈子吗？", RuleImpolite, Text},
		{"采购部这个单子是要拖到猴年马月？", RuleImpolite, Text},
		{"你说的“尽快”是按月算的吧？", RuleImpolite, Text},
		{"这份测试报告是闭着眼睛写的吧？", RuleImpolite, Text},
		{"这种图纸还敢发给客户？", RuleImpolite, Text},
		{"交之前你自己核对过没有？", RuleImpolite, Text},
		{"凭什么每次都要我替你们擦屁股？", RuleImpolite, Text},
		{"少拿“人手不够”来糊弄我。", RuleImpolite, Text},
		{"你们售后除了道歉还会说点别的吗？", RuleImpolite, Text},
		{"你们给的三个方案，没有一个是能用的。", RuleImpolite, Text},
		{"你们仓库就这效率？", RuleImpolite, Text},
		{"一个标签改了一下午，效率呢？", RuleImpolite, Text},
		{"答应的周五出报告，今天都周二了，报告呢？", RuleImpolite, Text},
		{"出了这么大的事，你们最好给我一个交代。", RuleImpolite, Text},
		{"我没工夫跟你们扯，今天之内处理完。", RuleImpolite, Text},
		{"真纳闷你们项目组一天到晚都在忙啥。", RuleImpolite, Text},
		{"花钱请你们来是来度假的？", RuleImpolite, Text},
		{"这次的售后体验，我对你们算是领教了。", RuleImpolite, Text},
		{"这报表谁看得明白？", RuleImpolite, Text},
		{"还站着干嘛，去把客户接上来。", RuleImpolite, Text},
		{"跟你们采购打交道真是头疼。", RuleImpolite, Text},
		{"你们客服除了“请您稍候”就不会别的了吗？我等了四十分钟。", RuleImpolite, Text},
		{"麻烦你们下次动动脑子再提需求，谢谢。", RuleImpolite, Text},
		{"How many times do I have to explain this to you?", RuleImpolite, Text},
		{"I don't know how many more times I need to say it.", RuleImpolite, Text},
		{"Let me know when you've finally found the time to answer.", RuleImpolite, Text},
		{"Is anyone over there even awake?", RuleImpolite, Text},
		{"Please stop bothering me with questions the wiki answers.", RuleImpolite, Text},
		{"Did your team actually run the tests?", RuleImpolite, Text},
		{"Your department is impossible to deal with.", RuleImpolite, Text},
		{"I want the root cause, not more excuses.", RuleImpolite, Text},
		{"Maybe try reading your inbox.", RuleImpolite, Text},
		{"No idea what your people do all day.", RuleImpolite, Text},
		{"我一有时间就把周报补上。", RuleVagueTime, Text},
		{"奖金方案节后统一公布。", RuleVagueTime, Text},
		{"年会的具体日期待定。", RuleVagueTime, Text},
		{"这批货还要再等几天。", RuleVagueTime, Text},
		{"等我手头这批单子忙完再约你。", RuleVagueTime, Text},
		{"We'll sort out the seating once things slow down.", RuleVagueTime, Text},
		{"I'll pick this up after the new year.", RuleVagueTime, Text},
		{"I'll review it when I find the time.", RuleVagueTime, Text},
		{"It'll take a couple of weeks.", RuleVagueTime, Text},
		{"Deadline for feedback: Nov 23.", RuleDeadlinePast, Text},
		{"你们安保是吃素的吗？", RuleImpolite, Text},
		{"今天不给答复，否则别怪我们不客气。", RuleImpolite, Text},
		{"你不会自己查一下吗？", RuleImpolite, Text},
		{"你以为你是谁？", RuleImpolite, Text},
		{"我的耐心有限，今天必须解决。", RuleImpolite, Text},
		{"我不是你的秘书，这种事自己去办。", RuleImpolite, Text},
		{"别装了，邮件你明明收到了。", RuleImpolite, Text},
		{"他就是个饭桶。", RuleImpolite, Text},
		{"Any time today would be great.", RuleImpolite, Text},
		{"My patience is wearing thin.", RuleImpolite, Text},
		{"I'm not your babysitter.", RuleImpolite, Text},
		{"Learn to read the ticket.", RuleImpolite, Text},
		{"Are you new here?", RuleImpolite, Text},
		{"这个月的对账能否宽限几天？", RuleVagueTime, Text},
		{"样品我们缓一两天再寄。", RuleVagueTime, Text},
		{"培训看情况再定。", RuleVagueTime, Text},
		{"We'll revisit this at some stage.", RuleVagueTime, Text},
		{"I'll get to it later on.", RuleVagueTime, Text},
		{"你们的服务态度也太差了。", RuleImpolite, Text},
		{"你们这次也太不专业了。", RuleImpolite, Text},
		{"你怎么回事？", RuleImpolite, Text},
		{"你们怎么连个快递单号都填错？", RuleImpolite, Text},
		{"都是你们的问题，别推了。", RuleImpolite, Text},
		{"限你们三天之内整改完。", RuleImpolite, Text},
		{"Your support desk is incredibly slow.", RuleImpolite, Text},
		{"Why on earth would you send that to the client?", RuleImpolite, Text},
		{"How could you forget the client call?", RuleImpolite, Text},
		{"This is entirely your fault.", RuleImpolite, Text},
		// look-alikes
		{"你们那边天气太差了，路上注意安全。", "", Text},
		{"这不全是你们的问题，我们也有责任。", "", Text},
		{"系统怎么回事？一直报错。", "", Text},
		{"How could you help us with the migration?", "", Text},
		{"Your team is so fast — thanks!", "", Text},
		{"你们的服务一直很好。", "", Text},
		{"限时优惠到12月4日。", "", Text},
		{"今晚两个人值班。", "", Text},
		{"项目已推迟了几天，今天恢复正常。", "", Text},
		{"比计划晚两天交付，已经跟客户说明。", "", Text},
		{"神经病学专家下周三来院会诊。", "", Text},
		{"你不会看错吧？我再核一下。", "", Text},
		{"他们的服务器迟早会出问题，我们得做好备份。", "", Text},
		{"方案细节改天再约时间详细沟通。", RuleVagueTime, Text},
		{"Take your time, there's no deadline.", "", Text},
		{"Glad you could join us on Friday.", "", Text},
		{"Use your badge to enter the lab.", "", Text},
		{"Surprisingly, the demo went well.", "", Text},
		{"我们计划拖到明年再升级服务器。", "", Text},
		{"年费是按年算的吧？我核一下预算。", "", Text},
		{"这套流程我闭着眼睛都能做。", "", Text},
		{"你们的合同是明年到期吗？", "", Text},
		{"这个版本还要我亲自改吗？我可以今天下午弄。", "", Text},
		{"你们除了现金还能用别的方式付款吗？", "", Text},
		{"这几个插件没有一个是能用的，我换个方案。", "", Text},
		{"网速就这速度，大家先凑合用。", "", Text},
		{"这个方案的效率呢？有没有做过压测？", "", Text},
		{"你最好今天提交，明天系统维护。", "", Text},
		{"我很好奇你们平时都在做什么项目，有机会交流一下。", "", Text},
		{"今天参观了工厂，算是见识了自动化产线。", "", Text},
		{"跟你们合作真是太难得了，谢谢。", "", Text},
		{"还等什么，快来报名年会节目！", "", Text},
		{"Let me know when you find time to read it — no rush.", "", Text},
		{"Is someone in charge of the venue on Friday?", "", Text},
		{"Don't hesitate to ask me anything.", "", Text},
		{"Does anyone actually use the old export?", "", Text},
		{"You guys are unbelievable — thanks for the weekend effort!", "", Text},
		{"I'd love to learn what your team does all day; can I shadow you?", "", Text},
		{"三年后我们再评估这套系统。", "", Text},
		{"年后就开工了，材料已经备齐。", "", Text},
		{"负责人待定，明天开会定。", "", Text},
		{"等了一阵，快递终于到了。", "", Text},
		{"A few days ago the client signed.", "", Text},
		{"We closed the deal after the holidays last year.", "", Text},
		{"待定", "", Date},
	}
	for _, tc := range tests {
		var got []string
		for _, f := range Check(tc.text, Options{Now: corpusNow, Calendar: testCalendar{}, Kind: tc.kind}) {
			got = append(got, f.Rule)
		}
		if tc.rule == "" && len(got) > 0 || tc.rule != "" && !slices.Contains(got, tc.rule) {
			t.Errorf("%q: got %v, want %q", tc.text, got, tc.rule)
		}
	}
}
