package process

import (
	"testing"

	"github.com/liaison-dev/liaison/internal/problem"
)

func resourceFields(kind string) map[string]any {
	m := map[string]any{
		"title":     "市场部Q4推广预算",
		"kind":      kind,
		"reason":    "Q4新品发布需要线上推广,现有预算不足。",
		"plan":      "10月投放搜索广告,11月投放信息流,12月复盘。",
		"needed_by": "2026-10-15",
	}
	if kind == "budget" {
		m["amount"] = "120000.00"
	} else {
		m["headcount"] = 2
	}
	return m
}

func TestResourceRequestTransitions(t *testing.T) {
	covered := map[string]bool{}
	start := func(kind string) *shell {
		s := open(t, "resource-request", "wangfang", "2026-09-14 10:00", resourceFields(kind), covered)
		if s.c.State != "head_review" {
			t.Fatalf("initial state %s", s.c.State)
		}
		return s
	}

	// Budget: head → finance → approved, with the deadlines on the way.
	s := start("budget")
	if s.participant("requester_head") != "lina" || s.participant("finance") != "qianhui" || s.participant("management") != "gaojun" {
		t.Fatalf("participants %+v", s.c.Participants)
	}
	s.told("assigned", "lina")
	s.due("2026-09-15 10:00") // 1 working day
	s.at("head_review.remind", "2026-09-14 14:30")
	s.fires("head_review.escalate", "escalation", "lina", "gaojun")
	s.refuse("2026-09-15 11:00", "wangfang", "approve", nil, problem.Forbidden, "")
	s.refuse("", "qianhui", "approve", nil, problem.Forbidden, "")
	s.do("", "lina", "approve", map[string]any{"opinion": "同意,请财务审核。"}, "finance_review")
	s.told("decided", "wangfang")
	s.told("assigned", "qianhui")
	s.due("2026-09-17 11:00") // 2 working days
	s.refuse("", "qianhui", "approve", nil, problem.Invalid, "approved_amount")
	fin := s.clone()
	s.do("2026-09-16 09:00", "qianhui", "approve", map[string]any{"approved_amount": "100000"}, "approved")
	if s.c.Fields["approved_amount"] != "100000.00" || s.c.DueAt != nil || len(s.timers) != 0 {
		t.Fatalf("approved: %v due %v timers %v", s.c.Fields["approved_amount"], s.c.DueAt, s.pending())
	}
	s.told("decided", "wangfang", "lina")

	// Finance refers a large amount to management; management decides.
	fin.do("2026-09-16 09:00", "qianhui", "refer", map[string]any{"reason": "超出财务部审批权限(10万元)。"}, "management_review")
	fin.due("2026-09-18 09:00")
	fin.fires("management_review.escalate", "escalation", "gaojun", "lina")
	reason := map[string]any{"reason": "预算需与年度计划核对后再议。"}
	for _, tc := range []struct {
		action, state string
		fields        map[string]any
	}{{"approve", "approved", nil}, {"reject", "rejected", reason}, {"return", "revising", reason}} {
		b := fin.clone()
		b.do("", "gaojun", tc.action, tc.fields, tc.state)
		b.told("decided", "wangfang", "lina")
	}

	// Finance's other answers, from a fresh budget request.
	for _, tc := range []struct{ action, state string }{{"reject", "rejected"}, {"return", "revising"}} {
		b := start("budget")
		b.do("2026-09-14 11:00", "lina", "approve", nil, "finance_review")
		b.do("2026-09-14 15:00", "qianhui", tc.action, map[string]any{"reason": "请补充投放渠道的报价明细后重新提交。"}, tc.state)
		b.told("decided", "wangfang", "lina")
	}

	// Headcount goes from the head straight to management.
	h := start("headcount")
	h.do("2026-09-14 11:00", "lina", "approve", nil, "management_review")
	h.told("assigned", "gaojun")
	h.notTold("assigned", "qianhui")
	h.do("2026-09-15 10:00", "gaojun", "approve", nil, "approved")
	h.told("decided", "wangfang", "lina", "qianhui")

	// The head returns, the requester resubmits, the head rejects.
	r := start("budget")
	r.refuse("2026-09-14 11:00", "lina", "return", nil, problem.Invalid, "reason")
	r.do("", "lina", "return", map[string]any{"reason": "请在9月16日前补充费用明细。"}, "revising")
	r.due("2026-09-20 11:00") // 5 working days: Sunday 09-20 is a make-up working day
	r.fires("revising.escalate", "escalation", "wangfang", "lina")
	w := r.clone()
	w.do("2026-09-22 09:00", "wangfang", "withdraw", map[string]any{"reason": "活动取消。"}, "withdrawn")
	// A budget request names its amount, on resubmission too.
	r.refuse("2026-09-22 09:00", "wangfang", "resubmit", map[string]any{
		"changes": "补充了费用明细。", "plan": "10月投放搜索广告。", "needed_by": "2026-10-20",
	}, problem.Invalid, "amount")
	r.do("2026-09-22 09:00", "wangfang", "resubmit", map[string]any{
		"changes": "补充了费用明细,金额调整为8万元。", "amount": "80000", "plan": "10月投放搜索广告。", "needed_by": "2026-10-20",
	}, "head_review")
	if r.c.Fields["amount"] != "80000.00" || r.c.Fields["needed_by"] != "2026-10-20" {
		t.Fatalf("resubmitted fields %v", r.c.Fields)
	}
	r.due("2026-09-23 09:00")
	r.do("2026-09-22 10:00", "lina", "reject", map[string]any{"reason": "本季度预算已冻结。"}, "rejected")

	// The requester withdraws before the head decides.
	wd := start("budget")
	wd.refuse("2026-09-14 11:00", "lina", "withdraw", map[string]any{"reason": "x"}, problem.Forbidden, "")
	wd.do("", "wangfang", "withdraw", map[string]any{"reason": "已由其他渠道解决。"}, "withdrawn")
	wd.told("decided", "lina")

	allCovered(t, "resource-request", covered)
}

func TestResourceRequestOpenRefusals(t *testing.T) {
	d, _ := registry(t).Get("resource-request")
	org, cal := fullOrg(), testCalendar(t)
	env := Env{Now: at("2026-09-14 10:00"), Time: cal, Org: org}
	tests := []struct {
		name  string
		edit  func(m map[string]any)
		field string
	}{
		{"unknown kind", func(m map[string]any) { m["kind"] = "office" }, "kind"},
		{"negative amount", func(m map[string]any) { m["amount"] = "-5" }, "amount"},
		{"amount not a number", func(m map[string]any) { m["amount"] = "1.2345x" }, "amount"},
		{"amount with 5 decimals", func(m map[string]any) { m["amount"] = "1.23456" }, "amount"},
		{"no plan", func(m map[string]any) { delete(m, "plan") }, "plan"},
		{"vague date", func(m map[string]any) { m["needed_by"] = "尽快" }, "needed_by"},
		{"past date", func(m map[string]any) { m["needed_by"] = "2026-09-01" }, "needed_by"},
		{"zero headcount", func(m map[string]any) { m["headcount"] = 0 }, "headcount"},
		{"budget without amount", func(m map[string]any) { delete(m, "amount") }, "amount"},
		{"headcount without a number", func(m map[string]any) { m["kind"] = "headcount"; delete(m, "amount") }, "headcount"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := resourceFields("budget")
			tc.edit(m)
			_, err := Open(d, actor(org, "wangfang"), Input{Fields: m}, env)
			if pe, ok := err.(*problem.Error); !ok || pe.Code != problem.Invalid || pe.Fields[tc.field] == "" {
				t.Fatalf("got %v, want invalid %s", err, tc.field)
			}
		})
	}
}
