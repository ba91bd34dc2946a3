package cases_test

import (
	"context"
	"testing"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// TestChaseReachesTheSupplier: the purchaser's 催交 reaches the supplier
// with its words and the delivery date — it read 「请于…前完成「申请变更交期」」,
// the supplier's own optional action, and dropped the message.
func TestChaseReachesTheSupplier(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		s := newService(t, db, at("2026-12-01 10:00"))
		v, err := s.Open(ctx, who(db, "heping"), "supplier-order", process.Input{Fields: map[string]any{
			"supplier": "dongfang", "title": "Q1电子元件采购", "required_by": "2027-01-15", "delivery_address": "上海市浦东新区XX路1号",
			"order": map[string]any{"currency": "CNY", "tax_rate": "0.13", "items": []any{map[string]any{"name": "电容", "qty": "1000", "unit_price": "0.50"}}}}})
		if err != nil {
			t.Fatal(err)
		}
		supplier := cases.PartyActor("dongfang", "李强", "liqiang@dongfang.example")
		if _, err := s.PortalAct(ctx, v.ID, supplier, "confirm_order", process.Input{Fields: map[string]any{"delivery_date": "2027-01-14"}}); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Act(ctx, who(db, "heping"), v.ID, "chase", process.Input{Fields: map[string]any{"message": "请东方电子李强于2027年1月8日前确认备货进度。"}}); err != nil {
			t.Fatal(err)
		}
		list, err := db.CaseNotifications(ctx, v.ID)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, x := range list {
			if x.Kind != "reminder" || x.Recipient != "liqiang@dongfang.example" {
				continue
			}
			n++
			m := x.Payload.Message
			if m.Fields["message"] != "请东方电子李强于2027年1月8日前确认备货进度。" || m.Action != "" || m.Fields["action_name"] != "" || m.DueAt == nil || !m.DueAt.Equal(at("2027-01-14 18:00")) {
				t.Errorf("the chase reads: action %q %q, due %v, fields %v", m.Action, m.Fields["action_name"], m.DueAt, m.Fields)
			}
		}
		if n != 1 {
			t.Fatalf("%d chases to the supplier", n)
		}
	})
}
