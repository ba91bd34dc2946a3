package store_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// TestStaleUpdateFailsTheTransaction: a case updated from a version that
// is not the stored one fails its transaction with ErrStale — on
// PostgreSQL when the held write is sent, with the COMMIT — and nothing
// the transaction wrote before or after it is kept.
func TestStaleUpdateFailsTheTransaction(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		id, seq, hash := memoCase(t, db, "XZ-2026-0001", "wangfang")
		row, err := db.LoadCase(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		c := row.Case
		c.Version++
		err = db.Tx(ctx, func(tx store.Tx) error {
			q := store.In(tx)
			if _, _, err := q.AppendEvents(ctx, id, seq, hash, comments("before")); err != nil {
				return err
			}
			if err := q.UpdateCase(ctx, &c, row.Version+7, false, seq+1, "x"); err != nil {
				return err
			}
			return q.InsertAudit(ctx, store.AuditEntry{At: t0, Actor: "wangfang", Action: "after_stale", Target: c.Key})
		})
		if !errors.Is(err, store.ErrStale) {
			t.Fatalf("a stale update: %v, want ErrStale", err)
		}
		evs, err := db.CaseEvents(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if len(evs) != seq {
			t.Errorf("%d events after a failed transaction, want %d", len(evs), seq)
		}
		if n, err := db.CountAuditByTarget(ctx, "after_stale", c.Key, t0.Add(-1)); err != nil || n != 0 {
			t.Errorf("audit entries after a failed transaction: %d, %v", n, err)
		}
		// The right version commits.
		if err := db.Tx(ctx, func(tx store.Tx) error {
			return store.In(tx).UpdateCase(ctx, &c, row.Version, false, seq, hash)
		}); err != nil {
			t.Fatalf("update from the stored version: %v", err)
		}
	})
}

// TestFailedWriteFailsTheTransaction: a held write the database refuses
// (an event already stored at its place) fails its transaction with its
// own error, though the function went on and returned nil, and nothing the
// transaction wrote is kept — on PostgreSQL the refusal and the COMMIT
// travel in one batch.
func TestFailedWriteFailsTheTransaction(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		id, _, _ := memoCase(t, db, "XZ-2026-0001", "wangfang")
		err := db.Tx(ctx, func(tx store.Tx) error {
			q := store.In(tx)
			if err := q.InsertAudit(ctx, store.AuditEntry{At: t0, Actor: "wangfang", Action: "before_refused", Target: "XZ-2026-0001"}); err != nil {
				return err
			}
			_, _, err := q.AppendEvents(ctx, id, 0, "", []process.Event{{At: t0, Actor: "wangfang", Type: "opened"}})
			if err != nil {
				return err // SQLite: refused at once
			}
			return q.InsertAudit(ctx, store.AuditEntry{At: t0, Actor: "wangfang", Action: "after_refused", Target: "XZ-2026-0001"})
		})
		if err == nil || !strings.Contains(err.Error(), "append event") {
			t.Fatalf("a refused event: %v, want the append's own error", err)
		}
		for _, action := range []string{"before_refused", "after_refused"} {
			if n, err := db.CountAuditByTarget(ctx, action, "XZ-2026-0001", t0.Add(-1)); err != nil || n != 0 {
				t.Errorf("%s entries after a failed transaction: %d, %v", action, n, err)
			}
		}
	})
}
