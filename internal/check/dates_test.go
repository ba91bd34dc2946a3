package check

import (
	"testing"
)

// Dates and deadlines: weekdays, bare days, qualifier dates, "until", 截至
// as "as of", deadline labels and 逾期 as a rule for those who are late.

// Round 9: dates and deadlines (the twenty-fourth and twenty-fifth sets'
// misses and false alarms, by class, with look-alikes).
func TestRound9Dates(t *testing.T) {
	wantKindSpans(t, []kindCase{
		// an ordinal day before the month's name
		{Text, "The audit report is due by 18th November.", RuleDeadlinePast, "18th November"},
		{Text, "Please return the signed copy by the 5th of December.", RuleDeadlineNonWorkday, "5th of December"},
		{Text, "The canteen is on the 2nd Floor.", RuleDeadlinePast, ""},
		// 逾期 + a subject + the consequence is a condition, not a report
		{Text, "请于2026-11-20前提交对账单，逾期平台自动关闭入口。", RuleDeadlinePast, "2026-11-20"},
		{Text, "原定11月20日前提交，目前已逾期两天。", RuleDeadlinePast, ""},
		// a date that only qualifies a noun is no deadline
		{Text, "11月18日之前签的合同按老版本执行。", RuleDeadlinePast, ""},
		{Text, "12月5日前入职的员工参加年会。", RuleDeadlineNonWorkday, ""},
		{Text, "请于12月5日前把签好的合同寄回。", RuleDeadlineNonWorkday, "12月5日"},
		{Text, "Invoices issued before Nov 2 keep the old rate.", RuleDeadlinePast, ""},
		{Text, "All invoices must be issued before Nov 2.", RuleDeadlinePast, "Nov 2"},
		// "until" in a request that hands something over
		{Text, "Kindly provide the test report until 5 December.", RuleDeadlineNonWorkday, "5 December"},
		{Text, "Could you return the form until Saturday?", RuleDeadlineNonWorkday, "Saturday"},
		{Text, "Our warehouse is closed until 5 December.", RuleDeadlineNonWorkday, ""},
		{Text, "Please hold the shipment until 5 December.", RuleDeadlineNonWorkday, ""},
		// around a date is no limit; 以内 is one; "the deadline for X is"
		{Text, "货预计12月5日前后到。", RuleDeadlineNonWorkday, ""},
		{Text, "请于12月5日前后安排人员到场。", RuleDeadlineNonWorkday, ""},
		{Text, "12月5日以内完成盘点。", RuleDeadlineNonWorkday, "12月5日"},
		{Text, "The deadline for comments is 20 November.", RuleDeadlinePast, "20 November"},
		{Text, "The deadline was 20 November, which we missed.", RuleDeadlinePast, ""},
		// a date has one weekday: a bracketed gloss, an enumeration comma
		{Text, "仓库本周六（11月28日）、周日（11月29日）盘点。", RuleWeekdayMismatch, ""},
		{Text, "仓库本周六（11月28日）、周日（11月30日）盘点。", RuleWeekdayMismatch, "周日（11月30日）"},
		{Text, "例会改到12月3日（周五）。", RuleWeekdayMismatch, "12月3日（周五）"},
		// a day of the month with its weekday, in the nearest month
		{Text, "请30号（周二）前把报表交上来。", RuleWeekdayMismatch, "30号（周二）"},
		{Text, "请30号（周一）前把报表交上来。", RuleWeekdayMismatch, ""},
		{Text, "家长会定在本周五（28号）下午。", RuleWeekdayMismatch, "本周五（28号）"},
		{Text, "家长会定在下周五（4号）下午。", RuleWeekdayMismatch, ""},
		{Text, "3号楼周五停水，5号、周六照常。", RuleWeekdayMismatch, ""},
		// a dotted date glossing a weekday before it
		{Text, "例会改到下周二（11.30）上午。", RuleWeekdayMismatch, "下周二（11.30）"},
		{Text, "例会改到下周一（11.30）上午。", RuleWeekdayMismatch, ""},
		{Text, "单价改到（11.30）元。", RuleWeekdayMismatch, ""},
	})
}

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

// Round 12: 逾期 + an effect or a rule for the late ones is a condition on
// the future, not a report that the date was missed.
func TestRound12Late(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Text, "各门店：盘点表请于11月20日前交回，逾期影响当月考核。", RuleDeadlinePast, "11月20日"},
		{Text, "各供应商：发票请在11月20日前寄出，逾期的统一顺延到下月结算。", RuleDeadlinePast, "11月20日"},
		{Text, "盘点表原定11月20日前交回，逾期影响了当月考核。", RuleDeadlinePast, ""},
		{Text, "发票原定11月20日前寄出，逾期的已经催过了。", RuleDeadlinePast, ""},
	})
}

// Round 15: 逾期未报的 + 由 someone 统一安排 is a rule for the late ones (the
// date before it is a deadline, past or not); 已逾期 reports it.
func TestRound15Late(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Text, "各车间请于11月20日前上报12月设备保养计划，逾期未报的由设备部统一安排。", RuleDeadlinePast, "11月20日"},
		{Text, "请于11月18日前提交培训名单，逾期未交的由人事部指定。", RuleDeadlinePast, "11月18日"},
		{Text, "请于12月10日前提交培训名单，逾期未交的由人事部统一安排。", RuleDeadlinePast, ""},
		{Text, "11月20日前应上报的计划已逾期未报，由设备部统一安排。", RuleDeadlinePast, ""},
	})
}

// Round 15: an English month word that is a name (阿May, June) before a
// Chinese date does not take the date's month as its day.
func TestRound15MonthName(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Text, "阿May 12月6日前把样衣寄到墨尔本", RuleDeadlineNonWorkday, "12月6日"},
		{Text, "June 12月5日前交报价", RuleDeadlineNonWorkday, "12月5日"},
		{Text, "Please send it by Dec 6, thanks.", RuleDeadlineNonWorkday, "Dec 6"},
	})
}

// Round 17: a record's due field (完成时限：, 时限：, 完成时间：, 要求到货日期：,
// "Due:") is a deadline; "due for payment on" names one; a day-first date
// with its year after a second slash is read; an English weekday joined to
// its date without a comma is part of the finding; a bracket holding both
// date and weekday is not the weekday's.
func TestRound17DueFields(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Text, "工单：更换3号泵机械密封。责任人：赵刚。完成时限：12月6日。", RuleDeadlineNonWorkday, "12月6日"},
		{Text, "工单编号WO-118｜设备：2号皮带机｜责任人：钱伟｜时限：2026-12-12", RuleDeadlineNonWorkday, "2026-12-12"},
		{Text, "申请采购安全帽200顶，负责人：物资部 周丽，要求到货日期：2026-12-13。", RuleDeadlineNonWorkday, "2026-12-13"},
		{Text, "工单：更换门禁读卡器，负责人：保卫科 孙涛，完成时间：2026年11月20日。", RuleDeadlinePast, "2026年11月20日"},
		{Text, "Req#77 | Line 2 | Replace signal lamp | Owner: Li Wei | Due: 2026-12-06", RuleDeadlineNonWorkday, "2026-12-06"},
		{Text, "Reminder: the licence fee is due for renewal on December 6, 2026.", RuleDeadlineNonWorkday, "December 6, 2026"},
		{Text, "工单：更换门禁读卡器。发现时间：2026年11月20日。", RuleDeadlinePast, ""},
		{Text, "会议时间：12月6日，地点：三楼会议室。", RuleDeadlineNonWorkday, ""},
		{Text, "The pump was due for service on 20 November, and it was serviced.", RuleDeadlinePast, ""},
		{Text, "Please pay the invoice by 31/11/2026.", RuleDateInvalid, "31/11/2026"},
		{Text, "Please send the report by 30/11/2026.", RuleDateInvalid, ""},
		{Text, "Drawing rev 31/11/2026/B attached.", RuleDateInvalid, ""},
		{Text, "Please confirm the crane by Saturday 5 December.", RuleDeadlineNonWorkday, "Saturday 5 December"},
		{Text, "Send the signed order by Sunday 6 December, thanks.", RuleDeadlineNonWorkday, "Sunday 6 December"},
		{Text, "Please confirm the crane by Saturday, 5 December.", RuleDeadlineNonWorkday, "5 December"},
		{Text, "The deadline for the claim is Saturday 5 December.", RuleDeadlineNonWorkday, "5 December"},
		{Text, "后天（11月27日，周三）安排镟轮。", RuleWeekdayMismatch, "11月27日，周三"},
		{Text, "请于11月27日（周三）前提交。", RuleWeekdayMismatch, "11月27日（周三）"},
	})
}

// Round 19 (h17ab): a promised or contract date cited as missed is a fact,
// not a deadline set in the past; 12月2月前 is no date; 3.0-7.5号 are sizes.
func TestRound19Dates(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Text, "客户来电：说好的11月20日前装表，到现在还没人来，请核实。", RuleDeadlinePast, ""},
		{Text, "你们答应11月18日前退款，至今没到账。", RuleDeadlinePast, ""},
		{Text, "Per clause 9.2 of the contract, the warranty claim must be acknowledged by November 20, 2026. We have received nothing.", RuleDeadlinePast, ""},
		{Text, "The drawings must be approved by November 20, 2026. We still haven't seen them.", RuleDeadlinePast, ""},
		{Text, "请于11月20日前提交报价。", RuleDeadlinePast, "11月20日"},
		{Text, "Please submit the claim by November 20, 2026.", RuleDeadlinePast, "November 20, 2026"},
		{Text, "请贵司于12月2月前提供宣传资料样稿。", RuleDateInvalid, "12月2月"},
		{Text, "1月、2月的电费已结清。", RuleDateInvalid, ""},
		{Request, "申请采购气管插管（3.0-7.5号）各20根。", RuleRequestNoDate, "*"},
		{Request, "申请采购气管插管，7.5号前到货。", RuleRequestNoDate, ""},
	})
}

// Round 20 (h17ac): a weekday before its date is its finding without 这
// (the forty-eighth set); 本周 and 下周 stay in the span.
func TestRound20WeekdaySpan(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Text, "这周五11月26日下午机构办有质控检查。", RuleWeekdayMismatch, "周五11月26日"},
		{Text, "这周四11月26日上午开会。", RuleWeekdayMismatch, ""},
		{Text, "本周五11月26日下午质控检查。", RuleWeekdayMismatch, "本周五11月26日"},
	})
}

// Round 23 (h17af): a contract's term cited as still unmet (截至目前仍未…)
// is a fact, not a deadline set in the past.
func TestRound23PastCited(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Text, "按合同约定，进度款应于11月15日前支付，截至目前仍未到账。", RuleDeadlinePast, ""},
		{Text, "变更图纸应在11月20日前提交，到目前为止仍没收到。", RuleDeadlinePast, ""},
		{Text, "第二批货款应于11月10日前结清，迄今未付。", RuleDeadlinePast, ""},
		{Text, "请于11月15日前支付进度款。", RuleDeadlinePast, "11月15日"},
		{Text, "截至目前共收到3份报价，请于11月15日前补齐。", RuleDeadlinePast, "11月15日"},
	})
}

// Round 23 (h17af): a limit set by pointing back at the date of its
// sentence (…为12月19日（周六），请于当日前提交) is a deadline on that date.
func TestRound23BackRefLimit(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Text, "年货节方案定稿时间为12月19日（周六），请各门店于当日前提交备货清单。", RuleDeadlineNonWorkday, "12月19日"},
		{Text, "盘点定于12月20日，请各店于当天之前备好表格。", RuleDeadlineNonWorkday, "12月20日"},
		{Text, "年货节方案定稿时间为12月18日（周五），请各门店于当日前提交备货清单。", RuleDeadlineNonWorkday, ""},
		{Text, "年货节12月19日开幕，当日值班表另发。", RuleDeadlineNonWorkday, ""},
		{Text, "年货节12月19日开幕，请于12月17日前提交，当日前可修改。", RuleDeadlineNonWorkday, ""},
	})
}

// Round 25 (h17ai): an English full stop ends the narration read before a
// past deadline: a missed delivery in one sentence does not make the next
// sentence's date a fact; within one sentence, or told after the date
// (TestRound19Dates), it still does.
func TestRound25PastSentence(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Text, "We have not received the refund yet. Please transfer it by November 20.", RuleDeadlinePast, "November 20"},
		{Text, "The pump was serviced on November 3. Please send the report by November 20.", RuleDeadlinePast, "November 20"},
		{Text, "The refund was due by November 20, and we have not received it.", RuleDeadlinePast, ""},
		{Text, "Mrs. Lee was told the report was due by November 20.", RuleDeadlinePast, ""},
	})
}

// Round 26 (h17aj): a date that names a batch (11月24日批次) and a period
// that dates data (本月破损瓶数, 这周的温度记录) anchor no vague time and give
// a request no date; a date or period that is when the work is due still
// does.
func TestRound26DataDates(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Request, "请质检部王丽尽快出具11月24日批次UHT纯牛奶的菌落总数报告。", RuleVagueTime, "尽快"},
		{Request, "请质检部王丽尽快出具11月24日批次UHT纯牛奶的菌落总数报告。", RuleRequestNoDate, "*"},
		{Request, "请质检部王丽尽快出具11月24日那批酸奶的检测报告。", RuleRequestNoDate, "*"},
		{Request, "请质检部王丽在12月24日前出具菌落总数报告。", RuleRequestNoDate, ""},
		{Request, "请质检部王丽于12月24日发货。", RuleRequestNoDate, ""},
		{Request, "请客服组回头统计一下本月破损瓶数。", RuleVagueTime, "回头"},
		{Request, "请客服组回头统计一下本月破损瓶数。", RuleRequestNoDate, "*"},
		{Request, "请客服组本月内统计破损瓶数。", RuleRequestNoDate, ""},
		{Text, "有空时把老化房这周的温度记录导一下给我。", RuleVagueTime, "有空时"},
		{Text, "有空时这周内把温度记录导一下给我。", RuleVagueTime, ""},
	})
}

// A period word joined to an appeal, a complaint, a work order or an
// invoice dates those, not the work (dates.go periodOfData, round 29,
// h17am); a verb between them (这周处理完…申诉) leaves the week the due date.
func TestPeriodOfCases(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Request, "请客服主管林芳抽空看下这周的错误扣费申诉，回头给我个结论。", RuleRequestNoDate, "*"},
		{Request, "请客服主管林芳尽快核对本月运维工单。", RuleRequestNoDate, "*"},
		{Request, "请财务部张敏尽快核对上月电费发票。", RuleRequestNoDate, "*"},
		{Request, "请客服主管林芳这周处理完扣费申诉。", RuleRequestNoDate, ""},
		{Request, "请客服主管林芳本周内回复用户投诉。", RuleRequestNoDate, ""},
		{Request, "请财务部张敏本月底前开具电费发票。", RuleRequestNoDate, ""},
	})
}

// Round 26 (h17aj): a slash date with a four-digit year is read whichever
// number comes first when one of them exceeds 12 (11/20/2026, 31/11/2026),
// with no lead word; 05/06/2026 stays unread, and a ratio without a year
// (31/11) still needs its lead.
func TestRound26SlashYear(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Text, "Lease start date in the contract: 31/11/2026 — needs correction.", RuleDateInvalid, "31/11/2026"},
		{Text, "Lease start date in the contract: 30/11/2026 — confirmed.", RuleDateInvalid, ""},
		{Text, "Lease start date in the contract: 11/31/2026 — needs correction.", RuleDateInvalid, "11/31/2026"},
		{Request, "Jason, please send the corrected UDI labels to the PCB house by 11/20/2026.", RuleRequestNoDate, ""},
		{Request, "Jason, please send the corrected UDI labels to the PCB house by 05/06/2026.", RuleRequestNoDate, "*"},
		{Text, "The score was 31/11 in the second half.", RuleDateInvalid, ""},
	})
}
