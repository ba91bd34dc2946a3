package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// PortalLink is one link an external party opens a case through. The token
// itself is never stored: it is derived from ID and Nonce with the portal's key.
type PortalLink struct {
	ID               int64
	Nonce            string
	CaseID           int64
	Party            string
	Email            string
	CreatedAt        time.Time
	ExpiresAt        time.Time
	RevokedAt        *time.Time
	LastUsedAt       *time.Time
	RenewRequestedAt *time.Time
}

const portalLinkColumns = `id, nonce, case_id, party, email, created_at, expires_at, revoked_at, last_used_at, renew_requested_at`

func scanPortalLink(row interface{ Scan(...any) error }) (PortalLink, error) {
	var (
		l                      PortalLink
		created, expires       int64
		revoked, used, renewed sql.NullInt64
	)
	if err := row.Scan(&l.ID, &l.Nonce, &l.CaseID, &l.Party, &l.Email, &created, &expires, &revoked, &used, &renewed); err != nil {
		return PortalLink{}, err
	}
	l.CreatedAt, l.ExpiresAt = fromMicros(created), fromMicros(expires)
	opt := func(n sql.NullInt64) *time.Time {
		if !n.Valid {
			return nil
		}
		t := fromMicros(n.Int64)
		return &t
	}
	l.RevokedAt, l.LastUsedAt, l.RenewRequestedAt = opt(revoked), opt(used), opt(renewed)
	return l, nil
}

// InsertPortalLink stores l through q (usually the transaction that mails
// the link) and returns its id.
func (q Q) InsertPortalLink(ctx context.Context, l PortalLink) (int64, error) {
	var id int64
	err := q.QueryRowContext(ctx, `
		INSERT INTO portal_links (nonce, case_id, party, email, created_at, expires_at)
		VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
		l.Nonce, l.CaseID, l.Party, l.Email, micros(l.CreatedAt), micros(l.ExpiresAt)).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("store: insert portal link: %w", err)
	}
	return id, nil
}

// ReusablePortalLink returns the unrevoked link of case for party and email
// that lasts longest, if it lasts beyond until.
func (q Q) ReusablePortalLink(ctx context.Context, caseID int64, party, email string, until time.Time) (PortalLink, bool, error) {
	l, err := scanPortalLink(q.QueryRowContext(ctx, `
		SELECT `+portalLinkColumns+` FROM portal_links
		WHERE case_id = $1 AND party = $2 AND email = $3 AND revoked_at IS NULL AND expires_at > $4
		ORDER BY expires_at DESC, id DESC LIMIT 1`, caseID, party, email, micros(until)))
	if errors.Is(err, sql.ErrNoRows) {
		return PortalLink{}, false, nil
	}
	if err != nil {
		return PortalLink{}, false, fmt.Errorf("store: portal link: %w", err)
	}
	return l, true, nil
}

// PortalLinkByID returns one link, ErrNotFound if there is none.
func (q Q) PortalLinkByID(ctx context.Context, id int64) (PortalLink, error) {
	l, err := scanPortalLink(q.QueryRowContext(ctx, `SELECT `+portalLinkColumns+` FROM portal_links WHERE id = $1`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return PortalLink{}, ErrNotFound
	}
	if err != nil {
		return PortalLink{}, fmt.Errorf("store: portal link %d: %w", id, err)
	}
	return l, nil
}

// PortalLinks lists the links of a case, oldest first.
func (q Q) PortalLinks(ctx context.Context, caseID int64) ([]PortalLink, error) {
	rows, err := q.QueryContext(ctx, `SELECT `+portalLinkColumns+` FROM portal_links WHERE case_id = $1 ORDER BY id`, caseID)
	if err != nil {
		return nil, fmt.Errorf("store: portal links: %w", err)
	}
	defer rows.Close()
	var out []PortalLink
	for rows.Next() {
		l, err := scanPortalLink(rows)
		if err != nil {
			return nil, fmt.Errorf("store: portal links: %w", err)
		}
		out = append(out, l)
	}
	return out, rows.Err()
}

// TouchPortalLink records that link id was used at.
func (q Q) TouchPortalLink(ctx context.Context, id int64, at time.Time) error {
	if _, err := q.ExecContext(ctx, `UPDATE portal_links SET last_used_at = $2 WHERE id = $1`, id, micros(at)); err != nil {
		return fmt.Errorf("store: touch portal link: %w", err)
	}
	return nil
}

// RevokePortalLinks revokes every unrevoked link of case sent to email (all
// of the case's links when email is empty) and reports how many it revoked.
func (q Q) RevokePortalLinks(ctx context.Context, caseID int64, email string, at time.Time) (int64, error) {
	res, err := q.ExecContext(ctx, `
		UPDATE portal_links SET revoked_at = $3
		WHERE case_id = $1 AND ($2 = '' OR email = $2) AND revoked_at IS NULL`, caseID, email, micros(at))
	if err != nil {
		return 0, fmt.Errorf("store: revoke portal links: %w", err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return 0, fmt.Errorf("store: revoke portal links: %w", err)
	}
	return n, nil
}

// MarkPortalRenew records a request for a new link at, unless one was
// recorded after since; it reports whether it recorded this one. The check
// and the write are one statement, so two requests cannot both pass.
func (q Q) MarkPortalRenew(ctx context.Context, id int64, at, since time.Time) (bool, error) {
	res, err := q.ExecContext(ctx, `
		UPDATE portal_links SET renew_requested_at = $2
		WHERE id = $1 AND (renew_requested_at IS NULL OR renew_requested_at <= $3)`, id, micros(at), micros(since))
	if err != nil {
		return false, fmt.Errorf("store: portal renew: %w", err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("store: portal renew: %w", err)
	}
	return n == 1, nil
}

// PortalSecret returns the portal's signing key (hex), storing fresh when
// there is none yet; created reports whether this call stored it, which
// only counts once q's transaction commits.
func (q Q) PortalSecret(ctx context.Context, fresh string, now time.Time) (key string, created bool, err error) {
	res, err := q.ExecContext(ctx, `INSERT INTO portal_secret (id, key, created_at) VALUES (1, $1, $2) ON CONFLICT (id) DO NOTHING`, fresh, micros(now))
	if err != nil {
		return "", false, fmt.Errorf("store: portal secret: %w", err)
	}
	n, _ := res.RowsAffected()
	if err := q.QueryRowContext(ctx, `SELECT key FROM portal_secret WHERE id = 1`).Scan(&key); err != nil {
		return "", false, fmt.Errorf("store: portal secret: %w", err)
	}
	return key, n == 1, nil
}
