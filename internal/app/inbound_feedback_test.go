package app_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/liaison-dev/liaison/internal/app"
	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/demo"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/reach"
)

// walkToAfterSales takes a customer requirement to after-sales, where the
// customer may give feedback, on the dev clock.
func walkToAfterSales(t *testing.T, a *app.App) int64 {
	t.Helper()
	ctx := context.Background()
	sh, _ := time.LoadLocation("Asia/Shanghai")
	at := func(s string) {
		t.Helper()
		tm, err := time.ParseInLocation("2006-01-02 15:04", s, sh)
		if err != nil {
			t.Fatal(err)
		}
		if err := a.Cases().SetClock(ctx, tm); err != nil {
			t.Fatal(err)
		}
	}
	zhou, liu, sun, chen := actor(t, a.DB(), "zhoumin"), actor(t, a.DB(), "liuyang"), actor(t, a.DB(), "sunli"), actor(t, a.DB(), "chenjie")
	customer := cases.PartyActor("huaxin", "张伟", "zhangwei@huaxin.example")
	at("2026-09-14 10:00")
	v, err := a.Cases().Open(ctx, zhou, "customer-requirement", process.Input{Fields: map[string]any{
		"customer": "huaxin", "contact": map[string]any{"name": "张伟", "email": "zhangwei@huaxin.example"},
		"background": "华信科技计划上线客户门户。", "requirements": []any{map[string]any{"item": "工单管理", "detail": "支持工单创建与分派"}},
		"expected_by": "2027-01-15", "source": "meeting"}})
	if err != nil {
		t.Fatal(err)
	}
	id := v.ID
	step := func(who process.Actor, when, action string, fields map[string]any) {
		t.Helper()
		at(when)
		var err error
		if who.Party != "" {
			_, err = a.Cases().PortalAct(ctx, id, who, action, process.Input{Fields: fields})
		} else {
			_, err = a.Cases().Act(ctx, who, id, action, process.Input{Fields: fields})
		}
		if err != nil {
			t.Fatalf("%s: %v", action, err)
		}
	}
	step(zhou, "2026-09-14 15:00", "send_confirmation", nil)
	step(customer, "2026-09-15 09:00", "confirm", nil)
	step(zhou, "2026-09-18 15:00", "submit_solution", map[string]any{
		"summary":    "基于现有平台定制客户门户。",
		"milestones": []any{map[string]any{"name": "原型完成", "date": "2026-10-10"}, map[string]any{"name": "正式交付", "date": "2026-11-20"}},
		"quote":      map[string]any{"currency": "CNY", "tax_rate": "0.13", "items": []any{map[string]any{"name": "定制开发", "qty": "3", "unit_price": "3333.33"}}},
	})
	step(liu, "2026-09-19 10:00", "approve_solution", nil)
	step(zhou, "2026-09-21 10:00", "record_minutes", map[string]any{"meeting_at": "2026-09-21 10:00", "mode": "offline",
		"attendees": []any{"张伟", "周敏"}, "feedback": "认可方案。", "outcome": "accepted"})
	step(zhou, "2026-09-29 10:00", "submit_contract", map[string]any{"scope": "按方案交付", "payment_terms": "分两期付款", "amount": "11299.99"})
	step(sun, "2026-10-08 09:00", "legal_approve", nil)
	step(zhou, "2026-10-12 10:00", "record_signature", map[string]any{"signed_on": "2026-10-12", "project_lead": "chenjie"})
	step(chen, "2026-10-21 10:00", "deliver", map[string]any{"after_sales": "xuting"})
	return id
}

// TestInboundFeedback: where the case waits for the customer's feedback, a
// customer's reply becomes that feedback, not a comment.
func TestInboundFeedback(t *testing.T) {
	ctx := context.Background()
	mb := newMemMailbox(t, false)
	a := mailApp(t, filepath.Join(t.TempDir(), "feedback.db"), mb)
	defer a.Shutdown(ctx)
	if err := demo.Seed(ctx, a.DB(), time.Now(), cheap); err != nil {
		t.Fatal(err)
	}
	id := walkToAfterSales(t, a)
	list, err := a.DB().CaseNotifications(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	last := ""
	for _, n := range list {
		if n.Login == "" && n.Channel == "email" {
			last = n.Payload.ID // the newest mail to the customer: the delivery
		}
	}
	mb.deliver(t, rawMail(mailOpts{id: "fb1@huaxin.example", from: "zhangwei@huaxin.example", to: "liaison@liaison-demo.example", subject: "Re: 交付 紧急",
		inReplyTo: last + "@liaison", body: []byte("导出报表时中文乱码,请尽快处理。\r\n\r\n-----原始邮件-----\r\n发件人: liaison\r\n")}))
	if _, err := a.Reach().ReadMailbox(ctx, *a.Mailbox()); err != nil {
		t.Fatal(err)
	}
	v, err := a.Cases().Get(ctx, cases.ViewerOf(process.Actor{Admin: true}), id)
	if err != nil {
		t.Fatal(err)
	}
	if len(v.Feedback) != 1 {
		t.Fatalf("feedback items: %+v", v.Feedback)
	}
	fb := v.Feedback[0]
	if !strings.Contains(fb.Description, "导出报表时中文乱码") || strings.Contains(fb.Description, "原始邮件") || fb.Severity != "critical" {
		t.Errorf("feedback %+v", fb)
	}
	if got := comments(t, a, id); len(got) != 0 {
		t.Errorf("the reply also became a comment: %q", got)
	}
	m, err := a.Reach().InboundMail(ctx, process.Actor{Admin: true}, reach.MailFeedback, 10)
	if err != nil || len(m) != 1 || m[0].Actor != "party:huaxin" {
		t.Errorf("recorded: %+v %v", m, err)
	}
}

// TestInboundIdle: the server's reader waits in IMAP IDLE and picks up a
// reply as soon as it arrives (polling would wait a minute).
func TestInboundIdle(t *testing.T) {
	ctx := context.Background()
	mb := newMemMailbox(t, true)
	env := map[string]string{
		"LIAISON_IMAP":      "imap://liaison:pw-imap-9@" + mb.addr + "/INBOX",
		"LIAISON_MAIL_FROM": "liaison <liaison@liaison-demo.example>",
	}
	a, err := app.New(ctx, app.Config{Addr: "127.0.0.1:0", DB: filepath.Join(t.TempDir(), "idle.db"), DevClock: true, PasswordParams: cheap,
		Logger: quietLogger(), Getenv: func(k string) string { return env[k] }})
	if err != nil {
		t.Fatal(err)
	}
	if err := demo.Seed(ctx, a.DB(), time.Now(), cheap); err != nil {
		t.Fatal(err)
	}
	v, err := a.Cases().Open(ctx, actor(t, a.DB(), "wangfang"), "internal-collab", process.Input{Fields: map[string]any{
		"title": "接口联调支持", "to_dept": "tech", "contact": "chenjie", "background": "新版本需要接口联调。",
		"tasks": []any{map[string]any{"item": "联调订单接口", "standard": "全部用例通过"}}, "expected_by": "2027-03-20",
	}})
	if err != nil {
		t.Fatal(err)
	}
	list, _ := a.DB().CaseNotifications(ctx, v.ID)
	if err := a.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer a.Shutdown(ctx)
	waitComments := func(n int) {
		t.Helper()
		for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
			if len(comments(t, a, v.ID)) >= n {
				return
			}
		}
		t.Fatalf("no %d comments within 20 s: %q", n, comments(t, a, v.ID))
	}
	reply := func(id, text string) string {
		return rawMail(mailOpts{id: id, from: "chenjie@liaison-demo.example", to: "liaison@liaison-demo.example", subject: "Re", inReplyTo: list[0].Payload.ID + "@liaison", body: []byte(text)})
	}
	mb.deliver(t, reply("i1@liaison-demo.example", "收到。"))
	waitComments(1)
	mb.deliver(t, reply("i2@liaison-demo.example", "今天下午开始联调。"))
	waitComments(2)
}
