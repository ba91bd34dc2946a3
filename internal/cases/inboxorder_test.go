package cases_test

import (
	"context"
	"testing"

	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// TestAccessCarriesTheDeadline: the inbox reads its order from the access
// rows (migration 00032), so after every commit each access row holds its
// case's stored deadline — when the rows are rewritten (open, accept) and
// when the deadline moves while they stay (a new date agreed, 调整计划) —
// and the inbox lists the case by it.
func TestAccessCarriesTheDeadline(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		s := newServiceTB(t, db)
		wang, zhao := who(db, "wangfang"), who(db, "zhaolei")
		stale := func(step string) {
			t.Helper()
			var n int
			if err := db.SQL().QueryRowContext(ctx, `SELECT COUNT(*) FROM case_access a JOIN cases c ON c.id = a.case_id
				WHERE a.due_at IS DISTINCT FROM c.due_at`).Scan(&n); err != nil {
				t.Fatal(err)
			}
			if n != 0 {
				t.Errorf("after %s: %d access rows hold another deadline than their case", step, n)
			}
		}
		f := collabFields()
		f["expected_by"] = "2026-12-20"
		v, err := s.Open(ctx, wang, "internal-collab", process.Input{Fields: f})
		if err != nil {
			t.Fatal(err)
		}
		stale("open")
		steps := []struct {
			by     process.Actor
			action string
			fields map[string]any
		}{
			{zhao, "accept", map[string]any{"committed_by": "2026-12-10"}},
			{zhao, "progress", map[string]any{"summary": "需求分析完成一半", "percent": 40, "next_steps": "12月8日前完成评审"}},
			{zhao, "propose_plan", map[string]any{"proposed_date": "2026-12-15", "replan_reason": "接口评审推迟两天"}},
			{wang, "accept_plan", nil},
		}
		for _, st := range steps {
			if _, err := s.Act(ctx, st.by, v.ID, st.action, process.Input{Fields: st.fields}); err != nil {
				t.Fatalf("%s: %v", st.action, err)
			}
			stale(st.action)
		}
		zv := store.Viewer{Login: "zhaolei", Dept: "tech"}
		rows, _, err := db.ListCases(ctx, zv, store.CaseFilter{Waiting: &zv, Sort: store.SortDue, Page: store.Page{Limit: 10}})
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != 1 || rows[0].ID != v.ID || rows[0].Case.DueAt == nil || rows[0].Case.DueAt.Format("2006-01-02") != "2026-12-15" {
			t.Errorf("zhaolei's inbox: %+v, want the case due on the agreed 2026-12-15", rows)
		}
	})
}
