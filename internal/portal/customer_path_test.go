package portal_test

import (
	"encoding/json"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/store"
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
		var v cases.View
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
		var v cases.View
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
