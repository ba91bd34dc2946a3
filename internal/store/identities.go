package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
)

// Identity links an OpenID Connect subject of an issuer to a user.
type Identity struct {
	Issuer    string
	Subject   string
	Login     string
	Email     string // the email the provider gave when the link was made
	CreatedAt time.Time
}

// IdentityLogin returns the login an issuer's subject signs in as, or ErrNotFound.
func (q Q) IdentityLogin(ctx context.Context, issuer, subject string) (string, error) {
	var login string
	err := q.QueryRowContext(ctx, `SELECT login FROM oidc_identities WHERE issuer = $1 AND subject = $2`, issuer, subject).Scan(&login)
	if errors.Is(err, sql.ErrNoRows) {
		return "", ErrNotFound
	}
	if err != nil {
		return "", fmt.Errorf("store: identity: %w", err)
	}
	return login, nil
}

// LinkIdentity records that id signs in as id.Login; ErrDuplicate when the
// subject is linked already.
func (q Q) LinkIdentity(ctx context.Context, id Identity) error {
	_, err := q.ExecContext(ctx, `INSERT INTO oidc_identities (issuer, subject, login, email, created_at) VALUES ($1, $2, $3, $4, $5)`,
		id.Issuer, id.Subject, id.Login, id.Email, micros(id.CreatedAt))
	if isUniqueViolation(err) {
		return fmt.Errorf("store: identity %s: %w", id.Subject, ErrDuplicate)
	}
	if err != nil {
		return fmt.Errorf("store: link identity: %w", err)
	}
	return nil
}

// UnlinkIdentity removes a link of login; ErrNotFound when there is none.
func (q Q) UnlinkIdentity(ctx context.Context, login, issuer, subject string) error {
	res, err := q.ExecContext(ctx, `DELETE FROM oidc_identities WHERE login = $1 AND issuer = $2 AND subject = $3`, login, issuer, subject)
	if err != nil {
		return fmt.Errorf("store: unlink identity: %w", err)
	}
	return expectOne(res, "identity "+subject)
}

// IdentitiesOf lists the identities that sign in as login.
func (q Q) IdentitiesOf(ctx context.Context, login string) ([]Identity, error) {
	rows, err := q.QueryContext(ctx, `SELECT issuer, subject, login, email, created_at FROM oidc_identities WHERE login = $1 ORDER BY created_at, subject`, login)
	if err != nil {
		return nil, fmt.Errorf("store: identities: %w", err)
	}
	defer rows.Close()
	var out []Identity
	for rows.Next() {
		var id Identity
		var at int64
		if err := rows.Scan(&id.Issuer, &id.Subject, &id.Login, &id.Email, &at); err != nil {
			return nil, err
		}
		id.CreatedAt = fromMicros(at)
		out = append(out, id)
	}
	return out, rows.Err()
}

// LoginsByEmail returns the logins of the users, disabled ones included,
// whose email is email (compared without case).
func (q Q) LoginsByEmail(ctx context.Context, email string) ([]string, error) {
	return column[string](ctx, q, "users by email", `SELECT login FROM users WHERE lower(email) = $1 ORDER BY login`, strings.ToLower(email))
}
