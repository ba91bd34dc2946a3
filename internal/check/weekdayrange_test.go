package check

import "testing"

// Round 42 (h17az): a weekday joined to another by 到/至/-/to is a range of
// days the week runs on, not the weekday of the date beside it; a weekday
// alone beside its date is still checked.
func TestWeekdayRangeIsNoDateWeekday(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Text, "寒假集训：12月28日至1月8日周一到周五上课，2027年1月1日元旦放假。", RuleWeekdayMismatch, ""},
		{Text, "培训安排：12月14日起星期一至星期五晚上上课。", RuleWeekdayMismatch, ""},
		{Text, "Winter camp runs Mon-Fri, Dec 28 to Jan 8, with no class on Jan 1.", RuleWeekdayMismatch, ""},
		{Text, "Night shifts run Monday to Friday, Dec 14 to Dec 25.", RuleWeekdayMismatch, ""},
		{Text, "Cleaning: Dec 14 (Tue–Sat) in both halls.", RuleWeekdayMismatch, ""},
		// look-alikes: one weekday beside its date
		{Text, "请于1月8日周一前提交。", RuleWeekdayMismatch, "1月8日周一"},
		{Text, "The camp starts Fri, Dec 28.", RuleWeekdayMismatch, "Fri, Dec 28"},
		{Text, "培训12月14日周二到12月18日结束。", RuleWeekdayMismatch, "12月14日周二"},
		{Text, "Audit on Tuesday, Dec 14, then Friday.", RuleWeekdayMismatch, "Tuesday, Dec 14"},
	})
}
