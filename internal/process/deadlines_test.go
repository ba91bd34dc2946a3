package process

import (
	"strings"
	"testing"

	"github.com/liaison-dev/liaison/internal/problem"
)

// TestEveryWaitingStepHasADeadline: in every process, every step where
// someone must act has a deadline (a span or a date, not a reminder alone)
// and someone told when it passes, or a weekly rule with an escalation.
func TestEveryWaitingStepHasADeadline(t *testing.T) {
	for _, d := range registry(t).All() {
		for _, st := range d.States {
			if st.Terminal || len(st.Actors) == 0 {
				continue
			}
			if w := st.Weekly; w != nil && len(w.Escalate) > 0 {
				continue
			}
			dl := st.Deadline
			if dl == nil || (dl.In == "" && dl.InBy == nil && dl.AtField == "") || len(dl.Escalate) == 0 {
				t.Errorf("%s: step %s waits for %v without a deadline and an escalation", d.ID, st.ID, st.Actors)
			}
		}
	}
}

// TestEscalationClimbsOncePerWorkingDay: nobody answers a request; the
// heads of CONTRACT §6 are told at the deadline, the head of the
// department above one working day later, management the day after, and
// then it stops.
func TestEscalationClimbsOncePerWorkingDay(t *testing.T) {
	s := open(t, "internal-collab", "wangfang", "2026-12-01 10:00", collabFields("2026-12-31"), nil)
	org := s.env.Org.(*Directory)
	org.Departments["rnd"] = Department{ID: "rnd", NameZh: "研发中心", NameEn: "R&D", Head: "liuyang"}
	tech := org.Departments["tech"]
	tech.Parent = "rnd"
	org.Departments["tech"] = tech
	s.due("2026-12-03 10:00")
	s.fire("requested.escalate")
	s.told("escalation", "zhaolei", "lina", "chenjie")
	s.at("requested.escalate", "2026-12-04 10:00") // level 2, one working day later
	s.fire("requested.escalate")
	s.told("escalation", "liuyang", "chenjie") // the head above tech; the contact hears it went there
	s.notTold("escalation", "zhaolei", "lina")
	if n := s.last.Notices[0]; n.Action != "accept" || n.Fields["level"] != "2" {
		t.Fatalf("level 2 notice %+v", n)
	}
	if s.participant(EscalatedRole) != "liuyang" {
		t.Fatalf("the head above has no part in the case: %+v", s.c.Participants)
	}
	s.at("requested.escalate", "2026-12-07 10:00") // Friday → Monday
	s.fire("requested.escalate")
	s.told("escalation", "gaojun")
	s.noTimer("requested.escalate")
	// Acting ends it: the contact accepts after level 2.
	b := open(t, "internal-collab", "wangfang", "2026-12-01 10:00", collabFields("2026-12-31"), nil)
	b.fire("requested.escalate")
	b.fire("requested.escalate") // flat organisation: management is the level above
	b.told("escalation", "gaojun")
	b.noTimer("requested.escalate")
}

// TestEscalationClimbStopsWhenSomeoneActs: an answer after the first
// escalation drops the next level.
func TestEscalationClimbStopsWhenSomeoneActs(t *testing.T) {
	s := open(t, "internal-collab", "wangfang", "2026-12-01 10:00", collabFields("2026-12-31"), nil)
	s.fire("requested.escalate")
	s.do("2026-12-03 15:00", "chenjie", "accept", map[string]any{"committed_by": "2026-12-18"}, "in_progress")
	s.noTimer("requested.escalate")
}

// TestChangeDeadlinesFromTheMinutes: the changes agreed at the presentation
// set the drafting deadline: the closing time of the latest change date.
func TestChangeDeadlinesFromTheMinutes(t *testing.T) {
	s := open(t, "customer-requirement", "zhoumin", "2026-09-14 10:00", customerFields(), nil)
	s.do("2026-09-14 11:00", "zhoumin", "send_confirmation", nil, "confirming")
	s.do("2026-09-14 14:00", "party:huaxin", "confirm", nil, "drafting")
	s.do("2026-09-15 10:00", "zhoumin", "submit_solution", solution(), "reviewing")
	s.do("2026-09-15 11:00", "liuyang", "approve_solution", nil, "presenting")
	s.do("2026-09-16 11:00", "zhoumin", "record_minutes", map[string]any{"meeting_at": "2026-09-16T10:00:00+08:00", "mode": "online",
		"attendees": "张伟、周敏", "feedback": "需调整报价。", "outcome": "changes_requested",
		"changes": []any{map[string]any{"item": "周敏于9月18日前调整报价", "due": "2026-09-18"}, map[string]any{"item": "周敏于9月22日前补充接口说明", "due": "2026-09-22"}}}, "drafting")
	s.due("2026-09-22 18:00")
	s.fire("drafting.escalate")
	s.told("escalation", "liuyang")
}

// TestFixTrackedToItsPromisedDate: after the 48-hour response, the fix is
// owed by the promised date (or 5 working days), reminded and escalated;
// critical feedback is answered within 4 working hours.
func TestFixTrackedToItsPromisedDate(t *testing.T) {
	s := open(t, "customer-requirement", "zhoumin", "2026-09-14 10:00", customerFields(), nil)
	s.c.State, s.c.DueAt, s.timers = "after_sales", nil, map[string]Timer{} // the steps before are walked in TestCustomerRequirementWalk
	s.c.Fields["after_sales"] = "xuting"
	s.c.Participants = resolve(s.d, &s.c, s.env.Org)
	s.do("2027-01-06 09:00", "party:huaxin", "feedback", map[string]any{"description": "短信通知偶尔延迟。", "severity": "major"}, "after_sales")
	s.do("2027-01-06 10:00", "xuting", "respond", map[string]any{"feedback_id": 1, "response": "已定位。", "plan": "1月12日前切换备用通道。", "promised_by": "2027-01-12"}, "after_sales")
	it := s.c.Items[0]
	wantTime(t, "fix due", *it.DueAt, "2027-01-12 18:00")
	step, ok := StepFor(s.d, &s.c, s.actor("xuting"))
	if !ok || step.Action != "resolve" || !step.DueAt.Equal(*it.DueAt) {
		t.Fatalf("xuting owes %+v", step)
	}
	s.fire("feedback.1.remind")
	s.told("reminder", "xuting")
	s.fire("feedback.1.due")
	s.told("escalation", "xuting", "liuyang")
	if n := s.last.Notices[0]; n.Action != "resolve" {
		t.Fatalf("the escalation names %q", n.Action)
	}
	s.do("2027-01-13 10:00", "xuting", "resolve", map[string]any{"feedback_id": 1, "resolution": "已切换。"}, "after_sales")
	// Resolved, the fix waits for the customer's confirmation: 3 working days.
	if it := s.c.Items[0]; !it.pending() || it.dueBy(nil) != "confirm_fix" {
		t.Fatalf("a resolved item does not wait for the customer: %+v", it)
	}
	wantTime(t, "confirmation due", *s.c.Items[0].DueAt, "2027-01-18 10:00")
	s.do("2027-01-13 10:30", "party:huaxin", "confirm_fix", map[string]any{"feedback_id": 1}, "after_sales")
	if s.c.Items[0].Status != "confirmed" || s.c.Items[0].pending() {
		t.Fatalf("a confirmed item still owes a step: %+v", s.c.Items[0])
	}
	s.noTimer("feedback.1.due")
	// Without a promised date: 5 working days. Critical: 4 working hours.
	s.do("2027-01-13 11:00", "party:huaxin", "feedback", map[string]any{"description": "系统无法登录。", "severity": "critical"}, "after_sales")
	wantTime(t, "critical answer due", *s.c.Items[1].DueAt, "2027-01-13 15:00")
	if !strings.Contains(itemSpan(openingRule(s.d, "feedback"), s.c.Items[1].Fields), "workhours") || ClockTime(s.d, &s.c, *s.c.Items[1].DueAt) {
		t.Fatal("critical feedback is not counted in working hours")
	}
	s.do("2027-01-13 12:00", "xuting", "respond", map[string]any{"feedback_id": 2, "response": "已定位。", "plan": "重启认证服务。"}, "after_sales")
	wantTime(t, "fix due by default", *s.c.Items[1].DueAt, "2027-01-20 12:00")
}

func collabFields(expected string) map[string]any {
	f := collabInput().Fields
	f["expected_by"] = expected
	return f
}

// TestNobodyApprovesTheirOwnRequest: a head's own resource request goes to
// the level above (management in the demo's flat tree), never to the head.
func TestNobodyApprovesTheirOwnRequest(t *testing.T) {
	s := open(t, "resource-request", "lina", "2026-09-14 10:00", resourceFields("budget"), nil)
	if got := s.participant("requester_head"); got != "gaojun" {
		t.Fatalf("lina's own request is approved by %q", got)
	}
	s.refuse("2026-09-14 11:00", "lina", "approve", nil, problem.Forbidden, "")
	s.told("assigned", "gaojun")
	// With a department above, its head.
	o := open(t, "resource-request", "wangfang", "2026-09-14 10:00", resourceFields("budget"), nil)
	org := o.env.Org.(*Directory)
	org.Departments["commerce"] = Department{ID: "commerce", NameZh: "商务中心", Head: "liuyang"}
	market := org.Departments["market"]
	market.Parent = "commerce"
	org.Departments["market"] = market
	defer func() { market.Parent = ""; org.Departments["market"] = market }()
	c := o.c
	c.Opener = "lina"
	if got := resolve(o.d, &c, org); participantOf(got, "requester_head") != "liuyang" {
		t.Fatalf("with a department above: %+v", got)
	}
}

func participantOf(ps []Participant, role string) string {
	for _, p := range ps {
		if p.Role == role {
			return p.Login
		}
	}
	return ""
}

// TestUrgentInternalRequest: an urgent request is answered within 4
// working hours (紧急事项需即时处理); without urgency, 2 working days.
func TestUrgentInternalRequest(t *testing.T) {
	f := collabFields("2026-12-31")
	f["urgency"] = "urgent"
	s := open(t, "internal-collab", "wangfang", "2026-12-04 16:00", f, nil)
	s.due("2026-12-07 11:00") // Friday 16:00–18:00, Monday 09:00–11:00
	n := open(t, "internal-collab", "wangfang", "2026-12-04 16:00", collabFields("2026-12-31"), nil)
	n.due("2026-12-08 16:00")
	if n.c.Fields["urgency"] != "normal" {
		t.Fatalf("urgency defaults to %v", n.c.Fields["urgency"])
	}
}

// TestMissedMilestoneIsEscalated: a milestone whose day closes without
// 节点完成 is escalated to the head and the account manager, naming the
// milestone and the project lead who owes it; one done in time is not.
func TestMissedMilestoneIsEscalated(t *testing.T) {
	s := open(t, "customer-requirement", "zhoumin", "2026-09-14 10:00", customerFields(), nil)
	s.do("2026-09-14 11:00", "zhoumin", "send_confirmation", nil, "confirming")
	s.do("2026-09-14 14:00", "party:huaxin", "confirm", nil, "drafting")
	s.do("2026-09-15 10:00", "zhoumin", "submit_solution", solution(), "reviewing")
	s.at("milestone.1.due", "2026-10-10 18:00")
	s.c.Fields["project_lead"] = "chenjie"
	s.c.Participants = resolve(s.d, &s.c, s.env.Org)
	s.fire("milestone.1.due")
	s.told("escalation", "liuyang", "zhoumin")
	n := s.last.Notices[0]
	if n.Action != "milestone_done" || n.Fields["milestone"] == "" || n.Fields["assignee"] != "陈杰" {
		t.Fatalf("missed milestone notice %+v", n)
	}
}

// TestCallbackOwedByTheAccountManager: the week's callback reminder goes to
// the account manager; the after-sales owner may still record it.
func TestCallbackOwedByTheAccountManager(t *testing.T) {
	s := open(t, "customer-requirement", "zhoumin", "2026-09-14 10:00", customerFields(), nil)
	s.c.Fields["after_sales"] = "xuting"
	s.c.Participants = resolve(s.d, &s.c, s.env.Org)
	s.c.State, s.timers = "after_sales", map[string]Timer{}
	dec := Decision{Case: s.c}
	enter(s.d, &dec.Case, "after_sales", Env{Now: at("2027-01-05 10:00"), Time: s.env.Time, Org: s.env.Org}, &dec, Actor{Login: "chenjie"})
	s.fold(dec)
	s.fire("after_sales.remind")
	s.told("reminder", "zhoumin")
	s.notTold("reminder", "xuting")
	if n := s.last.Notices[0]; n.Action != "record_callback" {
		t.Fatalf("reminder names %q", n.Action)
	}
	s.do("2027-01-09 10:00", "xuting", "record_callback", map[string]any{"summary": "客户满意。"}, "after_sales")
	s.noTimer("after_sales.escalate")
}

// TestEachDeadlineClimbsAgain: the heads a late answer's escalation
// reached (the head above, management) are told again, level by level,
// when the same case's delivery is late later on — a second deadline is a
// second escalation, not one they have heard of.
func TestEachDeadlineClimbsAgain(t *testing.T) {
	s := open(t, "internal-collab", "wangfang", "2026-12-01 10:00", collabFields("2026-12-31"), nil)
	org := s.env.Org.(*Directory)
	org.Departments["rnd"] = Department{ID: "rnd", NameZh: "研发中心", NameEn: "R&D", Head: "liuyang"}
	tech := org.Departments["tech"]
	tech.Parent = "rnd"
	org.Departments["tech"] = tech
	s.fire("requested.escalate")
	s.fire("requested.escalate")
	s.told("escalation", "liuyang", "chenjie")
	s.fire("requested.escalate")
	s.told("escalation", "gaojun")
	s.do("2026-12-08 10:00", "chenjie", "accept", map[string]any{"committed_by": "2026-12-18"}, "in_progress")
	s.fire("in_progress.escalate") // 12-18 18:00: the delivery is late
	s.told("escalation", "zhaolei", "lina")
	s.at("in_progress.escalate", "2026-12-22 09:00") // a working day after the closing hour
	s.fire("in_progress.escalate")
	s.told("escalation", "liuyang", "chenjie")
	s.fire("in_progress.escalate")
	s.told("escalation", "gaojun", "chenjie")
	s.noTimer("in_progress.escalate")
}
