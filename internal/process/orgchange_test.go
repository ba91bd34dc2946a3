package process

import "testing"

// collabOpen opens a collaboration request from 市场部 to 技术部 (contact 陈杰).
func collabOpen(t *testing.T) *shell {
	in := collabInput().Fields
	in["expected_by"] = "2026-12-18"
	return open(t, "internal-collab", "wangfang", "2026-12-07 09:00", in, nil)
}

// An administrator names a new head while a request waits: the escalation
// that comes due afterwards goes to the head of now, not the one of then.
func TestEscalationGoesToTheHeadOfNow(t *testing.T) {
	s := collabOpen(t)
	org := s.env.Org.(*Directory)
	org.Users["liwei"] = User{Login: "liwei", Name: "李伟", Dept: "tech", Email: "liwei@liaison-demo.example"}
	tech := org.Departments["tech"]
	tech.Head = "liwei"
	org.Departments["tech"] = tech

	s.fire("requested.remind")
	s.fire("requested.escalate")
	s.told("escalation", "chenjie", "liwei", "lina")
	s.notTold("escalation", "zhaolei")
	if got := s.participant("counterpart_head"); got != "liwei" {
		t.Errorf("counterpart_head = %q after the escalation, want liwei", got)
	}
}

// A contact disabled since keeps the role when the requester acts: the case
// stays among their duties, for someone to reassign, instead of waiting for
// nobody.
func TestDisabledContactKeepsTheRole(t *testing.T) {
	s := collabOpen(t)
	s.do("2026-12-07 10:00", "chenjie", "accept", map[string]any{"committed_by": "2026-12-16"}, "in_progress")
	delete(s.env.Org.(*Directory).Users, "chenjie") // disabled: the organisation no longer lists them
	s.do("2026-12-08 10:00", "wangfang", "progress", map[string]any{"summary": "需求分析完成一半", "percent": 50, "next_steps": "12月10日完成评审"}, "in_progress")
	if got := s.participant("contact"); got != "chenjie" {
		t.Errorf("contact = %q after the requester's progress, want chenjie (disabled, to reassign)", got)
	}
	if got := s.participant("counterpart_head"); got != "zhaolei" {
		t.Errorf("counterpart_head = %q, want zhaolei", got)
	}
	// A head disabled since: the role stays with them too.
	delete(s.env.Org.(*Directory).Users, "lina")
	s.do("2026-12-09 10:00", "wangfang", "progress", map[string]any{"summary": "评审完成", "percent": 80, "next_steps": "12月14日交付"}, "in_progress")
	if got := s.participant("requester_head"); got != "lina" {
		t.Errorf("requester_head = %q, want lina (disabled, to reassign)", got)
	}
}

// A timer read back from the database holds UTC instants; what it writes
// into the case's history reads in the calendar's zone, like every other
// time of the case (CONTRACT §2: Asia/Shanghai by default).
func TestEscalationEventTimesInCalendarZone(t *testing.T) {
	s := collabOpen(t)
	tm := s.timer("requested.escalate")
	tm.At = tm.At.UTC()
	s.timers["requested.escalate"] = tm
	due := s.c.DueAt.UTC()
	s.c.DueAt = &due
	dec := s.fire("requested.escalate")
	for _, e := range dec.Events {
		if e.Type != "escalation" {
			continue
		}
		if got, _ := e.Fields["due_at"].(string); got != "2026-12-09T09:00:00+08:00" {
			t.Errorf("escalation event due_at = %q, want 2026-12-09T09:00:00+08:00", got)
		}
		return
	}
	t.Fatalf("no escalation event in %+v", dec.Events)
}

// The account manager is reminded while the customer confirms: the
// reminder names the step and who owes it (the customer's contact), never
// an empty step ("未指定").
func TestReminderOfAStepSomeoneElseOwes(t *testing.T) {
	s := open(t, "customer-requirement", "zhoumin", "2026-12-07 10:00", customerFields(), nil)
	s.do("2026-12-07 11:00", "zhoumin", "send_confirmation", nil, "confirming")
	s.fire("confirming.remind")
	found := false
	for _, n := range s.last.Notices {
		if n.Kind != "reminder" || n.Recipient.Login != "zhoumin" {
			continue
		}
		found = true
		if n.Action != "confirm" || n.Fields["assignee"] != "张伟" {
			t.Errorf("the reminder to the account manager names action %q owed by %q, want confirm owed by 张伟", n.Action, n.Fields["assignee"])
		}
	}
	if !found {
		t.Fatalf("no reminder to the account manager: %s", noticeList(s.last))
	}
}

// The purchaser is reminded while the supplier quotes: of the quotation
// the supplier owes, not of cancelling the inquiry (their own action).
func TestReminderWhileTheSupplierQuotes(t *testing.T) {
	s := open(t, "supplier-inquiry", "heping", "2026-09-14 10:00", inquiryFields(), nil)
	s.fire("inquiring.remind")
	for _, n := range s.last.Notices {
		if n.Kind == "reminder" && n.Recipient.Login == "heping" && (n.Action != "submit_quote" || n.Fields["assignee"] == "") {
			t.Errorf("the purchaser is reminded of %q owed by %q, want submit_quote owed by the supplier", n.Action, n.Fields["assignee"])
		}
	}
	s.told("reminder", "heping")
}

// While a request is in progress the deadline is the contact's delivery:
// the contact is reminded to deliver, the requester that the contact owes it.
func TestReminderOfTheDeliveryDue(t *testing.T) {
	s := collabOpen(t)
	s.do("2026-12-07 10:00", "chenjie", "accept", map[string]any{"committed_by": "2026-12-16"}, "in_progress")
	s.fire("in_progress.remind")
	for _, n := range s.last.Notices {
		if n.Kind != "reminder" {
			continue
		}
		switch n.Recipient.Login {
		case "chenjie":
			if n.Action != "deliver" || n.Fields["assignee"] != "" {
				t.Errorf("the contact is reminded of %q (assignee %q), want deliver", n.Action, n.Fields["assignee"])
			}
		case "wangfang":
			if n.Action != "deliver" || n.Fields["assignee"] != "陈杰" {
				t.Errorf("the requester is reminded of %q owed by %q, want deliver owed by 陈杰", n.Action, n.Fields["assignee"])
			}
		}
	}
	s.told("reminder", "chenjie", "wangfang")
}
