package process

import (
	"testing"

	"github.com/liaison-dev/liaison/internal/problem"
)

func inquiryFields() map[string]any {
	return map[string]any{
		"supplier": "dongfang",
		"contact":  map[string]any{"name": "赵敏", "email": "zhaomin@dongfang.example"},
		"title":    "2027年度网络设备询价",
		"items": []any{
			map[string]any{"name": "千兆交换机", "spec": "48口,支持PoE", "qty": 10, "unit": "台"},
			map[string]any{"name": "无线AP", "qty": "25", "unit": "个"},
		},
		"quote_by": "2026-09-18",
	}
}

func TestSupplierInquiryTransitions(t *testing.T) {
	covered := map[string]bool{}
	const contact = "zhaomin@dongfang.example" // the contact given on the form, not the party's main one
	start := func() *shell {
		return open(t, "supplier-inquiry", "heping", "2026-09-14 10:00", inquiryFields(), covered)
	}
	quote := map[string]any{
		"quote":          map[string]any{"currency": "CNY", "tax_rate": "0.13", "items": []any{map[string]any{"name": "千兆交换机", "qty": 10, "unit_price": "3280.00"}, map[string]any{"name": "无线AP", "qty": 25, "unit_price": "899.00"}}},
		"valid_until":    "2026-10-31",
		"lead_time_days": 15,
	}

	s := start()
	if s.participant("supplier") != contact {
		t.Fatalf("supplier contact %q", s.participant("supplier"))
	}
	s.told("assigned", contact)
	// The quote is due at the close of the quote-by date.
	s.due("2026-09-18 18:00")
	s.at("inquiring.remind", "2026-09-16 14:00")
	s.fire("inquiring.remind")
	s.told("reminder", contact, "heping") // the system reminds the purchaser too
	s.fires("inquiring.escalate", "escalation", "heping")

	s.refuse("2026-09-17 10:00", "heping", "submit_quote", quote, problem.Invalid, "evidence")
	bad := map[string]any{"quote": map[string]any{"currency": "CNY", "tax_rate": "0.13", "items": []any{map[string]any{"name": "x", "qty": -1, "unit_price": "1"}}}, "valid_until": "2026-10-31", "lead_time_days": 15}
	s.refuse("", "party:dongfang", "submit_quote", bad, problem.Invalid, "quote.items[0].qty")
	s.do("", "party:dongfang", "submit_quote", quote, "evaluating")
	if q, _ := s.c.Fields["quote"].(map[string]any); q["subtotal"] != "55275.00" || q["tax"] != "7185.75" || q["total"] != "62460.75" {
		t.Fatalf("quote %v", q)
	}
	s.told("decided", "heping")
	s.due("2026-09-20 10:00") // 2 working days from Thursday: Friday, then Sunday 09-20 (a make-up day)
	s.fires("evaluating.escalate", "escalation", "heping")

	for _, tc := range []struct {
		action, state string
		fields        map[string]any
	}{
		{"accept_quote", "accepted", map[string]any{"note": "价格最优。"}},
		{"reject_quote", "rejected", map[string]any{"reason": "价格高于预算。"}},
		{"cancel", "cancelled", map[string]any{"reason": "预算取消。"}},
	} {
		b := s.clone()
		b.do("2026-09-21 10:00", "heping", tc.action, tc.fields, tc.state)
		b.told("decided", contact)
	}
	s.do("2026-09-21 10:00", "heping", "request_revision", map[string]any{"points": "请按50台AP重新报价。", "quote_by": "2026-09-24"}, "inquiring")
	s.due("2026-09-24 18:00")
	s.do("2026-09-23 10:00", "heping", "submit_quote", map[string]any{"quote": quote["quote"], "valid_until": "2026-10-31", "lead_time_days": 10, "evidence": "赵敏9月23日邮件报价"}, "evaluating")
	if s.c.Fields["lead_time_days"] != int64(10) {
		t.Fatalf("lead time %v", s.c.Fields["lead_time_days"])
	}

	n := start()
	n.do("2026-09-15 10:00", "party:dongfang", "decline_inquiry", map[string]any{"reason": "该型号已停产。"}, "no_bid")
	n.told("decided", "heping")
	c := start()
	c.refuse("2026-09-15 10:00", "party:dongfang", "cancel", map[string]any{"reason": "x"}, problem.Forbidden, "")
	c.do("", "heping", "cancel", map[string]any{"reason": "需求合并到年度招标。"}, "cancelled")

	allCovered(t, "supplier-inquiry", covered)
}
