package process

import (
	"strings"
	"testing"

	"github.com/liaison-dev/liaison/internal/problem"
)

const supplierEmail = "liqiang@dongfang.example"

func orderFields() map[string]any {
	return map[string]any{
		"supplier":         "dongfang",
		"title":            "测试服务器采购",
		"order":            map[string]any{"currency": "CNY", "tax_rate": "0.13", "items": []any{map[string]any{"name": "服务器 R740", "qty": 2, "unit_price": "38500.00"}}},
		"required_by":      "2026-10-16",
		"delivery_address": "北京市海淀区中关村大街1号3层",
	}
}

func TestSupplierOrderTransitions(t *testing.T) {
	covered := map[string]bool{}
	start := func() *shell { return open(t, "supplier-order", "chenjie", "2026-09-14 10:00", orderFields(), covered) }
	cancel := map[string]any{"reason": "项目取消,不再需要。"}

	s := start()
	if s.participant("supplier") != supplierEmail || s.participant("purchasing_head") != "heping" {
		t.Fatalf("participants %+v", s.c.Participants)
	}
	if q, _ := s.c.Fields["order"].(map[string]any); q["total"] != "87010.00" {
		t.Fatalf("order total %v", q["total"])
	}
	s.told("assigned", supplierEmail)
	s.told("cc", "heping")
	// The supplier confirms within 24 hours; the purchaser hears of the reminder too.
	s.due("2026-09-15 10:00")
	s.at("ordered.remind", "2026-09-14 22:00")
	s.fires("ordered.remind", "reminder", supplierEmail, "chenjie")
	s.fires("ordered.escalate", "escalation", "chenjie", "heping")

	confirm := map[string]any{"delivery_date": "2026-10-12", "batches": rows("首批", "2026-09-28", "第二批", "2026-10-12")}
	s.refuse("2026-09-14 11:00", "wangfang", "confirm_order", confirm, problem.Forbidden, "")
	// The purchaser records for the supplier, not for a customer.
	if why := s.refuse("", "chenjie", "confirm_order", confirm, problem.Invalid, "evidence").Reasons("zh")["evidence"]; strings.Contains(why, "客户") {
		t.Fatalf("evidence refused with %q", why)
	}
	s.refuse("", "party:dongfang", "confirm_order", map[string]any{"delivery_date": "下周"}, problem.Invalid, "delivery_date")
	s.do("", "party:dongfang", "confirm_order", confirm, "awaiting_delivery")
	s.told("decided", "chenjie")
	s.noTimer("ordered.escalate")
	// Reminded before the date, escalated at its close.
	s.due("2026-10-12 18:00")
	s.at("awaiting_delivery.remind", "2026-09-28 14:30")
	// Each batch is announced 3 days ahead at 09:00, moved back to a working day:
	// 09-25 is the Mid-Autumn holiday, so the first notice goes on Thursday 09-24.
	s.at("milestone.1.notice", "2026-09-24 09:00")
	s.at("milestone.2.notice", "2026-10-09 09:00")
	s.fire("milestone.1.notice")
	s.told("milestone_notice", supplierEmail, "chenjie")
	s.do("2026-09-28 10:00", "chenjie", "batch_received", map[string]any{"name": "首批"}, "awaiting_delivery")
	s.refuse("", "chenjie", "batch_received", map[string]any{"name": "第三批"}, problem.Invalid, "name")
	// The whole order arriving early settles the batch still planned: no
	// notice of it goes out after the goods are in.
	whole := s.clone()
	whole.do("2026-09-30 10:00", "chenjie", "receive", map[string]any{"received_on": "2026-09-30", "received_note": "第二批随同到货,共2台。"}, "inspecting")
	whole.noTimer("milestone.2.notice")
	if it := whole.c.Items[1]; it.Status != "done" {
		t.Fatalf("second batch %s after the whole order arrived", it.Status)
	}
	s.do("", "chenjie", "chase", map[string]any{"message": "请于10月9日前确认第二批发货时间。"}, "awaiting_delivery")
	s.told("reminder", supplierEmail)
	s.fires("awaiting_delivery.remind", "reminder", supplierEmail, "chenjie")

	// The supplier asks for a later date; the purchaser agrees or does not.
	rs := s.clone()
	rs.do("2026-10-08 10:00", "party:dongfang", "request_reschedule", map[string]any{"proposed_date": "2026-10-20", "reason": "芯片到货延迟。"}, "rescheduling")
	rs.told("decided", "chenjie", "heping")
	rs.due("2026-10-09 10:00")
	rs.fires("rescheduling.escalate", "escalation", "chenjie", "heping")
	keep := rs.clone()
	keep.do("2026-10-09 11:00", "chenjie", "reject_reschedule", map[string]any{"reason": "项目10月13日上线,请按原交期交货。"}, "awaiting_delivery")
	keep.due("2026-10-12 18:00")
	keep.told("decided", supplierEmail)
	cx := rs.clone()
	cx.do("2026-10-09 11:00", "chenjie", "cancel_order", cancel, "cancelled")
	rs.do("2026-10-09 11:00", "chenjie", "accept_reschedule", map[string]any{"delivery_date": "2026-10-20"}, "awaiting_delivery")
	rs.due("2026-10-20 18:00")

	// Receipt, inspection: passed closes the order.
	// What arrived is recorded as it happened: not on a day still to come.
	rs.refuse("2026-10-20 15:00", "chenjie", "receive", map[string]any{"received_on": "2026-10-21", "received_note": "2台,包装完好。"}, problem.Invalid, "received_on")
	rs.do("2026-10-20 15:00", "chenjie", "receive", map[string]any{"received_on": "2026-10-20", "received_note": "2台,包装完好。"}, "inspecting")
	rs.told("decided", supplierEmail) // told the receipt was recorded, not asked to accept a delivery
	rs.notTold("delivered", supplierEmail)
	rs.due("2026-10-22 15:00")
	rs.fires("inspecting.escalate", "escalation", "chenjie", "heping")
	failed := rs.clone()
	rs.refuse("2026-10-21 10:00", "chenjie", "inspect", map[string]any{"result": "ok", "report": "x"}, problem.Invalid, "result")
	rs.do("", "chenjie", "inspect", map[string]any{"result": "passed", "report": "通电测试48小时无异常。"}, "closed")
	rs.told("decided", supplierEmail, "heping")
	if len(rs.timers) != 0 {
		t.Fatalf("closed order has timers %v", rs.pending())
	}

	// Failed inspection: the supplier answers within 24 hours with a plan.
	failed.do("2026-10-21 10:00", "chenjie", "inspect", map[string]any{"result": "failed", "report": "1台无法开机。"}, "rectifying")
	failed.due("2026-10-22 10:00")
	failed.fires("rectifying.escalate", "escalation", "chenjie", "heping")
	ret := failed.clone()
	ret.do("2026-10-22 11:00", "chenjie", "cancel_order", map[string]any{"reason": "退货,另行采购。"}, "cancelled")
	failed.do("2026-10-22 11:00", "chenjie", "rectify_plan", map[string]any{"plan": "10月26日前换新机。", "delivery_date": "2026-10-26", "evidence": "李强10月22日邮件"}, "awaiting_delivery")
	failed.due("2026-10-26 18:00")

	// The supplier cannot deliver as ordered: the purchaser revises or cancels.
	d := start()
	d.do("2026-09-14 12:00", "chenjie", "decline_order", map[string]any{"reason": "R740缺货。", "counter_offer": "可改供R750,交期10月20日。", "evidence": "李强电话记录,9月14日12:00"}, "revising")
	d.due("2026-09-15 12:00")
	d.fires("revising.escalate", "escalation", "chenjie", "heping")
	dc := d.clone()
	dc.do("2026-09-15 13:00", "chenjie", "cancel_order", cancel, "cancelled")
	d.do("2026-09-15 13:00", "chenjie", "revise_order", map[string]any{
		"changes":     "改为R750。",
		"order":       map[string]any{"currency": "CNY", "tax_rate": "0.13", "items": []any{map[string]any{"name": "服务器 R750", "qty": 2, "unit_price": "41000.00"}}},
		"required_by": "2026-10-20",
	}, "ordered")
	d.due("2026-09-16 13:00")
	if q, _ := d.c.Fields["order"].(map[string]any); q["total"] != "92660.00" {
		t.Fatalf("revised total %v", q["total"])
	}

	// Cancelling while waiting for the confirmation or the delivery.
	c1 := start()
	c1.refuse("2026-09-14 11:00", "party:dongfang", "cancel_order", cancel, problem.Forbidden, "")
	c1.do("", "chenjie", "cancel_order", cancel, "cancelled")
	c1.told("decided", supplierEmail, "heping")
	c2 := s.clone()
	c2.do("2026-09-29 10:00", "chenjie", "cancel_order", cancel, "cancelled")

	allCovered(t, "supplier-order", covered)
}
