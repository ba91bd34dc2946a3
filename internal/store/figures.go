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

// span is the period [from, to) as the whole local days [d0, d1) the
// totals hold and the parts of days before and after them (edges), which
// are read from the steps and cases.
type span struct {
	d0, d1 int64
	edges  [][2]int64
}

func spanOf(from, to int64) span {
	if from >= to {
		return span{}
	}
	d0, d1 := dayOf(from), dayOf(to)
	if dayStart(d0) < from {
		d0++
	}
	if d0 >= d1 {
		return span{d0: d0, d1: d0, edges: [][2]int64{{from, to}}}
	}
	sp := span{d0: d0, d1: d1}
	if from < dayStart(d0) {
		sp.edges = append(sp.edges, [2]int64{from, dayStart(d0)})
	}
	if dayStart(d1) < to {
		sp.edges = append(sp.edges, [2]int64{dayStart(d1), to})
	}
	return sp
}

// Figures computes the rows of CONTRACT §11 from the running totals
// (figure_counts) of the period's whole local days, and from the cases and
// steps by index for what the totals do not hold: the parts of days a
// period that does not start or end at midnight cuts, and today up to now.
// The result is what counting every case and step would give.
func (q Q) Figures(ctx context.Context, f FigureQuery) ([]FigureRow, error) {
	rows := map[[2]string]*FigureRow{}
	row := func(dept, proc string) *FigureRow {
		k := [2]string{dept, proc}
		if rows[k] == nil {
			rows[k] = &FigureRow{Dept: dept, Process: proc}
		}
		return rows[k]
	}
	sp := spanOf(micros(f.From), micros(f.To))
	counts := []struct {
		kind string
		raw  func(ctx context.Context, q Querier, f FigureQuery, from, to int64, fn func(dept, proc string, n int64)) error
		add  func(r *FigureRow, n int64)
	}{
		{countOpened, rawOpened, func(r *FigureRow, n int64) { r.Opened += int(n) }},
		{countClosed, rawClosed, func(r *FigureRow, n int64) { r.Closed += int(n) }},
	}
	for _, c := range counts {
		fn := func(dept, proc string, n int64) {
			if n != 0 {
				c.add(row(dept, proc), n)
			}
		}
		if sp.d0 < sp.d1 {
			cond, args := f.deptCond("u.dept_id", []any{c.kind, sp.d0, sp.d1})
			err := scanGroups(ctx, q, `SELECT COALESCE(u.dept_id, ''), c.process, CAST(SUM(c.n) AS BIGINT) FROM figure_counts c LEFT JOIN users u ON u.login = c.login
				WHERE c.kind = $1 AND c.day >= $2 AND c.day < $3`+cond+` GROUP BY COALESCE(u.dept_id, ''), c.process`, args, fn)
			if err != nil {
				return nil, err
			}
		}
		for _, e := range sp.edges {
			if err := c.raw(ctx, q, f, e[0], e[1], fn); err != nil {
				return nil, err
			}
		}
	}
	// Overdue now: the cases whose earliest open step a department owes
	// fell due before today, from the totals; today's from the steps.
	today := dayOf(micros(f.Now))
	cond, args := f.deptCond("dept", []any{countLate, today})
	err := scanGroups(ctx, q, `SELECT dept, process, CAST(SUM(n) AS BIGINT) FROM figure_counts WHERE kind = $1 AND day < $2`+cond+` GROUP BY dept, process`, args,
		func(dept, proc string, n int64) {
			if n != 0 {
				row(dept, proc).OverdueNow += int(n)
			}
		})
	if err != nil {
		return nil, err
	}
	err = rawLateToday(ctx, q, f, dayStart(today), micros(f.Now), func(dept, proc string, n int64) { row(dept, proc).OverdueNow += int(n) })
	if err != nil {
		return nil, err
	}
	due := func(dept, proc string, n, onTime int64) {
		if n != 0 {
			r := row(dept, proc)
			r.StepsDue += int(n)
			r.StepsOnTime += int(onTime)
		}
	}
	if sp.d0 < sp.d1 {
		cond, args := f.deptCond("dept", []any{countDue, sp.d0, sp.d1})
		if err := scanDue(ctx, q, `SELECT dept, process, CAST(SUM(n) AS BIGINT), CAST(SUM(on_time) AS BIGINT) FROM figure_counts
			WHERE kind = $1 AND day >= $2 AND day < $3`+cond+` GROUP BY dept, process`, args, due); err != nil {
			return nil, err
		}
	}
	for _, e := range sp.edges {
		cond, args := f.deptCond("dept", []any{e[0], e[1]})
		if err := scanDue(ctx, q, `SELECT dept, process, COUNT(*), SUM(CASE WHEN on_time THEN 1 ELSE 0 END) FROM steps
			WHERE due_at >= $1 AND due_at < $2`+cond+` GROUP BY dept, process`, args, due); err != nil {
			return nil, err
		}
	}
	medians, err := medianWork(ctx, q, f, sp)
	if err != nil {
		return nil, err
	}
	for k, m := range medians {
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

func scanDue(ctx context.Context, q Querier, query string, args []any, fn func(dept, proc string, n, onTime int64)) error {
	rs, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return fmt.Errorf("store: figures: %w", err)
	}
	defer rs.Close()
	for rs.Next() {
		var dept, proc string
		var n, onTime int64
		if err := rs.Scan(&dept, &proc, &n, &onTime); err != nil {
			return fmt.Errorf("store: figures: %w", err)
		}
		fn(dept, proc, n, onTime)
	}
	return rs.Err()
}
