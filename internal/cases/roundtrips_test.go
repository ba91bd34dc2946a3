package cases_test

import (
	"context"
	"fmt"
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
// at the wire, through a proxy. Once the statements are prepared, an
// opening, an acceptance and a progress update took 23, 26 and 19 round
// trips one statement at a time; now 8, 6 and 6: the case is read together
// with the check that the actor may see it and the organisation's version;
// its update goes in the COMMIT's batch, the server refusing a stale
// version itself (store's checked writes); the open steps are read first
// of the commit's statements, and a case inserted in the transaction is
// filled in without a version check, so that every write after them goes
// in the COMMIT's batch; the answer's history comes from memory, the new
// events included (store.KeepHistory); signatures are read only for a
// history that holds a signing action.
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
	// The first round prepares each statement on the connection (a round
	// trip each); the second is what every action costs from then on.
	for round, max := range [][3]int{{100, 100, 100}, {8, 6, 6}} {
		var id int64
		trips(fmt.Sprint("open, round ", round+1), max[0], func() error {
			v, err := s.Open(ctx, wang, "internal-collab", process.Input{Fields: f})
			id = v.ID
			return err
		})
		trips(fmt.Sprint("accept, round ", round+1), max[1], func() error {
			_, err := s.Act(ctx, zhao, id, "accept", process.Input{Fields: map[string]any{"committed_by": "2026-12-10"}})
			return err
		})
		trips(fmt.Sprint("progress, round ", round+1), max[2], func() error {
			_, err := s.Act(ctx, zhao, id, "progress", process.Input{Fields: map[string]any{"summary": "接口联调完成一半", "percent": 50, "next_steps": "12月4日前完成联调"}})
			return err
		})
	}
}
