package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// CalendarKey returns the key of login's calendar feed; found is false when
// none was made yet.
func (q Q) CalendarKey(ctx context.Context, login string) (key string, found bool, err error) {
	err = q.QueryRowContext(ctx, `SELECT key FROM calendar_keys WHERE login = $1`, login).Scan(&key)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, nil
	}
	if err != nil {
		return "", false, fmt.Errorf("store: calendar key: %w", err)
	}
	return key, true, nil
}

// PutCalendarKey sets login's calendar key, replacing the old one.
func (q Q) PutCalendarKey(ctx context.Context, login, key string, now time.Time) error {
	_, err := q.ExecContext(ctx, `INSERT INTO calendar_keys (login, key, created_at) VALUES ($1, $2, $3)
		ON CONFLICT (login) DO UPDATE SET key = excluded.key, created_at = excluded.created_at`, login, key, micros(now))
	if err != nil {
		return fmt.Errorf("store: calendar key: %w", err)
	}
	return nil
}

// CalendarKeyOwner returns the login whose calendar key is key, ErrNotFound
// if none (or if that user is disabled).
func (q Q) CalendarKeyOwner(ctx context.Context, key string) (string, error) {
	var login string
	err := q.QueryRowContext(ctx, `SELECT k.login FROM calendar_keys k JOIN users u ON u.login = k.login
		WHERE k.key = $1 AND NOT u.disabled`, key).Scan(&login)
	if errors.Is(err, sql.ErrNoRows) {
		return "", ErrNotFound
	}
	if err != nil {
		return "", fmt.Errorf("store: calendar key owner: %w", err)
	}
	return login, nil
}
