package store

import (
	"context"
	"fmt"
	"time"
)

// Stats are the counts an operator watches: cases open and overdue,
// pending timers, notifications by channel and status.
type Stats struct {
	OpenCases     int
	OverdueCases  int
	PendingTimers int
	Notifications map[[2]string]int // (channel, status) → count
}

// ReadStats counts what /metrics shows.
func (q Q) ReadStats(ctx context.Context, now time.Time) (Stats, error) {
	st := Stats{Notifications: map[[2]string]int{}}
	err := q.QueryRowContext(ctx, `SELECT
		(SELECT COUNT(*) FROM cases WHERE NOT terminal),
		(SELECT COUNT(*) FROM cases WHERE NOT terminal AND due_at IS NOT NULL AND due_at <= $1),
		(SELECT COUNT(*) FROM timers)`, micros(now)).Scan(&st.OpenCases, &st.OverdueCases, &st.PendingTimers)
	if err != nil {
		return st, fmt.Errorf("store: stats: %w", err)
	}
	rows, err := q.QueryContext(ctx, `SELECT channel, status, COUNT(*) FROM notifications GROUP BY channel, status`)
	if err != nil {
		return st, fmt.Errorf("store: stats: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var ch, status string
		var n int
		if err := rows.Scan(&ch, &status, &n); err != nil {
			return st, err
		}
		st.Notifications[[2]string{ch, status}] = n
	}
	return st, rows.Err()
}
