package store_test

import (
	"context"
	"testing"

	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// TestReadingACaseLocksNothing: a case read outside a transaction (its
// page) takes no row lock on PostgreSQL — one would make every read a
// write with a WAL flush at its commit — while one read for change in a
// transaction is locked.
func TestReadingACaseLocksNothing(t *testing.T) {
	db := storetest.Postgres(t)
	ctx := context.Background()
	id, _, _ := memoCase(t, db, "XZ-2026-0001", "wangfang")
	locker := func() (xmax string) {
		t.Helper()
		if err := db.SQL().QueryRow(`SELECT xmax::text FROM cases WHERE id = $1`, id).Scan(&xmax); err != nil {
			t.Fatal(err)
		}
		return xmax
	}
	before := locker()
	if _, err := db.LockCase(ctx, db.SQL(), id); err != nil {
		t.Fatal(err)
	}
	if after := locker(); after != before {
		t.Errorf("a read on the pool locked the case (xmax %s, was %s)", after, before)
	}
	if err := db.Tx(ctx, func(tx store.Tx) error {
		_, err := db.LockCase(ctx, tx, id)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	if after := locker(); after == before {
		t.Errorf("a read for change in a transaction did not lock the case (xmax %s)", after)
	}
}
