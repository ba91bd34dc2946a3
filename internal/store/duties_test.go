package store_test

import (
	"cmp"
	"context"
	"fmt"
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// TestDutiesPagesFromTheIndex: a user's duties read a page at a time from
// the index of people's access rows by deadline are, page after page, the
// duties written, in their order (deadline, those without last; case;
// role) — over random cases, some closed, some without a deadline, some
// with two roles of one person and rows for anyone of a department — and
// neither run sorts (the plan reads the index in order).
func TestDutiesPagesFromTheIndex(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		rng := rand.New(rand.NewPCG(9, 4))
		base := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
		type duty struct {
			id   int64
			role string
			due  *time.Time
		}
		owed := map[string][]duty{} // the oracle: each login's duties, from what was written
		for i := range 120 {
			c := caseAt(fmt.Sprintf("U-%d", i), base)
			if rng.IntN(3) > 0 {
				d := base.Add(time.Duration(rng.IntN(8)) * time.Hour) // ties on the deadline too
				c.DueAt = &d
			}
			var access []store.Access
			for j := range 1 + rng.IntN(3) {
				a := store.Access{Role: fmt.Sprintf("r%d", j), Acts: rng.IntN(2) == 0, Dept: "x"}
				if rng.IntN(4) > 0 {
					a.Login = []string{"a", "b"}[rng.IntN(2)]
				} else {
					a.Anyone = true
				}
				access = append(access, a)
			}
			terminal := rng.IntN(5) == 0
			id := insertCase(t, db, c, terminal, access)
			for _, a := range access {
				if !terminal && !a.Anyone {
					owed[a.Login] = append(owed[a.Login], duty{id, a.Role, c.DueAt})
				}
			}
		}
		key := func(id int64, role string, due *time.Time) string {
			d := "-"
			if due != nil {
				d = due.UTC().Format(time.RFC3339)
			}
			return fmt.Sprintf("%d/%s/%s", id, role, d)
		}
		for _, login := range []string{"a", "b", "nobody"} {
			var got []string
			for _, d := range readPages(t, func(cursor string) ([]store.Duty, string, error) {
				return db.DutiesPage(ctx, login, store.Page{Limit: 4, Cursor: cursor})
			}) {
				got = append(got, key(d.CaseID, d.Role, d.DueAt))
			}
			// Deadline (those without last), case, role.
			want := owed[login]
			slices.SortFunc(want, func(x, y duty) int {
				switch {
				case x.due == nil && y.due != nil:
					return 1
				case x.due != nil && y.due == nil:
					return -1
				case x.due != nil && !x.due.Equal(*y.due):
					return x.due.Compare(*y.due)
				case x.id != y.id:
					return cmp.Compare(x.id, y.id)
				}
				return strings.Compare(x.role, y.role)
			})
			var all []string
			for _, d := range want {
				all = append(all, key(d.id, d.role, d.due))
			}
			if strings.Join(got, " ") != strings.Join(all, " ") {
				t.Errorf("%s: pages\n %v\nwhole list\n %v", login, got, all)
			}
			if login != "nobody" && len(all) < 10 {
				t.Errorf("%s has %d duties; the test shows little", login, len(all))
			}
		}
		// Neither run sorts: each reads the index in order (PostgreSQL may
		// order a case's few roles among themselves: an incremental sort
		// on the case, presorted).
		rec := &recorder{Querier: db.SQL()}
		_, next, err := store.In(rec).DutiesPage(ctx, "a", store.Page{Limit: 2})
		if err != nil {
			t.Fatal(err)
		}
		if _, _, err := store.In(rec).DutiesPage(ctx, "a", store.Page{Limit: 500, Cursor: next}); err != nil {
			t.Fatal(err)
		}
		for _, c := range rec.calls {
			p := strings.Join(storetest.PlanInOrder(t, db, c.query, c.args), "\n")
			if strings.Contains(p, "TEMP B-TREE") || fullSort.MatchString(p) || strings.Contains(p, "Seq Scan") {
				t.Errorf("a run of duties sorts or scans:\n%s\nplan:\n%s", c.query, p)
			}
		}
	})
}

// fullSort matches a PostgreSQL plan's Sort node (not an Incremental Sort).
var fullSort = regexp.MustCompile(`(?m)^\s*(->\s+)?Sort\s+\(`)
