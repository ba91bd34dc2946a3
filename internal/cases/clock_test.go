package cases_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/liaison-dev/liaison/internal/cases/casestest"
	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// TestActionsNeedOneConnection: under --dev-clock an action reads the
// simulated time in the middle of its transaction. Read through the pool,
// that needs a second connection while the transaction holds one, and
// when every pooled connection is held by such a transaction (PostgreSQL
// under load) none can go on. With the pool narrowed to one connection
// that happens on the first action: every read an action makes inside its
// transaction must go through the transaction.
func TestActionsNeedOneConnection(t *testing.T) {
	db := storetest.Postgres(t)
	s := casestest.New(t, db, at("2026-12-01 10:00"), nil)
	db.SQL().SetMaxOpenConns(1)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	f := collabFields()
	f["expected_by"] = "2026-12-20"
	v, err := s.Open(ctx, who(db, "wangfang"), "internal-collab", process.Input{Fields: f})
	if err != nil {
		t.Fatalf("open with one connection: %v", err)
	}
	if _, err := s.Act(ctx, who(db, "zhaolei"), v.ID, "accept", process.Input{Fields: map[string]any{"committed_by": "2026-12-10"}}); err != nil {
		t.Fatalf("accept with one connection: %v", err)
	}
	if err := s.SetClock(ctx, at("2026-12-02 10:00")); err != nil {
		t.Fatalf("move the clock with one connection: %v", err)
	}
}

// TestClockBackRefusedInLocalTime: the clock cannot go back once there is a
// case, and the refusal names the simulated time as the calendar's users
// read it (+08:00), not in UTC.
func TestClockBackRefusedInLocalTime(t *testing.T) {
	db := storetest.SQLite(t)
	s := casestest.New(t, db, at("2026-12-01 10:00"), nil)
	ctx := context.Background()
	f := collabFields()
	f["expected_by"] = "2026-12-20"
	if _, err := s.Open(ctx, who(db, "wangfang"), "internal-collab", process.Input{Fields: f}); err != nil {
		t.Fatal(err)
	}
	err := s.SetClock(ctx, at("2026-11-30 10:00"))
	if problem.CodeOf(err) != problem.Conflict {
		t.Fatalf("clock moved back with a case: %v", err)
	}
	if zh := problem.As(err).Text("zh"); !strings.Contains(zh, "2026-12-01T10:00:00+08:00") {
		t.Errorf("refusal %q does not name the time in +08:00", zh)
	}
}
