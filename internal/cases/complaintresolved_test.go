package cases_test

import (
	"context"
	"strings"
	"testing"

	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// TestResolvedComplaintSaysHow: the customer told that its complaint was
// resolved (处理完成, a delivered message) reads the resolution, not only
// 「徐婷已交付…」 and a request to confirm.
func TestResolvedComplaintSaysHow(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		s := newService(t, db, at("2026-09-14 10:00"))
		xu := who(db, "xuting")
		v, err := s.Open(ctx, xu, "customer-complaint", process.Input{Fields: map[string]any{
			"customer": "huaxin", "contact": map[string]any{"name": "张伟", "email": "zhangwei@huaxin.example"},
			"title": "报表导出乱码", "description": "导出的Excel中文乱码", "severity": "major", "received_via": "email"}})
		if err != nil {
			t.Fatal(err)
		}
		for _, step := range []struct {
			action string
			fields map[string]any
		}{
			{"respond", map[string]any{"response": "已复现", "plan": "修复编码", "fix_by": "2026-09-18"}},
			{"resolve", map[string]any{"resolution": "已改为UTF-8 BOM导出"}},
		} {
			if _, err := s.Act(ctx, xu, v.ID, step.action, process.Input{Fields: step.fields}); err != nil {
				t.Fatalf("%s: %v", step.action, err)
			}
		}
		got := rendered(t, db, v.ID, "delivered", "zhangwei@huaxin.example", "email")
		if len(got) != 1 {
			t.Fatalf("%d resolution mails to the customer", len(got))
		}
		if !strings.Contains(got[0].Text, "已改为UTF-8 BOM导出") {
			t.Errorf("the customer's mail does not say how it was resolved:\n%s", got[0].Text)
		}
	})
}
