package portal_test

import (
	"context"
	"net/url"
	"strings"
	"testing"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/store"
)

// TestSignThroughThePage: the customer's signature shows the contract it
// signs and needs the box ticked; unticked, nothing is signed. A warning
// staff sent anyway (the delivery with milestones open) never reaches the
// customer's page.
func TestSignThroughThePage(t *testing.T) {
	dialects(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db, 0)
		id, tok := f.confirming("背景说明。")
		if got := f.api("POST", "/api/v1/portal/"+tok+"/actions/confirm", map[string]any{}); got.code != 200 {
			t.Fatalf("confirm: %d %s", got.code, got.body)
		}
		f.act("zhoumin", id, "submit_solution", map[string]any{
			"summary":    "基于现有平台定制客户门户。",
			"milestones": []any{map[string]any{"name": "原型完成", "date": "2026-10-10"}},
			"quote":      map[string]any{"currency": "CNY", "tax_rate": "0.13", "items": []any{map[string]any{"name": "定制开发", "qty": 10, "unit_price": "6300.00"}}},
		})
		f.act("liuyang", id, "approve_solution", nil)
		f.act("zhoumin", id, "record_minutes", map[string]any{"meeting_at": "2026-09-15T10:00:00+08:00", "mode": "online", "attendees": "张伟、周敏", "feedback": "认可方案。", "outcome": "accepted"})
		f.act("zhoumin", id, "submit_contract", map[string]any{"scope": "按方案书交付客户门户。", "payment_terms": "签约付50%,验收付50%。", "amount": "71190.00"})
		f.act("sunli", id, "legal_approve", nil)
		page := f.do("GET", "/p/"+tok, nil, nil)
		i := strings.Index(page.body, `/actions/sign_contract"`)
		if i < 0 {
			t.Fatalf("no signature offered:\n%s", page.body)
		}
		form := page.body[i:]
		form = form[:strings.Index(form, "</form>")]
		for _, want := range []string{"data-sign-preview", "将要签署的内容", "按方案书交付客户门户", "71190.00", `name="confirm_sign"`, "签署后不可撤销"} {
			if !strings.Contains(form, want) {
				t.Errorf("the sign form lacks %q\n%s", want, form)
			}
		}
		vals := url.Values{"csrf": {f.csrf(tok)}, "signer_name": {"张伟"}, "signer_title": {"信息部经理"}}
		if got := f.form("/p/"+tok+"/actions/sign_contract", vals); got.code != 422 || !strings.Contains(got.body, "勾选确认") {
			t.Fatalf("signed unticked: %d", got.code)
		}
		if st := f.state(id); st != "signing" {
			t.Fatalf("an unticked signature moved the case to %s", st)
		}
		vals.Set("confirm_sign", "1")
		if got := f.form("/p/"+tok+"/actions/sign_contract", vals); got.code != 303 {
			t.Fatalf("sign: %d %s", got.code, got.body)
		}
		if st := f.state(id); st == "signing" {
			t.Fatal("the ticked signature did not sign")
		}
		// Delivered with the milestone open, sent anyway by staff: the
		// warning is kept for staff, never shown to the customer.
		id2, tok2 := f.confirming("另一项需求。")
		f.walk(id2, tok2)
		staff, err := f.svc.Get(context.Background(), cases.ViewerOf(f.who("chenjie")), id2)
		if err != nil {
			t.Fatal(err)
		}
		if last := staff.Events[len(staff.Events)-1]; len(last.Findings) != 1 || last.Findings[0].Rule != "items-open" {
			t.Fatalf("the delivery kept %+v for the project lead, want the open milestones' warning", last.Findings)
		}
		tok = tok2
		page = f.do("GET", "/p/"+tok, nil, nil)
		if strings.Contains(page.body, "未完成") {
			t.Fatal("the customer's page shows the warning staff sent anyway")
		}
		if body := f.api("GET", "/api/v1/portal/"+tok, nil).body; strings.Contains(body, "items-open") || strings.Contains(body, "未完成") {
			t.Fatal("the customer's API view holds the warning staff sent anyway")
		}
	})
}
