package app_test

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// postHook sends an event signed as docs/notifications.md tells an outside
// system to: sha256= hex HMAC-SHA256(secret, timestamp "." body).
func postHook(t *testing.T, base, source, secret string, at time.Time, body string) (int, map[string]any) {
	t.Helper()
	ts := strconv.FormatInt(at.Unix(), 10)
	m := hmac.New(sha256.New, []byte(secret))
	m.Write([]byte(ts + "." + body))
	req, _ := http.NewRequest("POST", base+"/api/v1/hooks/"+source, bytes.NewReader([]byte(body)))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Liaison-Timestamp", ts)
	req.Header.Set("X-Liaison-Signature", "sha256="+hex.EncodeToString(m.Sum(nil)))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	var out map[string]any
	_ = json.Unmarshal(b, &out)
	return resp.StatusCode, out
}

// TestInboundHooks: an administrator gives the project-management system a
// secret; its signed events open a case and comment on it, each exactly
// once by its own event id; unsigned, stale, unknown or malformed calls
// change nothing.
func TestInboundHooks(t *testing.T) {
	t.Run("sqlite", func(t *testing.T) { testInboundHooks(t, filepath.Join(t.TempDir(), "hooks.db")) })
	t.Run("postgres", func(t *testing.T) { testInboundHooks(t, storetest.PostgresURL(t)) })
}

func testInboundHooks(t *testing.T, db string) {
	ctx := context.Background()
	a, _ := customerCaseOn(t, db)
	admin := signIn(t, a, "admin")
	var src struct {
		ID, Secret string
	}
	if code := admin.json("POST", "/api/v1/admin/hook-sources", map[string]string{"id": "pm", "name": "项目管理系统", "actor": "wangfang"}, &src); code != 201 || src.Secret == "" {
		t.Fatalf("add source: %d %+v", code, src)
	}
	for _, tc := range []struct {
		who  string
		body map[string]string
		want int
	}{
		{"admin", map[string]string{"id": "pm", "name": "again", "actor": "wangfang"}, 409},
		{"admin", map[string]string{"id": "PM!", "name": "x", "actor": "wangfang"}, 422},
		{"admin", map[string]string{"id": "crm", "name": "x", "actor": "nobody"}, 422},
		{"wangfang", map[string]string{"id": "crm", "name": "x", "actor": "wangfang"}, 403},
	} {
		if code := signIn(t, a, tc.who).json("POST", "/api/v1/admin/hook-sources", tc.body, nil); code != tc.want {
			t.Errorf("%s adds %v: %d, want %d", tc.who, tc.body, code, tc.want)
		}
	}
	var list []map[string]any
	admin.json("GET", "/api/v1/admin/hook-sources", nil, &list)
	// Times in the calendar's zone, as every timestamp of the API (CONTRACT §2).
	if len(list) != 1 || list[0]["secret"] != nil || !strings.HasSuffix(fmt.Sprint(list[0]["created_at"]), "+08:00") {
		t.Errorf("sources: %+v", list)
	}

	open := `{"id":"PM-7781","type":"open","process":"internal-collab","fields":{"title":"版本2.1接口联调","to_dept":"tech","contact":"chenjie","background":"项目管理系统中的任务 PM-7781 需要技术部支持。","tasks":[{"item":"联调订单接口","standard":"全部用例通过"}],"expected_by":"2027-03-20"}}`
	now := time.Now()
	// Two deliveries of the same event at once, then a third later: one case.
	var wg sync.WaitGroup
	codes := make([]int, 2)
	answers := make([]map[string]any, 2)
	for i := range 2 {
		wg.Go(func() { codes[i], answers[i] = postHook(t, a.URL(), "pm", src.Secret, now, open) })
	}
	wg.Wait()
	if !(codes[0] == 201 && codes[1] == 200 || codes[0] == 200 && codes[1] == 201) || answers[0]["case_id"] != answers[1]["case_id"] {
		t.Fatalf("the same event twice at once: %v %v", codes, answers)
	}
	code, again := postHook(t, a.URL(), "pm", src.Secret, now.Add(time.Minute), open)
	if code != 200 || again["duplicate"] != true || again["case_id"] != answers[0]["case_id"] {
		t.Fatalf("a repeat: %d %v", code, again)
	}
	id := int64(again["case_id"].(float64))
	key := again["key"].(string)
	all, err := a.Cases().List(ctx, cases.ViewerOf(process.Actor{Admin: true}), cases.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(all.Items) != 2 { // the customer case and this one
		t.Fatalf("%d cases, want 2", len(all.Items))
	}
	v, err := a.Cases().Get(ctx, cases.ViewerOf(process.Actor{Admin: true}), id)
	if err != nil || v.Opener != "wangfang" {
		t.Fatalf("opened: %+v %v", v.Opener, err)
	}

	comment := fmt.Sprintf(`{"id":"PM-7781-c1","type":"comment","case":%q,"comment":"项目管理系统:任务已排期。"}`, key)
	for range 2 {
		if code, _ := postHook(t, a.URL(), "pm", src.Secret, time.Now(), comment); code != 200 {
			t.Fatalf("comment: %d", code)
		}
	}
	if got := comments(t, a, id); len(got) != 1 || got[0] != "wangfang: 项目管理系统:任务已排期。" {
		t.Errorf("comments: %q", got)
	}

	// Bad calls: refused, nothing changes.
	for _, tc := range []struct {
		name, source, secret string
		at                   time.Time
		body                 string
		want                 int
	}{
		{"wrong secret", "pm", "whsec_wrong", time.Now(), comment, 401},
		{"stale timestamp", "pm", src.Secret, time.Now().Add(-10 * time.Minute), `{"id":"x1","type":"comment","case":"` + key + `","comment":"旧"}`, 401},
		{"unknown source", "crm", src.Secret, time.Now(), comment, 401},
		{"not JSON", "pm", src.Secret, time.Now(), `{"id":`, 400},
		{"unknown type", "pm", src.Secret, time.Now(), `{"id":"x2","type":"delete","case":"` + key + `"}`, 422},
		{"no event id", "pm", src.Secret, time.Now(), `{"type":"comment","case":"` + key + `","comment":"x"}`, 422},
		{"unknown case", "pm", src.Secret, time.Now(), `{"id":"x3","type":"comment","case":"XZ-1999-0001","comment":"x"}`, 404},
		{"invalid fields", "pm", src.Secret, time.Now(), `{"id":"x4","type":"open","process":"internal-collab","fields":{"title":""}}`, 422},
	} {
		if code, _ := postHook(t, a.URL(), tc.source, tc.secret, tc.at, tc.body); code != tc.want {
			t.Errorf("%s: %d, want %d", tc.name, code, tc.want)
		}
	}
	if got := comments(t, a, id); len(got) != 1 {
		t.Errorf("after bad calls: %q", got)
	}
	if all, _ := a.Cases().List(ctx, cases.ViewerOf(process.Actor{Admin: true}), cases.Filter{}); len(all.Items) != 2 {
		t.Errorf("after bad calls: %d cases", len(all.Items))
	}
	// A failed event may be sent again once corrected: its id was not used up.
	if code, _ := postHook(t, a.URL(), "pm", src.Secret, time.Now(), `{"id":"x3","type":"comment","case":"`+key+`","comment":"更正后重发。"}`); code != 200 {
		t.Errorf("a corrected event: %d", code)
	}
	if code := admin.json("DELETE", "/api/v1/admin/hook-sources/pm", nil, nil); code != 204 {
		t.Errorf("delete source: %d", code)
	}
	if code, _ := postHook(t, a.URL(), "pm", src.Secret, time.Now(), `{"id":"x5","type":"comment","case":"`+key+`","comment":"x"}`); code != 401 {
		t.Errorf("a deleted source: %d", code)
	}
}
