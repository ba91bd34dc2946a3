package cases_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/document"
	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/records"
	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// TestCustomerPathThroughTheLink walks the customer's own steps of 客户需求对接
// on a real database with the simulated clock: the customer corrects the
// requirement rows and then confirms them (the form shows that version and
// who confirmed it when), signs the contract, confirms one milestone and
// objects to another (the objection is owed an answer within 24 hours and
// escalated when none comes), says a fix did not work and then confirms the
// second one, and the callback's satisfaction score is shown for the party.
func TestCustomerPathThroughTheLink(t *testing.T) {
	storetest.Each(t, walkCustomerPath)
}

func walkCustomerPath(t *testing.T, db *store.DB) {
	ctx := context.Background()
	s := newService(t, db, at("2026-11-02 10:00"))
	zhou, liu, sun, chen, xu := who(db, "zhoumin"), who(db, "liuyang"), who(db, "sunli"), who(db, "chenjie"), who(db, "xuting")
	customer := cases.PartyActor("huaxin", "张伟", "zhangwei@huaxin.example")
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
		k := kinds(t, db, id)
		if k[kind+"/"+recipient+"/inbox"]+k[kind+"/"+recipient+"/email"] == 0 {
			t.Fatalf("no %s to %s: %v", kind, recipient, k)
		}
	}
	var id int64
	reg, err := process.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	d, _ := reg.Get("customer-requirement")
	form := func(cases.View) map[string]any { // as staff read it
		v, err := s.Get(ctx, cases.ViewerOf(zhou), id)
		if err != nil {
			t.Fatal(err)
		}
		doc, _ := document.Find(document.Build(d, v), "form")
		out := map[string]any{}
		for _, sec := range doc.Sections {
			for _, e := range sec.Entries {
				out[e.Name] = e.Value
			}
		}
		return out
	}

	v, err := s.Open(ctx, zhou, "customer-requirement", process.Input{Fields: map[string]any{
		"customer": "huaxin", "contact": map[string]any{"name": "张伟", "email": "zhangwei@huaxin.example"},
		"background": "华信科技计划上线客户门户。", "requirements": []any{map[string]any{"item": "工单管理", "detail": "支持工单创建与分派"}},
		"expected_by": "2027-03-15", "source": "meeting"}})
	if err != nil {
		t.Fatal(err)
	}
	id = v.ID
	act(zhou, "2026-11-02 11:00", id, "send_confirmation", map[string]any{"summary": "工单管理。"})
	// The customer corrects the rows; the account manager sends them again.
	rows := []any{map[string]any{"item": "工单管理", "detail": "支持工单创建与分派"}, map[string]any{"item": "短信通知", "detail": "状态变化10秒内发送短信"}}
	v = act(customer, "2026-11-02 15:00", id, "correct", map[string]any{"corrections": "增加短信通知。", "requirements": rows})
	if v.State != "collecting" || form(v)["confirmation"] != "awaiting" || form(v)["corrections"] != 1 {
		t.Fatalf("after the correction: %s %v", v.State, form(v))
	}
	if _, err := s.PortalAct(ctx, id, customer, "correct", process.Input{Fields: map[string]any{"corrections": "x", "requirements": []any{map[string]any{"item": "", "detail": "y"}}}}); problem.CodeOf(err) != problem.Conflict {
		t.Fatalf("a correction while collecting: %v", err) // not waiting for the customer
	}
	act(zhou, "2026-11-02 16:00", id, "send_confirmation", nil)
	v = act(customer, "2026-11-03 09:30", id, "confirm", nil)
	f := form(v)
	if got, _ := f["requirements"].([]any); len(got) != 2 {
		t.Fatalf("the form shows %v, not the corrected rows", f["requirements"])
	}
	if f["confirmed_by"] != "张伟" || f["confirmed_at"] != at("2026-11-03 09:30").Format(time.RFC3339) || f["confirmation"] != "confirmed" || f["confirmed_via"] != "link" {
		t.Fatalf("confirmation on the form: %v", f)
	}

	act(zhou, "2026-11-03 10:00", id, "submit_solution", map[string]any{
		"summary":    "基于现有平台定制客户门户。",
		"milestones": []any{map[string]any{"name": "原型完成", "date": "2026-11-20"}, map[string]any{"name": "正式交付", "date": "2026-12-18"}},
		"quote":      map[string]any{"currency": "CNY", "tax_rate": "0.13", "items": []any{map[string]any{"name": "定制开发", "qty": "10", "unit_price": "6300.00"}}},
	})
	act(liu, "2026-11-03 11:00", id, "approve_solution", nil)
	act(zhou, "2026-11-04 10:00", id, "record_minutes", map[string]any{"meeting_at": "2026-11-04 10:00", "mode": "online", "attendees": "张伟、周敏", "feedback": "认可方案。", "outcome": "accepted"})
	act(zhou, "2026-11-05 10:00", id, "submit_contract", map[string]any{"scope": "按方案交付", "payment_terms": "分两期付款", "amount": "71190.00"})
	v = act(sun, "2026-11-05 14:00", id, "legal_approve", nil)
	told(id, "assigned", "zhangwei@huaxin.example") // asked to sign through the link
	if v.DueAt == nil || stamp(v.DueAt) != at("2026-11-19 14:00").Format(time.RFC3339) {
		t.Fatalf("signing due %v, want 10 working days", v.DueAt)
	}
	pv, err := s.PortalView(ctx, id, "huaxin")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range pv.Events {
		if e.Action == "legal_approve" {
			t.Fatal("legal's approval shown to the customer")
		}
	}
	// 签字盖章: without the stamped scan the signature is refused (422 on
	// "file"), nothing changes; with it uploaded on the link it is accepted.
	setClock(t, s, "2026-11-06 09:50")
	if _, err := s.PortalAct(ctx, id, customer, "sign_contract", process.Input{Fields: map[string]any{"signer_name": "张伟"}}); problem.CodeOf(err) != problem.Invalid ||
		!strings.Contains(err.Error(), "请先上传盖章合同扫描件") || problem.As(err).Fields[cases.FileField] == "" {
		t.Fatalf("signed without the stamped scan: %v", err)
	}
	if v, _ := s.Get(ctx, cases.ViewerOf(zhou), id); v.State != "signing" || len(v.Signatures) != 0 {
		t.Fatalf("a refused signature changed the case: %s %+v", v.State, v.Signatures)
	}
	rec := records.New(records.Config{DB: db, Cases: s})
	if _, err := rec.AttachParty(ctx, customer, id, records.Upload{Name: "合同-盖章.pdf", Body: strings.NewReader("%PDF-1.4 stamped")}); err != nil {
		t.Fatal(err)
	}
	// The customer signs; the account manager has a working day to name the lead.
	v = act(customer, "2026-11-06 10:00", id, "sign_contract", map[string]any{"signer_name": "张伟", "signer_title": "信息部经理"})
	told(id, "signed", "zhoumin")
	if v.State != "starting" || stamp(v.DueAt) != at("2026-11-09 10:00").Format(time.RFC3339) {
		t.Fatalf("after signing: %s due %v", v.State, v.DueAt)
	}
	if len(v.Signatures) != 1 || v.Signatures[0].Role != "customer" {
		t.Fatalf("signatures %+v", v.Signatures)
	}
	staff, err := s.Get(ctx, cases.ViewerOf(zhou), id)
	if err != nil {
		t.Fatal(err)
	}
	contract, _ := document.Find(document.Build(d, staff), "contract")
	if len(contract.Signatures) != 3 || contract.Signatures[1].Login != "party:huaxin" {
		t.Fatalf("contract signatures %+v", contract.Signatures)
	}
	act(zhou, "2026-11-06 11:00", id, "start_project", map[string]any{"project_lead": "chenjie"})
	told(id, "assigned", "chenjie")

	// Milestones: notices 3 days ahead; the customer confirms one and objects to the other.
	setClock(t, s, "2026-11-17 09:00")
	told(id, "milestone_notice", "zhangwei@huaxin.example")
	act(customer, "2026-11-17 10:00", id, "confirm_milestone", map[string]any{"name": "原型完成"})
	v = act(customer, "2026-11-17 11:00", id, "object_milestone", map[string]any{"name": "正式交付", "reason": "12月中旬无人验收,请改到1月。"})
	told(id, "decided", "chenjie")
	if v.Milestones[0].Status != "confirmed" || v.Milestones[1].Status != "objected" {
		t.Fatalf("milestones %+v", v.Milestones)
	}
	if stamp(v.DueAt) != at("2026-11-18 11:00").Format(time.RFC3339) {
		t.Fatalf("the objection's answer due %v, want 24 hours", *v.DueAt)
	}
	setClock(t, s, "2026-11-18 11:00")
	told(id, "escalation", "liuyang") // unanswered: the head hears of it
	v = act(chen, "2026-11-18 14:00", id, "answer_objection", map[string]any{"name": "正式交付", "response": "陈杰将于11月20日前提交调整后的交付计划。"})
	if v.Milestones[1].Status != "noticed" {
		t.Fatalf("answered milestone %+v", v.Milestones[1])
	}
	// The confirmed milestone is still owed on its date.
	setClock(t, s, "2026-11-20 18:00")
	told(id, "escalation", "zhoumin")
	act(chen, "2026-11-23 10:00", id, "milestone_done", map[string]any{"name": "原型完成"})

	// After delivery: a fix the customer rejects, then one it confirms.
	act(chen, "2026-11-24 10:00", id, "deliver", map[string]any{"after_sales": "xuting"})
	v = act(customer, "2026-11-24 11:00", id, "feedback", map[string]any{"description": "报表导出乱码。", "severity": "minor"})
	fid := v.Feedback[0].ID
	act(xu, "2026-11-24 14:00", id, "respond", map[string]any{"feedback_id": fid, "response": "编码问题。", "plan": "徐婷于11月25日前修复。"})
	v = act(xu, "2026-11-25 10:00", id, "resolve", map[string]any{"feedback_id": fid, "resolution": "已修复。"})
	if stamp(v.Feedback[0].DueAt) != at("2026-11-30 10:00").Format(time.RFC3339) {
		t.Fatalf("the customer's confirmation due %v, want 3 working days", v.Feedback[0].DueAt)
	}
	act(customer, "2026-11-25 15:00", id, "reject_fix", map[string]any{"feedback_id": fid, "reason": "部分字段仍乱码。"})
	told(id, "decided", "xuting")
	v = act(xu, "2026-11-26 10:00", id, "resolve", map[string]any{"feedback_id": fid, "resolution": "全部字段已修复。"})
	v = act(customer, "2026-11-26 15:00", id, "confirm_fix", map[string]any{"feedback_id": fid})
	if v.Feedback[0].Status != "confirmed" {
		t.Fatalf("feedback %+v", v.Feedback[0])
	}
	if _, err := s.Act(ctx, zhou, id, "record_callback", process.Input{Fields: map[string]any{"summary": "x", "satisfaction": 0}}); problem.CodeOf(err) != problem.Invalid {
		t.Fatalf("satisfaction 0: %v", err)
	}
	act(zhou, "2026-11-27 10:00", id, "record_callback", map[string]any{"summary": "客户认可交付。", "satisfaction": 4, "satisfaction_comment": "响应及时。"})
	v = act(zhou, "", id, "close", nil)
	if v.State != "closed" {
		t.Fatalf("state %s", v.State)
	}
	// The score is the party's, for whoever may see the case; not for a stranger.
	sat, err := s.Satisfaction(ctx, cases.ViewerOf(zhou), "huaxin")
	if err != nil {
		t.Fatal(err)
	}
	if len(sat.Scores) != 1 || sat.Scores[0].Score != 4 || sat.Scores[0].Comment != "响应及时。" || sat.Average != "4.0" {
		t.Fatalf("satisfaction %+v", sat)
	}
	if sat, err := s.Satisfaction(ctx, cases.ViewerOf(who(db, "heping")), "huaxin"); err != nil || len(sat.Scores) != 0 {
		t.Fatalf("a stranger sees scores %+v %v", sat, err)
	}
}
