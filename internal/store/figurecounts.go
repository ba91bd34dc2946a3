package store

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
)

// The figures' running totals (migration 00030, table figure_counts): per
// kind of count, local day and the kind's dimensions, kept in the
// transaction that changes a case or its steps. A Tally collects one
// transaction's changes and Save writes them in one statement.

// Kinds of count.
const (
	countOpened = "opened" // cases opened: process, login (the opener)
	countClosed = "closed" // terminal cases, by the day they ended: process, login
	countDue    = "due"    // steps due: dept, process, state; on_time
	countWork   = "work"   // done steps, by working hours taken: dept, process, bucket
	countOpen   = "open"   // open steps: dept, login
	countLate   = "late"   // cases a department owes open steps in, by the earliest deadline: dept, process
)

// The local day of the totals: Asia/Shanghai, the calendar's zone, which
// has been UTC+8 all year since 1991. A figure over a period that does not
// start or end at a local midnight reads the part days from the steps.
const (
	dayOffset = int64(8 * time.Hour / time.Microsecond)
	dayLength = int64(24 * time.Hour / time.Microsecond)
	// workBucket is the width of a work bucket: an hour of working time.
	workBucket = 60
)

// dayOf is the local day of a time in micros.
func dayOf(us int64) int64 { return floorDiv(us+dayOffset, dayLength) }

// dayStart is the first micro of a local day.
func dayStart(day int64) int64 { return day*dayLength - dayOffset }

func floorDiv(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

type countKey struct {
	kind, dept, process, state, login string
	day, bucket                       int64
}

type countDelta struct{ n, onTime int64 }

// Tally is one transaction's changes to the figures' totals.
type Tally struct {
	// Slot is the row of each total the changes go to (DB.FigureSlot of
	// the case); the figures add the slots up.
	Slot int64
	m    map[countKey]countDelta
}

// figureSlots is how many rows a total is spread over on PostgreSQL.
const figureSlots = 8

// FigureSlot is the slot of the totals a case's changes go to: spread by
// case on PostgreSQL, where two transactions that change the same row wait
// for each other's commit; always 0 on SQLite, whose one writer takes no
// row locks. Changes of one case always go to the same slot.
func (db *DB) FigureSlot(caseID int64) int64 {
	if db.dialect != Postgres {
		return 0
	}
	return (caseID%figureSlots + figureSlots) % figureSlots
}

func (t *Tally) add(k countKey, n, onTime int64) {
	if t.m == nil {
		t.m = map[countKey]countDelta{}
	}
	d := t.m[k]
	d.n += n
	d.onTime += onTime
	t.m[k] = d
}

// CaseOpened counts a case opened by opener at created.
func (t *Tally) CaseOpened(process, opener string, created time.Time) {
	t.add(countKey{kind: countOpened, process: process, login: opener, day: dayOf(micros(created))}, 1, 0)
}

// CaseClosed counts (sign 1) or uncounts (sign -1) a terminal case that
// ended at since.
func (t *Tally) CaseClosed(process, opener string, since time.Time, sign int64) {
	t.add(countKey{kind: countClosed, process: process, login: opener, day: dayOf(micros(since))}, sign, 0)
}

// stepOpen counts an open step (sign 1), or takes it back (sign -1).
func (t *Tally) stepOpen(s Step, sign int64) {
	due := micros(s.Due)
	t.add(countKey{kind: countDue, dept: s.Dept, process: s.Process, state: s.State, day: dayOf(due)}, sign, 0)
	t.add(countKey{kind: countOpen, dept: s.Dept, login: s.Login, day: dayOf(due)}, sign, 0)
}

// stepEnded moves an open step to the done ones.
func (t *Tally) stepEnded(s Step, onTime bool, work time.Duration) {
	day := dayOf(micros(s.Due))
	if onTime {
		t.add(countKey{kind: countDue, dept: s.Dept, process: s.Process, state: s.State, day: day}, 0, 1)
	}
	t.add(countKey{kind: countWork, dept: s.Dept, process: s.Process, bucket: int64(work/time.Minute) / workBucket, day: day}, 1, 0)
	t.add(countKey{kind: countOpen, dept: s.Dept, login: s.Login, day: day}, -1, 0)
}

// OpenStepsChanged counts the cases each department owes open steps in, by
// the earliest deadline among them, from a case's open steps before and
// after a change (those of one case).
func (t *Tally) OpenStepsChanged(before, after []Step) {
	first := func(steps []Step) map[[2]string]int64 {
		m := map[[2]string]int64{}
		for _, s := range steps {
			k := [2]string{s.Dept, s.Process}
			if d, ok := m[k]; !ok || micros(s.Due) < d {
				m[k] = micros(s.Due)
			}
		}
		return m
	}
	was, is := first(before), first(after)
	for k, d := range was {
		if is[k] != d || !hasKey(is, k) {
			t.add(countKey{kind: countLate, dept: k[0], process: k[1], day: dayOf(d)}, -1, 0)
		}
	}
	for k, d := range is {
		if was[k] != d || !hasKey(was, k) {
			t.add(countKey{kind: countLate, dept: k[0], process: k[1], day: dayOf(d)}, 1, 0)
		}
	}
}

func hasKey(m map[[2]string]int64, k [2]string) bool { _, ok := m[k]; return ok }

// Save writes the tally in q (the transaction of the change) and empties
// it: one upsert of every changed total, in key order (so that concurrent
// transactions on PostgreSQL take the rows' locks in the same order), and
// the deletion of those that fell to zero.
func (t *Tally) Save(ctx context.Context, q Querier) error {
	keys := make([]countKey, 0, len(t.m))
	for k, d := range t.m {
		if d != (countDelta{}) {
			keys = append(keys, k)
		}
	}
	if len(keys) == 0 {
		t.m = nil
		return nil
	}
	slices.SortFunc(keys, func(a, b countKey) int {
		return cmp.Or(cmp.Compare(a.kind, b.kind), cmp.Compare(a.day, b.day), cmp.Compare(a.dept, b.dept), cmp.Compare(a.process, b.process),
			cmp.Compare(a.state, b.state), cmp.Compare(a.login, b.login), cmp.Compare(a.bucket, b.bucket))
	})
	var sb strings.Builder
	args := make([]any, 0, 10*len(keys))
	sb.WriteString(`INSERT INTO figure_counts (kind, day, dept, process, state, login, bucket, slot, n, on_time) VALUES `)
	var shrunk []countKey
	for i, k := range keys {
		d := t.m[k]
		if d.n < 0 || d.onTime < 0 {
			shrunk = append(shrunk, k)
		}
		if i > 0 {
			sb.WriteString(", ")
		}
		sb.WriteString("(")
		for j, v := range []any{k.kind, k.day, k.dept, k.process, k.state, k.login, k.bucket, t.Slot, d.n, d.onTime} {
			if j > 0 {
				sb.WriteString(", ")
			}
			args = append(args, v)
			sb.WriteString("$" + strconv.Itoa(len(args)))
		}
		sb.WriteString(")")
	}
	sb.WriteString(` ON CONFLICT (kind, day, dept, process, state, login, bucket, slot) DO UPDATE SET n = figure_counts.n + excluded.n, on_time = figure_counts.on_time + excluded.on_time`)
	slot := t.Slot
	t.m = nil
	if err := In(q).write(ctx, "figure counts", sb.String(), args...); err != nil {
		return err
	}
	if len(shrunk) == 0 {
		return nil
	}
	sb.Reset()
	args = make([]any, 0, 8*len(shrunk))
	sb.WriteString(`DELETE FROM figure_counts WHERE n = 0 AND on_time = 0 AND (`)
	for i, k := range shrunk {
		if i > 0 {
			sb.WriteString(" OR ")
		}
		p := len(args)
		args = append(args, k.kind, k.day, k.dept, k.process, k.state, k.login, k.bucket, slot)
		fmt.Fprintf(&sb, "(kind = $%d AND day = $%d AND dept = $%d AND process = $%d AND state = $%d AND login = $%d AND bucket = $%d AND slot = $%d)", p+1, p+2, p+3, p+4, p+5, p+6, p+7, p+8)
	}
	sb.WriteString(")")
	return In(q).write(ctx, "figure counts", sb.String(), args...)
}

// figureCountsSQL recomputes every total from the cases and steps: the
// back-fill of migration 00030, and RebuildFigureCounts.
var figureCountsSQL = []string{
	`INSERT INTO figure_counts (kind, day, process, login, n)
		SELECT 'opened', (created_at + 28800000000) / 86400000000, process, opener, COUNT(*) FROM cases
		GROUP BY (created_at + 28800000000) / 86400000000, process, opener`,
	`INSERT INTO figure_counts (kind, day, process, login, n)
		SELECT 'closed', (state_since + 28800000000) / 86400000000, process, opener, COUNT(*) FROM cases WHERE terminal
		GROUP BY (state_since + 28800000000) / 86400000000, process, opener`,
	`INSERT INTO figure_counts (kind, day, dept, process, state, n, on_time)
		SELECT 'due', (due_at + 28800000000) / 86400000000, dept, process, state, COUNT(*), SUM(CASE WHEN on_time THEN 1 ELSE 0 END) FROM steps
		GROUP BY (due_at + 28800000000) / 86400000000, dept, process, state`,
	`INSERT INTO figure_counts (kind, day, dept, process, bucket, n)
		SELECT 'work', (due_at + 28800000000) / 86400000000, dept, process, work_minutes / 60, COUNT(*) FROM steps WHERE work_minutes IS NOT NULL
		GROUP BY (due_at + 28800000000) / 86400000000, dept, process, work_minutes / 60`,
	`INSERT INTO figure_counts (kind, day, dept, login, n)
		SELECT 'open', (due_at + 28800000000) / 86400000000, dept, login, COUNT(*) FROM steps WHERE done_at IS NULL
		GROUP BY (due_at + 28800000000) / 86400000000, dept, login`,
	`INSERT INTO figure_counts (kind, day, dept, process, n)
		SELECT 'late', (first_due + 28800000000) / 86400000000, dept, process, COUNT(*)
		FROM (SELECT dept, process, MIN(due_at) AS first_due FROM steps WHERE done_at IS NULL GROUP BY case_id, dept, process) f
		GROUP BY (first_due + 28800000000) / 86400000000, dept, process`,
}

// RebuildFigureCounts recomputes the figures' totals from the cases and
// steps, in one transaction: after rows were written around the case
// service (a bulk load), or to check the totals kept.
func (db *DB) RebuildFigureCounts(ctx context.Context) error {
	return db.Tx(ctx, func(tx Tx) error {
		if _, err := tx.ExecContext(ctx, `DELETE FROM figure_counts`); err != nil {
			return fmt.Errorf("store: rebuild figure counts: %w", err)
		}
		for _, s := range figureCountsSQL {
			if _, err := tx.ExecContext(ctx, s); err != nil {
				return fmt.Errorf("store: rebuild figure counts: %w", err)
			}
		}
		return nil
	})
}

// FigureCount is one row of the totals, for a comparison in tests and
// checks.
type FigureCount struct {
	Kind, Dept, Process, State, Login string
	Day, Bucket, N, OnTime            int64
}

// FigureCounts reads every total (its slots added up; those that add up to
// nothing left out), in key order.
func (q Q) FigureCounts(ctx context.Context) ([]FigureCount, error) {
	rows, err := q.QueryContext(ctx, `SELECT kind, day, dept, process, state, login, bucket, CAST(SUM(n) AS BIGINT), CAST(SUM(on_time) AS BIGINT) FROM figure_counts
		GROUP BY kind, day, dept, process, state, login, bucket HAVING SUM(n) <> 0 OR SUM(on_time) <> 0
		ORDER BY kind, day, dept, process, state, login, bucket`)
	if err != nil {
		return nil, fmt.Errorf("store: figure counts: %w", err)
	}
	defer rows.Close()
	var out []FigureCount
	for rows.Next() {
		var c FigureCount
		if err := rows.Scan(&c.Kind, &c.Day, &c.Dept, &c.Process, &c.State, &c.Login, &c.Bucket, &c.N, &c.OnTime); err != nil {
			return nil, fmt.Errorf("store: figure counts: %w", err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}
