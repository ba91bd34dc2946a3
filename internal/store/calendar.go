package store

import (
	"context"
	"fmt"
	"time"

	"github.com/liaison-dev/liaison/internal/calendar"
)

// CalendarOverrides returns the administrator's working-day overrides.
func (q Q) CalendarOverrides(ctx context.Context) ([]calendar.Override, error) {
	rows, err := q.QueryContext(ctx, `SELECT date, workday, name FROM calendar_overrides ORDER BY date`)
	if err != nil {
		return nil, fmt.Errorf("store: calendar overrides: %w", err)
	}
	defer rows.Close()
	var out []calendar.Override
	for rows.Next() {
		var o calendar.Override
		if err := rows.Scan(&o.Date, &o.Workday, &o.Name); err != nil {
			return nil, err
		}
		out = append(out, o)
	}
	return out, rows.Err()
}

// PutCalendarOverrides stores overrides, replacing those of the same dates.
// Run it in a transaction (In(tx)): a file is imported whole or not at all,
// and together with its audit entry.
func (q Q) PutCalendarOverrides(ctx context.Context, list []calendar.Override, now time.Time) error {
	for _, o := range list {
		if _, err := q.ExecContext(ctx, `INSERT INTO calendar_overrides (date, workday, name, created_at) VALUES ($1, $2, $3, $4)
			ON CONFLICT (date) DO UPDATE SET workday = excluded.workday, name = excluded.name, created_at = excluded.created_at`,
			o.Date, o.Workday, o.Name, micros(now)); err != nil {
			return fmt.Errorf("store: calendar override %s: %w", o.Date, err)
		}
	}
	return nil
}

// CalendarOverridesMark changes whenever the overrides change: their count
// and the time of the latest write.
func (q Q) CalendarOverridesMark(ctx context.Context) (string, error) {
	var n, latest int64
	err := q.QueryRowContext(ctx, `SELECT COUNT(*), COALESCE(MAX(created_at), 0) FROM calendar_overrides`).Scan(&n, &latest)
	if err != nil {
		return "", fmt.Errorf("store: calendar overrides: %w", err)
	}
	return fmt.Sprintf("%d/%d", n, latest), nil
}

// ConfirmedCalendarYears returns the years an administrator has confirmed
// against the State Council notice.
func (q Q) ConfirmedCalendarYears(ctx context.Context) (map[int]bool, error) {
	rows, err := q.QueryContext(ctx, `SELECT year FROM calendar_years`)
	if err != nil {
		return nil, fmt.Errorf("store: calendar years: %w", err)
	}
	defer rows.Close()
	out := map[int]bool{}
	for rows.Next() {
		var y int
		if err := rows.Scan(&y); err != nil {
			return nil, err
		}
		out[y] = true
	}
	return out, rows.Err()
}

// ConfirmCalendarYear records through q that login confirmed year's data.
func (q Q) ConfirmCalendarYear(ctx context.Context, year int, login string, now time.Time) error {
	_, err := q.ExecContext(ctx, `INSERT INTO calendar_years (year, confirmed_by, confirmed_at) VALUES ($1, $2, $3)
		ON CONFLICT (year) DO UPDATE SET confirmed_by = excluded.confirmed_by, confirmed_at = excluded.confirmed_at`,
		year, login, micros(now))
	if err != nil {
		return fmt.Errorf("store: confirm calendar year %d: %w", year, err)
	}
	return nil
}
