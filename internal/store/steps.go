package store

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Step is one waiting step with a deadline (CONTRACT §11): someone owes an
// action on a case by a time. It is written when the step starts and
// closed when it ends, in the case's transaction, so the figures are SQL
// aggregates over this table.
type Step struct {
	ID      int64
	CaseID  int64
	Process string
	Key     string // the state and when it was entered, and the role (or item)
	State   string // the state waited in, or the item's kind
	Role    string
	Login   string // who owes it ("" for a department role)
	Dept    string // the department it counts for
	Started time.Time
	Due     time.Time
}

// OpenSteps returns the steps of the given cases that have not ended, in
// one statement however many cases (a calendar feed reads a page of them).
func (q Q) OpenSteps(ctx context.Context, caseIDs ...int64) ([]Step, error) {
	if len(caseIDs) == 0 {
		return nil, nil
	}
	ph := make([]string, len(caseIDs))
	args := make([]any, len(caseIDs))
	for i, id := range caseIDs {
		ph[i], args[i] = "$"+strconv.Itoa(i+1), id
	}
	rows, err := q.QueryContext(ctx, `SELECT id, case_id, process, step, state, role, login, dept, started_at, due_at FROM steps WHERE case_id IN (`+strings.Join(ph, ", ")+`) AND done_at IS NULL`, args...)
	if err != nil {
		return nil, fmt.Errorf("store: steps: %w", err)
	}
	defer rows.Close()
	var out []Step
	for rows.Next() {
		var s Step
		var started, due int64
		if err := rows.Scan(&s.ID, &s.CaseID, &s.Process, &s.Key, &s.State, &s.Role, &s.Login, &s.Dept, &started, &due); err != nil {
			return nil, fmt.Errorf("store: steps: %w", err)
		}
		s.Started, s.Due = fromMicros(started), fromMicros(due)
		out = append(out, s)
	}
	return out, rows.Err()
}

// StartStep records a step that begins now, and counts it in t.
func (q Q) StartStep(ctx context.Context, t *Tally, s Step) error {
	err := q.write(ctx, "start step", `INSERT INTO steps (case_id, process, step, state, role, login, dept, started_at, due_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
		s.CaseID, s.Process, s.Key, s.State, s.Role, s.Login, s.Dept, micros(s.Started), micros(s.Due))
	if err != nil {
		return err
	}
	t.stepOpen(s, 1)
	return nil
}

// MoveStep changes open step s's deadline or owner (re-planning,
// reassignment), and its counts in t.
func (q Q) MoveStep(ctx context.Context, t *Tally, s Step, due time.Time, login, dept string) error {
	if err := q.write(ctx, "move step", `UPDATE steps SET due_at = $1, login = $2, dept = $3 WHERE id = $4`, micros(due), login, dept, s.ID); err != nil {
		return err
	}
	t.stepOpen(s, -1)
	s.Due, s.Login, s.Dept = due, login, dept
	t.stepOpen(s, 1)
	return nil
}

// EndStep closes open step s at done, after work of working time, and
// counts it in t.
func (q Q) EndStep(ctx context.Context, t *Tally, s Step, done time.Time, onTime bool, work time.Duration) error {
	if err := q.write(ctx, "end step", `UPDATE steps SET done_at = $1, on_time = $2, work_minutes = $3 WHERE id = $4`,
		micros(done), onTime, int64(work/time.Minute), s.ID); err != nil {
		return err
	}
	t.stepEnded(s, onTime, work)
	return nil
}
