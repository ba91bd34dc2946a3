package cases_test

import (
	"context"
	"testing"

	"github.com/liaison-dev/liaison/internal/cases/casestest"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// TestActionRoundTrips: on PostgreSQL an action's writes whose result
// nobody reads (events, steps, access rows, timers, notifications, search
// entries, totals, audit) travel in one batch with the statement after
// them, and BEGIN and COMMIT with their neighbours (store's pgTx): each
// round trip is a wait between two processes on the same cores. Counted
// at the wire, through a proxy.
func TestActionRoundTrips(t *testing.T) {
	db, p := storetest.PostgresThrough(t)
	s := casestest.New(t, db, at("2026-12-01 10:00"), nil)
	ctx := context.Background()
	f := collabFields()
	f["expected_by"] = "2026-12-20"
	trips := func(what string, max int, act func() error) {
		t.Helper()
		before := p.RoundTrips()
		if err := act(); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		n := p.RoundTrips() - before
		t.Logf("%s: %d round trips", what, n)
		if n > max {
			t.Errorf("%s took %d round trips, want at most %d", what, n, max)
		}
	}
	wang, zhao := who(db, "wangfang"), who(db, "zhaolei")
	var id int64
	trips("open", 40, func() error {
		v, err := s.Open(ctx, wang, "internal-collab", process.Input{Fields: f})
		id = v.ID
		return err
	})
	trips("accept", 20, func() error {
		_, err := s.Act(ctx, zhao, id, "accept", process.Input{Fields: map[string]any{"committed_by": "2026-12-10"}})
		return err
	})
	progress := func(max int) {
		trips("progress", max, func() error {
			_, err := s.Act(ctx, zhao, id, "progress", process.Input{Fields: map[string]any{"summary": "接口联调完成一半", "percent": 50, "next_steps": "12月4日前完成联调"}})
			return err
		})
	}
	progress(20)
	// Once every statement is prepared on the connection: BEGIN; the
	// visibility check, the case, the clock and the organisation's version;
	// the events with the case's update; the search entries; the steps; the
	// rest with the commit token and COMMIT; the clock and the case's events
	// and signatures for the answer. One statement at a time this was 19.
	progress(12)
}
