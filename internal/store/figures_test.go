package store_test

import (
	"context"
	"testing"
	"time"

	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// TestFiguresMedianAndOverdue: the median working time per department and
// process, for odd and even counts and repeated values, counts only the
// done steps due in the period; overdue now counts each case once.
func TestFiguresMedianAndOverdue(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		t0 := time.Date(2026, 3, 2, 2, 0, 0, 0, time.UTC)
		var ids []int64
		for i, key := range []string{"XZ-2026-0001", "XZ-2026-0002"} {
			var id int64
			err := db.SQL().QueryRowContext(ctx, `INSERT INTO cases (key, process, state, terminal, title, opener, data, state_since, version, event_seq, created_at, updated_at)
				VALUES ($1, 'internal-collab', 'requested', FALSE, 't', 'wangfang', '{}', $2, 1, 1, $2, $2) RETURNING id`, key, t0.Add(time.Duration(i)*time.Hour).UnixMicro()).Scan(&id)
			if err != nil {
				t.Fatal(err)
			}
			ids = append(ids, id)
		}
		type step struct {
			dept string
			due  time.Duration // after t0
			work int           // minutes; -1: still open
			cas  int
		}
		steps := []step{
			{"tech", 1 * time.Hour, 40, 0}, {"tech", 2 * time.Hour, 10, 0}, {"tech", 3 * time.Hour, 20, 1}, {"tech", 4 * time.Hour, 20, 1}, // even: (20+20)/2
			{"tech", 5 * time.Hour, -1, 0}, {"tech", 6 * time.Hour, -1, 0}, {"tech", 7 * time.Hour, -1, 1}, // open: not in the median; two cases overdue
			{"tech", 30 * 24 * time.Hour, 1000, 0},                         // due after the period
			{"legal", 1 * time.Hour, 5, 0}, {"legal", 2 * time.Hour, 8, 1}, // even: 6.5
			{"market", 1 * time.Hour, 9, 0}, {"market", 2 * time.Hour, 3, 0}, {"market", 3 * time.Hour, 100, 1}, // odd: 9
		}
		var tally store.Tally // the cases are inserted around the service: the totals are rebuilt below
		for i, s := range steps {
			st := store.Step{CaseID: ids[s.cas], Process: "internal-collab", Key: "k" + string(rune('a'+i)), State: "requested", Role: "contact", Login: "x", Dept: s.dept, Started: t0, Due: t0.Add(s.due)}
			if err := db.StartStep(ctx, &tally, st); err != nil {
				t.Fatal(err)
			}
			if s.work < 0 {
				continue
			}
			if err := db.SQL().QueryRowContext(ctx, `SELECT MAX(id) FROM steps`).Scan(&st.ID); err != nil {
				t.Fatal(err)
			}
			if err := db.EndStep(ctx, &tally, st, t0, true, time.Duration(s.work)*time.Minute); err != nil {
				t.Fatal(err)
			}
		}
		if err := db.RebuildFigureCounts(ctx); err != nil {
			t.Fatal(err)
		}
		rows, err := db.Figures(ctx, store.FigureQuery{From: t0, To: t0.Add(24 * time.Hour), Now: t0.Add(10 * time.Hour)})
		if err != nil {
			t.Fatal(err)
		}
		want := map[string]struct {
			median          float64
			due, overdueNow int
		}{"tech": {20, 7, 2}, "legal": {6.5, 2, 0}, "market": {9, 3, 0}}
		if len(rows) != len(want)+1 || rows[0].Dept != "" || rows[0].Opened != 2 { // the opener is no user: no department
			t.Fatalf("rows %+v", rows)
		}
		for _, r := range rows[1:] {
			w := want[r.Dept]
			if r.MedianWorkMinutes == nil || *r.MedianWorkMinutes != w.median || r.StepsDue != w.due || r.OverdueNow != w.overdueNow {
				t.Errorf("%s: median %v, due %d, overdue now %d; want %+v", r.Dept, r.MedianWorkMinutes, r.StepsDue, r.OverdueNow, w)
			}
		}
	})
}
