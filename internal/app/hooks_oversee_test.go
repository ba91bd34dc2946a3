package app_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/liaison-dev/liaison/internal/process"
)

// TestHookActsAsTheUserSignsIn: a source acting as a head acts with the
// rights that head has on signing in — the cases of the departments below
// theirs included (CONTRACT §10) — not only those of the department they
// head themselves.
func TestHookActsAsTheUserSignsIn(t *testing.T) {
	ctx := context.Background()
	a := demoApp(t, nil, nil, true)
	if err := a.Start(ctx); err != nil {
		t.Fatal(err)
	}
	admin := signIn(t, a, "admin")
	if code := admin.json("POST", "/api/v1/admin/departments", map[string]any{"id": "market-east", "name": "市场部华东", "parent": "market"}, nil); code != 201 {
		t.Fatalf("department: %d", code)
	}
	if code := admin.json("POST", "/api/v1/admin/users", map[string]any{"login": "east1", "name": "华东一", "dept": "market-east", "email": "east1@liaison-demo.example"}, nil); code != 201 {
		t.Fatalf("user: %d", code)
	}
	c, err := a.Cases().Open(ctx, actor(t, a.DB(), "east1"), "internal-collab", process.Input{Fields: map[string]any{
		"title": "华东展会支持", "to_dept": "tech", "background": "华东区展会需要技术部演示支持。",
		"tasks": []any{map[string]any{"item": "演示环境", "standard": "可离线运行"}}, "expected_by": "2027-03-19"}})
	if err != nil {
		t.Fatal(err)
	}
	// lina heads market, above market-east: she sees the case on signing in.
	if code := signIn(t, a, "lina").json("GET", fmt.Sprintf("/api/v1/cases/%d", c.ID), nil, nil); code != 200 {
		t.Fatalf("lina reads the case of the department below hers: %d", code)
	}
	var src struct{ Secret string }
	if code := admin.json("POST", "/api/v1/admin/hook-sources", map[string]string{"id": "pm", "name": "项目管理系统", "actor": "lina"}, &src); code != 201 {
		t.Fatalf("source: %d", code)
	}
	body := fmt.Sprintf(`{"id":"PM-1-c1","type":"comment","case":%q,"comment":"项目管理系统:已排期。"}`, c.Key)
	if code, ans := postHook(t, a.URL(), "pm", src.Secret, time.Now(), body); code != 200 {
		t.Fatalf("a comment as lina on a case she sees: %d %v", code, ans)
	}
	if got := comments(t, a, c.ID); len(got) != 1 || got[0] != "lina: 项目管理系统:已排期。" {
		t.Errorf("comments: %q", got)
	}
}
