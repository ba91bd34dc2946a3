package store_test

import (
	"context"
	"reflect"
	"testing"

	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// TestCloneCases: copies of template cases carry their events (with the
// chain intact), access rows and timers, get keys of their own, and new
// cases made afterwards get fresh ids and keys.
func TestCloneCases(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		var templates []int64
		for i, state := range []string{"requested", "in_progress"} {
			err := db.Tx(ctx, func(tx store.Tx) error {
				c := process.Case{Key: "XZ-2026-000" + string(rune('1'+i)), Process: "internal-collab", State: state, Title: "t", Opener: "wangfang",
					Fields: map[string]any{}, Version: 1, StateSince: t0, CreatedAt: t0, UpdatedAt: t0}
				id, err := store.In(tx).InsertCase(ctx, &c, false)
				if err != nil {
					return err
				}
				c.ID = id
				seq, hash, err := store.In(tx).AppendEvents(ctx, id, 0, "", []process.Event{{At: t0, Actor: "wangfang", Type: "opened"}, {At: t0, Actor: "zhaolei", Type: "action", Action: "accept"}})
				if err != nil {
					return err
				}
				if err := store.In(tx).UpdateCase(ctx, &c, 1, false, seq, hash); err != nil {
					return err
				}
				if err := store.In(tx).ReplaceAccess(ctx, id, []store.Access{{Role: "requester", Login: "wangfang"}, {Role: "contact", Login: "zhaolei", Acts: true}}); err != nil {
					return err
				}
				templates = append(templates, id)
				if err := store.In(tx).IndexText(ctx, id, map[string]int{"合同": 10, "交付": 1}, "合同交付"); err != nil {
					return err
				}
				return store.In(tx).SetTimers(ctx, id, []process.Timer{{Name: "deadline", Scope: state, Kind: "escalate", At: t0}})
			})
			if err != nil {
				t.Fatal(err)
			}
		}
		if err := db.RebuildFigureCounts(ctx); err != nil { // the templates were inserted around the service
			t.Fatal(err)
		}
		if err := db.CloneCases(ctx, templates, 3, nil); err != nil {
			t.Fatal(err)
		}
		// The copies count in the figures' totals as the service's cases do.
		kept, err := db.FigureCounts(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if err := db.RebuildFigureCounts(ctx); err != nil {
			t.Fatal(err)
		}
		if want, err := db.FigureCounts(ctx); err != nil || !reflect.DeepEqual(kept, want) || len(want) == 0 || want[0].N != 8 {
			t.Errorf("figure totals after the copies %+v, recomputed %+v (%v)", kept, want, err)
		}
		count := func(q string) int {
			var n int
			if err := db.SQL().QueryRow(q).Scan(&n); err != nil {
				t.Fatal(err)
			}
			return n
		}
		if n := count(`SELECT COUNT(*) FROM cases`); n != 8 {
			t.Fatalf("%d cases, want 2 templates + 6 copies", n)
		}
		for table, want := range map[string]int{"case_events": 16, "case_access": 16, "timers": 8, "search_text": 8, "search_terms": 16} {
			if n := count(`SELECT COUNT(*) FROM ` + table); n != want {
				t.Errorf("%s: %d rows, want %d", table, n, want)
			}
		}
		if n := count(`SELECT COUNT(DISTINCT key) FROM cases`); n != 8 {
			t.Errorf("%d distinct keys, want 8", n)
		}
		// The copies' chains hold: the head stored on each case is the hash of its last event.
		if n := count(`SELECT COUNT(*) FROM cases c JOIN case_events e ON e.case_id = c.id AND e.seq = c.event_seq WHERE e.hash = c.event_hash`); n != 8 {
			t.Errorf("%d cases whose head matches their last event, want 8", n)
		}
		// The copies are in the search index, so no server indexes them again.
		if left, err := store.In(db.SQL()).Unindexed(ctx, 0, 10); err != nil || len(left) != 0 {
			t.Errorf("cases left to index after the copies: %v (%v)", left, err)
		}
		if n := count(`SELECT COUNT(*) FROM search_terms WHERE term = '合同' AND weight = 10`); n != 8 {
			t.Errorf("%d cases under 合同 with its weight, want 8", n)
		}
		// A case made afterwards gets an id and a key nobody has.
		err = db.Tx(ctx, func(tx store.Tx) error {
			c := process.Case{Key: "XZ-2026-0009", Process: "internal-collab", State: "requested", Title: "t", Opener: "wangfang",
				Fields: map[string]any{}, Version: 1, StateSince: t0, CreatedAt: t0, UpdatedAt: t0}
			_, err := store.In(tx).InsertCase(ctx, &c, false)
			return err
		})
		if err != nil {
			t.Fatalf("a case after the copies: %v", err)
		}
	})
}
