package check

import "testing"

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
