package portal_test

import (
	"context"
	"encoding/json"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/web/wire"
)

// TestCorrectRowsThroughThePage: the customer corrects the requirement rows
// on the page itself — the rows stand there to edit, a refused submission
// keeps what was typed, and the accepted one replaces the case's rows.
func TestCorrectRowsThroughThePage(t *testing.T) {
	dialects(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db, 0)
		id, tok := f.confirming("背景说明。")
		page := f.do("GET", "/p/"+tok, nil, nil)
		for _, want := range []string{`name="requirements.0.item" value="工单管理"`, `name="requirements.1.item" value=""`, `name="requirements.0.detail"`} {
			if !strings.Contains(page.body, want) {
				t.Fatalf("page lacks %q", want)
			}
		}
		vals := url.Values{"csrf": {f.csrf(tok)}, "corrections": {""},
			"requirements.0.item": {"工单管理"}, "requirements.0.detail": {"支持工单创建、分派、关闭"},
			"requirements.1.item": {"短信通知"}, "requirements.1.detail": {"状态变化10秒内发送短信"},
			"requirements.2.item": {""}, "requirements.2.detail": {""}}
		got := f.form("/p/"+tok+"/actions/correct", vals)
		if got.code != 422 || !strings.Contains(got.body, `value="短信通知"`) {
			t.Fatalf("without the corrections note: %d, rows kept: %v", got.code, strings.Contains(got.body, "短信通知"))
		}
		if f.state(id) != "confirming" {
			t.Fatal("a refused correction changed the case")
		}
		vals.Set("corrections", "增加短信通知。")
		if got := f.form("/p/"+tok+"/actions/correct", vals); got.code != 303 {
			t.Fatalf("correct: %d %s", got.code, got.body)
		}
		var v wire.Case
		_ = json.Unmarshal([]byte(f.api("GET", "/api/v1/portal/"+tok, nil).body), &v)
		rows, _ := v.Fields["requirements"].([]any)
		if v.State != "collecting" || len(rows) != 2 {
			t.Fatalf("after the correction: %s %v", v.State, v.Fields["requirements"])
		}
		if r, _ := rows[1].(map[string]any); r["item"] != "短信通知" {
			t.Fatalf("second row %v", rows[1])
		}
	})
}

// TestMilestoneAndFixThroughThePage: in execution the page offers the
// milestones by name to confirm or object to, and after a fix the feedback
// item by number to confirm.
func TestMilestoneAndFixThroughThePage(t *testing.T) {
	dialects(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db, 0)
		id, tok := f.confirming("背景说明。")
		f.walk(id, tok)
		// walk ends delivered; the milestones were planned in its solution.
		page := f.do("GET", "/p/"+tok, nil, nil)
		if strings.Contains(page.body, `/actions/confirm_milestone"`) {
			t.Fatal("milestone confirmation offered after delivery")
		}
		got := f.form("/p/"+tok+"/actions/feedback", url.Values{"csrf": {f.csrf(tok)}, "description": {"导出乱码。"}, "severity": {"minor"}})
		if got.code != 303 {
			t.Fatalf("feedback: %d", got.code)
		}
		var v wire.Case
		_ = json.Unmarshal([]byte(f.api("GET", "/api/v1/portal/"+tok, nil).body), &v)
		fid := v.Feedback[0].ID
		f.act("xuting", id, "respond", map[string]any{"feedback_id": fid, "response": "编码问题。", "plan": "徐婷于9月18日前修复。"})
		f.act("xuting", id, "resolve", map[string]any{"feedback_id": fid, "resolution": "已修复。"})
		page = f.do("GET", "/p/"+tok, nil, nil)
		n := strconv.Itoa(fid)
		if !strings.Contains(page.body, `<option value="`+n+`">#`+n+` 导出乱码。</option>`) || !strings.Contains(page.body, `/actions/confirm_fix"`) {
			t.Fatalf("the page does not offer the fix to confirm:\n%s", page.body)
		}
		if got := f.form("/p/"+tok+"/actions/confirm_fix", url.Values{"csrf": {f.csrf(tok)}, "feedback_id": {n}}); got.code != 303 {
			t.Fatalf("confirm_fix: %d %s", got.code, got.body)
		}
		_ = json.Unmarshal([]byte(f.api("GET", "/api/v1/portal/"+tok, nil).body), &v)
		if v.Feedback[0].Status != "confirmed" {
			t.Fatalf("feedback %+v", v.Feedback[0])
		}
	})
}

// TestSupplierQuoteAsRows: the supplier enters its quotation through the
// link as lines, not JSON; 计算合计 shows each line's amount and the totals
// for what was typed without sending it, and the quotation sent is the one
// shown.
func TestSupplierQuoteAsRows(t *testing.T) {
	dialects(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db, 0)
		v, err := f.svc.Open(context.Background(), f.who("heping"), "supplier-inquiry", process.Input{Fields: map[string]any{
			"supplier": "dongfang", "contact": map[string]any{"name": "李强", "email": "liqiang@dongfang.example"}, "title": "网络设备询价",
			"items": []any{map[string]any{"name": "千兆交换机", "qty": 10, "unit": "台"}}, "quote_by": "2026-09-18"}})
		if err != nil {
			t.Fatal(err)
		}
		tok := ""
		list, _ := db.CaseNotifications(context.Background(), v.ID)
		for _, n := range list {
			if n.Recipient == "liqiang@dongfang.example" && n.Payload.Message.Fields["link_id"] != "" {
				m, err := f.links.Expand(context.Background(), n.Payload.Message)
				if err != nil {
					t.Fatal(err)
				}
				tok = strings.TrimPrefix(m.Fields["link"], base+"/p/")
			}
		}
		if tok == "" {
			t.Fatal("no link mailed to the supplier")
		}
		page := f.do("GET", "/p/"+tok, nil, nil)
		for _, want := range []string{`name="quote.currency"`, `name="quote.tax_rate" value="0.13"`, `name="quote.items.0.unit_price"`, "计算合计"} {
			if !strings.Contains(page.body, want) {
				t.Fatalf("page lacks %q", want)
			}
		}
		vals := url.Values{"csrf": {f.csrf(tok)}, "quote.currency": {"CNY"}, "quote.tax_rate": {"0.13"},
			"quote.items.0.name": {"千兆交换机"}, "quote.items.0.qty": {"10"}, "quote.items.0.unit_price": {"3280.00"},
			"quote.items.1.name": {"无线AP"}, "quote.items.1.qty": {"3"}, "quote.items.1.unit_price": {"899.99"},
			"quote.items.2.name": {""}, "quote.items.2.qty": {""}, "quote.items.2.unit_price": {""},
			"valid_until": {"2026-10-31"}, "lead_time_days": {"15"}, "preview": {"1"}}
		got := f.form("/p/"+tok+"/actions/submit_quote", vals)
		// 32800.00 + 2699.97 = 35499.97; tax 4615.00 (4614.9961 rounded); total 40114.97
		for _, want := range []string{"2699.97", "CNY 35499.97", "CNY 4615.00", "CNY 40114.97", `value="无线AP"`} {
			if got.code != 200 || !strings.Contains(got.body, want) {
				t.Fatalf("preview: %d, lacks %q", got.code, want)
			}
		}
		if now, _ := f.svc.Get(context.Background(), cases.ViewerOf(f.who("heping")), v.ID); now.State != "inquiring" {
			t.Fatal("the preview sent the quotation")
		}
		vals.Del("preview")
		if got := f.form("/p/"+tok+"/actions/submit_quote", vals); got.code != 303 {
			t.Fatalf("submit_quote: %d %s", got.code, got.body)
		}
		var view wire.Case
		_ = json.Unmarshal([]byte(f.api("GET", "/api/v1/portal/"+tok, nil).body), &view)
		if q, _ := view.Fields["quote"].(map[string]any); view.State != "evaluating" || q["total"] != "40114.97" {
			t.Fatalf("sent: %s %v", view.State, view.Fields["quote"])
		}
	})
}
