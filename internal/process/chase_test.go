package process

import "testing"

// TestReminderToChaseNamesTheStep: 24 hours into the customer's
// confirmation the account manager is reminded of the step the customer
// owes (确认无理解偏差, by 张伟) — not of a step of their own, which they
// do not have (the message read 「未指定」).
func TestReminderToChaseNamesTheStep(t *testing.T) {
	s := open(t, "customer-requirement", "zhoumin", "2026-09-14 10:00", customerFields(), map[string]bool{})
	s.do("2026-09-14 15:00", "zhoumin", "send_confirmation", map[string]any{"summary": "复述:工单管理,含响应时间统计。"}, "confirming")
	dec := s.fire("confirming.remind")
	n := 0
	for _, x := range dec.Notices {
		if x.Kind == "reminder" {
			n++
			if x.Recipient.Login != "zhoumin" || x.Action != "confirm" || x.Fields["assignee"] != "张伟" || x.DueAt == nil {
				t.Errorf("reminder %+v", x)
			}
		}
	}
	if n != 1 {
		t.Fatalf("%d reminders: %+v", n, dec.Notices)
	}
}
