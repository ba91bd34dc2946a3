package app_test

import (
	"context"
	"testing"
	"time"
)

// TestAuditUsesTheServerClock: under --dev-clock every audit entry is
// dated on the simulated clock, as the case actions and the administration
// are — the calendar key's reset and the hook sources too — so the trail
// reads in order.
func TestAuditUsesTheServerClock(t *testing.T) {
	ctx := context.Background()
	a := demoApp(t, nil, nil, true)
	if err := a.Start(ctx); err != nil {
		t.Fatal(err)
	}
	admin := signIn(t, a, "admin")
	const at = "2027-03-01T10:00:00+08:00"
	if code := admin.json("POST", "/api/v1/dev/clock", map[string]string{"now": at}, nil); code != 200 {
		t.Fatalf("clock: %d", code)
	}
	if code := signIn(t, a, "wangfang").json("POST", "/api/v1/me/calendar-key", nil, nil); code != 200 {
		t.Fatalf("calendar key: %d", code)
	}
	if code := admin.json("POST", "/api/v1/admin/hook-sources", map[string]string{"id": "pm", "name": "项目管理系统", "actor": "wangfang"}, nil); code != 201 {
		t.Fatalf("hook source: %d", code)
	}
	if code := admin.json("DELETE", "/api/v1/admin/hook-sources/pm", nil, nil); code != 204 {
		t.Fatalf("hook source delete: %d", code)
	}
	var trail []struct {
		At     string `json:"at"`
		Action string `json:"action"`
	}
	if code := admin.json("GET", "/api/v1/admin/audit", nil, &trail); code != 200 {
		t.Fatalf("audit: %d", code)
	}
	want, _ := time.Parse(time.RFC3339, at)
	seen := map[string]bool{}
	for _, e := range trail {
		switch e.Action {
		case "calendar_key_reset", "hook_source_add", "hook_source_delete":
			seen[e.Action] = true
			got, err := time.Parse(time.RFC3339, e.At)
			if err != nil || got.Before(want) || got.After(want.Add(time.Minute)) {
				t.Errorf("%s dated %s, want the server's clock %s", e.Action, e.At, at)
			}
		}
	}
	if len(seen) != 3 {
		t.Errorf("entries found: %v", seen)
	}
}
