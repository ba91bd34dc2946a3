package process

import (
	"testing"

	"github.com/liaison-dev/liaison/internal/problem"
)

func issueFields(urgency string) map[string]any {
	m := map[string]any{
		"title":       "3楼会议室投影仪无法开机",
		"location":    "3楼301会议室",
		"description": "投影仪通电后指示灯不亮,已更换插座,仍无法开机。",
	}
	if urgency != "" {
		m["urgency"] = urgency
	}
	return m
}

// The handling department answers within 24 hours, an urgent report
// within 2; the reminder comes at half time, the escalation at the end.
func TestIssueReportResponseDeadlines(t *testing.T) {
	tests := []struct {
		name, opened, urgency string
		due, remind           string
	}{
		{"normal by default", "2026-09-14 10:00", "", "2026-09-15 10:00", "2026-09-14 22:00"},
		{"normal across National Day (wall-clock hours)", "2026-09-30 17:00", "normal", "2026-10-01 17:00", "2026-10-01 05:00"},
		{"urgent", "2026-09-14 10:00", "urgent", "2026-09-14 12:00", "2026-09-14 11:00"},
		{"urgent at night on a holiday", "2026-10-01 22:30", "urgent", "2026-10-02 00:30", "2026-10-01 23:30"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := open(t, "issue-report", "wangfang", tc.opened, issueFields(tc.urgency), nil)
			if s.c.Fields["to_dept"] != "admin-office" || s.participant("handler") != "wuqiang" {
				t.Fatalf("defaults: %v handler %s", s.c.Fields["to_dept"], s.participant("handler"))
			}
			if tc.urgency == "" && s.c.Fields["urgency"] != "normal" {
				t.Fatalf("urgency default %v", s.c.Fields["urgency"])
			}
			s.told("assigned", "wuqiang")
			s.due(tc.due)
			s.at("reported.remind", tc.remind)
			s.fires("reported.remind", "reminder", "wuqiang")
			s.fires("reported.escalate", "escalation", "wuqiang")
			if s.c.State != "reported" {
				t.Fatalf("an escalation moved the case to %s", s.c.State)
			}
		})
	}
}

func TestIssueReportTransitions(t *testing.T) {
	covered := map[string]bool{}
	start := func() *shell {
		return open(t, "issue-report", "wangfang", "2026-09-14 10:00", issueFields(""), covered)
	}

	// Acknowledge, resolve, the reporter confirms.
	s := start()
	s.refuse("2026-09-14 10:30", "wuqiang", "acknowledge", map[string]any{"plan": "联系厂家", "fix_by": "改天"}, problem.Invalid, "fix_by")
	s.refuse("", "chenjie", "acknowledge", map[string]any{"plan": "联系厂家", "fix_by": "2026-09-16"}, problem.Forbidden, "")
	s.do("", "wuqiang", "acknowledge", map[string]any{"plan": "9月16日前联系厂家上门维修。", "fix_by": "2026-09-16"}, "handling")
	s.told("decided", "wangfang")
	s.due("2026-09-16 18:00")
	s.at("handling.remind", "2026-09-15 14:15") // half of the wall-clock time to 18:00 on the 16th
	s.noTimer("reported.escalate")
	s.fire("handling.escalate")
	s.told("escalation", "wuqiang", "wangfang") // wuqiang is the admin-office head
	s.do("2026-09-17 11:00", "wuqiang", "resolve", map[string]any{"result": "已更换电源板,投影仪恢复正常。"}, "confirming")
	s.told("delivered", "wangfang")
	s.due("2026-09-20 11:00") // 2 working days: Fri 09-18, then Sunday 09-20, a make-up day
	s.fires("confirming.escalate", "escalation", "wangfang", "wuqiang")
	re := s.clone()
	s.do("2026-09-21 12:00", "wangfang", "confirm", map[string]any{"comment": "已恢复,谢谢。"}, "closed")
	s.told("decided", "wuqiang")
	if s.c.DueAt != nil || len(s.timers) != 0 {
		t.Fatalf("closed case still waits: %v %v", s.c.DueAt, s.pending())
	}

	// Not fixed: reopening starts a fresh response clock.
	re.refuse("2026-09-21 12:00", "wangfang", "reopen", nil, problem.Invalid, "reason")
	re.do("", "wangfang", "reopen", map[string]any{"reason": "投影画面仍然闪烁。"}, "reported")
	re.due("2026-09-22 12:00")
	re.told("decided", "wuqiang") // one notice per person: the head is also the handler

	// Transfer to another department keeps the clock, changes the handler.
	tr := start()
	tr.refuse("2026-09-14 11:00", "wangfang", "transfer", map[string]any{"to_dept": "tech", "reason": "x"}, problem.Forbidden, "")
	tr.refuse("", "wuqiang", "transfer", map[string]any{"to_dept": "tech", "handler": "wangfang", "reason": "网络问题"}, problem.Invalid, "handler")
	tr.do("", "wuqiang", "transfer", map[string]any{"to_dept": "tech", "reason": "属于网络设备故障,转技术部。"}, "reported")
	if tr.participant("handler") != "zhaolei" || tr.participant("handler_head") != "zhaolei" {
		t.Fatalf("after transfer: %+v", tr.c.Participants)
	}
	tr.told("assigned", "zhaolei")
	tr.told("decided", "wangfang")
	tr.due("2026-09-15 10:00")
	tr.refuse("", "wuqiang", "acknowledge", map[string]any{"plan": "x", "fix_by": "2026-09-16"}, problem.Forbidden, "")
	tr.do("", "zhaolei", "transfer", map[string]any{"to_dept": "tech", "handler": "chenjie", "reason": "由陈杰处理。"}, "reported")
	tr.told("assigned", "chenjie")
	tr.do("", "chenjie", "decline", map[string]any{"reason": "设备已过保且无备件。", "alternative": "建议行政部采购新设备,9月20日前提交申请。"}, "declined")
	tr.told("decided", "wangfang", "zhaolei")

	// Withdrawals, before and during handling.
	w := start()
	w.do("2026-09-14 11:00", "wangfang", "withdraw", map[string]any{"reason": "已自行解决。"}, "withdrawn")
	w.told("decided", "wuqiang")
	w2 := start()
	w2.do("2026-09-14 11:00", "wuqiang", "acknowledge", map[string]any{"plan": "明天上午9点上门检查。", "fix_by": "2026-09-15"}, "handling")
	w2.do("2026-09-14 12:00", "wangfang", "withdraw", map[string]any{"reason": "会议改到其他会议室。"}, "withdrawn")

	allCovered(t, "issue-report", covered)
}

// The default department is checked like input: an organisation without
// admin-office gets a field error, not a case nobody can act on.
func TestIssueReportDefaultDepartmentChecked(t *testing.T) {
	d, _ := registry(t).Get("issue-report")
	org := fullOrg()
	delete(org.Departments, "admin-office")
	_, err := Open(d, actor(org, "wangfang"), Input{Fields: issueFields("")}, Env{Now: at("2026-09-14 10:00"), Time: testCalendar(t), Org: org})
	if pe, ok := err.(*problem.Error); !ok || pe.Fields["to_dept"] == "" {
		t.Fatalf("got %v, want a to_dept error", err)
	}
	_, err = Open(d, actor(org, "wangfang"), Input{Fields: map[string]any{"title": "x", "location": "y", "description": "z", "urgency": "very"}}, Env{Now: at("2026-09-14 10:00"), Time: testCalendar(t), Org: fullOrg()})
	if pe, ok := err.(*problem.Error); !ok || pe.Fields["urgency"] == "" {
		t.Fatalf("got %v, want an urgency error", err)
	}
}
