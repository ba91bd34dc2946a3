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
		// a date has one weekday: a bracketed gloss, an enumeration comma
		{Text, "仓库本周六（11月28日）、周日（11月29日）盘点。", RuleWeekdayMismatch, ""},
		{Text, "仓库本周六（11月28日）、周日（11月30日）盘点。", RuleWeekdayMismatch, "周日（11月30日）"},
		{Text, "例会改到12月3日（周五）。", RuleWeekdayMismatch, "12月3日（周五）"},
	})
}
