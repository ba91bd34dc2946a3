package store_test

import (
	"context"
	"database/sql"
	"errors"
	"testing"
	"time"

	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// counting counts the queries run through it.
type counting struct {
	store.Querier
	n int
}

func (c *counting) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	c.n++
	return c.Querier.QueryContext(ctx, query, args...)
}

// memoCase opens a case with events by actor, returning its id and head.
func memoCase(t *testing.T, db *store.DB, key string, actors ...string) (int64, int, string) {
	t.Helper()
	ctx := context.Background()
	var (
		id   int64
		seq  int
		hash string
	)
	err := db.Tx(ctx, func(tx store.Tx) (err error) {
		c := process.Case{Key: key, Process: "internal-collab", State: "requested", Title: "t", Opener: "wangfang",
			Fields: map[string]any{}, Version: 1, StateSince: t0, CreatedAt: t0, UpdatedAt: t0}
		if id, err = store.In(tx).InsertCase(ctx, &c, false); err != nil {
			return err
		}
		seq, hash, err = store.In(tx).AppendEvents(ctx, id, 0, "", comments(actors...))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return id, seq, hash
}

func comments(actors ...string) []process.Event {
	var out []process.Event
	for i, a := range actors {
		out = append(out, process.Event{At: t0.Add(time.Duration(i) * time.Minute), Actor: a, Type: "comment", Comment: "第" + a + "条"})
	}
	return out
}

// sameHistory checks got against the stored events, read afresh.
func sameHistory(t *testing.T, db *store.DB, id int64, got []store.StoredEvent) {
	t.Helper()
	want, err := db.CaseEvents(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) {
		t.Fatalf("history of %d events, stored %d", len(got), len(want))
	}
	for i := range want {
		if got[i].Seq != want[i].Seq || got[i].Hash != want[i].Hash || got[i].Event.Actor != want[i].Event.Actor || got[i].Event.Comment != want[i].Event.Comment {
			t.Fatalf("event %d: got %d %s %s, stored %d %s %s", i, got[i].Seq, got[i].Event.Actor, got[i].Hash[:8], want[i].Seq, want[i].Event.Actor, want[i].Hash[:8])
		}
	}
}

// TestHistoryAt: a case's history is read once and then served from
// memory while the head asked for is the one kept; what was appended since
// is read alone; and a kept history that is not the database's — from a
// transaction rolled back, or another database's case of the same id — is
// never served.
func TestHistoryAt(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		id, seq, hash := memoCase(t, db, "XZ-2026-0001", "wangfang", "zhaolei")
		c := &counting{Querier: db.SQL()}
		got, err := store.In(c).HistoryAt(ctx, id, seq, hash)
		if err != nil {
			t.Fatal(err)
		}
		sameHistory(t, db, id, got)
		if got, err = store.In(c).HistoryAt(ctx, id, seq, hash); err != nil {
			t.Fatal(err)
		}
		sameHistory(t, db, id, got)
		if c.n != 1 {
			t.Fatalf("%d queries for the same head twice, want 1", c.n)
		}

		// Appended: read alone, the rest kept.
		var seq3 int
		var hash3 string
		if err := db.Tx(ctx, func(tx store.Tx) (err error) {
			seq3, hash3, err = store.In(tx).AppendEvents(ctx, id, seq, hash, comments("chenjie"))
			return err
		}); err != nil {
			t.Fatal(err)
		}
		if got, err = store.In(c).HistoryAt(ctx, id, seq3, hash3); err != nil {
			t.Fatal(err)
		}
		sameHistory(t, db, id, got)

		// Kept inside a transaction that then rolled back: the event
		// committed at the same place afterwards is the one served.
		errBack := errors.New("roll back")
		err = db.Tx(ctx, func(tx store.Tx) error {
			s, h, err := store.In(tx).AppendEvents(ctx, id, seq3, hash3, comments("rolled-back"))
			if err != nil {
				return err
			}
			if _, err := store.In(tx).HistoryAt(ctx, id, s, h); err != nil {
				return err
			}
			return errBack
		})
		if !errors.Is(err, errBack) {
			t.Fatalf("rolled back: %v", err)
		}
		var seq4 int
		var hash4 string
		if err := db.Tx(ctx, func(tx store.Tx) (err error) {
			seq4, hash4, err = store.In(tx).AppendEvents(ctx, id, seq3, hash3, comments("committed"))
			return err
		}); err != nil {
			t.Fatal(err)
		}
		if got, err = store.In(c).HistoryAt(ctx, id, seq4, hash4); err != nil {
			t.Fatal(err)
		}
		sameHistory(t, db, id, got)

		// Kept by the action that appended it, once committed: no read.
		// An extension whose chain does not end at the stored head is not
		// kept.
		more := comments("kept")
		var seq5 int
		var hash5 string
		if err := db.Tx(ctx, func(tx store.Tx) (err error) {
			seq5, hash5, err = store.In(tx).AppendEvents(ctx, id, seq4, hash4, more)
			return err
		}); err != nil {
			t.Fatal(err)
		}
		store.KeepHistory(id, seq4, hash4, comments("not what was stored"), seq5, hash5)
		n := c.n
		if got, err = store.In(c).HistoryAt(ctx, id, seq5, hash5); err != nil {
			t.Fatal(err)
		}
		sameHistory(t, db, id, got)
		if c.n != n+1 {
			t.Fatalf("%d queries after a wrong extension, want 1", c.n-n)
		}
		var seq6 int
		var hash6 string
		more = comments("kept too")
		if err := db.Tx(ctx, func(tx store.Tx) (err error) {
			seq6, hash6, err = store.In(tx).AppendEvents(ctx, id, seq5, hash5, more)
			return err
		}); err != nil {
			t.Fatal(err)
		}
		store.KeepHistory(id, seq5, hash5, more, seq6, hash6)
		n = c.n
		if got, err = store.In(c).HistoryAt(ctx, id, seq6, hash6); err != nil {
			t.Fatal(err)
		}
		sameHistory(t, db, id, got)
		if c.n != n {
			t.Fatalf("%d queries for a history its action kept, want none", c.n-n)
		}

		// Another database's case of the same id, with a longer history:
		// the kept one is not its prefix.
		other := storetest.SQLite(t)
		oid, oseq, ohash := memoCase(t, other, "XZ-2026-0001", "a", "b", "c", "d", "e", "f")
		if oid != id {
			t.Skipf("the other database gave id %d, not %d", oid, id)
		}
		got, err = other.HistoryAt(ctx, oid, oseq, ohash)
		if err != nil {
			t.Fatal(err)
		}
		sameHistory(t, other, oid, got)
	})
}
