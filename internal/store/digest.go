package store

import (
	"context"
	"fmt"
	"strings"
	"time"
)

// ClaimDigest records that dept's digest of week is being queued; false if
// it already was (by this or another replica).
func (q Q) ClaimDigest(ctx context.Context, dept, week string, at time.Time) (bool, error) {
	res, err := q.ExecContext(ctx, `INSERT INTO digests (dept, week, queued_at) VALUES ($1, $2, $3) ON CONFLICT (dept, week) DO NOTHING`, dept, week, micros(at))
	if err != nil {
		return false, fmt.Errorf("store: digest: %w", err)
	}
	n, _ := res.RowsAffected()
	return n == 1, nil
}

// DigestQueued reports whether dept's digest of week was queued already:
// a digest is built only when it is not, so that the look every minute
// costs one read, not the digest's lists (ClaimDigest still decides).
func (q Q) DigestQueued(ctx context.Context, dept, week string) (bool, error) {
	var n int
	err := q.QueryRowContext(ctx, `SELECT COUNT(*) FROM digests WHERE dept = $1 AND week = $2`, dept, week).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("store: digest: %w", err)
	}
	return n > 0, nil
}

// Owed is a case in which a department owes a step, with that step's
// deadline (the soonest, if it owes several).
type Owed struct {
	CaseID int64
	Key    string
	Title  string
	Due    time.Time
}

// OwedCases lists the cases in which one of depts (nil: any department)
// owes an open step whose deadline is in (after, by] — the steps the
// figures count — soonest deadline first, at most limit, and counts them
// all. It reads the open steps' index alone, so its cost is that of the
// steps in the window, never a case beyond the first limit.
func (q Q) OwedCases(ctx context.Context, depts []string, after, by time.Time, limit int) ([]Owed, int, error) {
	if depts != nil && len(depts) == 0 {
		return nil, 0, nil
	}
	count, list, args := OwedSQL(depts, after, by, limit)
	var total int
	if err := q.QueryRowContext(ctx, count, args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("store: owed cases: %w", err)
	}
	if total == 0 || limit <= 0 {
		return nil, total, nil
	}
	rows, err := q.QueryContext(ctx, list, args...)
	if err != nil {
		return nil, 0, fmt.Errorf("store: owed cases: %w", err)
	}
	defer rows.Close()
	var out []Owed
	for rows.Next() {
		var o Owed
		var due int64
		if err := rows.Scan(&o.CaseID, &o.Key, &o.Title, &due); err != nil {
			return nil, 0, fmt.Errorf("store: owed cases: %w", err)
		}
		o.Due = fromMicros(due)
		out = append(out, o)
	}
	return out, total, rows.Err()
}

// OwedSQL is OwedCases' two statements, the count and the first limit
// cases, with their arguments (depts nil: any department; not empty).
func OwedSQL(depts []string, after, by time.Time, limit int) (count, list string, args []any) {
	args = []any{micros(after), micros(by)}
	where := `done_at IS NULL AND due_at > $1 AND due_at <= $2`
	if depts != nil {
		ph := make([]string, len(depts))
		for i, d := range depts {
			args = append(args, d)
			ph[i] = fmt.Sprintf("$%d", len(args))
		}
		where += ` AND dept IN (` + strings.Join(ph, ", ") + `)`
	}
	count = `SELECT COUNT(DISTINCT case_id) FROM steps WHERE ` + where
	list = `SELECT c.id, c.key, c.title, o.due FROM (SELECT case_id, MIN(due_at) AS due FROM steps WHERE ` + where +
		` GROUP BY case_id ORDER BY due, case_id LIMIT ` + fmt.Sprint(limit) + `) o JOIN cases c ON c.id = o.case_id ORDER BY o.due, c.id`
	return count, list, args
}
