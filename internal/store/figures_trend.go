package store

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"
)

// WeekFigures are one week's step counts, for the trend.
type WeekFigures struct {
	Week        int // 0 = the first week of the query
	StepsDue    int
	StepsOnTime int
	Opened      int
}

// Weekly counts steps due (and on time) and cases opened per week from
// f.From, for weeks weeks: the whole local days of each week from the
// totals, the days a week's start cuts (when f.From is not a midnight)
// from the steps and cases.
func (q Q) Weekly(ctx context.Context, f FigureQuery, weeks int) ([]WeekFigures, error) {
	out := make([]WeekFigures, weeks)
	for i := range out {
		out[i].Week = i
	}
	const week = int64(7 * 24 * time.Hour / time.Microsecond)
	from := micros(f.From)
	weekOf := map[int64]int{} // whole day → week
	var edges [][2]int64      // part days, adjacent ones joined
	first, last := int64(0), int64(0)
	for w := range weeks {
		sp := spanOf(from+int64(w)*week, from+int64(w+1)*week)
		for d := sp.d0; d < sp.d1; d++ {
			weekOf[d] = w
		}
		if w == 0 || sp.d0 < first {
			first = sp.d0
		}
		last = max(last, sp.d1)
		for _, e := range sp.edges {
			if n := len(edges); n > 0 && edges[n-1][1] == e[0] {
				edges[n-1][1] = e[1]
				continue
			}
			edges = append(edges, e)
		}
	}
	inWeek := func(w int64) bool { return w >= 0 && int(w) < weeks }
	if len(weekOf) > 0 {
		cond, args := f.deptCond("dept", []any{countDue, first, last})
		err := scanDays(ctx, q, `SELECT day, CAST(SUM(n) AS BIGINT), CAST(SUM(on_time) AS BIGINT) FROM figure_counts
			WHERE kind = $1 AND day >= $2 AND day < $3`+cond+` GROUP BY day`, args, func(day, n, onTime int64) {
			if w, ok := weekOf[day]; ok {
				out[w].StepsDue += int(n)
				out[w].StepsOnTime += int(onTime)
			}
		})
		if err != nil {
			return nil, err
		}
		cond, args = f.deptCond("u.dept_id", []any{countOpened, first, last})
		err = scanDays(ctx, q, `SELECT c.day, CAST(SUM(c.n) AS BIGINT), 0 FROM figure_counts c LEFT JOIN users u ON u.login = c.login
			WHERE c.kind = $1 AND c.day >= $2 AND c.day < $3`+cond+` GROUP BY c.day`, args, func(day, n, _ int64) {
			if w, ok := weekOf[day]; ok {
				out[w].Opened += int(n)
			}
		})
		if err != nil {
			return nil, err
		}
	}
	if len(edges) > 0 {
		// The part days, in one statement per table: one range scan each.
		query, args := edgeWeeks(f, "due_at", `(due_at - $1) / $2 AS w, on_time FROM steps`, "dept",
			`SELECT w, COUNT(*), SUM(CASE WHEN on_time THEN 1 ELSE 0 END) FROM part GROUP BY w`, from, week, edges)
		err := scanDays(ctx, q, query, args, func(w, due, onTime int64) {
			if inWeek(w) {
				out[w].StepsDue += int(due)
				out[w].StepsOnTime += int(onTime)
			}
		})
		if err != nil {
			return nil, err
		}
		cases := `(c.created_at - $1) / $2 AS w FROM cases c`
		if f.Depts != nil {
			cases += ` LEFT JOIN users u ON u.login = c.opener`
		}
		query, args = edgeWeeks(f, "c.created_at", cases, "u.dept_id", `SELECT w, COUNT(*), 0 FROM part GROUP BY w`, from, week, edges)
		err = scanDays(ctx, q, query, args, func(w, n, _ int64) {
			if inWeek(w) {
				out[w].Opened += int(n)
			}
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// edgeWeeks is a statement over the part days: a WITH "part" of w and
// the other columns of sel in each range of col, limited to the query's
// departments by deptCol, then tail (which reads part); and its arguments.
func edgeWeeks(f FigureQuery, col, sel, deptCol, tail string, from, week int64, edges [][2]int64) (string, []any) {
	args := []any{from, week}
	for _, e := range edges {
		args = append(args, e[0], e[1])
	}
	cond, args := f.deptCond(deptCol, args)
	var sb strings.Builder
	sb.WriteString("WITH part AS (")
	for i := range edges {
		if i > 0 {
			sb.WriteString(" UNION ALL ")
		}
		fmt.Fprintf(&sb, "SELECT %s WHERE %s >= $%d AND %s < $%d%s", sel, col, 3+2*i, col, 4+2*i, cond)
	}
	sb.WriteString(") " + tail)
	return sb.String(), args
}

func scanDays(ctx context.Context, q Querier, query string, args []any, fn func(k, a, b int64)) error {
	rs, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return fmt.Errorf("store: weekly: %w", err)
	}
	defer rs.Close()
	for rs.Next() {
		var k, a, b int64
		if err := rs.Scan(&k, &a, &b); err != nil {
			return fmt.Errorf("store: weekly: %w", err)
		}
		fn(k, a, b)
	}
	return rs.Err()
}

// Load is one person's open steps and how many of them are overdue.
type Load struct {
	Login, Dept   string
	Open, Overdue int
}

// Workload counts each person's open steps, most loaded first: the
// totals per person and deadline day, those due before today overdue;
// today's, up to now, from the steps.
func (q Q) Workload(ctx context.Context, f FigureQuery) ([]Load, error) {
	now := micros(f.Now)
	today := dayOf(now)
	cond, args := f.deptCond("dept", []any{countOpen, today})
	rs, err := q.QueryContext(ctx, `SELECT login, dept, CAST(SUM(n) AS BIGINT), CAST(SUM(CASE WHEN day < $2 THEN n ELSE 0 END) AS BIGINT) FROM figure_counts
		WHERE kind = $1`+cond+` GROUP BY login, dept`, args...)
	if err != nil {
		return nil, fmt.Errorf("store: workload: %w", err)
	}
	loads := map[[2]string]*Load{}
	err = scan4(rs, func(login, dept string, open, overdue int64) {
		if open != 0 {
			loads[[2]string{login, dept}] = &Load{Login: login, Dept: dept, Open: int(open), Overdue: int(overdue)}
		}
	})
	if err != nil {
		return nil, err
	}
	cond, args = f.deptCond("dept", []any{dayStart(today), now})
	rs, err = q.QueryContext(ctx, `SELECT login, dept, COUNT(*), 0 FROM steps
		WHERE done_at IS NULL AND due_at >= $1 AND due_at <= $2`+cond+` GROUP BY login, dept`, args...)
	if err != nil {
		return nil, fmt.Errorf("store: workload: %w", err)
	}
	err = scan4(rs, func(login, dept string, n, _ int64) {
		if l := loads[[2]string{login, dept}]; l != nil {
			l.Overdue += int(n)
		}
	})
	if err != nil {
		return nil, err
	}
	var out []Load
	for _, l := range loads {
		out = append(out, *l)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Open != b.Open {
			return a.Open > b.Open
		}
		if a.Login != b.Login {
			return a.Login < b.Login
		}
		return a.Dept < b.Dept
	})
	return out, nil
}

// StepFigure is how the steps of one process and state (or item kind) were
// kept over a period: the manual's principles, step by step (24 hours to
// answer, 3 working days to accept a delivery, …).
type StepFigure struct {
	Process, State string
	Due, OnTime    int
}

// StepFigures counts the steps due in the period and those on time, per
// process and state: the whole days from the totals, part days from the
// steps.
func (q Q) StepFigures(ctx context.Context, f FigureQuery) ([]StepFigure, error) {
	sp := spanOf(micros(f.From), micros(f.To))
	sums := map[[2]string]*StepFigure{}
	add := func(proc, state string, n, onTime int64) {
		if n == 0 {
			return
		}
		k := [2]string{proc, state}
		if sums[k] == nil {
			sums[k] = &StepFigure{Process: proc, State: state}
		}
		sums[k].Due += int(n)
		sums[k].OnTime += int(onTime)
	}
	if sp.d0 < sp.d1 {
		cond, args := f.deptCond("dept", []any{countDue, sp.d0, sp.d1})
		if err := scanDue(ctx, q, `SELECT process, state, CAST(SUM(n) AS BIGINT), CAST(SUM(on_time) AS BIGINT) FROM figure_counts
			WHERE kind = $1 AND day >= $2 AND day < $3`+cond+` GROUP BY process, state`, args, add); err != nil {
			return nil, fmt.Errorf("store: step figures: %w", err)
		}
	}
	for _, e := range sp.edges {
		cond, args := f.deptCond("dept", []any{e[0], e[1]})
		if err := scanDue(ctx, q, `SELECT process, state, COUNT(*), SUM(CASE WHEN on_time THEN 1 ELSE 0 END) FROM steps
			WHERE due_at >= $1 AND due_at < $2`+cond+` GROUP BY process, state`, args, add); err != nil {
			return nil, fmt.Errorf("store: step figures: %w", err)
		}
	}
	var out []StepFigure
	for _, s := range sums {
		out = append(out, *s)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Process != out[j].Process {
			return out[i].Process < out[j].Process
		}
		return out[i].State < out[j].State
	})
	return out, nil
}
