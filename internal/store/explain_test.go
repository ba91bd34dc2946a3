package store_test

import (
	"context"
	"database/sql"
	"strings"
	"testing"

	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// recorder is a Querier that notes every statement it runs, so that a test
// can ask the database for the plan of exactly what the code sends.
type recorder struct {
	store.Querier
	calls []recorded
}

type recorded struct {
	query string
	args  []any
}

func (r *recorder) note(q string, args []any) { r.calls = append(r.calls, recorded{q, args}) }

func (r *recorder) ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error) {
	r.note(q, args)
	return r.Querier.ExecContext(ctx, q, args...)
}

func (r *recorder) QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	r.note(q, args)
	return r.Querier.QueryContext(ctx, q, args...)
}

func (r *recorder) QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row {
	r.note(q, args)
	return r.Querier.QueryRowContext(ctx, q, args...)
}

// plan returns q's plan as one text (storetest.Plan).
func plan(t *testing.T, db *store.DB, q string, args []any) string {
	return strings.Join(storetest.Plan(t, db, q, args), "\n")
}

// fullScans returns the lines of a plan that read a whole table or index,
// leaving out those that mention allowed.
func fullScans(dialect, plan, allowed string) []string {
	var bad []string
	for _, l := range strings.Split(plan, "\n") {
		l = strings.TrimSpace(l)
		scan := strings.HasPrefix(l, "SCAN ") && !strings.HasPrefix(l, "SCAN CONSTANT")
		if dialect == store.Postgres {
			scan = strings.Contains(l, "Seq Scan")
		}
		if scan && (allowed == "" || !strings.Contains(l, allowed)) {
			bad = append(bad, l)
		}
	}
	return bad
}

// TestHotQueriesUseIndexes checks the plan of every query a request or a
// worker runs at a million cases: the inbox, a case with its events and
// visibility, the timer runner, and the outbox. None may read a whole
// table.
func TestHotQueriesUseIndexes(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		now := t0
		checks := []struct {
			name    string
			run     func(q store.Querier) error
			allowed string // a scan this query may do
		}{
			{"inbox", func(q store.Querier) error {
				v := store.Viewer{Login: "chenjie", Dept: "tech"}
				_, _, err := store.In(q).ListCases(ctx, v, store.CaseFilter{Waiting: &v, Sort: store.SortDue, Now: now, Page: store.Page{Limit: 50}})
				return err
			}, ""},
			{"case list, due", func(q store.Querier) error {
				_, _, err := store.In(q).ListCases(ctx, store.Viewer{Admin: true}, store.CaseFilter{Sort: store.SortDue, Now: now, Page: store.Page{Limit: 50}})
				return err
			}, ""},
			{"case list, changed", func(q store.Querier) error {
				_, _, err := store.In(q).ListCases(ctx, store.Viewer{Admin: true}, store.CaseFilter{Sort: store.SortChanged, Now: now, Page: store.Page{Limit: 50}})
				return err
			}, "INDEX cases_updated_id"}, // walks the index in order (covering: the page is chosen by id), stops at the page
			// A member's lists start from their access rows, whatever the order.
			{"case list of a member, new", func(q store.Querier) error {
				_, _, err := store.In(q).ListCases(ctx, store.Viewer{Login: "chenjie", Dept: "tech"}, store.CaseFilter{Sort: store.SortNew, Now: now, Page: store.Page{Limit: 50}})
				return err
			}, "SCAN few_"}, // the count of their access rows (bounded) reads its own subquery
			{"case list of a member, changed", func(q store.Querier) error {
				_, _, err := store.In(q).ListCases(ctx, store.Viewer{Login: "chenjie", Dept: "tech"}, store.CaseFilter{Sort: store.SortChanged, Now: now, Page: store.Page{Limit: 50}})
				return err
			}, "SCAN few_"}, // the count of their access rows (bounded) reads its own subquery
			{"case list of a head, due", func(q store.Querier) error {
				_, _, err := store.In(q).ListCases(ctx, store.Viewer{Login: "zhaolei", Dept: "tech", HeadOf: []string{"tech"}}, store.CaseFilter{Sort: store.SortDue, Now: now, Page: store.Page{Limit: 50}})
				return err
			}, "SCAN few_"}, // the count of their access rows (bounded) reads its own subquery
			// A filtered list starts from the filter's own index when it
			// holds few cases (listdriver.go), whoever reads it.
			{"case list of a department, by an administrator", func(q store.Querier) error {
				return listOf(ctx, store.InDialect(q, db), store.Viewer{Admin: true}, store.CaseFilter{Depts: []string{"management"}, Now: now})
			}, "SCAN few_"},
			{"case list of a department, by its head", func(q store.Querier) error {
				return listOf(ctx, store.InDialect(q, db), store.Viewer{Login: "gaojun", Dept: "management", HeadOf: []string{"management"}}, store.CaseFilter{Depts: []string{"management"}, Acts: true, Now: now})
			}, "SCAN few_"},
			{"what a department owes this week", func(q store.Querier) error {
				return listOf(ctx, store.InDialect(q, db), store.Viewer{ReadAll: true}, store.CaseFilter{Depts: []string{"tech"}, Acts: true, DueAfter: now.AddDate(0, 0, -7), DueBy: now, Now: now})
			}, "SCAN few_"},
			{"what a person owes this week", func(q store.Querier) error {
				return listOf(ctx, store.InDialect(q, db), store.Viewer{Admin: true}, store.CaseFilter{Person: "chenjie", Acts: true, DueBy: now, Now: now})
			}, "SCAN few_"},
			{"case list of a person", func(q store.Querier) error {
				return listOf(ctx, store.InDialect(q, db), store.Viewer{Admin: true}, store.CaseFilter{Person: "chenjie", Sort: store.SortChanged, Now: now})
			}, "SCAN few_"},
			{"case list of a party", func(q store.Querier) error {
				return listOf(ctx, store.InDialect(q, db), store.Viewer{Admin: true}, store.CaseFilter{Party: "1", Sort: store.SortDue, Now: now})
			}, "SCAN few_"},
			{"overdue cases", func(q store.Querier) error {
				yes := true
				return listOf(ctx, store.InDialect(q, db), store.Viewer{Admin: true}, store.CaseFilter{Overdue: &yes, Now: now})
			}, "SCAN few_"},
			{"cases of a process in a state", func(q store.Querier) error {
				return listOf(ctx, store.InDialect(q, db), store.Viewer{ReadAll: true}, store.CaseFilter{Process: "complaint", State: "open", Now: now})
			}, "SCAN few_"},
			{"open steps of a case", func(q store.Querier) error { _, err := store.In(q).OpenSteps(ctx, 1); return err }, ""},
			{"open steps of a page of cases", func(q store.Querier) error { _, err := store.In(q).OpenSteps(ctx, 1, 2, 3); return err }, ""},

			// The weekly digest's lists: the open steps in a window, by
			// department or for the whole company (管理层).
			{"cases a department owes", func(q store.Querier) error {
				count, list, args := store.OwedSQL([]string{"tech", "sales"}, now.AddDate(0, 0, -7), now, 20)
				if err := queryAll(ctx, q, count, args...); err != nil {
					return err
				}
				return queryAll(ctx, q, list, args...)
			}, "SCAN o"}, // the first 20 cases, chosen from the steps' index
			{"cases the company owes", func(q store.Querier) error {
				count, list, args := store.OwedSQL(nil, now, now.AddDate(0, 0, 7), 20)
				if err := queryAll(ctx, q, count, args...); err != nil {
					return err
				}
				return queryAll(ctx, q, list, args...)
			}, "SCAN o"}, // the first 20 cases, chosen from the steps' index
			// The search index's catch-up at start: the cases above its mark.
			{"cases without a search entry", func(q store.Querier) error { return queryAll(ctx, q, store.UnindexedSQL(200), int64(1000)) }, ""},
			{"digest queued", func(q store.Querier) error { _, err := store.In(q).DigestQueued(ctx, "tech", "2026-12-07"); return err }, ""},
			{"case", func(q store.Querier) error { _, err := store.In(q).LoadCase(ctx, 1); return ignoreNotFound(err) }, ""},
			{"case for change", func(q store.Querier) error { _, err := db.LockCase(ctx, q, 1); return ignoreNotFound(err) }, ""},
			{"may see", func(q store.Querier) error {
				_, err := store.In(q).CanSee(ctx, store.Viewer{Login: "zhaolei", Dept: "tech", HeadOf: []string{"tech"}}, 1)
				return err
			}, ""},
			{"events", func(q store.Querier) error { _, err := store.In(q).CaseEvents(ctx, 1); return err }, ""},
			{"due timers", func(q store.Querier) error { _, err := store.In(q).DueTimers(ctx, now, 100); return err }, ""},
			{"next timer", func(q store.Querier) error { _, _, err := store.In(q).NextTimer(ctx); return err }, ""},
			{"case timers", func(q store.Querier) error { _, err := store.In(q).CaseTimers(ctx, 1); return err }, ""},
			{"outbox claim", func(q store.Querier) error { return queryAll(ctx, q, store.ClaimSQL, now.UnixMicro(), now.UnixMicro()) }, ""},
			// The badge on every page: the unread ones only, from their own index.
			{"unread badge", func(q store.Querier) error { _, err := store.In(q).UnreadMessages(ctx, "chenjie"); return err }, "SCAN u"},
			{"user's messages", func(q store.Querier) error { return queryAll(ctx, q, store.InboxMessagesSQL, "chenjie") }, ""},
			// The earliest pending delivery reads the pending rows only.
			{"next delivery", func(q store.Querier) error { return queryAll(ctx, q, store.NextDueSQL) }, "notifications_pending"},
			{"next free delivery", func(q store.Querier) error { return queryAll(ctx, q, store.NextDueFreeSQL, now.UnixMicro()) }, "notifications_pending"},
		}
		if db.Dialect() == store.SQLite { // actions are decided ahead on SQLite only
			checks = append(checks, struct {
				name    string
				run     func(q store.Querier) error
				allowed string
			}{"case unchanged (an action decided ahead)", func(q store.Querier) error {
				_, err := store.In(q).CaseUnchanged(ctx, store.CaseRow{Case: process.Case{ID: 1}}, 1)
				return err
			}, ""})
		}
		for _, c := range checks {
			rec := &recorder{Querier: db.SQL()}
			if err := c.run(rec); err != nil {
				t.Fatalf("%s: %v", c.name, err)
			}
			if len(rec.calls) == 0 {
				t.Fatalf("%s ran no statement", c.name)
			}
			for _, call := range rec.calls {
				p := plan(t, db, call.query, call.args)
				if bad := fullScans(db.Dialect(), p, c.allowed); len(bad) > 0 {
					t.Errorf("%s reads a whole table (%v):\n%s\nplan:\n%s", c.name, bad, call.query, p)
				}
			}
		}
	})
}

// listOf reads the first page of v's list f through q (store.InDialect).
func listOf(ctx context.Context, q store.Q, v store.Viewer, f store.CaseFilter) error {
	f.Page = store.Page{Limit: 50}
	_, _, err := q.ListCases(ctx, v, f)
	return err
}

func ignoreNotFound(err error) error {
	if err == store.ErrNotFound {
		return nil
	}
	return err
}

func queryAll(ctx context.Context, q store.Querier, query string, args ...any) error {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
	}
	return rows.Err()
}

// TestFullSyncOnEveryConnection reads PRAGMA synchronous on every
// connection the pool opens (all at once, so that they are distinct) and on
// the connection a transaction runs on: 2 is FULL.
func TestFullSyncOnEveryConnection(t *testing.T) {
	db := storetest.SQLite(t)
	ctx := context.Background()
	var conns []*sql.Conn
	defer func() {
		for _, c := range conns {
			c.Close()
		}
	}()
	for range db.SQL().Stats().MaxOpenConnections - 1 {
		c, err := db.SQL().Conn(ctx)
		if err != nil {
			t.Fatal(err)
		}
		conns = append(conns, c)
		var sync int
		if err := c.QueryRowContext(ctx, `PRAGMA synchronous`).Scan(&sync); err != nil {
			t.Fatal(err)
		}
		if sync != 2 {
			t.Errorf("connection %d: synchronous = %d, want 2 (FULL)", len(conns), sync)
		}
	}
	// The last free connection is the one the group-commit writer takes.
	err := db.Tx(ctx, func(tx store.Tx) error {
		var sync int
		if err := tx.QueryRowContext(ctx, `PRAGMA synchronous`).Scan(&sync); err != nil {
			return err
		}
		if sync != 2 {
			t.Errorf("the writer's connection: synchronous = %d, want 2 (FULL)", sync)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestInboxReadsAPage: the viewer's own inbox reads its two runs of
// waiting rows (by login, for anyone of the department) in deadline order
// from their indexes and stops after a page — no statement sorts, so the
// cost follows the page, not the cases waiting (migration 00032); and so
// does the case list's newest-first page.
func TestInboxReadsAPage(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		// runPlans lists f's page for v and returns the plans of its runs
		// of access rows, each with its query.
		runPlans := func(v store.Viewer, f store.CaseFilter) [][2]string {
			rec := &recorder{Querier: db.SQL()}
			f.Page = store.Page{Limit: 50}
			if _, _, err := store.In(rec).ListCases(context.Background(), v, f); err != nil {
				t.Fatal(err)
			}
			var out [][2]string
			for _, c := range rec.calls {
				if strings.Contains(c.query, "FROM case_access a") {
					out = append(out, [2]string{c.query, strings.Join(storetest.PlanInOrder(t, db, c.query, c.args), "\n")})
				}
			}
			return out
		}
		v := store.Viewer{Login: "chenjie", Dept: "tech"}
		runs := runPlans(v, store.CaseFilter{Waiting: &v, Sort: store.SortDue})
		for _, r := range runs {
			if !strings.Contains(r[1], "case_access_waiting_login_due") && !strings.Contains(r[1], "case_access_waiting_dept_due") {
				t.Errorf("an inbox run does not read its ordered index:\n%s\nplan:\n%s", r[0], r[1])
			}
			if strings.Contains(r[1], "TEMP B-TREE") || strings.Contains(r[1], "Sort") {
				t.Errorf("an inbox run sorts its rows:\n%s\nplan:\n%s", r[0], r[1])
			}
		}
		if len(runs) != 4 { // by login and by department, with a deadline and without
			t.Errorf("%d inbox runs, want 4", len(runs))
		}
		// The case list, newest first, for a head: by login, for anyone of
		// the department, and the department headed.
		runs = runPlans(store.Viewer{Login: "zhaolei", Dept: "tech", HeadOf: []string{"tech"}}, store.CaseFilter{Sort: store.SortNew})
		for _, r := range runs {
			if strings.Contains(r[1], "TEMP B-TREE") || strings.Contains(r[1], "Sort") || len(fullScans(db.Dialect(), r[1], "")) > 0 {
				t.Errorf("a list run sorts or scans:\n%s\nplan:\n%s", r[0], r[1])
			}
		}
		if len(runs) != 3 {
			t.Errorf("%d list runs, want 3", len(runs))
		}
	})
}
