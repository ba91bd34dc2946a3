package check

import "testing"

// kindCase is a text checked as kind and the one finding it must give (rule
// and exact span), or no finding of rule at all when span is "".
type kindCase struct {
	kind Kind
	text string
	rule string
	span string // "" = no finding of rule
}

func wantKindSpans(t *testing.T, cases []kindCase) {
	t.Helper()
	for _, c := range cases {
		fs := Check(c.text, Options{Now: corpusNow, Calendar: testCalendar{}, Kind: c.kind})
		found := false
		for _, f := range fs {
			if f.Rule != c.rule {
				continue
			}
			if c.span == "" {
				t.Errorf("%s: want no %s, got %q", c.text, c.rule, spanText(c.text, f))
			}
			if spanText(c.text, f) == c.span {
				found = true
			}
		}
		if c.span != "" && !found {
			t.Errorf("%s: want %s 「%s」, got %+v", c.text, c.rule, c.span, fs)
		}
	}
}

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

// Round 9: vague time and quantities (classes with look-alikes).
func TestRound9Vague(t *testing.T) {
	wantKindSpans(t, []kindCase{
		// the reader's own earlier words quoted back, a named person's about themselves
		{Text, "你们之前说过两天就到货，到现在也没动静。", RuleVagueTime, ""},
		{Text, "您说改天来取样品，我们一直给您留着。", RuleVagueTime, ""},
		{Text, "张经理说他回头再核一下数量。", RuleVagueTime, ""},
		{Text, "张经理说回头再核一下数量。", RuleVagueTime, "回头"},
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

// Round 9: owners named the way action items name them.
func TestRound9Owner(t *testing.T) {
	for text, owner := range map[string]bool{
		"Mei: draft the packing list by Dec 3":       true,
		"Zhang Wei to book the test lab for Dec 3":   true,
		"Anna：12月3日前把样品寄出":                           true,
		"王强 12月3日前把样品寄出":                             true,
		"Note: draft the packing list by Dec 3":      false,
		"Need to book the test lab by Dec 3":         false,
		"Reminder: send the packing list by Dec 3":   false,
		"Packing list to be drafted by Dec 3":        false,
		"Update: the lab is booked, please confirm.": true, // please
	} {
		noOwner := false
		for _, f := range Check(text, Options{Now: corpusNow, Kind: Request, Calendar: testCalendar{}}) {
			if f.Rule == RuleRequestNoOwner {
				noOwner = true
			}
		}
		if noOwner == owner {
			t.Errorf("%s: request-no-owner = %v, want %v", text, noOwner, !owner)
		}
	}
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
