package store_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/alexedwards/argon2id"

	"github.com/liaison-dev/liaison/internal/demo"
	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// TestFiguresFromTotalsMatchCounting fills a database as it was before
// migration 00030 with random cases and steps (open and done, on time and
// late, openers with and without a department), upgrades it, and checks
// that the totals the migration back-filled are those RebuildFigureCounts
// computes; then that every figure read from the totals (Figures, Weekly,
// Workload, StepFigures) equals counting every case and step as before
// (figures_oracle_test.go), for random periods that start and end at
// local midnights or anywhere, random moments "now" and random sets of
// departments, on SQLite and PostgreSQL.
func TestFiguresFromTotalsMatchCounting(t *testing.T) {
	ctx := context.Background()
	for _, dialect := range []string{store.SQLite, store.Postgres} {
		t.Run(dialect, func(t *testing.T) {
			dsn := filepath.Join(t.TempDir(), "fig.db")
			if dialect == store.Postgres {
				dsn = storetest.PostgresURL(t)
			}
			db, err := store.Open(ctx, dsn)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			if err := db.MigrateTo(ctx, 29); err != nil {
				t.Fatal(err)
			}
			t0 := time.Date(2026, 9, 1, 0, 0, 0, 0, time.FixedZone("CST", 8*3600))
			cheap := &argon2id.Params{Memory: 1024, Iterations: 1, Parallelism: 1, SaltLength: 16, KeyLength: 32}
			if err := demo.Seed(ctx, db, t0, cheap); err != nil {
				t.Fatal(err)
			}
			r := rand.New(rand.NewPCG(30, 14))
			span := int64(120 * 24 * time.Hour / time.Microsecond)
			base := t0.UnixMicro()
			randomFigureData(t, db, r, base, span)
			if err := db.Migrate(ctx); err != nil {
				t.Fatal(err)
			}
			filled, err := db.FigureCounts(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if err := db.RebuildFigureCounts(ctx); err != nil {
				t.Fatal(err)
			}
			rebuilt, err := db.FigureCounts(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if len(filled) == 0 || !reflect.DeepEqual(filled, rebuilt) {
				t.Fatalf("migration 00030 filled %d totals, the rebuild %d; they differ", len(filled), len(rebuilt))
			}
			deptSets := [][]string{nil, {"tech"}, {"market", "sales"}, {}, {"nowhere"}}
			for i := range 40 {
				from := base + r.Int64N(span)
				if i%3 == 0 { // a local midnight, as the service asks
					from = t0.AddDate(0, 0, r.IntN(100)).UnixMicro()
				}
				to := from + r.Int64N(40*24*3600e6)
				now := base + r.Int64N(span)
				f := store.FigureQuery{From: time.UnixMicro(from), To: time.UnixMicro(to), Now: time.UnixMicro(now), Depts: deptSets[i%len(deptSets)]}
				what := fmt.Sprintf("query %d %+v", i, f)
				got, err := db.Figures(ctx, f)
				if err != nil {
					t.Fatal(err)
				}
				want, err := oldFigures(ctx, db.SQL(), f)
				if err != nil {
					t.Fatal(err)
				}
				if !sameRows(got, want) {
					t.Errorf("%s: Figures\n got %s\nwant %s", what, rowsText(got), rowsText(want))
				}
				gw, err := db.Weekly(ctx, f, 12)
				if err != nil {
					t.Fatal(err)
				}
				ww, err := oldWeekly(ctx, db.SQL(), f, 12)
				if err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(gw, ww) {
					t.Errorf("%s: Weekly\n got %+v\nwant %+v", what, gw, ww)
				}
				gl, err := db.Workload(ctx, f)
				if err != nil {
					t.Fatal(err)
				}
				wl, err := oldWorkload(ctx, db.SQL(), f)
				if err != nil {
					t.Fatal(err)
				}
				sort.SliceStable(wl, func(i, j int) bool {
					if wl[i].Open != wl[j].Open {
						return wl[i].Open > wl[j].Open
					}
					if wl[i].Login != wl[j].Login {
						return wl[i].Login < wl[j].Login
					}
					return wl[i].Dept < wl[j].Dept
				})
				if !reflect.DeepEqual(gl, wl) {
					t.Errorf("%s: Workload\n got %+v\nwant %+v", what, gl, wl)
				}
				gs, err := db.StepFigures(ctx, f)
				if err != nil {
					t.Fatal(err)
				}
				ws, err := oldStepFigures(ctx, db.SQL(), f)
				if err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(gs, ws) {
					t.Errorf("%s: StepFigures\n got %+v\nwant %+v", what, gs, ws)
				}
			}
		})
	}
}

func sameRows(a, b []store.FigureRow) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		x, y := a[i], b[i]
		if (x.MedianWorkMinutes == nil) != (y.MedianWorkMinutes == nil) || x.MedianWorkMinutes != nil && *x.MedianWorkMinutes != *y.MedianWorkMinutes {
			return false
		}
		x.MedianWorkMinutes, y.MedianWorkMinutes = nil, nil
		if x != y {
			return false
		}
	}
	return true
}

func rowsText(rows []store.FigureRow) string {
	s := ""
	for _, r := range rows {
		m := "nil"
		if r.MedianWorkMinutes != nil {
			m = fmt.Sprint(*r.MedianWorkMinutes)
		}
		s += fmt.Sprintf("\n  %s/%s opened %d closed %d overdue %d due %d on time %d median %s", r.Dept, r.Process, r.Opened, r.Closed, r.OverdueNow, r.StepsDue, r.StepsOnTime, m)
	}
	return s
}

// randomFigureData inserts 600 random cases over [base, base+span) with
// one to four steps each, as the service would have left them.
func randomFigureData(t *testing.T, db *store.DB, r *rand.Rand, base, span int64) {
	t.Helper()
	ctx := context.Background()
	people := []struct{ login, dept string }{{"wangfang", "market"}, {"lina", "market"}, {"chenjie", "tech"}, {"zhaolei", "tech"},
		{"sunli", "legal"}, {"zhoumin", "sales"}, {"liuyang", "sales"}, {"", "tech"}, {"ghost", ""}} // a department role; no user
	processes := []string{"internal-collab", "customer-requirement"}
	states := []string{"requested", "in_progress", "delivered"}
	lite := db.Dialect() == store.SQLite
	err := db.Tx(ctx, func(tx store.Tx) error {
		var cases [][]any
		for i := range 600 {
			created := base + r.Int64N(span)
			terminal := r.IntN(3) == 0
			since := created + r.Int64N(20*24*3600e6)
			opener := people[r.IntN(len(people))].login
			if opener == "" {
				opener = "nobody"
			}
			cases = append(cases, []any{fmt.Sprintf("RF-2026-%04d", i+1), processes[i%2], "requested", terminal, "t", opener, `{"fields":{}}`, nil, since, 1, 1, created, created})
		}
		if err := bulk(ctx, tx, lite, "cases", "key, process, state, terminal, title, opener, data, due_at, state_since, version, event_seq, created_at, updated_at", cases); err != nil {
			return err
		}
		ids, err := caseIDs(ctx, tx, `key LIKE 'RF-%'`)
		if err != nil {
			return err
		}
		var steps [][]any
		for i, id := range ids {
			for k := range 1 + r.IntN(4) {
				p := people[r.IntN(len(people))]
				started := base + r.Int64N(span)
				due := started + r.Int64N(10*24*3600e6)
				if r.IntN(8) == 0 {
					due = (due/86400e6)*86400e6 - 8*3600e6 // a local midnight
				}
				var done, onTime, work any
				if r.IntN(3) > 0 {
					d := started + r.Int64N(12*24*3600e6)
					done, onTime, work = d, d <= due, r.Int64N(1500)
					if r.IntN(6) == 0 {
						work = r.Int64N(3) * 60 // on an hour's edge
					}
				}
				steps = append(steps, []any{id, processes[i%2], fmt.Sprintf("s%d", k), states[r.IntN(len(states))], "contact", p.login, p.dept, started, due, done, onTime, work})
			}
		}
		return bulk(ctx, tx, lite, "steps", "case_id, process, step, state, role, login, dept, started_at, due_at, done_at, on_time, work_minutes", steps)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestFigureQueriesUseIndexes reads the plan of every statement the
// figures run, with periods that cut days (so that the part days, today's
// overdue steps and the working times of one hour are read from the steps
// and cases): none may read the whole of steps, cases or the totals.
func TestFigureQueriesUseIndexes(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		t0 := time.Date(2026, 9, 1, 0, 0, 0, 0, time.FixedZone("CST", 8*3600))
		cheap := &argon2id.Params{Memory: 1024, Iterations: 1, Parallelism: 1, SaltLength: 16, KeyLength: 32}
		if err := demo.Seed(ctx, db, t0, cheap); err != nil {
			t.Fatal(err)
		}
		span := int64(120 * 24 * time.Hour / time.Microsecond)
		randomFigureData(t, db, rand.New(rand.NewPCG(1, 2)), t0.UnixMicro(), span)
		if err := db.RebuildFigureCounts(ctx); err != nil {
			t.Fatal(err)
		}
		if _, err := db.SQL().ExecContext(ctx, "ANALYZE"); err != nil {
			t.Fatal(err)
		}
		from := t0.Add(30*24*time.Hour + 10*time.Hour)
		for _, depts := range [][]string{nil, {"tech", "sales"}} {
			f := store.FigureQuery{From: from, To: from.Add(30 * 24 * time.Hour), Now: from.Add(40 * 24 * time.Hour), Depts: depts}
			rec := &recorder{Querier: db.SQL()}
			if _, err := store.In(rec).Figures(ctx, f); err != nil {
				t.Fatal(err)
			}
			if _, err := store.In(rec).Weekly(ctx, f, 12); err != nil {
				t.Fatal(err)
			}
			if _, err := store.In(rec).Workload(ctx, f); err != nil {
				t.Fatal(err)
			}
			if _, err := store.In(rec).StepFigures(ctx, f); err != nil {
				t.Fatal(err)
			}
			fine := 0
			for _, call := range rec.calls {
				if strings.Contains(call.query, "work_minutes IN (") {
					fine++
				}
				p := plan(t, db, call.query, call.args)
				// Allowed: the derived tables (part, o) and the organisation's
				// users (u), which the opener's department is joined from.
				if bad := fullScans(db.Dialect(), p, ""); len(bad) > 0 {
					for _, l := range bad {
						name := strings.Fields(strings.TrimPrefix(strings.TrimPrefix(l, "->"), " "))
						if slices.Contains([]string{"SCAN part", "SCAN o", "SCAN u"}, strings.Join(name[:min(2, len(name))], " ")) ||
							strings.Contains(l, "Seq Scan on users") {
							continue
						}
						t.Errorf("reads a whole table (%s):\n%s\nplan:\n%s", l, call.query, p)
					}
				}
			}
			if fine == 0 || len(rec.calls) < 10 {
				t.Errorf("%d statements, %d of them reading one hour's working times: the part days were not read", len(rec.calls), fine)
			}
		}
	})
}

// TestFigureSlots: on PostgreSQL two cases' changes to one total go to the
// rows of their slots (no wait for each other's lock), on SQLite to one
// row; either way the figures read the sum, and a case's own change taken
// back leaves nothing.
func TestFigureSlots(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		at := time.Date(2026, 9, 1, 10, 0, 0, 0, time.FixedZone("CST", 8*3600))
		save := func(caseID int64, sign int64) {
			t.Helper()
			tl := store.Tally{Slot: db.FigureSlot(caseID)}
			tl.CaseClosed("internal-collab", "wangfang", at, sign)
			if err := db.Tx(ctx, func(tx store.Tx) error { return tl.Save(ctx, tx) }); err != nil {
				t.Fatal(err)
			}
		}
		save(1, 1)
		save(2, 1)
		save(3, 1)
		save(3, -1)
		counts, err := db.FigureCounts(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(counts) != 1 || counts[0].N != 2 {
			t.Fatalf("totals %+v, want one closed count of 2", counts)
		}
		var rows int
		if err := db.SQL().QueryRowContext(ctx, `SELECT COUNT(*) FROM figure_counts`).Scan(&rows); err != nil {
			t.Fatal(err)
		}
		want := 1
		if db.Dialect() == "postgres" {
			want = 2 // slots 1 and 2; slot 3's count fell to zero and went
		}
		if rows != want {
			t.Errorf("%d rows of totals, want %d", rows, want)
		}
	})
}
