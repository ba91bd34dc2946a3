package portal_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/web/wire"
)

// TestReplanMilestoneEndToEnd: 调整计划 on a real database with the
// simulated clock. The project lead proposes a new date for 原型完成 with a
// reason; the customer accepts on its page; the history shows the old and
// the new date; the notice comes 3 days before the new date and the
// escalation at 18:00 on it, nothing at the old date. Then the customer
// proposes through the API and the account manager accepts.
func TestReplanMilestoneEndToEnd(t *testing.T) {
	dialects(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db, 0)
		ctx := context.Background()
		id, tok := f.confirming("客户希望统一受理邮件与微信渠道的工单。")
		f.toSigning(id, tok)
		f.act("zhoumin", id, "record_signature", map[string]any{"signed_on": "2026-09-14", "project_lead": "chenjie"})
		// count is the messages of kind about milestone to recipient, one per
		// message (the inbox row for staff, the mail for the customer).
		count := func(kind, recipient, milestone string) int {
			t.Helper()
			list, err := db.CaseNotifications(ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			n := 0
			for _, x := range list {
				if x.Kind == kind && x.Recipient == recipient && (x.Channel == "inbox" || strings.Contains(recipient, "@")) && x.Payload.Message.Fields["milestone"] == milestone {
					n++
				}
			}
			return n
		}
		const customer = "zhangwei@huaxin.example"

		f.clock("2026-09-15 10:00")
		f.act("chenjie", id, "propose_milestone_date", map[string]any{"name": "原型完成", "proposed_date": "2026-10-23", "replan_reason": "接口联调推迟两周。"})
		if count("decided", customer, "") == 0 {
			t.Fatal("the customer is not told of the proposal")
		}
		page := f.do("GET", "/p/"+tok, nil, nil)
		for _, want := range []string{"项目组提议改期至2026年10月23日（周五）：接口联调推迟两周。", `/actions/accept_milestone_date"`, `<option value="原型完成">原型完成 2026年10月10日（周六） → 2026年10月23日（周五）</option>`} {
			if !strings.Contains(page.body, want) {
				t.Fatalf("page lacks %q", want)
			}
		}
		f.clock("2026-09-15 14:00")
		if got := f.form("/p/"+tok+"/actions/accept_milestone_date", url.Values{"csrf": {f.csrf(tok)}, "name": {"原型完成"}}); got.code != http.StatusSeeOther {
			t.Fatalf("accept on the page: %d %s", got.code, got.body)
		}
		// The history keeps both dates, for the staff and for the customer.
		v, err := f.svc.Get(ctx, cases.ViewerOf(f.who("zhoumin")), id)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, e := range v.Events {
			if e.Action == "accept_milestone_date" && e.Fields["previous_date"] == "2026-10-10" && e.Fields["date"] == "2026-10-23" && e.Fields["replan_reason"] == "接口联调推迟两周。" {
				found = true
			}
		}
		if !found || v.Milestones[0].Date != "2026-10-23" || v.Milestones[0].ProposedDate != "" {
			t.Fatalf("history or milestone: %+v %+v", v.Events, v.Milestones)
		}
		var pv wire.Case
		_ = json.Unmarshal([]byte(f.api("GET", "/api/v1/portal/"+tok, nil).body), &pv)
		found = false
		for _, e := range pv.Events {
			if e.Action == "accept_milestone_date" && e.Fields["previous_date"] == "2026-10-10" && e.Fields["date"] == "2026-10-23" {
				found = true
			}
		}
		if !found {
			t.Fatalf("the customer's history lacks the dates: %+v", pv.Events)
		}
		// The old date passes quietly; the notice and the escalation follow the new one.
		f.clock("2026-10-10 18:00")
		if n := count("milestone_notice", customer, "原型完成") + count("escalation", "liuyang", "原型完成"); n != 0 {
			t.Fatalf("the old date still acts: %d", n)
		}
		f.clock("2026-10-20 08:59")
		if n := count("milestone_notice", customer, "原型完成"); n != 0 {
			t.Fatalf("notice early: %d", n)
		}
		f.clock("2026-10-20 09:00") // 3 days before Friday 10-23
		if n := count("milestone_notice", customer, "原型完成"); n != 1 {
			t.Fatalf("notice at 10-20 09:00: %d", n)
		}
		f.clock("2026-10-23 17:59")
		if n := count("escalation", "liuyang", "原型完成"); n != 0 {
			t.Fatalf("escalated early: %d", n)
		}
		f.clock("2026-10-23 18:00")
		if count("escalation", "liuyang", "原型完成") != 1 || count("escalation", "zhoumin", "原型完成") != 1 {
			t.Fatalf("no escalation at the new date: head %d, account manager %d", count("escalation", "liuyang", "原型完成"), count("escalation", "zhoumin", "原型完成"))
		}

		// The customer proposes through the API; it cannot accept its own
		// proposal; the account manager accepts and the escalation moves again.
		f.clock("2026-10-26 10:00")
		tok = f.token(id) // the link of the latest mail (the notice of 10-20)
		a := f.api("POST", "/api/v1/portal/"+tok+"/actions/propose_milestone_date", map[string]any{"fields": map[string]any{"name": "正式交付", "proposed_date": "2026-12-18", "replan_reason": "我方验收人员12月上旬出差。"}})
		if a.code != http.StatusOK {
			t.Fatalf("customer proposes: %d %s", a.code, a.body)
		}
		if a := f.api("POST", "/api/v1/portal/"+tok+"/actions/accept_milestone_date", map[string]any{"fields": map[string]any{"name": "正式交付"}}); a.code != http.StatusForbidden {
			t.Fatalf("the proposer accepts itself: %d %s", a.code, a.body)
		}
		v = f.act("zhoumin", id, "accept_milestone_date", map[string]any{"name": "正式交付"})
		if v.Milestones[1].Date != "2026-12-18" {
			t.Fatalf("after the account manager accepted: %+v", v.Milestones[1])
		}
		f.clock("2026-12-04 18:00") // the old date
		if n := count("escalation", "liuyang", "正式交付"); n != 0 {
			t.Fatalf("the old date of 正式交付 escalated: %d", n)
		}
		f.clock("2026-12-18 18:00")
		if n := count("escalation", "liuyang", "正式交付"); n != 1 {
			t.Fatalf("正式交付 not escalated at its new date: %d", n)
		}
	})
}
