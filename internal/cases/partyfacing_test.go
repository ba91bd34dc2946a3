package cases_test

import (
	"context"
	"testing"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// TestPartyMailNamesNoInternalStep: legal's approval hands the contract to
// the customer, but the step is internal (party_reads: never) and the
// customer's page hides it; the mail that asks the customer to sign must not
// name the lawyer either ("孙丽提交的…") but the account manager it deals with.
func TestPartyMailNamesNoInternalStep(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		s := newService(t, db, at("2026-11-02 10:00"))
		zhou, liu, sun := who(db, "zhoumin"), who(db, "liuyang"), who(db, "sunli")
		customer := cases.PartyActor("huaxin", "张伟", "zhangwei@huaxin.example")
		act := func(a process.Actor, id int64, action string, fields map[string]any) {
			t.Helper()
			var err error
			if a.Party != "" {
				_, err = s.PortalAct(ctx, id, a, action, process.Input{Fields: fields})
			} else {
				_, err = s.Act(ctx, a, id, action, process.Input{Fields: fields})
			}
			if err != nil {
				t.Fatalf("%s: %v", action, err)
			}
		}
		v, err := s.Open(ctx, zhou, "customer-requirement", process.Input{Fields: map[string]any{
			"customer": "huaxin", "contact": map[string]any{"name": "张伟", "email": "zhangwei@huaxin.example"},
			"background": "内部背景。", "requirements": []any{map[string]any{"item": "工单管理", "detail": "支持工单创建与分派"}},
			"expected_by": "2027-03-15", "source": "meeting"}})
		if err != nil {
			t.Fatal(err)
		}
		id := v.ID
		act(zhou, id, "send_confirmation", nil)
		act(customer, id, "confirm", nil)
		act(zhou, id, "submit_solution", map[string]any{
			"summary":    "定制客户门户。",
			"milestones": []any{map[string]any{"name": "正式交付", "date": "2026-12-18"}},
			"quote":      map[string]any{"currency": "CNY", "tax_rate": "0.13", "items": []any{map[string]any{"name": "定制开发", "qty": "1", "unit_price": "6300.00"}}},
		})
		act(liu, id, "approve_solution", nil)
		act(zhou, id, "record_minutes", map[string]any{"meeting_at": "2026-11-02 10:00", "mode": "online", "attendees": "张伟、周敏", "feedback": "认可。", "outcome": "accepted"})
		act(zhou, id, "submit_contract", map[string]any{"scope": "按方案交付", "payment_terms": "一次付清", "amount": "7119.00"})
		act(sun, id, "legal_approve", nil)
		list, err := db.CaseNotifications(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, n := range list {
			if n.Recipient != "zhangwei@huaxin.example" || n.Payload.Message.Action != "sign_contract" {
				continue
			}
			found = true
			if got := n.Payload.Message.Actor; got != "周敏" {
				t.Errorf("the customer's mail asking to sign names %q, want the account manager 周敏", got)
			}
		}
		if !found {
			t.Fatal("no mail asks the customer to sign")
		}
	})
}

// TestPartyIsNotToldItsOwnActAsAnothers: the supplier confirms its order
// and is told its next step; the mail does not say "东方电子 李强提交的…需要您处理"
// to 李强 himself, but names the purchaser who placed the order.
func TestPartyIsNotToldItsOwnActAsAnothers(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		s := newService(t, db, at("2026-09-14 10:00"))
		supplier := cases.PartyActor("dongfang", "李强", "liqiang@dongfang.example")
		v, err := s.Open(ctx, who(db, "heping"), "supplier-order", process.Input{Fields: map[string]any{
			"supplier": "dongfang", "title": "铝型材采购",
			"order":       map[string]any{"currency": "CNY", "tax_rate": "0.13", "items": []any{map[string]any{"name": "6063铝型材", "qty": 500, "unit_price": "32.5"}}},
			"required_by": "2026-10-16", "delivery_address": "苏州工业园区星湖街1号"}})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.PortalAct(ctx, v.ID, supplier, "confirm_order", process.Input{Fields: map[string]any{"delivery_date": "2026-10-15"}}); err != nil {
			t.Fatal(err)
		}
		list, err := db.CaseNotifications(ctx, v.ID)
		if err != nil {
			t.Fatal(err)
		}
		told := 0
		for _, n := range list {
			if n.Recipient != "liqiang@dongfang.example" {
				continue
			}
			told++
			if got := n.Payload.Message.Actor; got != "何平" {
				t.Errorf("%s to the supplier names %q, want the purchaser 何平", n.Kind, got)
			}
		}
		if told < 2 {
			t.Fatalf("%d mails to the supplier, want the order's and the one after its confirmation", told)
		}
	})
}
