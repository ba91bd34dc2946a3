package store_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// TestListDriversAgree: a list reads the same cases, page after page, in
// every order, whether it starts from the part of its filter that holds
// the fewest cases (a bound no part exceeds), from the part that is
// smallest under a tight bound, or walks every case in order (a bound no
// part meets) — for an administrator, a member and a head, and filters by
// party, departments, person, deadline and process.
func TestListDriversAgree(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		rng := rand.New(rand.NewPCG(3, 5))
		logins := []string{"a", "b", "c"}
		depts := []string{"x", "y", "z"}
		parties := []string{"P1", "P2"}
		base := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
		for i := range 150 {
			c := caseAt(fmt.Sprintf("D-%d", i), base)
			c.Process = []string{"internal-collab", "complaint"}[rng.IntN(2)]
			c.State = []string{"review", "open"}[rng.IntN(2)]
			c.UpdatedAt = base.Add(time.Duration(rng.IntN(50)) * time.Minute)
			if rng.IntN(3) > 0 {
				d := base.Add(time.Duration(rng.IntN(20)-10) * time.Hour)
				c.DueAt = &d
			}
			var access []store.Access
			for j := range 1 + rng.IntN(3) {
				a := store.Access{Role: fmt.Sprintf("r%d", j), Acts: rng.IntN(2) == 0}
				switch rng.IntN(3) {
				case 0:
					a.Login, a.Dept = logins[rng.IntN(len(logins))], depts[rng.IntN(len(depts))]
				case 1:
					a.Dept, a.Anyone = depts[rng.IntN(len(depts))], true
				default:
					a.Party = parties[rng.IntN(len(parties))]
				}
				access = append(access, a)
			}
			insertCase(t, db, c, false, access)
		}
		yes := true
		now := base
		viewers := map[string]store.Viewer{
			"admin":  {Admin: true},
			"member": {Login: "a", Dept: "x"},
			"head":   {Login: "b", Dept: "y", HeadOf: []string{"y"}},
		}
		filters := map[string]store.CaseFilter{
			"party":          {Party: "P1"},
			"depts":          {Depts: []string{"x", "z"}},
			"depts acting":   {Depts: []string{"y"}, Acts: true},
			"person":         {Person: "c"},
			"person acting":  {Person: "b", Acts: true},
			"overdue":        {Overdue: &yes},
			"due window":     {DueAfter: base.Add(-5 * time.Hour), DueBy: base.Add(3 * time.Hour)},
			"process, state": {Process: "complaint", State: "open"},
			"party, overdue": {Party: "P2", Overdue: &yes},
			"depts, process": {Depts: []string{"x"}, Process: "internal-collab"},
		}
		read := func(v store.Viewer, f store.CaseFilter) []string {
			f.Now, f.Page = now, store.Page{Limit: 7}
			var keys []string
			for _, r := range readPages(t, func(cursor string) ([]store.CaseRow, string, error) {
				f.Page.Cursor = cursor
				return store.InDialect(db.SQL(), db).ListCases(ctx, v, f)
			}) {
				keys = append(keys, r.Key)
			}
			return keys
		}
		for vn, v := range viewers {
			for fn, f := range filters {
				for _, sort := range []string{store.SortNew, store.SortChanged, store.SortDue} {
					f.Sort = sort
					restore := store.SetFewCasesBound(-1) // no part is few: the walk in order
					walked := read(v, f)
					restore()
					if len(walked) == 0 {
						t.Errorf("%s, %s, %s: the list is empty; the test shows nothing", vn, fn, sort)
					}
					for _, bound := range []int{10, 40, 1 << 20} {
						restore := store.SetFewCasesBound(bound)
						driven := read(v, f)
						restore()
						if !slices.Equal(driven, walked) {
							t.Errorf("%s, %s, %s, bound %d:\n driven %v\n walked %v", vn, fn, sort, bound, driven, walked)
						}
					}
				}
			}
		}
	})
}

// TestUndrivenListsWalkInOrder: when no part of a list is few, the list
// walks the cases in its order and stops at the page: no statement sorts
// the cases a broad filter holds (a process's million, the cases due this
// week), on either dialect.
func TestUndrivenListsWalkInOrder(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		defer store.SetFewCasesBound(-1)()
		yes, no := true, false
		now := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
		filters := map[string]store.CaseFilter{
			"process":        {Process: "internal-collab"},
			"process, state": {Process: "internal-collab", State: "review"},
			"overdue":        {Overdue: &yes},
			"not overdue":    {Overdue: &no},
			"due this week":  {DueAfter: now, DueBy: now.AddDate(0, 0, 7)},
			"department":     {Depts: []string{"tech"}},
		}
		viewers := map[string]store.Viewer{"admin": {Admin: true}, "member": {Login: "chenjie", Dept: "tech"}}
		for vn, v := range viewers {
			for fn, f := range filters {
				for _, sort := range []string{store.SortNew, store.SortChanged, store.SortDue} {
					rec := &recorder{Querier: db.SQL()}
					f.Sort, f.Now, f.Page = sort, now, store.Page{Limit: 50}
					if _, _, err := store.InDialect(rec, db).ListCases(context.Background(), v, f); err != nil {
						t.Fatal(err)
					}
					for _, c := range rec.calls {
						if !strings.HasPrefix(c.query, "SELECT c.id FROM cases c") {
							continue
						}
						p := strings.Join(storetest.PlanInOrder(t, db, c.query, c.args), "\n")
						if strings.Contains(p, "TEMP B-TREE FOR ORDER BY") || strings.Contains(p, "Sort") {
							t.Errorf("%s, %s, %s: the walk sorts what the filter holds:\n%s\nplan:\n%s", vn, fn, sort, c.query, p)
						}
					}
				}
			}
		}
	})
}

// caseAt is a case of the cross-department process, opened, changed and
// in its state since at and titled by its key; a test sets what it varies.
func caseAt(key string, at time.Time) *process.Case {
	return &process.Case{Key: key, Process: "internal-collab", State: "review", Title: key, Opener: "a",
		Fields: map[string]any{}, StateSince: at, CreatedAt: at, UpdatedAt: at}
}

// insertCase writes c (closed when terminal) and its access rows in one
// transaction and returns its id.
func insertCase(t *testing.T, db *store.DB, c *process.Case, terminal bool, access []store.Access) int64 {
	t.Helper()
	ctx := context.Background()
	var id int64
	err := db.Tx(ctx, func(tx store.Tx) error {
		var err error
		if id, err = store.In(tx).InsertCase(ctx, c, terminal); err != nil {
			return err
		}
		return store.In(tx).ReplaceAccess(ctx, id, access)
	})
	if err != nil {
		t.Fatal(err)
	}
	return id
}

// readPages reads a list page after page, each from the cursor the last
// one gave, until it ends; a list that does not end within 1,000 pages
// fails the test.
func readPages[T any](t *testing.T, read func(cursor string) ([]T, string, error)) []T {
	t.Helper()
	var all []T
	cursor := ""
	for range 1000 {
		page, next, err := read(cursor)
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, page...)
		if next == "" {
			return all
		}
		cursor = next
	}
	t.Fatal("the list does not end")
	return nil
}

// TestOverdueAtTheDeadline: a case is overdue from the instant of its
// deadline on (CONTRACT §3: at the deadline the case becomes overdue), so
// a deadline exactly now is in the overdue list and not in the list of
// cases not overdue, whichever part drives the list and in every order.
func TestOverdueAtTheDeadline(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		now := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
		dues := map[string]*time.Time{"before": new(now.Add(-time.Microsecond)), "at": new(now), "after": new(now.Add(time.Microsecond)), "none": nil}
		for key, due := range dues {
			c := caseAt(key, now)
			c.DueAt = due
			insertCase(t, db, c, false, []store.Access{{Role: "r", Login: "a", Dept: "x", Acts: true}})
		}
		yes, no := true, false
		want := map[bool][]string{true: {"at", "before"}, false: {"after", "none"}}
		for _, v := range []store.Viewer{{Admin: true}, {Login: "a", Dept: "x"}} {
			for _, overdue := range []*bool{&yes, &no} {
				for _, sort := range []string{store.SortNew, store.SortChanged, store.SortDue} {
					for _, bound := range []int{-1, 1 << 20} {
						restore := store.SetFewCasesBound(bound)
						f := store.CaseFilter{Overdue: overdue, Now: now, Sort: sort, Page: store.Page{Limit: 10}}
						rows, _, err := store.InDialect(db.SQL(), db).ListCases(ctx, v, f)
						restore()
						if err != nil {
							t.Fatal(err)
						}
						var got []string
						for _, r := range rows {
							got = append(got, r.Key)
						}
						slices.Sort(got)
						if !slices.Equal(got, want[*overdue]) {
							t.Errorf("viewer %+v, overdue=%v, %s, bound %d: got %v, want %v", v, *overdue, sort, bound, got, want[*overdue])
						}
					}
				}
			}
		}
	})
}

// TestSharedListReadsTheMemo: a list read with Shared (the inbox, the
// calendar feed) gets each case's decoded data as the memo holds it — two
// reads, the same maps — while a list read without it gets copies of its
// own, equal to the shared ones.
func TestSharedListReadsTheMemo(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		now := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
		c := caseAt("S-1", now)
		c.Fields["title"], c.DueAt = "共享", new(now.Add(time.Hour))
		insertCase(t, db, c, false, []store.Access{{Role: "contact", Login: "a", Dept: "x", Acts: true}})
		v := store.Viewer{Login: "a", Dept: "x"}
		read := func(shared bool) map[string]any {
			t.Helper()
			rows, _, err := store.InDialect(db.SQL(), db).ListCases(ctx, v, store.CaseFilter{Waiting: &v, Sort: store.SortDue, Now: now, Page: store.Page{Limit: 10}, Shared: shared})
			if err != nil || len(rows) != 1 {
				t.Fatalf("shared=%v: %d rows, %v", shared, len(rows), err)
			}
			return rows[0].Fields
		}
		first, second, own := read(true), read(true), read(false)
		same := func(a, b map[string]any) bool {
			return reflect.ValueOf(a).UnsafePointer() == reflect.ValueOf(b).UnsafePointer()
		}
		if !same(first, second) {
			t.Error("two shared reads got copies")
		}
		if same(own, first) || !reflect.DeepEqual(own, first) {
			t.Errorf("the read without Shared: %v, shared %v (the same map: %v)", own, first, same(own, first))
		}
	})
}
