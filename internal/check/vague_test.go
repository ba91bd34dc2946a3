package check

import (
	"testing"
)

// Vague time and vague quantity: reported and mentioned words, later
// clauses that do or do not bound the vague word, events, wishes, "about"
// and 左右 after a number. TestRound8Rules and TestRound10Accuracy are the
// tables of their rounds' classes: most of them vague time, with deadline
// labels, an owner's nickname and a date field among them.

// Round 9: vague time and quantities (classes with look-alikes).
func TestRound9Vague(t *testing.T) {
	wantKindSpans(t, []kindCase{
		// the reader's own earlier words quoted back, a named person's about themselves
		{Text, "你们之前说过两天就到货，到现在也没动静。", RuleVagueTime, ""},
		{Text, "您说改天来取样品，我们一直给您留着。", RuleVagueTime, ""},
		{Text, "张经理说他回头再核一下数量。", RuleVagueTime, ""},
		{Text, "张经理说回头再核一下数量。", RuleVagueTime, "回头"},
		{Text, "烘焙间那台电焙笼温控又漂了，郑师傅回头看一下。", RuleVagueTime, "回头"}, // round 21: 回头看一下 is "later"
		{Text, "这个问题你回头看下。", RuleVagueTime, "回头"},
		{Text, "回头再说吧，今天早高峰缺三个司机，顾不上。", RuleVagueTime, "回头"}, // round 21: short of staff today bounds nothing
		{Text, "改天再约，今天少2台车。", RuleVagueTime, "改天"},
		{Text, "回头再说，今天下午缺的那三个司机会到。", RuleVagueTime, ""},
		{Text, "回头看看这一年，我们进步不少。", RuleVagueTime, ""},
		{Text, "请各位驾驶员近期注意雾霾和团雾天气，保持安全车距。", RuleVagueTime, "近期"}, // round 21: an ask to heed
		{Text, "我们近期注意到投诉增多。", RuleVagueTime, ""},
		{Text, "近期注意事项已贴在公告栏。", RuleVagueTime, ""},
		{Text, "我说过两天就寄，肯定寄。", RuleVagueTime, "过两天"},
		{Text, "您说的问题我们尽快处理。", RuleVagueTime, "尽快"},
		{Text, "你说一下，尽快给个方案。", RuleVagueTime, "尽快"},
		{Text, "我跟你说，回头我把合同发你。", RuleVagueTime, "回头"},
		// a vague word counted or pointed at is talked about
		{Text, "又是一个尽快，到底哪天？", RuleVagueTime, ""},
		{Text, "样品尽快寄出。", RuleVagueTime, "尽快"},
		// ASCII single quotes quote; apostrophes do not
		{Text, "All we got back was 'soon' again. Which day?", RuleVagueTime, ""},
		{Text, "We'll ship the customers' order ASAP.", RuleVagueTime, "ASAP"},
		// "when there is X" before 第一时间 is an event; someone who acts is not
		{Text, "有床位我们第一时间通知您。", RuleVagueTime, ""},
		{Text, "有专人第一时间处理您的投诉。", RuleVagueTime, "第一时间"},
		// 抓紧 as grip
		{Text, "夹具必须抓紧工件后再启动主轴。", RuleVagueTime, ""},
		{Text, "乘梯时请抓紧扶手。", RuleVagueTime, ""},
		{Text, "手上的活大家抓紧做完。", RuleVagueTime, "抓紧"},
		// "at the earliest" ending a promise
		{Text, "We will come back on the pricing at the earliest.", RuleVagueTime, "at the earliest"},
		{Text, "Delivery can start on Monday at the earliest.", RuleVagueTime, ""},
		{Text, "We will revert at the earliest possible.", RuleVagueTime, "at the earliest possible"},
		// 有空时 is one vague phrase
		{Text, "有空时帮我把这份清单过一遍。", RuleVagueTime, "有空时"},
		{Standard, "Each carton holds approx. 40 units.", RuleVagueQuantity, "approx."},
		{Standard, "缓存区保持半天用量左右。", RuleVagueQuantity, "左右"},
		{Standard, "产品设计受客户需求量左右。", RuleVagueQuantity, ""},
	})
}

// Round 9: a later clause that starts a statement of its own does not bound
// the vague word before it; one that is the vague action's own limit does.
func TestRound9LaterClause(t *testing.T) {
	wantKindSpans(t, []kindCase{
		// someone else's action
		{Text, "请仓库近期拿出盘点方案，12月10日前总部还会来抽查。", RuleVagueTime, "近期"},
		{Text, "请仓库近期拿出盘点方案，12月10日前客户还会来现场确认。", RuleVagueTime, "近期"},
		// an event's date
		{Text, "大家抓紧把培训课件改完，验收会是12月3日。", RuleVagueTime, "抓紧"},
		{Text, "大家抓紧把培训课件改完，截止日是12月3日。", RuleVagueTime, ""},
		{Text, "大家抓紧把培训课件改完，最晚12月3日前交。", RuleVagueTime, ""},
		// a modal 会 is no meeting; a consequence with "otherwise" is a limit
		{Text, "我们尽快安排师傅上门，维修师傅会在明天上午到。", RuleVagueTime, ""},
		{Text, "Please finish the form as soon as possible, the account will be locked on Dec 10 otherwise.", RuleVagueTime, ""},
		// a day word inside the object names the thing; in a request it is still a date
		{Text, "请各班组抓紧把年底的设备点检做完。", RuleVagueTime, "抓紧"},
		{Request, "请各班组把年底的设备点检做完。", RuleRequestNoDate, ""},
		// a condition on another action
		{Text, "方案大家有空时看看，有问题周四下班前找我。", RuleVagueTime, "有空时"},
		{Text, "Please reply at your earliest convenience, if possible by Friday.", RuleVagueTime, ""},
		{Text, "请尽快回复，如果可以的话周五前。", RuleVagueTime, ""},
		// a thing as subject in English
		{Text, "We will send the updated quote as soon as possible, the price list should be approved by Thursday.", RuleVagueTime, "as soon as possible"},
		{Text, "We will send the updated quote as soon as possible, by Thursday at the latest.", RuleVagueTime, ""},
		{Text, "We will send the updated quote as soon as possible, the deadline is Thursday.", RuleVagueTime, ""},
		// the writer's own doings after a request to the reader
		{Text, "样品检测结果稍后发我一下，明天上午我要去客户那边。", RuleVagueTime, "稍后"},
		{Text, "请质检这边尽快把记录补齐，报表我来做，争取周四汇总。", RuleVagueTime, "尽快"},
		// … but not after the writer's own promise, nor a need the writer takes on
		{Text, "报表我们尽快补齐，我这边争取周四发您。", RuleVagueTime, ""},
		{Text, "客户那边 ASAP 要样品，我已经在安排了，明天中午前寄出。", RuleVagueTime, ""},
		{Text, "检测结果稍后发我一下，我们最晚周五要用。", RuleVagueTime, ""},
		{Text, "麻烦尽快回复，明天我要用。", RuleVagueTime, ""},
		{Text, "Please send the file ASAP, the courier will pick it up by 5 pm.", RuleVagueTime, ""},
		// 近期 before a request verb; not when it dates the object
		{Text, "请质量部近期拿出整改方案。", RuleVagueTime, "近期"},
		{Text, "请汇总近期做出的调整。", RuleVagueTime, ""},
		{Text, "请关注近期整改情况。", RuleVagueTime, ""},
		// "at the earliest" after a time is a lower bound
		{Text, "The system will go live in March at the earliest.", RuleVagueTime, ""},
		{Text, "We can deliver in week 50 at the earliest.", RuleVagueTime, ""},
	})
}

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

// Round 10: the accuracy classes of the twenty-sixth set's false alarms, in
// new wording, with the look-alikes that stay flagged.
func TestRound10Accuracy(t *testing.T) {
	wantKindSpans(t, []kindCase{
		// a wish for someone's health promises nothing
		{Text, "Sorry to hear about your cold, get well soon!", RuleVagueTime, ""},
		{Text, "Hope your mother is feeling better soon.", RuleVagueTime, ""},
		{Text, "We will send the revised quote soon.", RuleVagueTime, "soon"},
		{Text, "Please get the figures to me soon.", RuleVagueTime, "soon"},
		// a postponement whose new time the writer will bring back
		{Text, "下午的复诊能不能往后推一推？等我忙完再联系您。", RuleVagueTime, "忙完"},
		{Text, "下午的复诊能不能往后推一推？我12月3日前再联系您。", RuleVagueTime, ""},
		{Text, "验收先往后推一推吧。", RuleVagueTime, "往后推一推"},
		// a nickname of 阿 before a colon names who is to act
		{Request, "阿明：12月3日前把样车的年检办了", RuleRequestNoOwner, ""},
		{Request, "阿姨: 12月3日前把三楼会议室打扫一下", RuleRequestNoOwner, ""},
		{Request, "12月3日前把样车的年检办了", RuleRequestNoOwner, "*"},
		// a named party's promised action with 近期, in minutes
		{Text, "3. 空调异响：供应商近期安排人员更换压缩机；", RuleVagueTime, "近期"},
		{Text, "售后近期上门处理漏水问题。", RuleVagueTime, "近期"},
		{Text, "厂家近期派人检测过两次，结果正常。", RuleVagueTime, ""},
		{Text, "供应商近期的报价偏高。", RuleVagueTime, ""},
		// a date field whose weekday contradicts it: the mismatch only
		{Date, "12月6日(周五)", RuleWeekdayMismatch, "12月6日(周五)"},
		{Date, "12月6日(周五)", RuleDeadlineNonWorkday, ""},
		{Date, "12月6日(周日)", RuleDeadlineNonWorkday, "12月6日"},
		{Text, "请于12月6日（周五）前提交整改报告。", RuleDeadlineNonWorkday, "12月6日"},
	})
}

// Round 12: a clause telling what the writer has been busy with (subject
// left out) is no limit of the vague promise before it.
func TestRound12Ongoing(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Text, "王姐，报价的事我改天跟你细说，今天一直在跑工地。", RuleVagueTime, "改天"},
		{Text, "合同的事改天再聊，上午都在开会。", RuleVagueTime, "改天"},
		{Text, "合同的事改天再聊，今天下午3点前我给你回电话。", RuleVagueTime, ""},
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

// Round 12: "about" before a number a standard sets is a vague quantity;
// a measurement described with "of", a topic and a year are not.
func TestRound12About(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Standard, "Each tile should be about 2,000 polygons.", RuleVagueQuantity, "about"},
		{Standard, "Samples are kept for about 6 months.", RuleVagueQuantity, "about"},
		{Standard, "Response time of about 2 seconds.", RuleVagueQuantity, ""},
		{Standard, "Rinse: about 5 minutes per vehicle.", RuleVagueQuantity, "about"},
		{Standard, "The audit findings about 2024 are in annex B.", RuleVagueQuantity, ""},
		{Text, "Each tile should be about 2,000 polygons.", RuleVagueQuantity, ""},
	})
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

// Round 15: vague quantities of standards (少许, adequate, a small amount)
// and the same words quoted alone as words not to use.
func TestRound15Quantity(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Standard, "在密封圈上涂抹少许润滑脂后安装。", RuleVagueQuantity, "少许"},
		{Standard, "清香型成品入库后进冷库，温度控制在较低水平。", RuleVagueQuantity, "较低水平"}, // round 21
		{Standard, "发现电池温度异常时，人员与车辆保持一定距离。", RuleVagueQuantity, "一定距离"},
		{Standard, "人员与车辆保持10米以上距离，温度一定要控制在5℃以下。", RuleVagueQuantity, ""},
		{Standard, "抽取一定数量的样品送检。", RuleVagueQuantity, "一定数量"},
		{Standard, "如发现些许裂纹，立即停用。", RuleVagueQuantity, "些许"},
		{Standard, "Ensure adequate ventilation during charging.", RuleVagueQuantity, "adequate"},
		{Standard, "Add a small amount of flux before soldering.", RuleVagueQuantity, "a small amount"},
		{Standard, "Keep a small quantity of spare fuses at each station.", RuleVagueQuantity, "a small quantity"},
		{Standard, "编写要求：不得使用“少许”“适量”等词，须写明数值。", RuleVagueQuantity, ""},
		{Standard, "标准中禁止出现「大约」「左右」这类字眼。", RuleVagueQuantity, ""},
		{Standard, "Style rule: avoid words like \"adequate\", \"some\" or \"a small amount\"; give a number and a unit.", RuleVagueQuantity, ""},
		{Standard, "包装说明写“加少许水搅拌”不合格，须写明用量。", RuleVagueQuantity, "少许"},
		{Text, "I added a small amount of salt.", RuleVagueQuantity, ""},
		{Standard, "安装时预留少许间隙，便于热胀。", RuleVagueQuantity, ""},
		{Standard, "冲洗流速1.0m/s左右，加氯浓度20mg/L。", RuleVagueQuantity, "左右"},
		{Standard, "余氯控制在0.5mg/L左右。", RuleVagueQuantity, "左右"},
		{Standard, "进出口按上下/左右对称布置。", RuleVagueQuantity, ""},
		{Standard, "Stock 20 filters and about 10 spare gaskets per station.", RuleVagueQuantity, "about"},
	})
}

// Round 15: vague-time look-alikes — 抓紧 as a grip, "later" as an
// adjective before what comes after — and a vague word after a quote the
// writer has closed.
func TestRound15VagueTime(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Text, "熨烫时两手抓紧布边，避免拉伸变形。", RuleVagueTime, ""},
		{Text, "爬梯时单手抓紧梯子，另一只手拿工具。", RuleVagueTime, ""},
		{Text, "面料的事请抓紧处理，客户在催。", RuleVagueTime, "抓紧"},
		{Text, "Later batches will ship in the new pallets.", RuleVagueTime, ""},
		{Text, "The later releases keep the old API.", RuleVagueTime, ""},
		{Text, "We will ship the batch later.", RuleVagueTime, "later"},
		{Text, "Later we will confirm the carton size.", RuleVagueTime, "Later"},
		{Text, "面料厂说“下周一定到”，我改天再去催一下。", RuleVagueTime, "改天"},
		{Text, "物流说“回头再给你们查”。", RuleVagueTime, ""},
	})
}

// Round 16: 近期 opening a promise of an action, a vague promise whose
// sentence goes on to another topic's date, and "a few days before" with
// the event left unsaid; look-alikes stay clean.
func TestRound16VagueTime(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Text, "各位导游：近期公司将统一调整带团补贴，请留意。", RuleVagueTime, "近期"},
		{Text, "近期管委会会组织消防检查。", RuleVagueTime, "近期"},
		{Text, "近期天气会比较冷，注意保暖。", RuleVagueTime, ""},
		{Text, "近期订单会比较多。", RuleVagueTime, ""},
		{Text, "近期园区组织了抽查，结果良好。", RuleVagueTime, ""},
		{Text, "管道试压我们尽快安排，材料方面周三再补一批。", RuleVagueTime, "尽快"},
		{Text, "管道试压我们尽快安排，进度方面周五前给您答复。", RuleVagueTime, ""},
		{Text, "管道试压我们尽快安排，周五前完成。", RuleVagueTime, ""},
		{Text, "Please send the rooming list a couple of days in advance.", RuleVagueTime, "a couple of days in advance"},
		{Text, "We'll confirm the coach a few days before.", RuleVagueTime, "a few days before"},
		{Text, "Please send the rooming list a few days before the tour.", RuleVagueTime, ""},
		{Text, "The pump was checked a few days before.", RuleVagueTime, ""},
	})
}

// Round 17: one vague time, one finding — 到时候 and 找个时间 pointing back to
// a vague time before them — and 回头/晚点 in their literal senses.
func TestRound17VagueTime(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Text, "新的排班表近期会发，到时候再跟大家确认。", RuleVagueTime, "近期"},
		{Text, "报价过两天出来，到时候再发给您。", RuleVagueTime, "过两天"},
		{Text, "方案12月3日定稿，到时候再发给您。", RuleVagueTime, ""},
		{Text, "合同的事到时候再说。", RuleVagueTime, "到时候"},
		{Text, "改天找个时间一起对一下年度预算吧。", RuleVagueTime, "改天"},
		{Text, "我们找个时间对一下年度预算吧。", RuleVagueTime, "找个时间"},
		{Text, "倒车前须回头瞭望，确认后方无人。", RuleVagueTime, ""},
		{Text, "本周三条线路均未发生晚点，感谢大家。", RuleVagueTime, ""},
		{Text, "这个月要尽量减少晚点，大家辛苦。", RuleVagueTime, ""},
		{Text, "报表我晚点发你。", RuleVagueTime, "晚点"},
		{Text, "这个问题我回头再确认。", RuleVagueTime, "回头"},
	})
}

// Round 17: an amount left to judgement in a delivery standard.
func TestRound17VagueQuantity(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Standard, "Apply sufficient sealant to each joint before assembly.", RuleVagueQuantity, "sufficient"},
		{Standard, "Keep an adequate stock of spill kits at each pump house.", RuleVagueQuantity, "adequate"},
		{Standard, "Apply 5 g of sealant to each joint before assembly.", RuleVagueQuantity, ""},
		{Standard, "Insufficient torque is a reason to reject the joint; apply 8 N·m.", RuleVagueQuantity, ""},
		{Text, "We have sufficient stock for December.", RuleVagueQuantity, ""},
	})
}

// Round 17: a report that ends at a comma, then the writer's own order to
// the reader — the vague time after it is the writer's.
func TestRound17ReportThenOrder(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Text, "客户又来电话说发票抬头错了，小王你尽快处理一下。", RuleVagueTime, "尽快"},
		{Text, "Tom那边说trolley不够，lead你ASAP跟进一下。", RuleVagueTime, "ASAP"},
		{Text, "客户说他们尽快付款。", RuleVagueTime, ""},
		{Text, "设备科说改日派人来看，你先别动。", RuleVagueTime, ""},
	})
}

// Round 18 (h17aa): a period word joined to its data (本周…检测结果) dates the
// data and leaves 尽快/有空时 vague; a third person's spare time is vague.
func TestRound18Vague(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Text, "请质检部尽快提供本月抽检数据汇总。", RuleVagueTime, "尽快"},
		{Text, "上周锅炉运行记录有空时帮忙整理一下。", RuleVagueTime, "有空时"},
		{Text, "请质检部本周内尽快提交抽检报告。", RuleVagueTime, ""},
		{Text, "请质检部尽快，本周五前提交抽检报告。", RuleVagueTime, ""},
		{Text, "Our technician will look at the valve when he has time.", RuleVagueTime, "when he has time"},
		{Text, "Please repaint the railing when someone has time.", RuleVagueTime, "when someone has time"},
		{Text, "When he has time off he visits his parents in Lyon.", RuleVagueTime, ""},
		// a condition bad today is the reason it is put off, not its day
		{Text, "样品柜改天再拍吧，今天光线不好。", RuleVagueTime, "改天"},
		{Text, "外墙改天再刷，今天雨太大。", RuleVagueTime, "改天"},
		{Text, "改天再试机，现在设备坏了。", RuleVagueTime, "改天"},
		{Text, "样品柜改天再拍，今天下午三点前先拍沙发。", RuleVagueTime, ""},
	})
}

// Round 18 (h17aa): 近期 dating repeated past events, or after the 于 of a
// conjunction (由于, 鉴于), reports; a request for 近期 still asks.
func TestRound18Jinqi(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Text, "由于近期多次出现漏装螺丝的情况，现要求每箱复核。", RuleVagueTime, ""},
		{Text, "鉴于近期频繁发生堵料，卸料口12月5日前加装格栅。", RuleVagueTime, ""},
		{Text, "近期连续两周出现超标，请环保组说明原因。", RuleVagueTime, ""},
		{Text, "请质量部近期拿出整改方案。", RuleVagueTime, "近期"},
		{Text, "请于近期完成设备点检。", RuleVagueTime, "近期"},
	})
}

// Round 18 (h17aa): "enough" before the noun a verb applies; 适当 as the
// manner of a control whose limit is given in figures.
func TestRound18Quantity(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Standard, "Spray enough water on the bottom ash conveyor to prevent dust.", RuleVagueQuantity, "enough"},
		{Standard, "Apply enough grease to the bearing before start-up.", RuleVagueQuantity, "enough"},
		{Standard, "Leave enough slack in the cable for thermal expansion.", RuleVagueQuantity, "enough"},
		{Standard, "The ramp must be long enough for a 12 m truck.", RuleVagueQuantity, ""},
		{Standard, "If the seal is not enough, replace the gasket.", RuleVagueQuantity, ""},
		{Standard, "渗滤液回喷量应视炉温情况适当控制，炉膛温度不得低于850℃。", RuleVagueQuantity, ""},
		{Standard, "喷氨量应适当调整，出口NOx控制在100 mg/m³以下。", RuleVagueQuantity, ""},
		{Standard, "回喷量应适当控制。", RuleVagueQuantity, "适当"},
		{Standard, "轴承应适当增加润滑脂，温度不超过70℃。", RuleVagueQuantity, "适当"},
	})
}

// Round 19 (h17ab): amounts left to the worker (an appropriate torque, a
// moderate amount, 足够的, 备好大量), 立即 timing only its own act, a full
// schedule as the reason 改天 puts it off, a due field's 近期.
func TestRound19Vague(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Standard, "Busbar joint bolts shall be tightened to an appropriate torque.", RuleVagueQuantity, "appropriate"},
		{Standard, "Keep the hose at a moderate pressure during flushing.", RuleVagueQuantity, "moderate"},
		{Standard, "Apply a moderate amount of silicone grease to the cone.", RuleVagueQuantity, "a moderate amount"},
		{Standard, "Wear appropriate PPE in the switch room.", RuleVagueQuantity, ""},
		{Standard, "Take appropriate action if the alarm sounds.", RuleVagueQuantity, ""},
		{Standard, "作业现场应设置足够的安全围栏和警示标志。", RuleVagueQuantity, "足够"},
		{Standard, "配电室应配备足够数量的灭火器。", RuleVagueQuantity, "足够"},
		{Standard, "检查备品是否足够。", RuleVagueQuantity, ""},
		{Standard, "配制时应备好大量清水以备冲洗。", RuleVagueQuantity, "大量"},
		{Standard, "近期大量出现漏电投诉。", RuleVagueQuantity, ""},
		{Text, "发现疑似病例，应立即隔离并尽快上报疾控中心。", RuleVagueTime, "尽快"},
		{Text, "发现漏油，应马上停机，然后尽快报告调度。", RuleVagueTime, "尽快"},
		{Text, "发现疑似病例，应立即隔离并于12月3日前上报。", RuleVagueTime, ""},
		{Text, "请立即处理。", RuleVagueTime, ""},
		{Text, "王师傅，电表移位的事改天再约吧，这周排满了。", RuleVagueTime, "改天"},
		{Text, "改天再约吧，本周约满了。", RuleVagueTime, "改天"},
		{Text, "工单 | 要求完成时间：近期 | 处理人：陈芳", RuleVagueTime, "近期"},
		{Text, "截止日期：近期", RuleVagueTime, "近期"},
	})
}

// Round 20 (h17ac): "promptly" as the time a rule sets is vague; promptly
// in thanks or without a modal of obligation is not.
func TestRound20Promptly(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Standard, "Deviations should be escalated to the study manager promptly.", RuleVagueTime, "promptly"},
		{Standard, "Serious adverse events must be reported promptly.", RuleVagueTime, "promptly"},
		{Text, "Thanks for replying so promptly yesterday.", RuleVagueTime, ""},
		{Text, "The site replied promptly to the query.", RuleVagueTime, ""},
		{Standard, "Deviations shall be reported within 24 hours.", RuleVagueTime, ""},
	})
}

// Round 20 (h17ac): 适当数量 is one vague measure, its span whole; 适当 alone
// keeps its own span.
func TestRound20QuantitySpan(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Standard, "必要时加装适当数量的防跳装置。", RuleVagueQuantity, "适当数量"},
		{Standard, "井道内应配置适当数量的照明灯具。", RuleVagueQuantity, "适当数量"},
		{Standard, "加装适当的防护罩。", RuleVagueQuantity, "适当"},
		{Standard, "每层加装4个防跳装置。", RuleVagueQuantity, ""},
	})
}

// Round 22 (h17ae): "later on" followed by its topic is "later" and "on".
func TestRound22LaterOn(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Text, "We'll come back later on the pricing question.", RuleVagueTime, "later"},
		{Text, "We'll sort the pricing later on.", RuleVagueTime, "later on"},
		{Text, "We can revisit the warranty terms later on.", RuleVagueTime, "later on"},
	})
}

// Round 22 (h17ae): an ask whose 近期 times an action on an object.
func TestRound22JinqiDui(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Text, "请各班组近期对配电箱进行一次排查。", RuleVagueTime, "近期"},
		{Text, "请汇总近期对客户的回访记录。", RuleVagueTime, ""},
		{Text, "请近期对外包人员开展安全交底。", RuleVagueTime, "近期"},
	})
}

// Round 23 (h17af): who is free now, a warning not to wait, 有时间 before the
// task, and an ask of the reader after a third party's report.
func TestRound23Vague(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Text, "收银台小票纸用完了，谁现在有空去仓库拿一箱？", RuleVagueTime, ""},
		{Text, "你这会儿有空帮我看下这张单吗？", RuleVagueTime, ""},
		{Text, "谁明天有空帮忙盘点？", RuleVagueTime, ""},
		{Text, "你有空帮我看下这张单。", RuleVagueTime, "有空"},
		{Text, "浇筑前请把模板再检查一遍，别等到拆模时候再发现跑模。", RuleVagueTime, ""},
		{Text, "不要等到验收时再发现问题。", RuleVagueTime, ""},
		{Text, "等领导回来再发给你。", RuleVagueTime, "领导回来"},
		{Text, "监测数据整理好，有时间发我。", RuleVagueTime, "有时间"},
		{Text, "报价单有时间回我一下。", RuleVagueTime, "有时间"},
		{Text, "我这周没有时间发你。", RuleVagueTime, ""},
		{Text, "张总，物流部又说车坏了，等了三天了，能不能尽早另派一辆。", RuleVagueTime, "尽早"},
		{Text, "王经理，仓库说缺货，能否尽快调一批？", RuleVagueTime, "尽快"},
		{Text, "物流部说车坏了，改日再派。", RuleVagueTime, ""},
	})
}

// Round 23 (h17af): "Soon" as a name or in a compound is no vague time.
func TestRound23SoonName(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Text, "Hi Soon-yi, thanks for the samples. We'll confirm the order on 3 December.", RuleVagueTime, ""},
		{Text, "Dear Soon, the price list is attached.", RuleVagueTime, ""},
		{Text, "Our soon-to-be supplier sent the samples.", RuleVagueTime, ""},
		{Text, "Hi team, we'll confirm the order soon.", RuleVagueTime, "soon"},
		{Text, "Soon we will confirm the order.", RuleVagueTime, "Soon"},
	})
}

// Round 23 (h17af): 过多/过少 as a limit with no figure in a standard; not
// 经过多次, nor a limit the sentence states in figures.
func TestRound23TooMuch(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Standard, "熟食区每次出品不宜过多，卖完再补。", RuleVagueQuantity, "过多"},
		{Standard, "轴承内应避免过少的润滑脂。", RuleVagueQuantity, "过少"},
		{Standard, "清除过多的密封胶。", RuleVagueQuantity, "过多"},
		{Standard, "样品须经过多次冻融试验。", RuleVagueQuantity, ""},
		{Standard, "每次备货不宜过多，不超过20箱。", RuleVagueQuantity, ""},
		{Text, "这周备货不宜过多。", RuleVagueQuantity, ""},
	})
}

// Round 23 (h17af): 近期 as how long someone stays away, closing its
// clause; not an attribute of people or things.
func TestRound23AbsentSoon(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Text, "早班谁来收货？小刘腰伤请假了，近期都来不了。", RuleVagueTime, "近期"},
		{Text, "张师傅老家有事，近期可能回不来。", RuleVagueTime, "近期"},
		{Text, "近期不在本地的员工请线上签到。", RuleVagueTime, ""},
		{Text, "小刘腰伤请假了，12月7日前都来不了。", RuleVagueTime, ""},
	})
}

// Round 24 (h17ag): a vague word defined or discussed as a term, "Soon" in
// a name before another capitalised word, 今天先… after a put-off item, a
// data list of the week, an ask of the writer's own team after a report, and
// an action item in minutes whose owner the clause before names.
func TestRound24Vague(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Text, "ASAP 是 as soon as possible 的缩写，邮件里常见。", RuleVagueTime, ""},
		{Text, "ASAP这个词以后别写在交期栏里，写具体日期。", RuleVagueTime, ""},
		{Text, "尽快一词在合同里没有约束力。", RuleVagueTime, ""},
		{Text, "Note: ASAP in our tracker means the customer flagged it.", RuleVagueTime, ""},
		{Text, "ASAP stands for as soon as possible.", RuleVagueTime, ""},
		{Text, "ASAP please, the line is down.", RuleVagueTime, "ASAP"},
		{Text, "Please reply ASAP.", RuleVagueTime, "ASAP"},
		{Text, "尽快是最好的，请尽快回复。", RuleVagueTime, "尽快"},
		{Text, "Soon Fitness is the name of the rival chain next door.", RuleVagueTime, ""},
		{Text, "The billing address is 21 Soon Lee Road, Singapore.", RuleVagueTime, ""},
		{Text, "Soon I will send the drawings.", RuleVagueTime, "Soon"},
		{Text, "Soon, we will send the drawings.", RuleVagueTime, "Soon"},
		{Text, "客户投诉的那批螺母焊偏，回头再说吧，今天先保交付。", RuleVagueTime, "回头"},
		{Text, "巡检报告回头再补，今天先把告警清了。", RuleVagueTime, "回头"},
		{Text, "回头再说吧，现在先把货发了。", RuleVagueTime, "回头"},
		{Text, "回头再说吧，今天下午三点前先发我。", RuleVagueTime, ""},
		{Text, "请尽快整理本周过敏投诉清单并发给品控。", RuleVagueTime, "尽快"},
		{Text, "请尽快整理本周投诉名单。", RuleVagueTime, "尽快"},
		{Text, "请尽快本周内整理投诉名单。", RuleVagueTime, ""},
		{Text, "备案资料被退回来了，说依据不足，麻烦法规组尽快补一下。", RuleVagueTime, "尽快"},
		{Text, "供应商说图纸有问题，麻烦技术部尽快看一下。", RuleVagueTime, "尽快"},
		{Text, "客户说，请尽快发货。", RuleVagueTime, ""},
		{Text, "扩容报价，张蕾负责，近期给出。", RuleVagueTime, "近期"},
		{Text, "整改方案，王工跟进，近期提交。", RuleVagueTime, "近期"},
		{Text, "张蕾负责的项目近期进展顺利。", RuleVagueTime, ""},
		{Text, "张蕾负责，近期给出的报价已确认。", RuleVagueTime, ""},
	})
}

// Round 25 (h17ai): ASAP as part of a firm's name, and after "the term"
// whatever follows, is no vague time; ASAP used stays.
func TestRound25AsapName(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Text, "ASAP物流有限公司的提单今天寄到。", RuleVagueTime, ""},
		{Text, "Our agent ASAP Logistics Ltd. will collect the pallets on 3 December 2026.", RuleVagueTime, ""},
		{Text, "ASAP Shipping is the forwarder for the Osaka order.", RuleVagueTime, ""},
		{Text, "The word ASAP should not appear on a purchase order.", RuleVagueTime, ""},
		{Text, "Reply ASAP Tom, the truck is waiting.", RuleVagueTime, "ASAP"},
		{Text, "We need the term sheet ASAP.", RuleVagueTime, "ASAP"},
		{Text, "Send the invoice to the company ASAP please.", RuleVagueTime, "ASAP"},
	})
}

// Round 25 (h17ai): 近期 opening the clause after a request, timing what the
// reader hands the writer, and 近期 after a department in minutes, are vague;
// reports and dated objects stay clean.
func TestRound25Jinqi(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Request, "请采购部核一下供应商的资质，近期发给我清单。", RuleVagueTime, "近期"},
		{Text, "会议决定：备件库存由仓库盘点，采购部近期给出补货计划。", RuleVagueTime, "近期"},
		{Request, "请查收附件，近期给我们的报价已经更新。", RuleVagueTime, ""},
		{Text, "采购部近期给出的补货计划已确认。", RuleVagueTime, ""},
		{Text, "采购部近期给出过两版计划。", RuleVagueTime, ""},
	})
}

// Round 25 (h17ai): the writer's own clause or sentence after a report keeps
// its vague time (…下周到，有空时我再去提货; "… again. I'll come by when I
// have time."); what the party said stays reported.
func TestRound25WriterAfterReport(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Text, "供应商说滤芯月底到，有空时我再去仓库拿。", RuleVagueTime, "有空时"},
		{Text, "The client says the printer jams again. I'll look at it when I have time.", RuleVagueTime, "when I have time"},
		{Text, "供应商说，过两天我就能收到滤芯。", RuleVagueTime, ""},
		{Text, "供应商说，过两天他们再来。", RuleVagueTime, ""},
		{Text, "The client says the printer jams again. They will send it back when they have time.", RuleVagueTime, ""},
	})
}

// Round 26 (h17aj): 近期 timing an ask's report (请…运维部近期上报…), a role
// by its work promising in minutes (法务近期出具…), and the writer going to
// do something (我近期去看一下) is vague; reports, dated objects and the past
// stay clean.
func TestRound26Jinqi(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Request, "请各地市分公司运维部近期上报台风受损站点清单。", RuleVagueTime, "近期"},
		{Request, "请财务部核对近期上报的报销单，12月3日前完成。", RuleVagueTime, ""},
		{Text, "会议纪要：1. 租赁合同，法务近期出具审核意见；2. 电费由财务部跟进。", RuleVagueTime, "近期"},
		{Text, "法务近期出具的审核意见已归档。", RuleVagueTime, ""},
		{Text, "品鉴会的场地我近期去看一下。", RuleVagueTime, "近期"},
		{Text, "品鉴会的场地我近期去看过了。", RuleVagueTime, ""},
		{Text, "这个客户我回头去确认。", RuleVagueTime, "回头"},
	})
}

// Round 26 (h17aj): 适量饮酒 and 适量运动 are health advice's fixed words, no
// quantity a standard asks for; 适量 before a material stays vague.
func TestRound26Shiliang(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Standard, "适量饮酒是品鉴会须向客人提示的内容，提示语统一为“理性饮酒”。", RuleVagueQuantity, ""},
		{Standard, "员工每周应适量运动，公司提供健身房。", RuleVagueQuantity, ""},
		{Standard, "清洗时加入适量清水，浸泡10分钟。", RuleVagueQuantity, "适量"},
	})
}

// A vague word in capitals that goes on as a code does is a code (round 28,
// h17al): ASAP-2, ASAP_01, ASAP3; ASAP before a dash or a word stays vague.
func TestVagueWordAsCode(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Text, "船舶代号ASAP-2是旧系统里的航次编码，不要删。", RuleVagueTime, ""},
		{Text, "The voyage code ASAP_01 stays in the old system.", RuleVagueTime, ""},
		{Text, "Tag ASAP3 is the old batch code.", RuleVagueTime, ""},
		{Text, "We need the booklet ASAP - the crew is waiting.", RuleVagueTime, "ASAP"},
		{Text, "船舶资料ASAP发给我。", RuleVagueTime, "ASAP"},
	})
}
