package cases_test

import (
	"context"
	"strings"
	"testing"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// TestDecidedSaysWhatWasDecided: the requester told the contact took the
// request on reads what the manual's step 2 answers — 可完成时间 and 需协调的
// 资源 — not only 「承接」; the supplier told its goods were received reads
// the date and what arrived.
func TestDecidedSaysWhatWasDecided(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		s := newService(t, db, at("2026-12-01 10:00"))
		v := openCollab(t, s, db)
		if _, err := s.Act(ctx, who(db, "chenjie"), v.ID, "accept", process.Input{Fields: map[string]any{"committed_by": "2026-12-18", "resources_needed": "需要测试环境一套"}}); err != nil {
			t.Fatal(err)
		}
		details := func(id int64, kind, recipient string) string {
			list, err := db.CaseNotifications(ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			for _, n := range list {
				if n.Kind == kind && n.Recipient == recipient {
					return n.Payload.Message.Fields["details"]
				}
			}
			t.Fatalf("no %s to %s", kind, recipient)
			return ""
		}
		if got := details(v.ID, "decided", "wangfang"); got != "可完成时间：2026年12月18日(周五)\n需协调的资源：需要测试环境一套" {
			t.Errorf("the requester reads %q", got)
		}

		o, err := s.Open(ctx, who(db, "heping"), "supplier-order", process.Input{Fields: map[string]any{
			"supplier": "dongfang", "title": "Q1电子元件采购", "required_by": "2027-01-15", "delivery_address": "上海市浦东新区XX路1号",
			"order": map[string]any{"currency": "CNY", "tax_rate": "0.13", "items": []any{map[string]any{"name": "电容", "qty": "1000", "unit_price": "0.50"}}}}})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.PortalAct(ctx, o.ID, cases.PartyActor("dongfang", "李强", "liqiang@dongfang.example"), "confirm_order", process.Input{Fields: map[string]any{"delivery_date": "2027-01-14"}}); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Act(ctx, who(db, "heping"), o.ID, "receive", process.Input{Fields: map[string]any{"received_on": "2026-12-01", "received_note": "到货1000个,包装完好。"}}); err != nil {
			t.Fatal(err)
		}
		got := details(o.ID, "decided", "liqiang@dongfang.example")
		if !strings.Contains(got, "到货日期：2026年12月1日(周二)") || !strings.Contains(got, "到货情况(数量、包装)：到货1000个,包装完好。") {
			t.Errorf("the supplier reads %q", got)
		}
	})
}
