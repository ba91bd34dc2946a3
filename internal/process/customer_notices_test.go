package process

import "testing"

// TestWeeklyReportSaysItsWeek: the 《项目周报》 sent to the customer names
// the week it reports (its Monday), so that one week's report is told from
// the next — the template's period was never filled.
func TestWeeklyReportSaysItsWeek(t *testing.T) {
	env := Env{Now: at("2026-12-11 19:00"), Time: testCalendar(t)}
	if got := weekOf(env); got != "2026-12-07" {
		t.Errorf("week of Friday 2026-12-11: %s", got)
	}
	env.Now = at("2026-12-13 23:30") // Sunday, still that week
	if got := weekOf(env); got != "2026-12-07" {
		t.Errorf("week of Sunday 2026-12-13: %s", got)
	}
	s := customerExecuting(t)
	dec := s.do("2026-09-18 17:00", "chenjie", "weekly_report", map[string]any{"progress": "原型评审通过。", "next_week": "9月25日前完成部署。", "risks": "无"}, "executing")
	n := 0
	for _, x := range dec.Notices {
		if x.Kind == "weekly_report" {
			n++
			if x.Fields["period"] != "2026-09-14" {
				t.Errorf("weekly report to %s: period %q", x.Recipient.Email+x.Recipient.Login, x.Fields["period"])
			}
		}
	}
	if n == 0 {
		t.Fatal("no weekly report told")
	}
}

// customerExecuting walks a requirement of 华信科技 to executing, with 陈杰
// as the project lead, on Wednesday 2026-09-16.
func customerExecuting(t *testing.T) *shell {
	t.Helper()
	s := open(t, "customer-requirement", "zhoumin", "2026-09-14 10:00", customerFields(), map[string]bool{})
	s.do("2026-09-14 15:00", "zhoumin", "send_confirmation", map[string]any{"summary": "复述"}, "confirming")
	s.do("2026-09-14 16:00", "party:huaxin", "confirm", nil, "drafting")
	s.do("2026-09-15 10:00", "zhoumin", "submit_solution", solution(), "reviewing")
	s.do("2026-09-15 11:00", "liuyang", "approve_solution", nil, "presenting")
	s.do("2026-09-16 10:00", "zhoumin", "record_minutes", map[string]any{"meeting_at": "2026-09-16T09:00:00+08:00", "mode": "online", "attendees": "张伟", "feedback": "同意", "outcome": "accepted"}, "contracting")
	s.do("2026-09-16 11:00", "zhoumin", "submit_contract", map[string]any{"scope": "范围", "payment_terms": "两期付款", "amount": "73450.00"}, "legal_review")
	s.do("2026-09-16 12:00", "sunli", "legal_approve", nil, "signing")
	s.do("2026-09-16 13:00", "zhoumin", "record_signature", map[string]any{"signed_on": "2026-09-16", "project_lead": "chenjie"}, "executing")
	return s
}

// TestFeedbackDueSaysWhatTheCustomerSaid: the after-sales owner told of a
// customer's feedback reads its words and severity — it read 「未指定」.
func TestFeedbackDueSaysWhatTheCustomerSaid(t *testing.T) {
	s := customerExecuting(t)
	s.do("2026-09-17 10:00", "chenjie", "deliver", map[string]any{"after_sales": "xuting"}, "after_sales")
	dec := s.do("2026-09-18 10:00", "party:huaxin", "feedback", map[string]any{"description": "短信通知偶尔延迟。", "severity": "critical"}, "after_sales")
	n := 0
	for _, x := range dec.Notices {
		if x.Kind == "feedback_due" {
			n++
			if x.Fields["description"] != "短信通知偶尔延迟。" || x.Fields["severity"] != "critical" {
				t.Errorf("feedback_due to %s: %v", x.Recipient.Login, x.Fields)
			}
		}
	}
	if n == 0 {
		t.Fatal("nobody told")
	}
	for _, x := range s.fire("feedback.4.remind").Notices {
		if x.Kind == "feedback_due" && x.Fields["severity"] != "critical" {
			t.Errorf("reminder: %v", x.Fields)
		}
	}
}
