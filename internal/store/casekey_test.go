package store_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// TestCaseKeysUnique: openings at once, on a prefix and year never used
// before and on one in use, get distinct keys, numbered from 0001 up.
func TestCaseKeysUnique(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		for _, prefix := range []string{"XZ", "KH"} {
			const n = 16
			keys := make([]string, n)
			errs := make([]error, n)
			var wg sync.WaitGroup
			for i := range n {
				wg.Go(func() {
					errs[i] = db.Tx(ctx, func(tx store.Tx) error {
						var err error
						keys[i], err = db.NextCaseKey(ctx, tx, prefix, 2026)
						return err
					})
				})
			}
			wg.Wait()
			seen := map[string]bool{}
			for i, k := range keys {
				if errs[i] != nil {
					t.Fatalf("%s: %v", prefix, errs[i])
				}
				seen[k] = true
			}
			for i := 1; i <= n; i++ {
				if k := fmt.Sprintf("%s-2026-%04d", prefix, i); !seen[k] {
					t.Errorf("%s not handed out; got %v", k, keys)
				}
			}
		}
		// Another year counts from one again.
		var k string
		if err := db.Tx(ctx, func(tx store.Tx) (err error) { k, err = db.NextCaseKey(ctx, tx, "XZ", 2027); return }); err != nil || k != "XZ-2027-0001" {
			t.Errorf("first key of 2027: %q, %v", k, err)
		}
	})
}

// TestCaseKeyHeldByNoOpening: on PostgreSQL (once the service has
// prepared the sequence, as Open does before its transaction) an opening that has its key
// but has not committed does not hold up the next opening of the same
// process (two replicas, so two connections); the next key follows it.
func TestCaseKeyHeldByNoOpening(t *testing.T) {
	dbs := storetest.PostgresReplicas(t, 2)
	ctx := context.Background()
	if err := dbs[0].PrepareCaseKey(ctx, "XZ", 2026); err != nil {
		t.Fatal(err)
	}
	first, err := dbs[0].SQL().BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer first.Rollback()
	k1, err := dbs[0].NextCaseKey(ctx, first, "XZ", 2026)
	if err != nil {
		t.Fatal(err)
	}
	wait, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	var k2 string
	if err := dbs[1].Tx(wait, func(tx store.Tx) (err error) { k2, err = dbs[1].NextCaseKey(wait, tx, "XZ", 2026); return }); err != nil {
		t.Fatalf("second opening while the first is open: %v", err)
	}
	if err := first.Commit(); err != nil {
		t.Fatal(err)
	}
	if k1 != "XZ-2026-0001" || k2 != "XZ-2026-0002" {
		t.Errorf("keys %s, %s; want XZ-2026-0001, XZ-2026-0002", k1, k2)
	}
}
