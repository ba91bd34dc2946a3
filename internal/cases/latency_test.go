package cases_test

import (
	"context"
	"testing"
	"time"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/demo"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// TestEscalationWithinOneSecond runs the timer runner on the real clock and
// checks that a due escalation is on record within a second of its
// deadline, not at the next sweep.
func TestEscalationWithinOneSecond(t *testing.T) {
	db, s, ctx := runningTimers(t)
	f := collabFields()
	f["expected_by"] = time.Now().AddDate(0, 2, 0).Format("2006-01-02")
	v, err := s.Open(ctx, who(db, "wangfang"), "internal-collab", process.Input{Fields: f})
	if err != nil {
		t.Fatal(err)
	}
	// Bring the deadline to 300 ms from now, as if two working days had passed.
	due := time.Now().Add(300 * time.Millisecond)
	if err := db.SetTimers(ctx, v.ID, []process.Timer{{Name: "requested.escalate", Scope: "requested", Kind: "escalate", At: due}}); err != nil {
		t.Fatal(err)
	}
	s.Wake()
	for {
		evs, err := db.CaseEvents(ctx, v.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(evs) > 1 && evs[len(evs)-1].Event.Type == "escalation" {
			if late := time.Since(due); late > time.Second {
				t.Fatalf("escalation recorded %v after its deadline", late)
			}
			t.Logf("escalation on record %v after its deadline", time.Since(due).Round(time.Millisecond))
			return
		}
		if time.Since(due) > 2*time.Second {
			t.Fatal("no escalation 2 s after the deadline")
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// TestActionsWithoutNearTimersCostNoSweep: every commit used to wake the
// timer runner, which then read the timers table twice (what is due, what
// is next) — two reads per action, round trips on PostgreSQL. Now only a
// timer due before the runner's next planned look wakes it to read; the
// timers an action sets days ahead do not.
func TestActionsWithoutNearTimersCostNoSweep(t *testing.T) {
	db, s, ctx := runningTimers(t)
	waitSweeps := func(want int64) {
		t.Helper()
		for start := time.Now(); cases.TimerSweeps(s) < want; time.Sleep(2 * time.Millisecond) {
			if time.Since(start) > 2*time.Second {
				t.Fatalf("%d sweeps, want %d", cases.TimerSweeps(s), want)
			}
		}
	}
	waitSweeps(1)
	f := collabFields()
	f["expected_by"] = time.Now().AddDate(0, 2, 0).Format("2006-01-02")
	for range 5 {
		v, err := s.Open(ctx, who(db, "wangfang"), "internal-collab", process.Input{Fields: f})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.Act(ctx, who(db, "zhaolei"), v.ID, "accept", process.Input{Fields: map[string]any{"committed_by": time.Now().AddDate(0, 1, 0).Format("2006-01-02")}}); err != nil {
			t.Fatal(err)
		}
	}
	time.Sleep(50 * time.Millisecond)
	if n := cases.TimerSweeps(s); n != 1 {
		t.Fatalf("ten actions whose timers are days ahead made %d sweeps, want none after the first", n-1)
	}
	// A timer due before the next planned look brings the look forward.
	cases.NoteTimers(s, []process.Timer{{At: time.Now().Add(100 * time.Millisecond)}})
	waitSweeps(2)
}

// runningTimers is a service on the demo organisation and the real clock,
// its timer runner running until the test ends.
func runningTimers(t *testing.T) (*store.DB, *cases.Service, context.Context) {
	t.Helper()
	db := storetest.SQLite(t)
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	if err := demo.Seed(ctx, db, time.Now(), cheap); err != nil {
		t.Fatal(err)
	}
	s := service(t, db, cases.RealClock())
	go s.RunTimers(ctx)
	return db, s, ctx
}
