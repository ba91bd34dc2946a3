package store

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// What the figures' totals do not hold, read from the cases and steps over
// short ranges by index (TestFigureQueriesUseIndexes): the parts of days at
// the ends of a period, today up to now, and the working times within one
// hour, for a median.

// rawOpened counts the cases opened in [from, to) per the opener's
// department and process.
func rawOpened(ctx context.Context, q Querier, f FigureQuery, from, to int64, fn func(dept, proc string, n int64)) error {
	cond, args := f.deptCond("u.dept_id", []any{from, to})
	return scanGroups(ctx, q, `SELECT COALESCE(u.dept_id, ''), c.process, COUNT(*) FROM cases c LEFT JOIN users u ON u.login = c.opener
		WHERE c.created_at >= $1 AND c.created_at < $2`+cond+` GROUP BY COALESCE(u.dept_id, ''), c.process`, args, fn)
}

// rawClosed counts the cases that ended in [from, to).
func rawClosed(ctx context.Context, q Querier, f FigureQuery, from, to int64, fn func(dept, proc string, n int64)) error {
	cond, args := f.deptCond("u.dept_id", []any{from, to})
	return scanGroups(ctx, q, `SELECT COALESCE(u.dept_id, ''), c.process, COUNT(*) FROM cases c LEFT JOIN users u ON u.login = c.opener
		WHERE c.terminal AND c.state_since >= $1 AND c.state_since < $2`+cond+` GROUP BY COALESCE(u.dept_id, ''), c.process`, args, fn)
}

// rawLateToday counts, per department and process, the cases whose
// earliest open step the department owes fell due in [start, now]: one
// due then, none before start.
func rawLateToday(ctx context.Context, q Querier, f FigureQuery, start, now int64, fn func(dept, proc string, n int64)) error {
	if now < start {
		return nil
	}
	cond, args := f.deptCond("s.dept", []any{start, now})
	return scanGroups(ctx, q, `SELECT dept, process, COUNT(*) FROM (SELECT DISTINCT s.dept, s.process, s.case_id FROM steps s
		WHERE s.done_at IS NULL AND s.due_at >= $1 AND s.due_at <= $2`+cond+`
		AND NOT EXISTS (SELECT 1 FROM steps e WHERE e.case_id = s.case_id AND e.done_at IS NULL AND e.dept = s.dept AND e.process = s.process AND e.due_at < $1)) o
		GROUP BY dept, process`, args, fn)
}

// medianWork finds, per department and process, the median working time
// of the done steps due in the period. The totals count those steps per
// hour of working time; the steps of the period's part days are read
// whole. From those counts the hour (or two) holding the middle position
// is known, and only its steps' minutes are read, by index.
func medianWork(ctx context.Context, q Querier, f FigureQuery, sp span) (map[[2]string]float64, error) {
	type group struct {
		buckets map[int64]int64 // hour of working time → done steps
		edgeN   map[int64]int64 // minutes → done steps, of the part days
	}
	groups := map[[2]string]*group{}
	get := func(dept, proc string) *group {
		k := [2]string{dept, proc}
		if groups[k] == nil {
			groups[k] = &group{buckets: map[int64]int64{}, edgeN: map[int64]int64{}}
		}
		return groups[k]
	}
	if sp.d0 < sp.d1 {
		cond, args := f.deptCond("dept", []any{countWork, sp.d0, sp.d1})
		rs, err := q.QueryContext(ctx, `SELECT dept, process, bucket, CAST(SUM(n) AS BIGINT) FROM figure_counts
			WHERE kind = $1 AND day >= $2 AND day < $3`+cond+` GROUP BY dept, process, bucket`, args...)
		if err != nil {
			return nil, fmt.Errorf("store: figures median: %w", err)
		}
		err = scan4(rs, func(dept, proc string, b, n int64) {
			if n != 0 {
				get(dept, proc).buckets[b] += n
			}
		})
		if err != nil {
			return nil, err
		}
	}
	for _, e := range sp.edges {
		cond, args := f.deptCond("dept", []any{e[0], e[1]})
		rs, err := q.QueryContext(ctx, `SELECT dept, process, work_minutes, COUNT(*) FROM steps
			WHERE due_at >= $1 AND due_at < $2 AND work_minutes IS NOT NULL`+cond+` GROUP BY dept, process, work_minutes`, args...)
		if err != nil {
			return nil, fmt.Errorf("store: figures median: %w", err)
		}
		err = scan4(rs, func(dept, proc string, m, n int64) {
			g := get(dept, proc)
			g.buckets[m/workBucket] += n
			g.edgeN[m] += n
		})
		if err != nil {
			return nil, err
		}
	}
	out := map[[2]string]float64{}
	for k, g := range groups {
		hours := make([]int64, 0, len(g.buckets))
		var total int64
		for b, n := range g.buckets {
			hours = append(hours, b)
			total += n
		}
		if total == 0 {
			continue
		}
		sort.Slice(hours, func(i, j int) bool { return hours[i] < hours[j] })
		// at returns the minutes at 1-based position pos among the group's
		// done steps.
		minutes := map[int64][][2]int64{} // hour → (minute, count), read once
		at := func(pos int64) (int64, error) {
			var seen int64
			for _, b := range hours {
				if seen+g.buckets[b] < pos {
					seen += g.buckets[b]
					continue
				}
				h, ok := minutes[b]
				if !ok {
					var err error
					if h, err = hourMinutes(ctx, q, k[0], k[1], b, sp); err != nil {
						return 0, err
					}
					for m, n := range g.edgeN {
						if m/workBucket == b {
							h = append(h, [2]int64{m, n})
						}
					}
					minutes[b] = h
				}
				return nth(h, pos-seen), nil
			}
			return 0, fmt.Errorf("store: figures median: position %d of %d", pos, total)
		}
		lo, err := at((total + 1) / 2)
		if err != nil {
			return nil, err
		}
		hi, err := at((total + 2) / 2)
		if err != nil {
			return nil, err
		}
		out[k] = float64(lo+hi) / 2
	}
	return out, nil
}

// hourMinutes counts per minute value the done steps of dept and process
// due in the whole days of sp whose working time falls in hour b
// (work_minutes / 60 = b): one index seek per minute value.
func hourMinutes(ctx context.Context, q Querier, dept, proc string, b int64, sp span) ([][2]int64, error) {
	if sp.d0 >= sp.d1 {
		return nil, nil
	}
	lo, hi := b*workBucket, b*workBucket+workBucket-1 // the minutes m with m / 60 = b (truncating)
	if b == 0 {
		lo = -(workBucket - 1)
	} else if b < 0 {
		lo, hi = b*workBucket-(workBucket-1), b*workBucket
	}
	vals := make([]string, 0, hi-lo+1)
	for m := lo; m <= hi; m++ {
		vals = append(vals, strconv.FormatInt(m, 10))
	}
	rs, err := q.QueryContext(ctx, `SELECT work_minutes, COUNT(*) FROM steps
		WHERE dept = $1 AND process = $2 AND work_minutes IN (`+strings.Join(vals, ", ")+`) AND due_at >= $3 AND due_at < $4 AND work_minutes IS NOT NULL
		GROUP BY work_minutes`, dept, proc, dayStart(sp.d0), dayStart(sp.d1))
	if err != nil {
		return nil, fmt.Errorf("store: figures median: %w", err)
	}
	defer rs.Close()
	var out [][2]int64
	for rs.Next() {
		var m, n int64
		if err := rs.Scan(&m, &n); err != nil {
			return nil, fmt.Errorf("store: figures median: %w", err)
		}
		out = append(out, [2]int64{m, n})
	}
	return out, rs.Err()
}

// nth returns the value at 1-based position pos of the values counted in h
// ((value, count) pairs, any order, a value possibly more than once).
func nth(h [][2]int64, pos int64) int64 {
	sort.Slice(h, func(i, j int) bool { return h[i][0] < h[j][0] })
	var seen int64
	for _, p := range h {
		seen += p[1]
		if seen >= pos {
			return p[0]
		}
	}
	if len(h) == 0 {
		return 0
	}
	return h[len(h)-1][0]
}

func scan4(rs interface {
	Next() bool
	Scan(...any) error
	Close() error
	Err() error
}, fn func(a, b string, c, d int64)) error {
	defer rs.Close()
	for rs.Next() {
		var a, b string
		var c, d int64
		if err := rs.Scan(&a, &b, &c, &d); err != nil {
			return fmt.Errorf("store: figures: %w", err)
		}
		fn(a, b, c, d)
	}
	return rs.Err()
}
