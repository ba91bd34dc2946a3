package store

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
)

// FigureQuery says which figures to compute: the period [From, To), the
// moment "now" for what is overdue, and the departments (nil: all).
type FigureQuery struct {
	From, To time.Time
	Now      time.Time
	Depts    []string
}

// FigureRow is one department's and process's figures over a period.
type FigureRow struct {
	Dept, Process string
	Opened        int // cases opened in the period by a member
	Closed        int // of those the department opened, cases closed in the period
	OverdueNow    int // cases with a step the department owes, overdue now
	StepsDue      int // steps the department owes, due in the period
	StepsOnTime   int // of those, done by their deadline
	// MedianWorkMinutes is the median working time of the steps due in
	// the period that are done; nil when none is.
	MedianWorkMinutes *float64
}

// deptCond limits column col to the query's departments.
func (f FigureQuery) deptCond(col string, args []any) (string, []any) {
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
func Figures(ctx context.Context, q Querier, f FigureQuery) ([]FigureRow, error) {
	rows := map[[2]string]*FigureRow{}
	row := func(dept, proc string) *FigureRow {
		k := [2]string{dept, proc}
		if rows[k] == nil {
			rows[k] = &FigureRow{Dept: dept, Process: proc}
		}
		return rows[k]
	}
	from, to, now := micros(f.From), micros(f.To), micros(f.Now)
	type count struct {
		query string
		args  []any
		set   func(r *FigureRow, n int64)
	}
	var counts []count
	{
		cond, args := f.deptCond("u.dept_id", []any{from, to})
		counts = append(counts, count{`SELECT COALESCE(u.dept_id, ''), c.process, COUNT(*) FROM cases c LEFT JOIN users u ON u.login = c.opener
			WHERE c.created_at >= $1 AND c.created_at < $2` + cond + ` GROUP BY COALESCE(u.dept_id, ''), c.process`, args, func(r *FigureRow, n int64) { r.Opened = int(n) }})
	}
	{
		cond, args := f.deptCond("u.dept_id", []any{from, to})
		counts = append(counts, count{`SELECT COALESCE(u.dept_id, ''), c.process, COUNT(*) FROM cases c LEFT JOIN users u ON u.login = c.opener
			WHERE c.terminal AND c.state_since >= $1 AND c.state_since < $2` + cond + ` GROUP BY COALESCE(u.dept_id, ''), c.process`, args, func(r *FigureRow, n int64) { r.Closed = int(n) }})
	}
	{
		cond, args := f.deptCond("dept", []any{now})
		// Distinct cases by DISTINCT in the index's order (dept, process,
		// case_id), so that neither dialect sorts for COUNT(DISTINCT).
		counts = append(counts, count{`SELECT dept, process, COUNT(*) FROM (SELECT DISTINCT dept, process, case_id FROM steps
			WHERE done_at IS NULL AND due_at <= $1` + cond + `) o GROUP BY dept, process`, args, func(r *FigureRow, n int64) { r.OverdueNow = int(n) }})
	}
	for _, c := range counts {
		if err := scanGroups(ctx, q, c.query, c.args, func(dept, proc string, n int64) { c.set(row(dept, proc), n) }); err != nil {
			return nil, err
		}
	}
	cond, args := f.deptCond("dept", []any{from, to})
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
		m := median(h)
		row(k[0], k[1]).MedianWorkMinutes = &m
	}
	out := make([]FigureRow, 0, len(rows))
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
func median(h [][2]int64) float64 {
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

func scanGroups(ctx context.Context, q Querier, query string, args []any, fn func(dept, proc string, n int64)) error {
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

// WeekFigures are one week's step counts, for the trend.
type WeekFigures struct {
	Week        int // 0 = the first week of the query
	StepsDue    int
	StepsOnTime int
	Opened      int
}

// Weekly counts steps due (and on time) and cases opened per week from
// f.From, for weeks weeks.
func Weekly(ctx context.Context, q Querier, f FigureQuery, weeks int) ([]WeekFigures, error) {
	out := make([]WeekFigures, weeks)
	for i := range out {
		out[i].Week = i
	}
	const week = int64(7 * 24 * time.Hour / time.Microsecond)
	from := micros(f.From)
	to := from + int64(weeks)*week
	cond, args := f.deptCond("dept", []any{from, to, week})
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
	cond, args = f.deptCond("u.dept_id", []any{from, to, week})
	return out, scanWeeks(ctx, q, `SELECT (c.created_at - $1) / $3 AS w, COUNT(*) FROM cases c LEFT JOIN users u ON u.login = c.opener
		WHERE c.created_at >= $1 AND c.created_at < $2`+cond+` GROUP BY (c.created_at - $1) / $3`, args, func(w, n int64) {
		if w >= 0 && int(w) < weeks {
			out[w].Opened = int(n)
		}
	})
}

func scanWeeks(ctx context.Context, q Querier, query string, args []any, fn func(w, n int64)) error {
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

// Load is one person's open steps and how many of them are overdue.
type Load struct {
	Login, Dept   string
	Open, Overdue int
}

// Workload counts each person's open steps, most loaded first.
func Workload(ctx context.Context, q Querier, f FigureQuery) ([]Load, error) {
	cond, args := f.deptCond("dept", []any{micros(f.Now)})
	rs, err := q.QueryContext(ctx, `SELECT login, dept, COUNT(*), SUM(CASE WHEN due_at <= $1 THEN 1 ELSE 0 END) FROM steps
		WHERE done_at IS NULL`+cond+` GROUP BY login, dept ORDER BY COUNT(*) DESC, login`, args...)
	if err != nil {
		return nil, fmt.Errorf("store: workload: %w", err)
	}
	defer rs.Close()
	var out []Load
	for rs.Next() {
		var l Load
		if err := rs.Scan(&l.Login, &l.Dept, &l.Open, &l.Overdue); err != nil {
			return nil, fmt.Errorf("store: workload: %w", err)
		}
		out = append(out, l)
	}
	return out, rs.Err()
}

// ClaimDigest records that dept's digest of week is being queued; false if
// it already was (by this or another replica).
func ClaimDigest(ctx context.Context, q Querier, dept, week string, at time.Time) (bool, error) {
	res, err := q.ExecContext(ctx, `INSERT INTO digests (dept, week, queued_at) VALUES ($1, $2, $3) ON CONFLICT (dept, week) DO NOTHING`, dept, week, micros(at))
	if err != nil {
		return false, fmt.Errorf("store: digest: %w", err)
	}
	n, _ := res.RowsAffected()
	return n == 1, nil
}

// StepFigure is how the steps of one process and state (or item kind) were
// kept over a period: the manual's principles, step by step (24 hours to
// answer, 3 working days to accept a delivery, …).
type StepFigure struct {
	Process, State string
	Due, OnTime    int
}

// StepFigures counts the steps due in the period and those on time, per
// process and state.
func StepFigures(ctx context.Context, q Querier, f FigureQuery) ([]StepFigure, error) {
	cond, args := f.deptCond("dept", []any{micros(f.From), micros(f.To)})
	rs, err := q.QueryContext(ctx, `SELECT process, state, COUNT(*), SUM(CASE WHEN on_time THEN 1 ELSE 0 END) FROM steps
		WHERE due_at >= $1 AND due_at < $2`+cond+` GROUP BY process, state ORDER BY process, state`, args...)
	if err != nil {
		return nil, fmt.Errorf("store: step figures: %w", err)
	}
	defer rs.Close()
	var out []StepFigure
	for rs.Next() {
		var sf StepFigure
		if err := rs.Scan(&sf.Process, &sf.State, &sf.Due, &sf.OnTime); err != nil {
			return nil, fmt.Errorf("store: step figures: %w", err)
		}
		out = append(out, sf)
	}
	return out, rs.Err()
}
