package process

import "testing"

// TestMonthlyReportSchedule: the lead reports by 18:00 on the last working
// day of each month (reminded at 09:00 the working day before); a month
// without a report escalates to the lead's head at the due, to management a
// working day later, and the next month's due is set; a report filed moves
// the due to the next month.
func TestMonthlyReportSchedule(t *testing.T) {
	covered := map[string]bool{}
	s := open(t, "monthly-report", "chenjie", "2026-09-14 10:00", map[string]any{"project": "客户门户", "goal": "上线客户门户。", "ends_by": "2027-03-31"}, covered)
	s.told("cc", "zhaolei", "gaojun")
	s.due("2026-09-30 18:00") // Wednesday; October opens with National Day
	s.at("reporting.weekly_remind", "2026-09-29 09:00")
	s.fires("reporting.weekly_remind", "reminder", "chenjie")
	s.fire("reporting.weekly_due")
	s.told("escalation", "zhaolei")
	s.due("2026-10-30 18:00") // Saturday 10-31 is no working day
	// Still missing after National Day (10-01…10-07): management.
	s.at("reporting.weekly_climb", "2026-10-09 09:00")
	s.fire("reporting.weekly_climb")
	s.told("escalation", "chenjie", "gaojun")
	s.do("2026-10-29 16:00", "chenjie", "monthly_report", map[string]any{"period": "2026年10月", "progress": "完成原型。", "next_month": "陈杰于11月20日前完成测试。", "risks": "无"}, "reporting")
	s.told("weekly_report", "gaojun", "zhaolei")
	s.due("2026-11-30 18:00")
	s.at("reporting.weekly_remind", "2026-11-27 09:00") // the Friday before Monday 11-30
	s.do("2026-11-27 10:00", "chenjie", "monthly_report", map[string]any{"period": "2026年11月", "progress": "测试完成。", "next_month": "陈杰于12月15日前上线。", "risks": "无"}, "reporting")
	s.due("2026-12-31 18:00")
	s.do("2026-12-02 10:00", "chenjie", "finish", map[string]any{"reason": "项目提前上线。"}, "finished")
	if len(s.timers) != 0 {
		t.Fatalf("finished schedule has timers %v", s.pending())
	}
	allCovered(t, "monthly-report", covered)
}
