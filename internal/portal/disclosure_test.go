package portal_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
	"github.com/liaison-dev/liaison/internal/web/wire"
)

// TestReturnedDraftStaysInternal: after submit → return → resubmit →
// approve, the outside tester found both submit_solution events in the JSON,
// the returned one with its unit price 999999 and its draft milestones. The
// party sees the approved solution only, in the JSON and on the page alike.
func TestReturnedDraftStaysInternal(t *testing.T) {
	dialects(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db, 0)
		id, tok := f.confirming("背景说明。")
		if got := f.api("POST", "/api/v1/portal/"+tok+"/actions/confirm", map[string]any{}); got.code != 200 {
			t.Fatalf("confirm: %d", got.code)
		}
		f.act("zhoumin", id, "submit_solution", map[string]any{
			"summary":    "草稿方案:尚未审核。",
			"milestones": []any{map[string]any{"name": "草稿里程碑", "date": "2026-10-10"}},
			"quote":      map[string]any{"currency": "CNY", "tax_rate": "0.13", "items": []any{map[string]any{"name": "定制开发", "qty": 1, "unit_price": "999999.00"}}},
		})
		f.act("liuyang", id, "return_solution", map[string]any{"reason": "内部意见:报价过高。"})
		f.act("zhoumin", id, "submit_solution", map[string]any{
			"summary":    "正式方案:分两期交付。",
			"milestones": []any{map[string]any{"name": "正式交付", "date": "2026-12-04"}},
			"quote":      map[string]any{"currency": "CNY", "tax_rate": "0.13", "items": []any{map[string]any{"name": "定制开发", "qty": 10, "unit_price": "6300.00"}}},
		})
		f.act("liuyang", id, "approve_solution", nil)
		for _, path := range []string{"/api/v1/portal/" + tok, "/p/" + tok} {
			got := f.do("GET", path, nil, nil)
			if got.code != 200 {
				t.Fatalf("%s: %d", path, got.code)
			}
			// The page writes amounts as the printed quote does (6,300.00), the API as stored.
			for _, never := range []string{"999999", "999,999", "草稿方案", "草稿里程碑", "内部意见"} {
				if strings.Contains(got.body, never) {
					t.Errorf("%s shows the returned draft (%q)", path, never)
				}
			}
			amount := "6300"
			if strings.HasPrefix(path, "/p/") {
				amount = "6,300"
			}
			for _, want := range []string{"正式方案", amount, "正式交付"} {
				if !strings.Contains(got.body, want) {
					t.Errorf("%s lacks the approved solution (%q)", path, want)
				}
			}
		}
		var v wire.Case
		if err := json.Unmarshal([]byte(f.api("GET", "/api/v1/portal/"+tok, nil).body), &v); err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, e := range v.Events {
			if e.Action == "submit_solution" {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%d submit_solution events shown, want the approved one", n)
		}
	})
}

// TestPortalShowsNamesNotLogins: the JSON carried "opener":"zhoumin"; a
// party sees staff names, never logins, anywhere in the view.
func TestPortalShowsNamesNotLogins(t *testing.T) {
	f := newFixture(t, storetest.SQLite(t), 0)
	id, tok := f.confirming("背景说明。")
	f.walk(id, tok)
	got := f.api("GET", "/api/v1/portal/"+tok, nil)
	var v wire.Case
	if err := json.Unmarshal([]byte(got.body), &v); err != nil || got.code != 200 {
		t.Fatalf("%d %s", got.code, got.body)
	}
	if v.Opener != "周敏" {
		t.Errorf("opener %q, want the name 周敏", v.Opener)
	}
	for login := range f.org.Users {
		if strings.Contains(got.body, `"`+login+`"`) {
			t.Errorf("the JSON shows the login %q", login)
		}
	}
	for _, s := range v.Signatures {
		if s.Login != "" {
			t.Errorf("signature by login %q", s.Login)
		}
	}
}
