package cases_test

import (
	"context"
	"sync/atomic"
	"testing"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/cases/casestest"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// TestDispatcherWokenForItsRows: a commit wakes the dispatcher only when it
// queued a row the dispatcher delivers (mail, a work app, a message for
// later); in-app messages due now are delivered by their insertion, and a
// claim that finds nothing would still cost a transaction.
func TestDispatcherWokenForItsRows(t *testing.T) {
	for _, email := range []bool{false, true} {
		db := storetest.SQLite(t)
		var wakes atomic.Int32
		s := casestest.New(t, db, at("2026-12-01 10:00"), func(c *cases.Config) {
			c.Email = email
			c.Delivered = func() { wakes.Add(1) }
		})
		ctx := context.Background()
		f := collabFields()
		f["expected_by"] = "2026-12-20"
		v, err := s.Open(ctx, who(db, "wangfang"), "internal-collab", process.Input{Fields: f})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.Act(ctx, who(db, "zhaolei"), v.ID, "accept", process.Input{Fields: map[string]any{"committed_by": "2026-12-10"}}); err != nil {
			t.Fatal(err)
		}
		var pending int
		if err := db.SQL().QueryRow(`SELECT count(*) FROM notifications WHERE status = 'pending'`).Scan(&pending); err != nil {
			t.Fatal(err)
		}
		switch {
		case !email && (pending != 0 || wakes.Load() != 0):
			t.Errorf("in-app only: %d rows pending, dispatcher woken %d times; want 0 and 0", pending, wakes.Load())
		case email && (pending == 0 || wakes.Load() == 0):
			t.Errorf("with mail: %d rows pending, dispatcher woken %d times; want both above 0", pending, wakes.Load())
		}
	}
}
