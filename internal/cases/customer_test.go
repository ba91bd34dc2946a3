package cases_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// TestCustomerRequirementThroughTheService walks 客户需求对接 through the
// service on a real database with the simulated clock: each deadline of
// CONTRACT §8 lands where §3 says, timers fire when the clock passes them,
// the customer acts as a party, and the case closes only when nothing is
// left open.
func TestCustomerRequirementThroughTheService(t *testing.T) {
	storetest.Each(t, walkCustomerRequirement)
}

func walkCustomerRequirement(t *testing.T, db *store.DB) {
	ctx := context.Background()
	s := newService(t, db, at("2026-09-14 10:00"))
	zhou, liu, sun, chen, xu := who(db, "zhoumin"), who(db, "liuyang"), who(db, "sunli"), who(db, "chenjie"), who(db, "xuting")
	customer := cases.PartyActor("huaxin", "张伟", "zhangwei@huaxin.example")
	due := func(v cases.View, want string) {
		t.Helper()
		got := ""
		if v.DueAt != nil {
			got = stamp(v.DueAt)
		}
		if want != "" {
			want = at(want).Format(time.RFC3339)
		}
		if got != want {
			t.Fatalf("%s: due %q, want %q", v.State, got, want)
		}
	}
	act := func(a process.Actor, when string, id int64, action string, fields map[string]any) cases.View {
		t.Helper()
		if when != "" {
			setClock(t, s, when)
		}
		var v cases.View
		var err error
		if a.Party != "" {
			v, err = s.PortalAct(ctx, id, a, action, process.Input{Fields: fields})
		} else {
			v, err = s.Act(ctx, a, id, action, process.Input{Fields: fields})
		}
		if err != nil {
			t.Fatalf("%s by %s: %v", action, a.Login+a.Party, err)
		}
		return v
	}
	told := func(id int64, kind, recipient string) {
		t.Helper()
		if kinds(t, db, id)[kind+"/"+recipient+"/inbox"]+kinds(t, db, id)[kind+"/"+recipient+"/email"] == 0 {
			t.Fatalf("no %s to %s: %v", kind, recipient, kinds(t, db, id))
		}
	}

	v, err := s.Open(ctx, zhou, "customer-requirement", process.Input{Fields: map[string]any{
		"customer": "huaxin", "contact": map[string]any{"name": "张伟", "email": "zhangwei@huaxin.example"},
		"background": "华信科技计划上线客户门户。", "requirements": []any{map[string]any{"item": "工单管理", "detail": "支持工单创建与分派"}},
		"expected_by": "2027-01-15", "source": "meeting"}})
	if err != nil {
		t.Fatal(err)
	}
	id := v.ID
	due(v, "2026-09-15 10:00") // 24 hours
	v = act(zhou, "2026-09-14 15:00", id, "send_confirmation", nil)
	told(id, "assigned", "zhangwei@huaxin.example")
	v = act(customer, "2026-09-15 09:00", id, "confirm", nil)
	if v.State != "drafting" {
		t.Fatalf("after the customer confirmed: %s", v.State)
	}
	v = act(zhou, "2026-09-18 15:00", id, "submit_solution", map[string]any{
		"summary":    "基于现有平台定制客户门户。",
		"milestones": []any{map[string]any{"name": "原型完成", "date": "2026-10-10"}, map[string]any{"name": "正式交付", "date": "2026-11-20"}},
		"quote":      map[string]any{"currency": "CNY", "tax_rate": "0.13", "items": []any{map[string]any{"name": "定制开发", "qty": "3", "unit_price": "3333.33"}}},
	})
	due(v, "2026-09-20 15:00") // 1 working day; Sunday 09-20 is a make-up working day
	if q, _ := v.Fields["quote"].(map[string]any); q["total"] != "11299.99" {
		t.Fatalf("quote total %v, want 11299.99 (9999.99 + 1300.00 tax)", q["total"])
	}
	if len(v.Milestones) != 2 || stamp(v.Milestones[0].NoticeAt) != at("2026-09-30 09:00").Format(time.RFC3339) {
		t.Fatalf("milestones %+v", v.Milestones) // 10-10 − 3 days = 10-07, National Day → 09-30
	}
	act(liu, "2026-09-19 10:00", id, "approve_solution", nil)
	act(zhou, "2026-09-21 10:00", id, "record_minutes", map[string]any{"meeting_at": "2026-09-21 10:00", "mode": "offline",
		"attendees": []any{"张伟", "周敏"}, "feedback": "认可方案。", "outcome": "accepted"})
	v = act(zhou, "2026-09-29 10:00", id, "submit_contract", map[string]any{"scope": "按方案交付", "payment_terms": "分两期付款", "amount": "11299.99"})
	due(v, "2026-10-08 10:00") // 2 working days across National Day
	// The milestone notice reaches the customer when the clock passes it.
	setClock(t, s, "2026-09-30 09:00")
	told(id, "milestone_notice", "zhangwei@huaxin.example")
	act(sun, "2026-10-08 09:00", id, "legal_approve", nil)
	v = act(zhou, "2026-10-12 10:00", id, "record_signature", map[string]any{"signed_on": "2026-10-12", "project_lead": "chenjie"})
	due(v, "2026-10-16 18:00") // the weekly report, every Friday
	setClock(t, s, "2026-10-16 15:00")
	told(id, "reminder", "chenjie")
	setClock(t, s, "2026-10-16 18:00")
	told(id, "escalation", "liuyang") // no report by Friday 18:00: the head hears of it
	v, _ = s.Get(ctx, cases.ViewerOf(zhou), id)
	due(v, "2026-10-23 18:00")
	act(chen, "2026-10-20 10:00", id, "weekly_report", map[string]any{"progress": "完成原型。", "next_week": "陈杰于10月23日前完成测试。", "risks": "无"})
	told(id, "weekly_report", "zhangwei@huaxin.example")
	v = act(chen, "2026-10-21 10:00", id, "deliver", map[string]any{"after_sales": "xuting"})
	due(v, "2026-10-28 10:00") // the callback, 7 days after delivery
	// Feedback through the customer's link: 48 hours to answer.
	v = act(customer, "2026-10-22 10:00", id, "feedback", map[string]any{"description": "导出报表乱码", "severity": "major"})
	if len(v.Feedback) != 1 || stamp(v.Feedback[0].DueAt) != at("2026-10-24 10:00").Format(time.RFC3339) {
		t.Fatalf("feedback %+v", v.Feedback)
	}
	setClock(t, s, "2026-10-24 10:00")
	told(id, "escalation", "xuting")
	fid := v.Feedback[0].ID
	_, err = s.Act(ctx, xu, id, "close", process.Input{})
	if problem.CodeOf(err) != problem.Conflict || !strings.Contains(err.Error(), "登记回访") || !strings.Contains(err.Error(), "「导出报表乱码」 未解决") {
		t.Fatalf("close with things open: %v", err)
	}
	act(xu, "2026-10-24 11:00", id, "respond", map[string]any{"feedback_id": fid, "response": "已定位为编码问题。", "plan": "徐婷于10月26日前发布修复版本。"})
	act(xu, "", id, "record_callback", map[string]any{"summary": "客户对交付满意。"})
	act(xu, "2026-10-26 10:00", id, "resolve", map[string]any{"feedback_id": fid, "resolution": "修复版本已上线,客户确认。"})
	v = act(xu, "", id, "close", nil)
	if v.State != "closed" || v.DueAt != nil {
		t.Fatalf("closed: %s %v", v.State, v.DueAt)
	}
}
