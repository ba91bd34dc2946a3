package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// Session kinds.
const (
	SessionAPI     = "api"     // a bearer token from POST /api/v1/login
	SessionBrowser = "browser" // a cookie session of the web UI
)

// Session is a signed-in token, stored only as its SHA-256 hash.
type Session struct {
	TokenHash string
	UserID    int64
	Kind      string
	CreatedAt time.Time
	ExpiresAt time.Time
	LastIP    string
}

// CreateSession stores s.
func (q Q) CreateSession(ctx context.Context, s Session) error {
	_, err := q.ExecContext(ctx, `
		INSERT INTO sessions (token_hash, user_id, kind, created_at, expires_at, last_ip)
		VALUES ($1, $2, $3, $4, $5, $6)`,
		s.TokenHash, s.UserID, s.Kind, micros(s.CreatedAt), micros(s.ExpiresAt), s.LastIP)
	if err != nil {
		return fmt.Errorf("store: create session: %w", err)
	}
	return nil
}

// SessionByHash returns the session with that token hash, expired or not, or
// ErrNotFound; the caller decides what expiry means.
func (q Q) SessionByHash(ctx context.Context, hash string) (Session, error) {
	var (
		s                Session
		created, expires int64
	)
	err := q.QueryRowContext(ctx, `
		SELECT token_hash, user_id, kind, created_at, expires_at, last_ip FROM sessions WHERE token_hash = $1`, hash).
		Scan(&s.TokenHash, &s.UserID, &s.Kind, &created, &expires, &s.LastIP)
	if errors.Is(err, sql.ErrNoRows) {
		return Session{}, ErrNotFound
	}
	if err != nil {
		return Session{}, fmt.Errorf("store: session: %w", err)
	}
	s.CreatedAt, s.ExpiresAt = fromMicros(created), fromMicros(expires)
	return s, nil
}

// SessionWithOrgVersion is SessionByHash with the organisation's version
// (OrgVersion) read in the same statement: a caller that keeps users in
// memory checks, with one query per request, that the session still
// exists and that no user or department has changed since it read them.
func (q Q) SessionWithOrgVersion(ctx context.Context, hash string) (Session, int64, error) {
	var (
		s                Session
		created, expires int64
		version          int64
	)
	err := q.QueryRowContext(ctx, `
		SELECT token_hash, user_id, kind, created_at, expires_at, last_ip, (SELECT version FROM org_version WHERE id = 1)
		FROM sessions WHERE token_hash = $1`, hash).
		Scan(&s.TokenHash, &s.UserID, &s.Kind, &created, &expires, &s.LastIP, &version)
	if errors.Is(err, sql.ErrNoRows) {
		return Session{}, 0, ErrNotFound
	}
	if err != nil {
		return Session{}, 0, fmt.Errorf("store: session: %w", err)
	}
	s.CreatedAt, s.ExpiresAt = fromMicros(created), fromMicros(expires)
	return s, version, nil
}

// TouchSession moves a session's expiry (sliding browser sessions) and notes
// the address it was last used from.
func (q Q) TouchSession(ctx context.Context, hash string, expires time.Time, ip string) error {
	_, err := q.ExecContext(ctx, `UPDATE sessions SET expires_at = $1, last_ip = $2 WHERE token_hash = $3`,
		micros(expires), ip, hash)
	if err != nil {
		return fmt.Errorf("store: touch session: %w", err)
	}
	return nil
}

// DeleteSession removes a session; deleting an absent one is not an error.
func (q Q) DeleteSession(ctx context.Context, hash string) error {
	if _, err := q.ExecContext(ctx, `DELETE FROM sessions WHERE token_hash = $1`, hash); err != nil {
		return fmt.Errorf("store: delete session: %w", err)
	}
	return nil
}

// DeleteExpiredSessions removes sessions that expired before now and says how many.
func (q Q) DeleteExpiredSessions(ctx context.Context, now time.Time) (int64, error) {
	res, err := q.ExecContext(ctx, `DELETE FROM sessions WHERE expires_at <= $1`, micros(now))
	if err != nil {
		return 0, fmt.Errorf("store: delete expired sessions: %w", err)
	}
	return res.RowsAffected()
}
