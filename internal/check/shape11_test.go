package check

import "testing"

// TestRound11Shapes checks the round-11 rudeness shapes (rudeshape11.go)
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
