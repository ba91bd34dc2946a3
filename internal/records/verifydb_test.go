package records_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/liaison-dev/liaison/internal/records"
	"github.com/liaison-dev/liaison/internal/store"
)

// TestVerifyDBGoesOnWhereItStopped: a check of every case with a budget
// stops after the page of cases it spent it on and says where; called
// again from there until it says nothing more, it has checked every event
// once, as one check without a budget does, and finds an edited event in
// the pass that reached its case. The problems listed are bounded; the
// report counts those left out.
func TestVerifyDBGoesOnWhereItStopped(t *testing.T) {
	dialects(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		f := newFixture(t, db, 0)
		f.Records = records.New(records.Config{DB: db, Cases: f.Cases, VerifyPage: 2, VerifyBudget: time.Nanosecond})
		admin := f.Actor(t, "admin")
		var ids []int64
		for i := range 5 {
			ids = append(ids, f.ArchivedCollab(t, fmt.Sprintf("分批校验 %d", i)).ID)
		}
		whole, err := f.Records.VerifyDB(ctx, admin, "")
		if err != nil || !whole.OK() || whole.Events == 0 {
			t.Fatalf("one check: %+v, %v", whole, err)
		}
		passes := func() (events, calls int, problems []string) {
			t.Helper()
			for after := int64(0); ; calls++ {
				rep, next, err := f.Records.VerifyPass(ctx, admin, "", after)
				if err != nil {
					t.Fatal(err)
				}
				events += rep.Events
				for _, p := range rep.Problems {
					problems = append(problems, p.Where+": "+p.What)
				}
				if next == 0 {
					return events, calls + 1, problems
				}
				if next <= after {
					t.Fatalf("the check went from %d to %d", after, next)
				}
				after = next
			}
		}
		events, calls, problems := passes()
		if events != whole.Events || calls != 3 || len(problems) != 0 {
			t.Errorf("in passes: %d events in %d calls, problems %v; want %d events in 3 calls (5 cases, 2 a page), none", events, calls, problems, whole.Events)
		}
		// An event edited behind the application's back, in the fourth case.
		if _, err := db.SQL().ExecContext(ctx, `UPDATE case_events SET body = REPLACE(body, '2026-03-06', '2026-03-31') WHERE case_id = $1 AND seq = 2`, ids[3]); err != nil {
			t.Fatal(err)
		}
		if _, _, problems := passes(); len(problems) != 1 {
			t.Errorf("the edited event: %v, want one problem", problems)
		}
		// Every case edited, two problems listed at most: the report counts the rest.
		if _, err := db.SQL().ExecContext(ctx, `UPDATE case_events SET body = REPLACE(body, '2026-03-06', '2026-03-31') WHERE seq = 2`); err != nil {
			t.Fatal(err)
		}
		bounded := records.New(records.Config{DB: db, Cases: f.Cases, VerifyList: 2})
		rep, err := bounded.VerifyDB(ctx, admin, "")
		if err != nil || len(rep.Problems) != 2 || rep.Unlisted != 3 || rep.Found() != 5 || rep.OK() {
			t.Errorf("bounded problems: %+v, %d unlisted, %v; want 2 listed and 3 more", rep.Problems, rep.Unlisted, err)
		}
		if _, _, err := f.Records.VerifyPass(ctx, admin, "", -1); err == nil {
			t.Error("a check after case -1 was run")
		}
	})
}
