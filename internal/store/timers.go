package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/liaison-dev/liaison/internal/process"
)

// TimerRow is a pending timer of a case.
type TimerRow struct {
	ID     int64
	CaseID int64
	process.Timer
}

// SetTimers schedules timers, replacing a pending one of the same name;
// of two with one name in timers, the later wins.
func (q Q) SetTimers(ctx context.Context, caseID int64, timers []process.Timer) error {
	last := make(map[string]int, len(timers))
	for i, t := range timers {
		last[t.Name] = i
	}
	args := make([]any, 0, 6*len(last))
	for i, t := range timers {
		if last[t.Name] != i {
			continue // PostgreSQL refuses to update one row twice in a statement
		}
		data, err := json.Marshal(t.Data)
		if err != nil {
			return err
		}
		args = append(args, caseID, t.Name, t.Scope, t.Kind, micros(t.At), string(data))
	}
	if len(args) == 0 {
		return nil
	}
	return q.write(ctx, "set timer", `INSERT INTO timers (case_id, name, scope, kind, due_at, data) VALUES `+values(len(args)/6, 6)+`
		ON CONFLICT (case_id, name) DO UPDATE SET scope = excluded.scope, kind = excluded.kind, due_at = excluded.due_at, data = excluded.data`,
		args...)
}

// CancelTimers drops pending timers of the given scopes and names.
func (q Q) CancelTimers(ctx context.Context, caseID int64, scopes, names []string) error {
	del := func(col string, vals []string) error {
		if len(vals) == 0 {
			return nil
		}
		args := []any{caseID}
		ph := make([]string, len(vals))
		for i, v := range vals {
			args = append(args, v)
			ph[i] = "$" + strconv.Itoa(i+2)
		}
		return q.write(ctx, "cancel timers", `DELETE FROM timers WHERE case_id = $1 AND `+col+` IN (`+strings.Join(ph, ", ")+`)`, args...)
	}
	if err := del("scope", scopes); err != nil {
		return err
	}
	return del("name", names)
}

// DueTimers lists up to limit timers due at or before now, earliest first.
func (q Q) DueTimers(ctx context.Context, now time.Time, limit int) ([]TimerRow, error) {
	rows, err := q.QueryContext(ctx, `SELECT id, case_id, name, scope, kind, due_at, data FROM timers WHERE due_at <= $1 ORDER BY due_at, id LIMIT `+strconv.Itoa(limit), micros(now))
	if err != nil {
		return nil, fmt.Errorf("store: due timers: %w", err)
	}
	return scanTimers(rows)
}

func scanTimers(rows *sql.Rows) ([]TimerRow, error) {
	defer rows.Close()
	var out []TimerRow
	for rows.Next() {
		var (
			t    TimerRow
			due  int64
			data string
		)
		if err := rows.Scan(&t.ID, &t.CaseID, &t.Name, &t.Scope, &t.Kind, &due, &data); err != nil {
			return nil, err
		}
		t.At = fromMicros(due)
		if err := json.Unmarshal([]byte(data), &t.Data); err != nil {
			return nil, fmt.Errorf("store: timer %d data: %w", t.ID, err)
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

// TakeTimer deletes a pending timer, reporting whether this caller took it:
// of two replicas firing the same timer, only one gets true.
func (q Q) TakeTimer(ctx context.Context, id int64) (bool, error) {
	res, err := q.ExecContext(ctx, `DELETE FROM timers WHERE id = $1`, id)
	if err != nil {
		return false, fmt.Errorf("store: take timer: %w", err)
	}
	n, _ := res.RowsAffected()
	return n == 1, nil
}

// NextTimer returns when the earliest pending timer is due.
func (q Q) NextTimer(ctx context.Context) (time.Time, bool, error) {
	var due sql.NullInt64
	if err := q.QueryRowContext(ctx, `SELECT MIN(due_at) FROM timers`).Scan(&due); err != nil {
		return time.Time{}, false, fmt.Errorf("store: next timer: %w", err)
	}
	if !due.Valid {
		return time.Time{}, false, nil
	}
	return fromMicros(due.Int64), true, nil
}

// CaseTimers lists a case's pending timers (for the case page and tests).
func (q Q) CaseTimers(ctx context.Context, caseID int64) ([]TimerRow, error) {
	rows, err := q.QueryContext(ctx, `SELECT id, case_id, name, scope, kind, due_at, data FROM timers WHERE case_id = $1 ORDER BY due_at, id`, caseID)
	if err != nil {
		return nil, fmt.Errorf("store: case timers: %w", err)
	}
	return scanTimers(rows)
}

// DevClock reads the simulated time, false when none is set.
func (q Q) DevClock(ctx context.Context) (time.Time, bool, error) {
	var now int64
	err := q.QueryRowContext(ctx, `SELECT now FROM dev_clock WHERE id = 1`).Scan(&now)
	if errors.Is(err, sql.ErrNoRows) {
		return time.Time{}, false, nil
	}
	if err != nil {
		return time.Time{}, false, fmt.Errorf("store: dev clock: %w", err)
	}
	return fromMicros(now), true, nil
}

// SetDevClock stores the simulated time.
func (q Q) SetDevClock(ctx context.Context, now time.Time) error {
	_, err := q.ExecContext(ctx, `INSERT INTO dev_clock (id, now) VALUES (1, $1) ON CONFLICT (id) DO UPDATE SET now = excluded.now`, micros(now))
	if err != nil {
		return fmt.Errorf("store: set dev clock: %w", err)
	}
	return nil
}
