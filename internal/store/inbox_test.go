package store_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// TestOwnInboxIsVisible: the inbox reads the viewer's rows that must act
// and tests no visibility, on the ground that those rows are among the rows
// visibility accepts. An oracle over random access rows checks it, with the
// paging: every page of a viewer's inbox is exactly the open cases with a
// row of theirs that acts (by login, or for anyone of their department),
// by deadline then id, with the cases without a deadline after them. The
// newest-first case list, read from the same runs of access rows, is
// checked against visibility the same way.
func TestOwnInboxIsVisible(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		rng := rand.New(rand.NewPCG(7, 11))
		logins := []string{"a", "b", "c"}
		depts := []string{"x", "y", ""}
		type row struct {
			id       int64
			terminal bool
			due      *time.Time
			access   []store.Access
		}
		var rows []row
		base := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
		for i := range 120 {
			c := caseAt(fmt.Sprintf("T-%d", i), base)
			if rng.IntN(4) > 0 {
				d := base.Add(time.Duration(rng.IntN(10)) * time.Hour) // ties on the deadline too
				c.DueAt = &d
			}
			r := row{terminal: rng.IntN(6) == 0, due: c.DueAt}
			for j := range 1 + rng.IntN(3) {
				a := store.Access{Role: fmt.Sprintf("r%d", j), Acts: rng.IntN(2) == 0}
				if rng.IntN(2) == 0 {
					a.Login = logins[rng.IntN(len(logins))]
				} else {
					a.Dept, a.Anyone = depts[rng.IntN(len(depts))], rng.IntN(2) == 0
				}
				r.access = append(r.access, a)
			}
			r.id = insertCase(t, db, c, r.terminal, r.access)
			rows = append(rows, r)
		}
		for _, login := range logins {
			for _, dept := range depts {
				v := store.Viewer{Login: login, Dept: dept}
				var want []row
				for _, r := range rows {
					// What the inbox meant before it stopped testing
					// visibility: rows that act, among the visible ones.
					acts, visible := false, false
					for _, a := range r.access {
						mine := a.Login == login || a.Anyone && a.Dept != "" && a.Dept == dept
						acts = acts || a.Acts && mine
						visible = visible || mine
					}
					if acts && visible && !r.terminal {
						want = append(want, r)
					}
				}
				slices.SortStableFunc(want, func(p, q row) int {
					switch {
					case p.due == nil && q.due == nil:
						return int(p.id - q.id)
					case p.due == nil:
						return 1
					case q.due == nil:
						return -1
					case !p.due.Equal(*q.due):
						return p.due.Compare(*q.due)
					}
					return int(p.id - q.id)
				})
				got := allPages(t, db, v, store.CaseFilter{Waiting: &v, Sort: store.SortDue, Now: base})
				var wantIDs []int64
				for _, r := range want {
					wantIDs = append(wantIDs, r.id)
				}
				if !slices.Equal(got, wantIDs) {
					t.Errorf("inbox of %s/%s: got %v, want %v", login, dept, got, wantIDs)
				}
			}
		}
		// The case list, newest first, read by runs (as the inbox is):
		// every page is exactly the cases visible to the viewer — by login,
		// for anyone of the department, as head of a department — by id,
		// newest first, closed ones too.
		for _, login := range logins {
			for _, dept := range depts {
				for _, heads := range [][]string{nil, {"x"}, {"x", "y"}} {
					v := store.Viewer{Login: login, Dept: dept, HeadOf: heads}
					var want []int64
					for i := len(rows) - 1; i >= 0; i-- {
						for _, a := range rows[i].access {
							if a.Login == login || a.Anyone && a.Dept != "" && a.Dept == dept || a.Dept != "" && slices.Contains(heads, a.Dept) {
								want = append(want, rows[i].id)
								break
							}
						}
					}
					got := allPages(t, db, v, store.CaseFilter{Sort: store.SortNew, Now: base})
					if !slices.Equal(got, want) {
						t.Errorf("list of %s/%s heading %v: got %v, want %v", login, dept, heads, got, want)
					}
				}
			}
		}
	})
}

// allPages reads f's list for v in pages of 7, following the cursors, and
// returns the ids in the order read.
func allPages(t *testing.T, db *store.DB, v store.Viewer, f store.CaseFilter) []int64 {
	t.Helper()
	var got []int64
	for _, c := range readPages(t, func(cursor string) ([]store.CaseRow, string, error) {
		f.Page = store.Page{Limit: 7, Cursor: cursor}
		return db.ListCases(context.Background(), v, f)
	}) {
		got = append(got, c.ID)
	}
	return got
}
