package store_test

import (
	"context"
	"sync/atomic"
	"testing"

	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// benchTx measures three-statement transactions through DB.Tx on SQLite
// with synchronous=FULL, from one caller or from many at once (group commit).
func benchTx(b *testing.B, parallel bool) {
	db := storetest.SQLite(b)
	ctx := context.Background()
	if _, err := db.SQL().Exec(`CREATE TABLE bench_tx (id INTEGER PRIMARY KEY, n INTEGER NOT NULL)`); err != nil {
		b.Fatal(err)
	}
	var next atomic.Int64
	one := func() {
		id := next.Add(2)
		err := db.Tx(ctx, func(tx store.Tx) error {
			if _, err := tx.ExecContext(ctx, `INSERT INTO bench_tx (id, n) VALUES ($1, 0)`, id); err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, `UPDATE bench_tx SET n = n + 1 WHERE id = $1`, id); err != nil {
				return err
			}
			_, err := tx.ExecContext(ctx, `INSERT INTO bench_tx (id, n) VALUES ($1, 1)`, id+1)
			return err
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	if !parallel {
		for b.Loop() {
			one()
		}
		return
	}
	b.SetParallelism(16) // 16 callers per CPU wait at once
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			one()
		}
	})
}

// BenchmarkTxSerial is one caller: one fsync per transaction.
func BenchmarkTxSerial(b *testing.B) { benchTx(b, false) }

// BenchmarkTxGroupCommit is many callers at once: their transactions share
// commits (and fsyncs).
func BenchmarkTxGroupCommit(b *testing.B) { benchTx(b, true) }
