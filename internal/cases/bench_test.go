package cases_test

import (
	"context"
	"testing"

	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// BenchmarkOpenAndAccept measures one case opened and one action through
// the whole service on SQLite: validation, the engine, the transaction with
// its events, access rows, timers and outbox rows.
func BenchmarkOpenAndAccept(b *testing.B) {
	db := storetest.SQLite(b)
	ctx := context.Background()
	s := newServiceTB(b, db)
	f := collabFields()
	f["expected_by"] = "2026-12-20"
	wang, zhao := who(db, "wangfang"), who(db, "zhaolei")
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		v, err := s.Open(ctx, wang, "internal-collab", process.Input{Fields: f})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := s.Act(ctx, zhao, v.ID, "accept", process.Input{Fields: map[string]any{"committed_by": "2026-12-10"}}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkApply measures the pure engine alone: one accept decision.
func BenchmarkApply(b *testing.B) {
	db := storetest.SQLite(b)
	ctx := context.Background()
	s := newServiceTB(b, db)
	f := collabFields()
	f["expected_by"] = "2026-12-20"
	v, err := s.Open(ctx, who(db, "wangfang"), "internal-collab", process.Input{Fields: f})
	if err != nil {
		b.Fatal(err)
	}
	row, err := db.LockCase(ctx, db.SQL(), v.ID)
	if err != nil {
		b.Fatal(err)
	}
	d, _ := s.Processes().Get("internal-collab")
	org, _ := loadOrg(db)
	now, _ := s.Now(ctx)
	env := process.Env{Now: now, Time: s.Calendar(), Org: org}
	in := process.Input{Fields: map[string]any{"committed_by": "2026-12-10"}}
	zhao := who(db, "zhaolei")
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := process.Apply(d, row.Case, zhao, "accept", in, env); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkOpenAndAcceptParallel is BenchmarkOpenAndAccept from 32
// callers at once: their transactions share commits (group commit).
func BenchmarkOpenAndAcceptParallel(b *testing.B) {
	db := storetest.SQLite(b)
	ctx := context.Background()
	s := newServiceTB(b, db)
	f := collabFields()
	f["expected_by"] = "2026-12-20"
	wang, zhao := who(db, "wangfang"), who(db, "zhaolei")
	b.ReportAllocs()
	b.SetParallelism(16)
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			v, err := s.Open(ctx, wang, "internal-collab", process.Input{Fields: f})
			if err != nil {
				b.Fatal(err)
			}
			if _, err := s.Act(ctx, zhao, v.ID, "accept", process.Input{Fields: map[string]any{"committed_by": "2026-12-10"}}); err != nil {
				b.Fatal(err)
			}
		}
	})
}
