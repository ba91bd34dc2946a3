package cases_test

import (
	"context"
	"testing"
	"time"

	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// TestRulesOnTheDatabase walks, on a real database with the simulated
// clock, rules that were only walked in the engine before: an urgent
// internal request is answered within 4 working hours (escalated at the
// fourth); a head's own resource request is reviewed by the level above;
// a contract amount that differs from the approved quote needs a reason.
func TestRulesOnTheDatabase(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		s := newService(t, db, at("2026-12-01 16:00"))
		wang, lina, zhou, liu, sun := who(db, "wangfang"), who(db, "lina"), who(db, "zhoumin"), who(db, "liuyang"), who(db, "sunli")

		// Urgent: Tuesday 16:00 + 4 working hours = Wednesday 11:00.
		f := collabFields()
		f["expected_by"], f["urgency"] = "2026-12-18", "urgent"
		v, err := s.Open(ctx, wang, "internal-collab", process.Input{Fields: f})
		if err != nil {
			t.Fatal(err)
		}
		if v.DueAt == nil || stamp(v.DueAt) != at("2026-12-02 11:00").Format(time.RFC3339) {
			t.Fatalf("urgent request due %v", v.DueAt)
		}
		setClock(t, s, "2026-12-02 11:00")
		if kinds(t, db, v.ID)["escalation/zhaolei/inbox"] != 1 {
			t.Fatalf("no escalation at 4 working hours: %v", kinds(t, db, v.ID))
		}

		// A head's own resource request: the head of management reviews it.
		r, err := s.Open(ctx, lina, "resource-request", process.Input{Fields: map[string]any{
			"title": "市场部Q1推广预算", "kind": "budget", "amount": "80000.00", "reason": "新品发布。", "plan": "1月投放搜索广告。", "needed_by": "2027-01-15"}})
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range r.Participants {
			if p.Role == "requester_head" && p.Login != "gaojun" {
				t.Fatalf("lina's own request reviewed by %s", p.Login)
			}
		}
		if _, err := s.Act(ctx, lina, r.ID, "approve", process.Input{}); problem.CodeOf(err) != problem.Forbidden {
			t.Fatalf("lina approved her own request: %v", err)
		}

		// A contract amount that differs from the approved quote needs a reason.
		c, err := s.Open(ctx, zhou, "customer-requirement", process.Input{Fields: map[string]any{
			"customer": "huaxin", "contact": map[string]any{"name": "张伟", "email": "zhangwei@huaxin.example"},
			"background": "门户。", "requirements": []any{map[string]any{"item": "门户", "detail": "支持登录"}},
			"expected_by": "2027-03-15", "source": "meeting"}})
		if err != nil {
			t.Fatal(err)
		}
		step := func(a process.Actor, action string, fields map[string]any) error {
			_, err := s.Act(ctx, a, c.ID, action, process.Input{Fields: fields})
			return err
		}
		for _, st := range []struct {
			a      process.Actor
			action string
			fields map[string]any
		}{
			{zhou, "send_confirmation", nil},
			{zhou, "confirm", map[string]any{"evidence": "张伟邮件确认"}},
			{zhou, "submit_solution", map[string]any{"summary": "定制门户。", "milestones": []any{map[string]any{"name": "交付", "date": "2027-02-26"}},
				"quote": map[string]any{"currency": "CNY", "tax_rate": "0.13", "items": []any{map[string]any{"name": "开发", "qty": "1", "unit_price": "10000.00"}}}}},
			{liu, "approve_solution", nil},
			{zhou, "record_minutes", map[string]any{"meeting_at": "2026-12-02 14:00", "mode": "online", "attendees": "张伟、周敏", "feedback": "认可。", "outcome": "accepted"}},
		} {
			if err := step(st.a, st.action, st.fields); err != nil {
				t.Fatalf("%s: %v", st.action, err)
			}
		}
		err = step(zhou, "submit_contract", map[string]any{"scope": "按方案交付", "payment_terms": "一次付清", "amount": "10000.00"})
		if pe := problem.As(err); pe.Code != problem.Invalid || pe.Fields["amount_reason"] == "" {
			t.Fatalf("an amount that differs from 11300.00 without a reason: %v", err)
		}
		if err := step(zhou, "submit_contract", map[string]any{"scope": "按方案交付", "payment_terms": "一次付清", "amount": "10000.00", "amount_reason": "客户谈判后优惠1300元,刘洋批准。"}); err != nil {
			t.Fatal(err)
		}
		if err := step(sun, "legal_approve", nil); err != nil {
			t.Fatal(err)
		}
	})
}
