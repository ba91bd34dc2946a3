package store_test

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"testing"

	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// TestGroupCommitKeepsEachActionApart: transactions waiting together are
// committed in one batch; the one that fails and the one that panics are
// rolled back alone, every other is committed, and each caller gets its
// own outcome.
func TestGroupCommitKeepsEachActionApart(t *testing.T) {
	db := storetest.SQLite(t)
	ctx := context.Background()
	if _, err := db.SQL().Exec(`CREATE TABLE gc_items (k INTEGER NOT NULL, note TEXT NOT NULL)`); err != nil {
		t.Fatal(err)
	}
	// The first transaction holds the writer until all the others wait.
	hold, held := make(chan struct{}), make(chan struct{})
	go db.Tx(ctx, func(tx store.Tx) error {
		close(held)
		<-hold
		return nil
	})
	<-held
	const n = 20
	errFail := errors.New("this action fails")
	outcome := make([]error, n)
	panics := make([]any, n)
	var wg sync.WaitGroup
	for k := range n {
		wg.Go(func() {
			defer func() { panics[k] = recover() }()
			outcome[k] = db.Tx(ctx, func(tx store.Tx) error {
				if _, err := tx.ExecContext(context.Background(), `INSERT INTO gc_items (k, note) VALUES ($1, 'written')`, k); err != nil {
					return err
				}
				switch k {
				case 3:
					return errFail // written, then failed: must be rolled back
				case 7:
					panic("action 7 panics")
				}
				return nil
			})
		})
	}
	for db.Queued() < n {
		runtime.Gosched()
	}
	before := db.Batches()
	close(hold)
	wg.Wait()
	if got := db.Batches() - before; got != 1 {
		t.Errorf("the %d waiting transactions ran in %d batches, want 1", n, got)
	}
	for k := range n {
		switch k {
		case 3:
			if !errors.Is(outcome[k], errFail) {
				t.Errorf("action 3: %v, want its own error", outcome[k])
			}
		case 7:
			if panics[k] != "action 7 panics" {
				t.Errorf("action 7: panic %v, want it passed on to its caller", panics[k])
			}
		default:
			if outcome[k] != nil || panics[k] != nil {
				t.Errorf("action %d: %v %v, want committed", k, outcome[k], panics[k])
			}
		}
	}
	rows, err := db.SQL().Query(`SELECT k FROM gc_items ORDER BY k`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var got []int
	for rows.Next() {
		var k int
		rows.Scan(&k)
		got = append(got, k)
	}
	var want []int
	for k := range n {
		if k != 3 && k != 7 {
			want = append(want, k)
		}
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("committed %v, want %v", got, want)
	}
}

// TestGroupCommitSeesEarlierActions: an action in a batch reads what the
// actions before it wrote, so a version check works as if they had run one
// after the other: of many actions updating the same row at the same
// version, exactly one succeeds.
func TestGroupCommitSeesEarlierActions(t *testing.T) {
	db := storetest.SQLite(t)
	ctx := context.Background()
	if _, err := db.SQL().Exec(`CREATE TABLE gc_row (id INTEGER PRIMARY KEY, version INTEGER NOT NULL)`); err != nil {
		t.Fatal(err)
	}
	if _, err := db.SQL().Exec(`INSERT INTO gc_row (id, version) VALUES (1, 1)`); err != nil {
		t.Fatal(err)
	}
	hold, held := make(chan struct{}), make(chan struct{})
	go db.Tx(ctx, func(tx store.Tx) error { close(held); <-hold; return nil })
	<-held
	const n = 10
	errs := make([]error, n)
	var wg sync.WaitGroup
	for k := range n {
		wg.Go(func() {
			errs[k] = db.Tx(ctx, func(tx store.Tx) error {
				res, err := tx.ExecContext(context.Background(), `UPDATE gc_row SET version = 2 WHERE id = 1 AND version = 1`)
				if err != nil {
					return err
				}
				if m, _ := res.RowsAffected(); m != 1 {
					return store.ErrStale
				}
				return nil
			})
		})
	}
	for db.Queued() < n {
		runtime.Gosched()
	}
	close(hold)
	wg.Wait()
	ok, stale := 0, 0
	for _, err := range errs {
		switch {
		case err == nil:
			ok++
		case errors.Is(err, store.ErrStale):
			stale++
		default:
			t.Fatal(err)
		}
	}
	if ok != 1 || stale != n-1 {
		t.Fatalf("%d succeeded and %d were stale, want 1 and %d", ok, stale, n-1)
	}
}
