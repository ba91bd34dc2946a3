package portal_test

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/store"
)

// toSigning takes a confirmed requirement to the contract's signing.
func (f *fixture) toSigning(id int64, tok string) {
	f.t.Helper()
	if got := f.api("POST", "/api/v1/portal/"+tok+"/actions/confirm", map[string]any{}); got.code != 200 {
		f.t.Fatalf("confirm: %d %s", got.code, got.body)
	}
	f.act("zhoumin", id, "submit_solution", map[string]any{
		"summary":    "基于现有平台定制客户门户,分三期交付。",
		"milestones": []any{map[string]any{"name": "原型完成", "date": "2026-10-10"}, map[string]any{"name": "正式交付", "date": "2026-12-04"}},
		"quote":      map[string]any{"currency": "CNY", "tax_rate": "0.13", "items": []any{map[string]any{"name": "定制开发", "qty": 10, "unit_price": "6300.00"}}},
	})
	f.act("liuyang", id, "approve_solution", nil)
	f.act("zhoumin", id, "record_minutes", map[string]any{"meeting_at": "2026-09-15T10:00:00+08:00", "mode": "online", "attendees": "张伟、周敏", "feedback": "认可方案。", "outcome": "accepted"})
	f.act("zhoumin", id, "submit_contract", map[string]any{"scope": "按方案书交付客户门户。", "payment_terms": "签约付50%,验收付50%。", "amount": "71190.00"})
	f.act("sunli", id, "legal_approve", nil)
	if f.state(id) != "signing" {
		f.t.Fatalf("not signing: %s", f.state(id))
	}
}

// TestSignContractNeedsTheStampedScan: 签字盖章 — the customer's signature
// through the link is refused with a clear Chinese error (422 on "file")
// until the stamped scan is uploaded there, by the page's form and by the
// API alike; a refusal changes nothing; the account manager may still
// record a paper signature without a file.
func TestSignContractNeedsTheStampedScan(t *testing.T) {
	dialects(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db, 0)
		rec := f.withRecords(db)

		// The page.
		id, tok := f.confirming("客户希望统一受理邮件与微信渠道的工单。")
		f.toSigning(id, tok)
		if page := f.do("GET", "/p/"+tok, nil, nil); !strings.Contains(page.body, "提交前请先在上方「上传文件」中上传盖章合同扫描件") || !strings.Contains(page.body, `id="upload"`) {
			t.Fatalf("the signing page does not ask for the scan first:\n%s", page.body)
		}
		got := f.form("/p/"+tok+"/actions/sign_contract", url.Values{"csrf": {f.csrf(tok)}, "signer_name": {"张伟"}, "signer_title": {"信息部经理"}, "confirm_sign": {"1"}})
		if got.code != http.StatusUnprocessableEntity || !strings.Contains(got.body, "请先上传盖章合同扫描件") {
			t.Fatalf("page sign without the scan: %d %s", got.code, got.body)
		}
		if f.state(id) != "signing" {
			t.Fatal("a refused signature changed the case")
		}
		body, h := upload(t, "合同-盖章.pdf", "%PDF-1.4 stamped")
		if a := f.do("POST", "/p/"+tok+"/attachments?csrf="+f.csrf(tok), body, h); a.code != http.StatusSeeOther {
			t.Fatalf("page upload: %d %s", a.code, a.body)
		}
		if got := f.form("/p/"+tok+"/actions/sign_contract", url.Values{"csrf": {f.csrf(tok)}, "signer_name": {"张伟"}, "signer_title": {"信息部经理"}, "confirm_sign": {"1"}}); got.code != http.StatusSeeOther {
			t.Fatalf("page sign with the scan: %d %s", got.code, got.body)
		}
		if f.state(id) != "starting" {
			t.Fatalf("after signing: %s", f.state(id))
		}
		list, _, err := rec.Attachments(t.Context(), f.who("zhoumin"), id, store.Page{})
		if err != nil || len(list) != 1 || list[0].Action != "sign_contract" {
			t.Fatalf("the scan belongs to the signature: %+v %v", list, err)
		}

		// The API.
		id2, tok2 := f.confirming("客户希望短信通知工单状态变化。")
		f.toSigning(id2, tok2)
		a := f.api("POST", "/api/v1/portal/"+tok2+"/actions/sign_contract", map[string]any{"fields": map[string]any{"signer_name": "张伟"}})
		if a.code != http.StatusUnprocessableEntity || !strings.Contains(a.body, "请先上传盖章合同扫描件") || !strings.Contains(a.body, `"file"`) {
			t.Fatalf("api sign without the scan: %d %s", a.code, a.body)
		}
		body, h = upload(t, "合同-盖章.pdf", "%PDF-1.4 stamped")
		if a := f.do("POST", "/api/v1/portal/"+tok2+"/attachments", body, h); a.code != http.StatusCreated || !strings.Contains(a.body, `"action":"sign_contract"`) {
			t.Fatalf("api upload: %d %s", a.code, a.body)
		}
		if a := f.api("POST", "/api/v1/portal/"+tok2+"/actions/sign_contract", map[string]any{"fields": map[string]any{"signer_name": "张伟"}}); a.code != http.StatusOK {
			t.Fatalf("api sign with the scan: %d %s", a.code, a.body)
		}

		// The account manager records a paper signature as before.
		id3, tok3 := f.confirming("客户希望工单可导出为Excel。")
		f.toSigning(id3, tok3)
		f.act("zhoumin", id3, "record_signature", map[string]any{"signed_on": "2026-09-14", "project_lead": "chenjie"})
		if f.state(id3) != "executing" {
			t.Fatalf("record_signature: %s", f.state(id3))
		}
	})
}

// TestSignThroughThePage: the customer's signature shows the contract it
// signs and needs the box ticked; unticked, nothing is signed. A warning
// staff sent anyway (the delivery with milestones open) never reaches the
// customer's page.
func TestSignThroughThePage(t *testing.T) {
	dialects(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db, 0)
		f.withRecords(db)
		id, tok := f.confirming("背景说明。")
		f.toSigning(id, tok)
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
		// 签字盖章: the stamped scan first (TestSignContractNeedsTheStampedScan).
		body, h := upload(t, "合同-盖章.pdf", "%PDF-1.4 stamped")
		if a := f.do("POST", "/p/"+tok+"/attachments?csrf="+f.csrf(tok), body, h); a.code != http.StatusSeeOther {
			t.Fatalf("page upload: %d %s", a.code, a.body)
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
