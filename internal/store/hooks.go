package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// HookSource is an outside system allowed to call POST /api/v1/hooks/{id}.
type HookSource struct {
	ID, Name, Secret, Actor string
	CreatedAt               time.Time
}

// PutHookSource adds a source; a taken id is ErrDuplicate.
func (q Q) PutHookSource(ctx context.Context, h HookSource) error {
	res, err := q.ExecContext(ctx, `INSERT INTO hook_sources (id, name, secret, actor, created_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO NOTHING`,
		h.ID, h.Name, h.Secret, h.Actor, micros(h.CreatedAt))
	if err != nil {
		return fmt.Errorf("store: hook source: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return ErrDuplicate
	}
	return nil
}

// HookSources lists the sources by id.
func (q Q) HookSources(ctx context.Context) ([]HookSource, error) {
	rows, err := q.QueryContext(ctx, `SELECT id, name, secret, actor, created_at FROM hook_sources ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("store: hook sources: %w", err)
	}
	defer rows.Close()
	var out []HookSource
	for rows.Next() {
		var h HookSource
		var created int64
		if err := rows.Scan(&h.ID, &h.Name, &h.Secret, &h.Actor, &created); err != nil {
			return nil, fmt.Errorf("store: hook sources: %w", err)
		}
		h.CreatedAt = fromMicros(created)
		out = append(out, h)
	}
	return out, rows.Err()
}

// DeleteHookSource removes a source and its event record; ErrNotFound if none.
func (q Q) DeleteHookSource(ctx context.Context, id string) error {
	res, err := q.ExecContext(ctx, `DELETE FROM hook_sources WHERE id = $1`, id)
	if err != nil {
		return fmt.Errorf("store: delete hook source: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return ErrNotFound
	}
	return nil
}

// InsertHookEvent records a source's event with its answer; an event id
// already recorded is ErrDuplicate (the statement does not abort q's transaction).
func (q Q) InsertHookEvent(ctx context.Context, source, eventID string, caseID int64, answer string, at time.Time) error {
	var c any
	if caseID > 0 {
		c = caseID
	}
	res, err := q.ExecContext(ctx, `INSERT INTO hook_events (source, event_id, received_at, case_id, answer) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (source, event_id) DO NOTHING`,
		source, eventID, micros(at), c, answer)
	if err != nil {
		return fmt.Errorf("store: hook event: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return ErrDuplicate
	}
	return nil
}

// HookEventAnswer returns the answer recorded for a source's event.
func (q Q) HookEventAnswer(ctx context.Context, source, eventID string) (string, error) {
	var a string
	err := q.QueryRowContext(ctx, `SELECT answer FROM hook_events WHERE source = $1 AND event_id = $2`, source, eventID).Scan(&a)
	if errors.Is(err, sql.ErrNoRows) {
		return "", ErrNotFound
	}
	if err != nil {
		return "", fmt.Errorf("store: hook event: %w", err)
	}
	return a, nil
}
