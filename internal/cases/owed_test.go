package cases_test

import (
	"context"
	"testing"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// TestOwedSteps: in after-sales with a feedback open, the after-sales owner
// owes two steps on one case — the feedback's answer in 48 hours and the
// callback by the state's 7 days — each at its own deadline; the account
// manager owes the same two once, not once per role; someone with no part
// owes nothing.
func TestOwedSteps(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		id, s := afterSalesWithFeedback(t, db)
		type got struct {
			Action, What string
			Item         int
			Due          string
		}
		owed := func(login string) []got {
			t.Helper()
			steps, err := s.OwedSteps(ctx, cases.ViewerOf(who(db, login)))
			if err != nil {
				t.Fatal(err)
			}
			var out []got
			for _, st := range steps {
				if st.CaseID != id || st.DueAt.Location().String() != "Asia/Shanghai" {
					t.Errorf("%s: step %+v of another case or zone", login, st)
				}
				out = append(out, got{st.Action, st.What, st.Item, st.DueAt.Format("2006-01-02 15:04")})
			}
			return out
		}
		want := []got{ // item 1 is the milestone
			{"respond", "响应并制定方案（反馈 #2）", 2, "2026-10-24 10:00"},
			{"record_callback", "登记回访", 0, "2026-10-28 10:00"},
		}
		for _, login := range []string{"xuting", "zhoumin"} {
			if g := owed(login); len(g) != len(want) || g[0] != want[0] || g[1] != want[1] {
				t.Errorf("%s owes %+v, want %+v", login, g, want)
			}
		}
		if g := owed("wangfang"); len(g) != 0 {
			t.Errorf("wangfang owes %+v, want nothing", g)
		}
	})
}

// afterSalesWithFeedback walks a customer requirement to after-sales
// (delivered 2026-10-21 10:00, xuting the after-sales owner) and opens a
// feedback through the customer's link at 2026-10-22 10:00.
func afterSalesWithFeedback(t *testing.T, db *store.DB) (int64, *cases.Service) {
	t.Helper()
	ctx := context.Background()
	s := newService(t, db, at("2026-09-14 10:00"))
	zhou, liu, sun, chen := who(db, "zhoumin"), who(db, "liuyang"), who(db, "sunli"), who(db, "chenjie")
	customer := cases.PartyActor("huaxin", "张伟", "zhangwei@huaxin.example")
	v, err := s.Open(ctx, zhou, "customer-requirement", process.Input{Fields: map[string]any{
		"customer": "huaxin", "contact": map[string]any{"name": "张伟", "email": "zhangwei@huaxin.example"},
		"background": "华信科技计划上线客户门户。", "requirements": []any{map[string]any{"item": "工单管理", "detail": "支持工单创建与分派"}},
		"expected_by": "2027-01-15", "source": "meeting"}})
	if err != nil {
		t.Fatal(err)
	}
	act := func(a process.Actor, when, action string, fields map[string]any) {
		t.Helper()
		setClock(t, s, when)
		var err error
		if a.Party != "" {
			_, err = s.PortalAct(ctx, v.ID, a, action, process.Input{Fields: fields})
		} else {
			_, err = s.Act(ctx, a, v.ID, action, process.Input{Fields: fields})
		}
		if err != nil {
			t.Fatalf("%s: %v", action, err)
		}
	}
	act(zhou, "2026-09-14 15:00", "send_confirmation", nil)
	act(customer, "2026-09-15 09:00", "confirm", nil)
	act(zhou, "2026-09-18 15:00", "submit_solution", map[string]any{
		"summary":    "基于现有平台定制客户门户。",
		"milestones": []any{map[string]any{"name": "原型完成", "date": "2026-10-10"}},
		"quote":      map[string]any{"currency": "CNY", "tax_rate": "0.13", "items": []any{map[string]any{"name": "定制开发", "qty": "3", "unit_price": "3333.33"}}},
	})
	act(liu, "2026-09-19 10:00", "approve_solution", nil)
	act(zhou, "2026-09-21 10:00", "record_minutes", map[string]any{"meeting_at": "2026-09-21 10:00", "mode": "offline",
		"attendees": []any{"张伟", "周敏"}, "feedback": "认可方案。", "outcome": "accepted"})
	act(zhou, "2026-09-29 10:00", "submit_contract", map[string]any{"scope": "按方案交付", "payment_terms": "分两期付款", "amount": "11299.99"})
	act(sun, "2026-10-08 09:00", "legal_approve", nil)
	act(zhou, "2026-10-12 10:00", "record_signature", map[string]any{"signed_on": "2026-10-12", "project_lead": "chenjie"})
	act(chen, "2026-10-21 10:00", "deliver", map[string]any{"after_sales": "xuting"})
	act(customer, "2026-10-22 10:00", "feedback", map[string]any{"description": "导出报表乱码", "severity": "major"})
	return v.ID, s
}
