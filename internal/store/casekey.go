package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// CaseIDByKey returns the id of the case with the readable key (e.g.
// KH-2026-0001), ErrNotFound if there is none.
func (q Q) CaseIDByKey(ctx context.Context, key string) (int64, error) {
	var id int64
	err := q.QueryRowContext(ctx, `SELECT id FROM cases WHERE key = $1`, key).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, ErrNotFound
	}
	if err != nil {
		return 0, fmt.Errorf("store: case %s: %w", key, err)
	}
	return id, nil
}

// NotificationCase returns the case and the user login (empty for an
// external contact or a robot) of outbox row id.
func (q Q) NotificationCase(ctx context.Context, id int64) (caseID int64, login string, err error) {
	// A digest is about no one case: its case is 0.
	err = q.QueryRowContext(ctx, `SELECT COALESCE(case_id, 0), login FROM notifications WHERE id = $1`, id).Scan(&caseID, &login)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, "", ErrNotFound
	}
	if err != nil {
		return 0, "", fmt.Errorf("store: notification %d: %w", id, err)
	}
	return caseID, login, nil
}
