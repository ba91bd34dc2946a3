package cases_test

import (
	"context"
	"testing"

	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// TestFailingTimerDoesNotHoldUpOthers: a case whose process definition was
// taken away cannot fire its timers; the other cases' timers still fire.
func TestFailingTimerDoesNotHoldUpOthers(t *testing.T) {
	db := storetest.SQLite(t)
	ctx := context.Background()
	s := newService(t, db, at("2026-12-01 10:00"))
	setClock(t, s, "2026-12-01 10:00")
	f := collabFields()
	f["expected_by"] = "2026-12-20"
	broken, err := s.Open(ctx, who(db, "wangfang"), "internal-collab", process.Input{Fields: f})
	if err != nil {
		t.Fatal(err)
	}
	setClock(t, s, "2026-12-01 11:00")
	healthy, err := s.Open(ctx, who(db, "wangfang"), "internal-collab", process.Input{Fields: f})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.SQL().ExecContext(ctx, `UPDATE cases SET process = 'withdrawn-definition' WHERE id = $1`, broken.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.SetClock(ctx, at("2026-12-04 10:00")); err == nil {
		t.Fatal("the broken timers were not reported")
	}
	evs, _ := db.CaseEvents(ctx, healthy.ID)
	if last := evs[len(evs)-1].Event.Type; last != "escalation" {
		t.Fatalf("the healthy case did not escalate: last event %s", last)
	}
	left, _ := db.CaseTimers(ctx, broken.ID)
	if len(left) == 0 {
		t.Fatal("the broken case's timers were lost instead of kept for later")
	}
}
