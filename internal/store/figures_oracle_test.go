package store_test

// The figures as they were computed before the totals (main before
// issue 14's totals): every case and step of the period counted; the
// oracle of TestFiguresFromTotalsMatchCounting.

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/liaison-dev/liaison/internal/store"
)

// deptCond limits column col to the query's departments.
func oldDeptCond(f store.FigureQuery, col string, args []any) (string, []any) {
	if f.Depts == nil {
		return "", args
	}
	if len(f.Depts) == 0 {
		return " AND FALSE", args
	}
	ph := make([]string, len(f.Depts))
	for i, d := range f.Depts {
		args = append(args, d)
		ph[i] = "$" + strconv.Itoa(len(args))
	}
	return " AND " + col + " IN (" + strings.Join(ph, ", ") + ")", args
}

// Figures computes the rows of CONTRACT §11 with one aggregate query per
// figure; nothing is loaded into Go but the grouped counts.
func oldFigures(ctx context.Context, q store.Querier, f store.FigureQuery) ([]store.FigureRow, error) {
	rows := map[[2]string]*store.FigureRow{}
	row := func(dept, proc string) *store.FigureRow {
		k := [2]string{dept, proc}
		if rows[k] == nil {
			rows[k] = &store.FigureRow{Dept: dept, Process: proc}
		}
		return rows[k]
	}
	from, to, now := (f.From).UnixMicro(), (f.To).UnixMicro(), (f.Now).UnixMicro()
	type count struct {
		query string
		args  []any
		set   func(r *store.FigureRow, n int64)
	}
	var counts []count
	{
		cond, args := oldDeptCond(f, "u.dept_id", []any{from, to})
		counts = append(counts, count{`SELECT COALESCE(u.dept_id, ''), c.process, COUNT(*) FROM cases c LEFT JOIN users u ON u.login = c.opener
			WHERE c.created_at >= $1 AND c.created_at < $2` + cond + ` GROUP BY COALESCE(u.dept_id, ''), c.process`, args, func(r *store.FigureRow, n int64) { r.Opened = int(n) }})
	}
	{
		cond, args := oldDeptCond(f, "u.dept_id", []any{from, to})
		counts = append(counts, count{`SELECT COALESCE(u.dept_id, ''), c.process, COUNT(*) FROM cases c LEFT JOIN users u ON u.login = c.opener
			WHERE c.terminal AND c.state_since >= $1 AND c.state_since < $2` + cond + ` GROUP BY COALESCE(u.dept_id, ''), c.process`, args, func(r *store.FigureRow, n int64) { r.Closed = int(n) }})
	}
	{
		cond, args := oldDeptCond(f, "dept", []any{now})
		// Distinct cases by DISTINCT in the index's order (dept, process,
		// case_id), so that neither dialect sorts for COUNT(DISTINCT).
		counts = append(counts, count{`SELECT dept, process, COUNT(*) FROM (SELECT DISTINCT dept, process, case_id FROM steps
			WHERE done_at IS NULL AND due_at <= $1` + cond + `) o GROUP BY dept, process`, args, func(r *store.FigureRow, n int64) { r.OverdueNow = int(n) }})
	}
	for _, c := range counts {
		if err := oldScanGroups(ctx, q, c.query, c.args, func(dept, proc string, n int64) { c.set(row(dept, proc), n) }); err != nil {
			return nil, err
		}
	}
	cond, args := oldDeptCond(f, "dept", []any{from, to})
	rs, err := q.QueryContext(ctx, `SELECT dept, process, COUNT(*), SUM(CASE WHEN on_time THEN 1 ELSE 0 END) FROM steps
		WHERE due_at >= $1 AND due_at < $2`+cond+` GROUP BY dept, process`, args...)
	if err != nil {
		return nil, fmt.Errorf("store: figures: %w", err)
	}
	for rs.Next() {
		var dept, proc string
		var due, onTime int64
		if err := rs.Scan(&dept, &proc, &due, &onTime); err != nil {
			rs.Close()
			return nil, fmt.Errorf("store: figures: %w", err)
		}
		r := row(dept, proc)
		r.StepsDue, r.StepsOnTime = int(due), int(onTime)
	}
	rs.Close()
	if err := rs.Err(); err != nil {
		return nil, err
	}
	// The median: SQL counts the done steps due in the period per group
	// and minute value (a hash aggregate over the covering index: a step
	// has its working time once it is done, EndStep), and the middle value
	// (or the mean of the middle two) is read off those counts. Ordering
	// the counts here rather than in SQL keeps text keys out of a sort,
	// which cost PostgreSQL more than everything else the figures do.
	hist := map[[2]string][][2]int64{}
	rs, err = q.QueryContext(ctx, `SELECT dept, process, work_minutes, COUNT(*) FROM steps
		WHERE due_at >= $1 AND due_at < $2 AND work_minutes IS NOT NULL`+cond+` GROUP BY dept, process, work_minutes`, args...)
	if err != nil {
		return nil, fmt.Errorf("store: figures median: %w", err)
	}
	for rs.Next() {
		var dept, proc string
		var minutes, n int64
		if err := rs.Scan(&dept, &proc, &minutes, &n); err != nil {
			rs.Close()
			return nil, fmt.Errorf("store: figures median: %w", err)
		}
		k := [2]string{dept, proc}
		hist[k] = append(hist[k], [2]int64{minutes, n})
	}
	rs.Close()
	if err := rs.Err(); err != nil {
		return nil, err
	}
	for k, h := range hist {
		m := oldMedian(h)
		row(k[0], k[1]).MedianWorkMinutes = &m
	}
	out := make([]store.FigureRow, 0, len(rows))
	for _, r := range rows {
		out = append(out, *r)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Dept != out[j].Dept {
			return out[i].Dept < out[j].Dept
		}
		return out[i].Process < out[j].Process
	})
	return out, nil
}

// median returns the median of the values counted in h (value, count
// pairs, distinct values, any order): the value at the middle position,
// or the mean of the two middle ones.
func oldMedian(h [][2]int64) float64 {
	sort.Slice(h, func(i, j int) bool { return h[i][0] < h[j][0] })
	var total int64
	for _, p := range h {
		total += p[1]
	}
	at := func(pos int64) int64 { // the value at 1-based position pos
		var seen int64
		for _, p := range h {
			seen += p[1]
			if seen >= pos {
				return p[0]
			}
		}
		return h[len(h)-1][0]
	}
	return float64(at((total+1)/2)+at((total+2)/2)) / 2
}

func oldScanGroups(ctx context.Context, q store.Querier, query string, args []any, fn func(dept, proc string, n int64)) error {
	rs, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return fmt.Errorf("store: figures: %w", err)
	}
	defer rs.Close()
	for rs.Next() {
		var dept, proc string
		var n int64
		if err := rs.Scan(&dept, &proc, &n); err != nil {
			return fmt.Errorf("store: figures: %w", err)
		}
		fn(dept, proc, n)
	}
	return rs.Err()
}

// Weekly counts steps due (and on time) and cases opened per week from
// f.From, for weeks weeks.
func oldWeekly(ctx context.Context, q store.Querier, f store.FigureQuery, weeks int) ([]store.WeekFigures, error) {
	out := make([]store.WeekFigures, weeks)
	for i := range out {
		out[i].Week = i
	}
	const week = int64(7 * 24 * time.Hour / time.Microsecond)
	from := (f.From).UnixMicro()
	to := from + int64(weeks)*week
	cond, args := oldDeptCond(f, "dept", []any{from, to, week})
	rs, err := q.QueryContext(ctx, `SELECT (due_at - $1) / $3 AS w, COUNT(*), SUM(CASE WHEN on_time THEN 1 ELSE 0 END) FROM steps
		WHERE due_at >= $1 AND due_at < $2`+cond+` GROUP BY (due_at - $1) / $3`, args...)
	if err != nil {
		return nil, fmt.Errorf("store: weekly: %w", err)
	}
	defer rs.Close()
	for rs.Next() {
		var w, due, onTime int64
		if err := rs.Scan(&w, &due, &onTime); err != nil {
			return nil, fmt.Errorf("store: weekly: %w", err)
		}
		if w >= 0 && int(w) < weeks {
			out[w].StepsDue, out[w].StepsOnTime = int(due), int(onTime)
		}
	}
	if err := rs.Err(); err != nil {
		return nil, err
	}
	cond, args = oldDeptCond(f, "u.dept_id", []any{from, to, week})
	return out, oldScanWeeks(ctx, q, `SELECT (c.created_at - $1) / $3 AS w, COUNT(*) FROM cases c LEFT JOIN users u ON u.login = c.opener
		WHERE c.created_at >= $1 AND c.created_at < $2`+cond+` GROUP BY (c.created_at - $1) / $3`, args, func(w, n int64) {
		if w >= 0 && int(w) < weeks {
			out[w].Opened = int(n)
		}
	})
}

func oldScanWeeks(ctx context.Context, q store.Querier, query string, args []any, fn func(w, n int64)) error {
	rs, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return fmt.Errorf("store: weekly: %w", err)
	}
	defer rs.Close()
	for rs.Next() {
		var w, n int64
		if err := rs.Scan(&w, &n); err != nil {
			return fmt.Errorf("store: weekly: %w", err)
		}
		fn(w, n)
	}
	return rs.Err()
}

// Workload counts each person's open steps, most loaded first.
func oldWorkload(ctx context.Context, q store.Querier, f store.FigureQuery) ([]store.Load, error) {
	cond, args := oldDeptCond(f, "dept", []any{(f.Now).UnixMicro()})
	rs, err := q.QueryContext(ctx, `SELECT login, dept, COUNT(*), SUM(CASE WHEN due_at <= $1 THEN 1 ELSE 0 END) FROM steps
		WHERE done_at IS NULL`+cond+` GROUP BY login, dept ORDER BY COUNT(*) DESC, login`, args...)
	if err != nil {
		return nil, fmt.Errorf("store: workload: %w", err)
	}
	defer rs.Close()
	var out []store.Load
	for rs.Next() {
		var l store.Load
		if err := rs.Scan(&l.Login, &l.Dept, &l.Open, &l.Overdue); err != nil {
			return nil, fmt.Errorf("store: workload: %w", err)
		}
		out = append(out, l)
	}
	return out, rs.Err()
}

// StepFigures counts the steps due in the period and those on time, per
// process and state.
func oldStepFigures(ctx context.Context, q store.Querier, f store.FigureQuery) ([]store.StepFigure, error) {
	cond, args := oldDeptCond(f, "dept", []any{(f.From).UnixMicro(), (f.To).UnixMicro()})
	rs, err := q.QueryContext(ctx, `SELECT process, state, COUNT(*), SUM(CASE WHEN on_time THEN 1 ELSE 0 END) FROM steps
		WHERE due_at >= $1 AND due_at < $2`+cond+` GROUP BY process, state ORDER BY process, state`, args...)
	if err != nil {
		return nil, fmt.Errorf("store: step figures: %w", err)
	}
	defer rs.Close()
	var out []store.StepFigure
	for rs.Next() {
		var sf store.StepFigure
		if err := rs.Scan(&sf.Process, &sf.State, &sf.Due, &sf.OnTime); err != nil {
			return nil, fmt.Errorf("store: step figures: %w", err)
		}
		out = append(out, sf)
	}
	return out, rs.Err()
}
