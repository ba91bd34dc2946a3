package cases_test

import (
	"context"
	"strings"
	"testing"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// TestLinkedCases on a real database: a customer case raises an internal
// request for the technical team (linked both ways, its tasks from the
// customer's rows); the request is declined and forwarded in one step to
// the department its alternative names, with the reason and the
// alternative carried along; an accepted quotation becomes an order with
// its lines. Whoever cannot see a linked case sees only its key.
func TestLinkedCases(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		s := newService(t, db, at("2026-12-01 10:00"))
		zhou, zhao, heping, wang := who(db, "zhoumin"), who(db, "zhaolei"), who(db, "heping"), who(db, "wangfang")
		cust, err := s.Open(ctx, zhou, "customer-requirement", process.Input{Fields: map[string]any{
			"customer": "huaxin", "contact": map[string]any{"name": "张伟", "email": "zhangwei@huaxin.example"},
			"background": "华信科技计划上线客户门户。", "requirements": []any{map[string]any{"item": "单点登录", "detail": "支持企业微信登录"}},
			"expected_by": "2027-01-29", "source": "meeting"}})
		if err != nil {
			t.Fatal(err)
		}
		ups, err := s.FollowUps(ctx, cases.ViewerOf(zhou), cust.ID)
		if err != nil || len(ups) != 1 || ups[0].Process != "internal-collab" {
			t.Fatalf("follow-ups %+v %v", ups, err)
		}
		fields := ups[0].Fields
		if tasks, _ := fields["tasks"].([]any); len(tasks) != 1 || !strings.Contains(fields["background"].(string), cust.Key) {
			t.Fatalf("prefilled %v", fields)
		}
		fields["to_dept"] = "tech"
		req, err := s.OpenLinked(ctx, zhou, cust.ID, "internal-collab", process.Input{Fields: fields})
		if err != nil {
			t.Fatal(err)
		}
		if len(req.Links) != 0 { // OpenLinked answers the new case; read it back
			t.Fatalf("links in the answer %+v", req.Links)
		}
		got, _ := s.Get(ctx, cases.ViewerOf(zhou), req.ID)
		if len(got.Links) != 1 || got.Links[0].Key != cust.Key || got.Links[0].Kind != "raised_from" {
			t.Fatalf("request's links %+v", got.Links)
		}
		got, _ = s.Get(ctx, cases.ViewerOf(zhou), cust.ID)
		if len(got.Links) != 1 || got.Links[0].CaseID != req.ID || got.Links[0].Kind != "raised" || got.Links[0].StateName.Zh == "" {
			t.Fatalf("customer case's links %+v", got.Links)
		}
		if e := got.Events[len(got.Events)-1]; e.Type != "linked" || e.Fields["key"] != req.Key {
			t.Fatalf("the customer case's history lacks the link: %+v", e)
		}
		// The technical head sees the request, not the customer case: only its key.
		tv, err := s.Get(ctx, cases.ViewerOf(zhao), req.ID)
		if err != nil || len(tv.Links) != 1 || tv.Links[0].CaseID != 0 || tv.Links[0].Title != "" || tv.Links[0].Key != cust.Key {
			t.Fatalf("zhaolei's view of the links %+v %v", tv.Links, err)
		}
		// Not from a process the rule does not name, nor by someone without a part.
		if _, err := s.OpenLinked(ctx, zhou, cust.ID, "supplier-order", process.Input{}); problem.CodeOf(err) != problem.Conflict {
			t.Fatalf("an order from a customer case: %v", err)
		}
		if _, err := s.OpenLinked(ctx, wang, cust.ID, "internal-collab", process.Input{Fields: fields}); problem.CodeOf(err) != problem.NotFound {
			t.Fatalf("a stranger: %v", err)
		}

		// Declined, then forwarded in one step to the department suggested.
		setClock(t, s, "2026-12-01 14:00")
		if _, err := s.Act(ctx, zhao, req.ID, "decline", process.Input{Fields: map[string]any{"reason": "本月人力已排满。", "alternative": "建议由售后服务部的实施团队承接。"}}); err != nil {
			t.Fatal(err)
		}
		ups, err = s.FollowUps(ctx, cases.ViewerOf(zhou), req.ID)
		if err != nil || len(ups) != 1 || ups[0].Kind != "forwarded" {
			t.Fatalf("follow-ups of a declined request %+v %v", ups, err)
		}
		bg := ups[0].Fields["background"].(string)
		for _, want := range []string{req.Key, "本月人力已排满", "售后服务部的实施团队"} {
			if !strings.Contains(bg, want) {
				t.Fatalf("forwarded background lacks %q: %s", want, bg)
			}
		}
		ups[0].Fields["to_dept"] = "after-sales"
		fwd, err := s.OpenLinked(ctx, zhou, req.ID, "internal-collab", process.Input{Fields: ups[0].Fields})
		if err != nil {
			t.Fatal(err)
		}
		if fwd.State != "requested" || fwd.Fields["to_dept"] != "after-sales" {
			t.Fatalf("forwarded %s %v", fwd.State, fwd.Fields["to_dept"])
		}
		got, _ = s.Get(ctx, cases.ViewerOf(zhou), req.ID)
		if len(got.Links) != 2 || got.Links[1].Kind != "forwarded" || got.Links[1].CaseID != fwd.ID {
			t.Fatalf("declined request's links %+v", got.Links)
		}
		// An open request is not forwarded.
		if _, err := s.OpenLinked(ctx, zhou, fwd.ID, "internal-collab", process.Input{Fields: ups[0].Fields}); problem.CodeOf(err) != problem.Conflict {
			t.Fatalf("forwarding an open request: %v", err)
		}

		// An accepted quotation becomes an order.
		inq, err := s.Open(ctx, heping, "supplier-inquiry", process.Input{Fields: map[string]any{
			"supplier": "dongfang", "contact": map[string]any{"name": "李强", "email": "liqiang@dongfang.example"}, "title": "网络设备询价",
			"items": []any{map[string]any{"name": "千兆交换机", "qty": 10, "unit": "台"}}, "quote_by": "2026-12-04", "delivery_needed": "2026-12-31"}})
		if err != nil {
			t.Fatal(err)
		}
		supplier := cases.PartyActor("dongfang", "李强", "liqiang@dongfang.example")
		if _, err := s.PortalAct(ctx, inq.ID, supplier, "submit_quote", process.Input{Fields: map[string]any{
			"quote":       map[string]any{"currency": "CNY", "tax_rate": "0.13", "items": []any{map[string]any{"name": "千兆交换机", "qty": 10, "unit_price": "3280.00"}}},
			"valid_until": "2026-12-31", "lead_time_days": 15}}); err != nil {
			t.Fatal(err)
		}
		if _, err := s.OpenLinked(ctx, heping, inq.ID, "supplier-order", process.Input{}); problem.CodeOf(err) != problem.Conflict {
			t.Fatalf("an order before the quotation is accepted: %v", err)
		}
		if _, err := s.Act(ctx, heping, inq.ID, "accept_quote", process.Input{}); err != nil {
			t.Fatal(err)
		}
		ups, _ = s.FollowUps(ctx, cases.ViewerOf(heping), inq.ID)
		if len(ups) != 1 || ups[0].Process != "supplier-order" {
			t.Fatalf("follow-ups of an accepted quotation %+v", ups)
		}
		ups[0].Fields["delivery_address"] = "北京市海淀区中关村大街1号"
		order, err := s.OpenLinked(ctx, heping, inq.ID, "supplier-order", process.Input{Fields: ups[0].Fields})
		if err != nil {
			t.Fatal(err)
		}
		if q, _ := order.Fields["order"].(map[string]any); q["total"] != "37064.00" || order.Fields["required_by"] != "2026-12-31" {
			t.Fatalf("order %v", order.Fields)
		}
		got, _ = s.Get(ctx, cases.ViewerOf(heping), order.ID)
		if len(got.Links) != 1 || got.Links[0].Kind != "ordered_from" || got.Links[0].Key != inq.Key {
			t.Fatalf("order's links %+v", got.Links)
		}
	})
}
