package cases_test

import (
	"context"
	"testing"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
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
	v := openCase(b, s, db)
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

// benchRead opens and accepts a case, then measures read on it.
func benchRead(b *testing.B, read func(s *cases.Service, id int64) error) {
	db := storetest.SQLite(b)
	ctx := context.Background()
	s := newServiceTB(b, db)
	v := openCase(b, s, db)
	if _, err := s.Act(ctx, who(db, "zhaolei"), v.ID, "accept", process.Input{Fields: map[string]any{"committed_by": "2026-12-10"}}); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if err := read(s, v.ID); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkGet measures reading a case with its events (the case page).
func BenchmarkGet(b *testing.B) {
	zhao := cases.ViewerOf(process.Actor{Login: "zhaolei", Dept: "tech", HeadOf: []string{"tech"}})
	benchRead(b, func(s *cases.Service, id int64) error {
		_, err := s.Get(context.Background(), zhao, id)
		return err
	})
}

// BenchmarkInbox measures the inbox of a user with one case waiting.
func BenchmarkInbox(b *testing.B) {
	wang := cases.ViewerOf(process.Actor{Login: "wangfang", Dept: "market"})
	benchRead(b, func(s *cases.Service, id int64) error {
		_, err := s.Inbox(context.Background(), wang, store.Page{Limit: 50})
		return err
	})
}

// openCase opens a cross-department request as wangfang.
func openCase(b *testing.B, s *cases.Service, db *store.DB) cases.View {
	f := collabFields()
	f["expected_by"] = "2026-12-20"
	v, err := s.Open(context.Background(), who(db, "wangfang"), "internal-collab", process.Input{Fields: f})
	if err != nil {
		b.Fatal(err)
	}
	return v
}

// BenchmarkInboxFull measures a full inbox page: 100 requests waiting on
// one contact, the first 50 by deadline on the page, each row a case to
// read and decide the viewer's step of.
func BenchmarkInboxFull(b *testing.B) {
	ctx := context.Background()
	s, zhao := hundredWaiting(b)
	page, err := s.Inbox(ctx, zhao, store.Page{Limit: 50})
	if err != nil || len(page.Items) != 50 {
		b.Fatalf("inbox: %d items, %v", len(page.Items), err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := s.Inbox(ctx, zhao, store.Page{Limit: 50}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkOwedSteps measures the calendar feed's read: every step owed
// by one contact with 100 requests waiting, each case read and its steps
// decided.
func BenchmarkOwedSteps(b *testing.B) {
	ctx := context.Background()
	s, zhao := hundredWaiting(b)
	steps, err := s.OwedSteps(ctx, zhao, 5000)
	if err != nil || len(steps) != 100 {
		b.Fatalf("owed: %d steps, %v", len(steps), err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := s.OwedSteps(ctx, zhao, 5000); err != nil {
			b.Fatal(err)
		}
	}
}

// hundredWaiting opens 100 requests to tech, all waiting on its head
// zhaolei, and returns the service and zhaolei as a viewer.
func hundredWaiting(b *testing.B) (*cases.Service, store.Viewer) {
	db := storetest.SQLite(b)
	s := newServiceTB(b, db)
	for range 100 {
		openCase(b, s, db)
	}
	return s, cases.ViewerOf(process.Actor{Login: "zhaolei", Dept: "tech", HeadOf: []string{"tech"}})
}
