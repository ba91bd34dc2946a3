package cases_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/notify"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// rendered renders every notification of a case of kind to recipient on
// channel, as the dispatcher would.
func rendered(t *testing.T, db *store.DB, id int64, kind, recipient, channel string) []notify.Rendered {
	t.Helper()
	list, err := db.CaseNotifications(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	var out []notify.Rendered
	for _, n := range list {
		if n.Kind == kind && n.Recipient == recipient && n.Channel == channel {
			m := n.Payload.Message
			if m.Fields == nil {
				m.Fields = map[string]string{}
			}
			m.Fields["recipient"] = n.Payload.Target.Name
			r, err := notify.Render(m, nil)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, r)
		}
	}
	return out
}

// TestEscalationNamesTheLateStepAndItsOwner: the contact chenjie does not
// answer a request within 2 working days; each head told names 承接 (not
// 改派对接人, the head's own action) and chenjie, with the date it was due.
func TestEscalationNamesTheLateStepAndItsOwner(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		s := newService(t, db, at("2026-12-01 10:00"))
		v := openCollab(t, s, db)
		if v.DueClock {
			t.Fatal("2 working days shown as clock hours")
		}
		setClock(t, s, "2026-12-03 10:00") // Thursday: 2 working days after Tuesday 10:00
		for _, head := range []string{"lina", "zhaolei"} {
			rs := rendered(t, db, v.ID, "escalation", head, notify.ChannelInbox)
			if len(rs) != 1 {
				t.Fatalf("%s: %d escalations", head, len(rs))
			}
			text := rs[0].Subject + "\n" + rs[0].Text
			for _, want := range []string{"「承接」", "陈杰", "2026年12月3日(周四)10:00"} {
				if !strings.Contains(text, want) {
					t.Errorf("escalation to %s lacks %q:\n%s", head, want, text)
				}
			}
			for _, bad := range []string{"改派对接人", "「」", "于前"} {
				if strings.Contains(text, bad) {
					t.Errorf("escalation to %s has %q:\n%s", head, bad, text)
				}
			}
		}
		// The contact is told it is theirs: "您", not a name.
		rs := rendered(t, db, v.ID, "escalation", "chenjie", notify.ChannelInbox)
		if len(rs) != 1 || !strings.Contains(rs[0].Text, "应由您于2026年12月3日(周四)10:00前完成") {
			t.Fatalf("escalation to the contact: %+v", rs)
		}
	})
}

// TestInboxRowNamesTheStepWithItsDeadline: in after-sales the owner owes the
// callback within 7 days; once the customer reports feedback, the row names
// 响应并制定方案 with the feedback's 48 hours; answered, it is the callback again.
func TestInboxRowNamesTheStepWithItsDeadline(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		s := newService(t, db, at("2026-09-14 10:00"))
		id := customerInAfterSales(t, s, db)
		xu, zhou := who(db, "xuting"), who(db, "zhoumin")
		rowOf := func(a process.Actor, action, due string) {
			t.Helper()
			page, err := s.Inbox(ctx, cases.ViewerOf(a), store.Page{})
			inbox := page.Items
			if err != nil || len(inbox) != 1 {
				t.Fatalf("inbox %+v %v", inbox, err)
			}
			got, want := "", ""
			if inbox[0].DueAt != nil {
				got = stamp(inbox[0].DueAt)
			}
			if due != "" {
				want = at(due).Format(time.RFC3339)
			}
			if inbox[0].Action != action || got != want {
				t.Fatalf("%s's row %s due %q, want %s due %q", a.Login, inbox[0].Action, got, action, want)
			}
		}
		row := func(action, due string) { t.Helper(); rowOf(xu, action, due) }
		// The callback within a week is the account manager's (项目交付后1周内,客户经理需回访客户).
		rowOf(zhou, "record_callback", "2026-10-28 10:00")
		row("record_callback", "")
		setClock(t, s, "2026-10-22 10:00")
		v, err := s.PortalAct(ctx, id, cases.PartyActor("huaxin", "张伟", "zhangwei@huaxin.example"), "feedback", process.Input{Fields: map[string]any{"description": "导出报表乱码", "severity": "major"}})
		if err != nil {
			t.Fatal(err)
		}
		row("respond", "2026-10-24 10:00")
		if _, err := s.Act(ctx, xu, id, "respond", process.Input{Fields: map[string]any{"feedback_id": v.Feedback[0].ID, "response": "已定位为编码问题。", "plan": "徐婷于10月26日前发布修复版本。", "promised_by": "2026-10-26"}}); err != nil {
			t.Fatal(err)
		}
		row("resolve", "2026-10-26 18:00") // the fix, tracked to its promised date
	})
}

// customerInAfterSales walks a customer case to after-sales, delivered on
// Wednesday 2026-10-21 10:00 with xuting as the after-sales owner.
func customerInAfterSales(t *testing.T, s *cases.Service, db *store.DB) int64 {
	t.Helper()
	ctx := context.Background()
	zhou, liu, sun, chen := who(db, "zhoumin"), who(db, "liuyang"), who(db, "sunli"), who(db, "chenjie")
	customer := cases.PartyActor("huaxin", "张伟", "zhangwei@huaxin.example")
	v, err := s.Open(ctx, zhou, "customer-requirement", process.Input{Fields: map[string]any{
		"customer": "huaxin", "contact": map[string]any{"name": "张伟", "email": "zhangwei@huaxin.example"},
		"background": "华信科技计划上线客户门户。", "requirements": []any{map[string]any{"item": "工单管理", "detail": "支持工单创建与分派"}},
		"expected_by": "2027-01-15", "source": "meeting"}})
	if err != nil {
		t.Fatal(err)
	}
	if !v.DueClock {
		t.Fatal("the 24 hours of collecting are not shown as clock hours")
	}
	id := v.ID
	step := func(a process.Actor, when, action string, fields map[string]any) {
		t.Helper()
		setClock(t, s, when)
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
	step(zhou, "2026-09-14 15:00", "send_confirmation", nil)
	step(customer, "2026-09-15 09:00", "confirm", nil)
	step(zhou, "2026-09-18 15:00", "submit_solution", map[string]any{
		"summary":    "基于现有平台定制客户门户。",
		"milestones": []any{map[string]any{"name": "原型完成", "date": "2026-10-10"}},
		"quote":      map[string]any{"currency": "CNY", "tax_rate": "0.13", "items": []any{map[string]any{"name": "定制开发", "qty": "3", "unit_price": "3333.33"}}},
	})
	step(liu, "2026-09-19 10:00", "approve_solution", nil)
	step(zhou, "2026-09-21 10:00", "record_minutes", map[string]any{"meeting_at": "2026-09-21 10:00", "mode": "offline",
		"attendees": []any{"张伟", "周敏"}, "feedback": "认可方案。", "outcome": "accepted"})
	step(zhou, "2026-09-29 10:00", "submit_contract", map[string]any{"scope": "按方案交付", "payment_terms": "分两期付款", "amount": "11299.99"})
	step(sun, "2026-10-08 09:00", "legal_approve", nil)
	step(zhou, "2026-10-12 10:00", "record_signature", map[string]any{"signed_on": "2026-10-12", "project_lead": "chenjie"})
	step(chen, "2026-10-20 10:00", "weekly_report", map[string]any{"progress": "完成原型。", "next_week": "陈杰于10月23日前完成测试。", "risks": "无"})
	step(chen, "2026-10-21 10:00", "deliver", map[string]any{"after_sales": "xuting"})
	return id
}

// TestEscalationClimbsOnTheDatabase: nobody answers; one working day after
// the first escalation the demo organisation (flat: no department above
// tech) reaches management, whose head then sees the case (listed among
// its participants under a named role), and it stops.
func TestEscalationClimbsOnTheDatabase(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		s := newService(t, db, at("2026-12-01 10:00"))
		v := openCollab(t, s, db)
		gao := who(db, "gaojun")
		setClock(t, s, "2026-12-04 09:59")
		if n := kinds(t, db, v.ID)["escalation/gaojun/inbox"]; n != 0 {
			t.Fatalf("management told before a working day passed (%d)", n)
		}
		setClock(t, s, "2026-12-04 10:00")
		rs := rendered(t, db, v.ID, "escalation", "gaojun", notify.ChannelInbox)
		if len(rs) != 1 || !strings.Contains(rs[0].Text, "第2级升级") || !strings.Contains(rs[0].Text, "「承接」") || !strings.Contains(rs[0].Text, "陈杰") {
			t.Fatalf("management's escalation: %+v", rs)
		}
		got, err := s.Get(ctx, cases.ViewerOf(gao), v.ID)
		if err != nil {
			t.Fatalf("management cannot open the case it was told of: %v", err)
		}
		// The head reached plays a role the definition does not declare;
		// the participants still name it in both languages, not by its id.
		named := false
		for _, p := range got.Participants {
			if p.Login == "gaojun" && p.Role == process.EscalatedRole {
				named = p.RoleName.Zh != "" && p.RoleName.Zh != p.Role && p.RoleName.En != "" && p.RoleName.En != p.Role
			}
		}
		if !named {
			t.Errorf("the escalated head's role is not named: %+v", got.Participants)
		}
		setClock(t, s, "2026-12-10 10:00")
		if n := kinds(t, db, v.ID)["escalation/gaojun/inbox"]; n != 1 {
			t.Fatalf("management told %d times", n)
		}
	})
}

// TestQuietHoursOnTheDatabase: a requirement collected from Friday 20:00
// is due Saturday 20:00; the escalation is recorded then but its messages
// wait for Sunday 09-20 09:00 (a make-up working day), and say when the
// deadline passed.
func TestQuietHoursOnTheDatabase(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		s := newService(t, db, at("2026-09-18 20:00"))
		v, err := s.Open(ctx, who(db, "zhoumin"), "customer-requirement", process.Input{Fields: map[string]any{
			"customer": "huaxin", "contact": map[string]any{"name": "张伟", "email": "zhangwei@huaxin.example"},
			"background": "华信科技计划上线客户门户。", "requirements": []any{map[string]any{"item": "工单管理", "detail": "支持工单创建与分派"}},
			"expected_by": "2027-01-15", "source": "meeting"}})
		if err != nil {
			t.Fatal(err)
		}
		setClock(t, s, "2026-09-19 20:00")
		list, err := db.CaseNotifications(ctx, v.ID)
		if err != nil {
			t.Fatal(err)
		}
		found := 0
		for _, n := range list {
			if n.Kind != "escalation" {
				continue
			}
			found++
			if !n.NextAt.Equal(at("2026-09-20 09:00")) {
				t.Errorf("escalation to %s on %s may go at %v, want Sunday 09:00", n.Recipient, n.Channel, n.NextAt)
			}
		}
		if found == 0 {
			t.Fatal("no escalation")
		}
		rs := rendered(t, db, v.ID, "escalation", "liuyang", notify.ChannelInbox)
		if len(rs) != 1 || !strings.Contains(rs[0].Text, "已于2026年9月19日(周六)20:00逾期") {
			t.Fatalf("the escalation does not say when the deadline passed: %+v", rs)
		}
	})
}

// TestReplanningOnTheDatabase: the contact proposes a new committed date,
// the requester accepts; the deadline and its escalation follow the new
// date, and the history keeps both.
func TestReplanningOnTheDatabase(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		s := newService(t, db, at("2026-12-01 10:00"))
		wang, chen := who(db, "wangfang"), who(db, "chenjie")
		v := openCollab(t, s, db)
		act := func(a process.Actor, action string, fields map[string]any) cases.View {
			t.Helper()
			v, err := s.Act(ctx, a, v.ID, action, process.Input{Fields: fields})
			if err != nil {
				t.Fatalf("%s: %v", action, err)
			}
			return v
		}
		act(chen, "accept", map[string]any{"committed_by": "2026-12-10"})
		setClock(t, s, "2026-12-08 10:00")
		act(chen, "propose_plan", map[string]any{"proposed_date": "2026-12-15", "replan_reason": "接口文档晚到两天。"})
		if kinds(t, db, v.ID)["decided/wangfang/inbox"] == 0 {
			t.Fatal("the requester is not told of the proposal")
		}
		v = act(wang, "accept_plan", nil)
		if v.DueAt == nil || stamp(v.DueAt) != at("2026-12-15 18:00").Format(time.RFC3339) {
			t.Fatalf("due %v after re-planning", v.DueAt)
		}
		setClock(t, s, "2026-12-10 18:00")
		if n := kinds(t, db, v.ID)["escalation/lina/inbox"]; n != 0 {
			t.Fatal("the old date still escalates")
		}
		setClock(t, s, "2026-12-15 18:00")
		if n := kinds(t, db, v.ID)["escalation/lina/inbox"]; n != 1 {
			t.Fatalf("the new date escalates %d times", n)
		}
		full, err := s.Get(ctx, cases.ViewerOf(wang), v.ID)
		if err != nil {
			t.Fatal(err)
		}
		both := false
		for _, ev := range full.Events {
			if ev.Action == "accept_plan" && ev.Fields["previous_committed_by"] == "2026-12-10" && ev.Fields["committed_by"] == "2026-12-15" {
				both = true
			}
		}
		if !both {
			t.Fatalf("the history lacks the old and new dates: %+v", full.Events)
		}
	})
}

// TestCommentsAndPauseOnTheDatabase: the contact's question reaches the
// requester, stops the contact's clock (shown as paused_since) and the
// requester's answer starts it again with the time that was left.
func TestCommentsAndPauseOnTheDatabase(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		s := newService(t, db, at("2026-12-01 10:00"))
		wang, chen := who(db, "wangfang"), who(db, "chenjie")
		v := openCollab(t, s, db)
		setClock(t, s, "2026-12-01 15:00")
		v, err := s.Act(ctx, chen, v.ID, "comment", process.Input{Comment: "功能流程图需要覆盖哪些模块？"})
		if err != nil {
			t.Fatal(err)
		}
		// What the case waits for now is the answer, within 24 hours.
		if v.DueAt == nil || stamp(v.DueAt) != at("2026-12-02 15:00").Format(time.RFC3339) || v.PausedSince == nil || stamp(v.PausedSince) != at("2026-12-01 15:00").Format(time.RFC3339) {
			t.Fatalf("not paused: due %v paused %v", *v.DueAt, *v.PausedSince)
		}
		rs := rendered(t, db, v.ID, "comment", "wangfang", notify.ChannelInbox)
		if len(rs) != 1 || !strings.Contains(rs[0].Text, "功能流程图需要覆盖哪些模块？") || !strings.Contains(rs[0].Text, "2026年12月2日(周三)15:00前") {
			t.Fatalf("the requester's message: %+v", rs)
		}
		setClock(t, s, "2026-12-03 10:00") // the old deadline passes: no escalation while paused
		if n := kinds(t, db, v.ID)["escalation/lina/inbox"]; n != 0 {
			t.Fatal("escalated while paused")
		}
		v, err = s.Act(ctx, wang, v.ID, "comment", process.Input{Comment: "覆盖订单与支付两个模块。"})
		if err != nil {
			t.Fatal(err)
		}
		// 13 working hours were left: Thursday 10:00 + 8 h to 18:00, Friday 09:00 + 5 h.
		if v.PausedSince != nil || v.DueAt == nil || stamp(v.DueAt) != at("2026-12-04 14:00").Format(time.RFC3339) {
			t.Fatalf("after the answer: due %v paused %v", v.DueAt, v.PausedSince)
		}
		// The resumed clock reminds the contact again at half the time left (6.5 working hours).
		before := kinds(t, db, v.ID)["reminder/chenjie/inbox"]
		setClock(t, s, "2026-12-03 16:29")
		if kinds(t, db, v.ID)["reminder/chenjie/inbox"] != before {
			t.Fatal("reminded before half the time left")
		}
		setClock(t, s, "2026-12-03 16:30")
		if kinds(t, db, v.ID)["reminder/chenjie/inbox"] != before+1 {
			t.Fatalf("no reminder at half the time left: %v", kinds(t, db, v.ID))
		}
	})
}

// TestRepairTransferAndEscalation: the handler who transfers a repair gets
// 200 with the case (they keep a part in it); when the new handler, a head
// handling it themselves, lets 24 hours pass, the escalation reaches
// someone above them (management) at once and tells the reporter.
func TestRepairTransferAndEscalation(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		s := newService(t, db, at("2026-12-01 10:00"))
		v, err := s.Open(ctx, who(db, "wangfang"), "issue-report", process.Input{Fields: map[string]any{
			"title": "3楼投影仪无法开机", "location": "301会议室", "description": "通电后指示灯不亮。"}})
		if err != nil {
			t.Fatal(err)
		}
		v, err = s.Act(ctx, who(db, "wuqiang"), v.ID, "transfer", process.Input{Fields: map[string]any{"to_dept": "tech", "reason": "投影仪属于IT设备,由技术部处理。"}})
		if err != nil {
			t.Fatalf("transfer: %v", err)
		}
		if v.Fields["handler"] != "zhaolei" {
			t.Fatalf("after the transfer: %v", v.Fields["handler"])
		}
		setClock(t, s, "2026-12-02 10:00")
		k := kinds(t, db, v.ID)
		for _, who := range []string{"zhaolei", "wangfang", "gaojun"} {
			if k["escalation/"+who+"/inbox"] != 1 {
				t.Errorf("escalation to %s: %d; %v", who, k["escalation/"+who+"/inbox"], k)
			}
		}
	})
}

// openCollab opens a request from wangfang to tech on Tuesday 2026-12-01
// 10:00 with chenjie as the contact (not the head), due Thursday 10:00.
func openCollab(t *testing.T, s *cases.Service, db *store.DB) cases.View {
	t.Helper()
	f := collabFields()
	f["expected_by"], f["contact"] = "2026-12-31", "chenjie"
	v, err := s.Open(context.Background(), who(db, "wangfang"), "internal-collab", process.Input{Fields: f})
	if err != nil {
		t.Fatal(err)
	}
	return v
}
