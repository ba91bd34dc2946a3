package check

import (
	"slices"
	"testing"
)

// The rudeness shapes generalised from the held-out sets' misses (shape.go,
// shapes_zh.go, shapes_en.go), with the look-alikes that must stay clean:
// each rude sentence must get an impolite finding, each look-alike none.
//
// The model's training reads the {"text", Rule…} lines of shape*_test.go
// as examples, in the order of the files' names and of the lines in them
// (shapeExamples in train_test.go), and that order feeds the shuffle: these
// tests stay in the order in which the training has always read them
// (TestRound10Shapes … TestRound9Shapes, then shape_test.go), so that the
// retrained model_rude.bin is byte for byte the same. Sentences that the
// model must not be trained on go in another file (rude_test.go).

// TestRound10Shapes checks the round-10 rudeness shapes (shapes_*.go)
// and sarcastic praise (ctxSarcasmAround, rudecontext.go) on sentences written for them, in no
// corpus and no held-out set: each rude one must get an impolite finding,
// each look-alike no impolite finding. The training reads these lines too
// (shapeExamples).
func TestRound10Shapes(t *testing.T) {
	tests := []struct {
		text string
		rule string // "" = no impolite finding
	}{
		// an ultimatum naming an authority or a lawyer
		{"Sort out the mould by Friday or I'm going to the tenancy tribunal.", RuleImpolite},
		{"Refund me this week or we will report you to trading standards.", RuleImpolite},
		{"Answer my emails or I'll be calling my lawyer.", RuleImpolite},
		{"电梯再不修我就打12345投诉。", RuleImpolite},
		{"三天内给说法，否则我们就找媒体曝光。", RuleImpolite},
		{"Please confirm the build by Tuesday, or we will pull the SKU from the reset.", ""},
		{"Send the form to the bureau by noon, or the permit will lapse.", ""},
		{"逾期未付款的，按合同约定处理。", ""},
		{"如有问题可以向市场监管局咨询。", ""},
		// the reader told to do their job at all
		{"保安能不能管管门口乱停的车？", RuleImpolite},
		{"你们到底还管不管了？", RuleImpolite},
		{"能不能帮忙管一下仓库钥匙？", ""},
		{"这件事归哪个部门管？", ""},
		// praise as a sentence of its own next to the reader's blunder
		{"Well done. You managed to lose the same parcel twice.", RuleImpolite},
		{"You somehow broke the charger again. Impressive.", RuleImpolite},
		{"You lost my booking. Great job, team.", RuleImpolite},
		{"Great job, guys. You managed to close 40 tickets this week.", ""},
		{"Your team lost the final but played well. Really impressive.", ""},
		{"The new line is running at 98%. Really impressive.", ""},
		{"Nice work, everyone. The audit found nothing.", ""},
	}
	for _, tc := range tests {
		got := ruleIDs(tc.text, Text)
		if tc.rule == RuleImpolite && !slices.Contains(got, RuleImpolite) || tc.rule == "" && slices.Contains(got, RuleImpolite) {
			t.Errorf("%q: got %v, want %q", tc.text, got, tc.rule)
		}
	}
}

// TestRound10ShapesMore: whether anyone there does their job, work as good
// as none, the reader's way of working held up.
func TestRound10ShapesMore(t *testing.T) {
	tests := []struct {
		text string
		rude bool
	}{
		{"Does anyone in your warehouse actually read the packing notes?", true},
		{"Is anyone at the service desk even reading these tickets?", true},
		{"Call me back when somebody over there decides to do their job.", true},
		{"Does anyone on your team have the new door code?", false},
		{"Is anyone at the front desk able to print a receipt for me?", false},
		{"Let me know when someone decides on the venue.", false},
		{"你们这份交接单写了跟没写一样。", true},
		{"你们培训了等于没培训，新人还是不会开机。", true},
		{"这个补丁我装了跟没装一样，可能是版本不对，帮我看看？", false},
		{"拿着工资就这么干活的？", true},
		{"以后就这么做，按流程走。", false},
		{"原来就是这么办事的，我明白了，谢谢。", false},
		{"报警灯亮了一晚上，你们值班的都在睡觉吗？", true},
		{"再拖下去，别逼我们走法律程序。", true},
		{"孩子们都在睡觉吗？我晚点再打。", false},
		{"别逼自己太紧，周五前交就行。", false},
	}
	wantRude(t, tests)
}

// TestRound11Shapes checks the round-11 rudeness shapes (shapes_*.go)
// on sentences written for them, in no corpus and no held-out set: each
// rude one must get an impolite finding, each look-alike none. The training
// reads these lines too (shapeExamples).
func TestRound11Shapes(t *testing.T) {
	tests := []struct {
		text string
		rude bool
	}{
		// a check on the reader's side asked if it was a formality
		{"你们质检部的抽检是走过场吗？三箱里两箱有划痕。", true},
		{"贵司的验收就是走个过场？", true},
		{"这次验收不是走过场，请大家认真准备。", false},
		{"安全交底不能走过场，每个班组都要签字。", false},
		// the reader's papers doubted as copied
		{"你们这个检测报告是网上抄的吧？数据跟上个月一模一样。", true},
		{"这个合同模板是从网上下载的吧？格式有点乱。", false},
		{"你们的报价单模板我从网上下载了一份，改好发你。", false},
		// or don't bother
		{"Bring the signed drawings on Monday or don't bother coming.", true},
		{"Send a real root cause by Friday, or just don't bother replying.", true},
		{"If the roads are icy tomorrow, don't bother coming in.", false},
		{"We can skip the printouts; I'll share my screen and nobody needs to bother printing.", false},
		// stopped expecting
		{"Honestly, I've stopped expecting your team to call back.", true},
		{"We have given up waiting for your revised quote.", true},
		{"I've stopped expecting rain this week, so we pour on Tuesday.", false},
		{"We have stopped waiting for the old batch and switched suppliers.", false},
		// shame none of it
		{"Shame none of it answers the question I actually asked.", true},
		{"Pity none of them addresses the point I raised last week.", true},
		{"Shame none of us could make it to the launch party.", false},
		{"A pity none of the samples arrived before the fair.", false},
		// 哟，难得
		{"哟，难得你们仓库今天准时发货了。", true},
		{"呦，难得物流群里有人回消息。", true},
		{"难得大家都到齐了，会后一起吃个饭。", false},
		{"今天难得不加班，早点回去休息。", false},
		// washing one's hands of it
		{"行吧，按你说的做，反正出了事也不是我背锅。", true},
		{"放心，这个问题不是你的锅，是系统的bug。", false},
		{"反正周五前交就行，不是我负责的那块你问小王。", false},
		// a late delivery praised as perfect, again
		{"物流又一次完美错过了截单时间。", true},
		{"供应商又一次完美卡着最后一分钟发货，佩服。", true},
		{"我又一次完美踩点，哈哈，下次早点出门。", false},
		{"项目组又一次完美交付，辛苦大家。", false},
		// stock reassurance thrown back with how long (strong)
		{"“马上处理”这四个字您已经说了两个星期了。", true},
		{"王经理，“在路上”这三个字你们说了三天了。", true},
		{"“请放心”这三个字我们写进了服务承诺。", false},
		{"合同里“及时”这两个字要改成具体日期。", false},
		// thanks for failing again (strong)
		{"感谢贵司又一次准时地延误。", true},
		{"谢谢你们又一次放鸽子。", true},
		{"感谢贵司又一次准时交货。", false},
		{"谢谢你又一次帮忙处理延误的货。", false},
		// please actually … this time (strong)
		{"Please actually test the build this time.", true},
		{"Kindly actually check the packing list this time before you seal the boxes.", true},
		{"We actually read the whole contract before signing, this time with the lawyer.", false},
		{"Please check the packing list this time as well, thanks.", false},
	}
	wantRude(t, tests)
}

// TestRound4Shapes checks the round-4 rudeness shapes (shapes_*.go) and
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

// TestRound5Shapes checks the round-5 rudeness shapes (shapes_*.go) and
// vague-time words (vaguephrases.go) on sentences that are in no corpus: each
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
		{"你们是把我们当提款机吗？", RuleImpolite, Text},
		{"验收会你们就派个新人来应付？", RuleImpolite, Text},
		{"这套说辞骗不了我。", RuleImpolite, Text},
		{"你确定自己是做财务的？", RuleImpolite, Text},
		{"连发票都开错，还怎么指望你们？", RuleImpolite, Text},
		{"这件事我不想催第四次。", RuleImpolite, Text},
		{"等你们弄，还不如我自己来。", RuleImpolite, Text},
		{"我都替你们脸红。", RuleImpolite, Text},
		{"问一点答一点，跟挤牙膏一样。", RuleImpolite, Text},
		{"上线前不说，早干什么去了？", RuleImpolite, Text},
		{"这次又是谁的错？", RuleImpolite, Text},
		{"能不能有点责任感？", RuleImpolite, Text},
		{"请你们领导换个明白人来谈。", RuleImpolite, Text},
		{"你是看不懂还是假装不懂？", RuleImpolite, Text},
		{"我的申请是不是进了你们的回收站？", RuleImpolite, Text},
		{"原来你们也会准时交付的时候。", RuleImpolite, Text},
		{"一句“在走流程”走了一个月。", RuleImpolite, Text},
		{"你们的安全制度是挂在墙上的吧？", RuleImpolite, Text},
		{"就这么点改动，你们做了两周？", RuleImpolite, Text},
		{"We're paying you for this?", RuleImpolite, Text},
		{"I've had better drafts from students.", RuleImpolite, Text},
		{"Only two weeks overdue.", RuleImpolite, Text},
		{"Thanks for the reply, I guess.", RuleImpolite, Text},
		{"I'm beginning to wonder whether anyone there reads the tickets.", RuleImpolite, Text},
		{"Frankly, I'd rather do it myself.", RuleImpolite, Text},
		{"Spare me the lecture.", RuleImpolite, Text},
		{"Do I have to chase you again for the invoice?", RuleImpolite, Text},
		{"Nobody wants to hear about your reorg.", RuleImpolite, Text},
		{"Perfect, yet another outage.", RuleImpolite, Text},
		{"If this is too complicated for your team, tell me now.", RuleImpolite, Text},
		{"Did you miss the paragraph about deadlines?", RuleImpolite, Text},
		{"Keep up.", RuleImpolite, Text},
		{"I can't keep holding your hand on every release.", RuleImpolite, Text},
		{"I'm not interested in your excuses.", RuleImpolite, Text},
		{"这个方案我们还需要一点时间评估。", RuleVagueTime, Text},
		{"设备的事我们抽个空过去看。", RuleVagueTime, Text},
		{"Let's finalise the menu closer to the date.", RuleVagueTime, Text},
		{"截止时间：12-05 17:00", RuleDeadlineNonWorkday, Text},
		{"Could Legal review the NDA by Friday?", "", Request},
		{"EVACUATE BUILDING 3 NOW", RuleShouting, Text},
		{"你们对账是靠运气的吗？", RuleImpolite, Text},
		{"能不能一次性说清楚？", RuleImpolite, Text},
		{"全公司陪你们白等了一上午。", RuleImpolite, Text},
		{"你们只管收钱不管售后。", RuleImpolite, Text},
		{"麻烦你们拿出点职业素养。", RuleImpolite, Text},
		{"这么小的改动怎么花了三周？", RuleImpolite, Text},
		{"What's the point of having a support team?", RuleImpolite, Text},
		{"I'm sick of chasing this.", RuleImpolite, Text},
		{"Read my notes before you reply.", RuleImpolite, Text},
		{"小周，帮我把报价单打印出来，下午三点半前给我。", "", Request},
		{"刘护士长，今天下午四点前把排班表发我。", "", Request},
		{"等我消停了给你打电话。", RuleVagueTime, Text},
		{"等我们忙完了给您回复。", RuleVagueTime, Text},
		{"你们的投诉热线是摆着好看的？", RuleImpolite, Text},
		{"你是第一天上班吗？", RuleImpolite, Text},
		{"看看人家物业，再看看你们。", RuleImpolite, Text},
		{"The courier left the parcel outside without calling. Again.", RuleImpolite, Text},
		{"We have called four times about the leak. Four.", RuleImpolite, Text},
		{"Why is this taking so long?", RuleImpolite, Text},
		{"It seems your team forgot we exist.", RuleImpolite, Text},
		{"Stop telling me the fix is coming.", RuleImpolite, Text},
		{"I can't believe how this is still broken.", RuleImpolite, Text},
		{"Could someone on the night shift check the freezer by 10 pm?", "", Request},
		// look-alikes
		{"有两点建议：一是提前备货，二是错峰发货。", "", Text},
		{"成本靠运营控制，不靠运气。", "", Text},
		{"等我到了给你打电话。", "", Text},
		{"等他忙完了给你回电话。", "", Text},
		{"你是第一次来上海吗？周末可以去外滩走走。", "", Text},
		{"Let's try the new layout again.", "", Text},
		{"We tested it three times. Three runs, all green.", "", Text},
		{"Why is it taking the 5 pm train instead of the 3 pm one?", "", Text},
		{"银行说下午晚些时候到账。", "", Text},
		{"等供应商确认了我们第一时间安排发货。", "", Text},
		{"能不能一次性付清？我们财务要走流程。", "", Text},
		{"我们只管生产，不管销售，这是分工。", "", Text},
		{"这么小的改动，我们半天就能做完。", "", Text},
		{"What's the point of the new field? I'd like to understand it.", "", Text},
		{"Please read the brief before you start; it's short.", "", Text},
		{"你们确定是明天到吗？", "", Text},
		{"你们怎么应付这次审计？需要我们准备什么材料？", "", Text},
		{"你们的应付账款什么时候结？", "", Text},
		{"我们找个懂行的人来帮忙看看。", "", Text},
		{"这次的问题是谁的问题？我们复盘一下。", "", Text},
		{"我们没看出对方的诚意，建议暂停谈判。", "", Text},
		{"Are we paying you by invoice or card?", "", Text},
		{"The shipment is only two days late, no big deal.", "", Text},
		{"If you're busy I'll do it myself, no worries.", "", Text},
		{"I'll hold your hand through the first deployment.", "", Text},
		{"Keep up the good work!", "", Text},
		{"Hope to talk soon.", "", Text},
		{"The meeting is at a later point in the agenda.", "", Text},
		{"库存3-5天补齐，编号A-12-06不变。", "", Text},
		{"比分是12-06。", "", Text},
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
		got := ruleIDs(tc.text, tc.kind)
		if tc.rule == "" && len(got) > 0 || tc.rule != "" && !slices.Contains(got, tc.rule) {
			t.Errorf("%q: got %v, want %q", tc.text, got, tc.rule)
		}
	}
}

// TestRound9Shapes checks the round-9 rudeness shapes (shapes_*.go) on
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
