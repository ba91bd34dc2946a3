package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

// User is a person who signs in.
type User struct {
	ID           int64
	Login        string
	Name         string
	Email        string
	DeptID       string // "" for no department (e.g. the administrator)
	Admin        bool
	Roles        []string // e.g. "account_manager"
	Lang         string   // "zh" or "en"
	EmailNotify  bool
	PasswordHash string
	Disabled     bool
	CreatedAt    time.Time
	Mobile       string            // to look the user up on a chat platform
	ChatIDs      map[string]string // platform (dingtalk, wecom, feishu) → the user's id there
}

const userColumns = `id, login, name, email, dept_id, admin, roles, lang, email_notify, password_hash, disabled, created_at, mobile, chat_ids`

func scanUser(row interface{ Scan(...any) error }) (User, error) {
	var (
		u       User
		dept    sql.NullString
		roles   string
		created int64
		chat    string
	)
	err := row.Scan(&u.ID, &u.Login, &u.Name, &u.Email, &dept, &u.Admin, &roles, &u.Lang,
		&u.EmailNotify, &u.PasswordHash, &u.Disabled, &created, &u.Mobile, &chat)
	if errors.Is(err, sql.ErrNoRows) {
		return User{}, ErrNotFound
	}
	if err != nil {
		return User{}, fmt.Errorf("store: scan user: %w", err)
	}
	u.DeptID = dept.String
	u.CreatedAt = fromMicros(created)
	if err := json.Unmarshal([]byte(roles), &u.Roles); err != nil {
		return User{}, fmt.Errorf("store: user %s roles: %w", u.Login, err)
	}
	if u.Roles == nil {
		u.Roles = []string{}
	}
	if u.ChatIDs, err = ParseChatIDs(chat); err != nil {
		return User{}, fmt.Errorf("store: user %s chat ids: %w", u.Login, err)
	}
	return u, nil
}

func nullable(s string) sql.NullString { return sql.NullString{String: s, Valid: s != ""} }

// CreateUser inserts u and returns its id; ErrDuplicate if the login is taken.
func (q Q) CreateUser(ctx context.Context, u User) (int64, error) {
	roles := u.Roles
	if roles == nil {
		roles = []string{}
	}
	rj, err := json.Marshal(roles)
	if err != nil {
		return 0, fmt.Errorf("store: roles: %w", err)
	}
	if u.Lang == "" {
		u.Lang = "zh"
	}
	var id int64
	err = q.QueryRowContext(ctx, `
		INSERT INTO users (login, name, email, dept_id, admin, roles, lang, email_notify, password_hash, disabled, created_at, mobile, chat_ids)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
		RETURNING id`,
		u.Login, u.Name, u.Email, nullable(u.DeptID), u.Admin, string(rj), u.Lang, u.EmailNotify,
		u.PasswordHash, u.Disabled, micros(u.CreatedAt), u.Mobile, ChatIDsText(u.ChatIDs)).Scan(&id)
	if isUniqueViolation(err) {
		return 0, fmt.Errorf("store: user %q: %w", u.Login, ErrDuplicate)
	}
	if err != nil {
		return 0, fmt.Errorf("store: create user %q: %w", u.Login, err)
	}
	return id, nil
}

// UserByLogin returns the user with that login, or ErrNotFound.
func (q Q) UserByLogin(ctx context.Context, login string) (User, error) {
	return scanUser(q.QueryRowContext(ctx, `SELECT `+userColumns+` FROM users WHERE login = $1`, login))
}

// UserByID returns the user with that id, or ErrNotFound.
func (q Q) UserByID(ctx context.Context, id int64) (User, error) {
	return scanUser(q.QueryRowContext(ctx, `SELECT `+userColumns+` FROM users WHERE id = $1`, id))
}

// Users returns every user, ordered by login.
func (q Q) Users(ctx context.Context) ([]User, error) {
	rows, err := q.QueryContext(ctx, `SELECT `+userColumns+` FROM users ORDER BY login`)
	if err != nil {
		return nil, fmt.Errorf("store: users: %w", err)
	}
	defer rows.Close()
	var out []User
	for rows.Next() {
		u, err := scanUser(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, u)
	}
	return out, rows.Err()
}

// SetUserDisabled disables or re-enables a user; ErrNotFound if absent.
func (q Q) SetUserDisabled(ctx context.Context, login string, disabled bool) error {
	res, err := q.ExecContext(ctx, `UPDATE users SET disabled = $1 WHERE login = $2`, disabled, login)
	if err != nil {
		return fmt.Errorf("store: disable user %q: %w", login, err)
	}
	return expectOne(res, login)
}

// SetUserPassword replaces a user's password hash; ErrNotFound if absent.
func (q Q) SetUserPassword(ctx context.Context, login, hash string) error {
	res, err := q.ExecContext(ctx, `UPDATE users SET password_hash = $1 WHERE login = $2`, hash, login)
	if err != nil {
		return fmt.Errorf("store: set password %q: %w", login, err)
	}
	return expectOne(res, login)
}

func expectOne(res sql.Result, what string) error {
	n, err := res.RowsAffected()
	if err != nil {
		return fmt.Errorf("store: %s: %w", what, err)
	}
	if n == 0 {
		return fmt.Errorf("store: %s: %w", what, ErrNotFound)
	}
	return nil
}

// CreateUserIfAbsent inserts u unless its login exists, and reports whether
// it did. Unlike CreateUser it never fails on a taken login, which matters in
// a PostgreSQL transaction: a failed statement would abort the whole of it.
func (q Q) CreateUserIfAbsent(ctx context.Context, u User) (bool, error) {
	roles := u.Roles
	if roles == nil {
		roles = []string{}
	}
	rj, err := json.Marshal(roles)
	if err != nil {
		return false, fmt.Errorf("store: roles: %w", err)
	}
	if u.Lang == "" {
		u.Lang = "zh"
	}
	var id int64
	err = q.QueryRowContext(ctx, `
		INSERT INTO users (login, name, email, dept_id, admin, roles, lang, email_notify, password_hash, disabled, created_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
		ON CONFLICT (login) DO NOTHING
		RETURNING id`,
		u.Login, u.Name, u.Email, nullable(u.DeptID), u.Admin, string(rj), u.Lang, u.EmailNotify,
		u.PasswordHash, u.Disabled, micros(u.CreatedAt)).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("store: create user %q: %w", u.Login, err)
	}
	return true, nil
}

// ParseChatIDs reads a users.chat_ids value; empty ids are dropped.
func ParseChatIDs(s string) (map[string]string, error) {
	m := map[string]string{}
	if s == "" {
		return m, nil
	}
	if err := json.Unmarshal([]byte(s), &m); err != nil {
		return nil, err
	}
	for k, v := range m {
		if v == "" {
			delete(m, k)
		}
	}
	return m, nil
}

// ChatIDsText writes a users.chat_ids value (keys sorted, empty ids dropped).
func ChatIDsText(m map[string]string) string {
	clean := map[string]string{}
	for k, v := range m {
		if v != "" {
			clean[k] = v
		}
	}
	b, _ := json.Marshal(clean) // a map of strings always marshals; keys come out sorted
	return string(b)
}

// UserChatID is the user's identity on a chat platform; "" when none is
// set (or the user is gone).
func (q Q) UserChatID(ctx context.Context, login, platform string) (string, error) {
	var chat string
	err := q.QueryRowContext(ctx, `SELECT chat_ids FROM users WHERE login = $1`, login).Scan(&chat)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("store: chat ids of %q: %w", login, err)
	}
	m, err := ParseChatIDs(chat)
	return m[platform], err
}

// SaveFoundChatID records on the user the identity a platform's lookup (by
// mobile or email) found, unless one is set already, with an audit entry
// by "system". It reports whether it saved it.
func (db *DB) SaveFoundChatID(ctx context.Context, login, platform, id string, now time.Time) (bool, error) {
	saved := false
	err := db.Tx(ctx, func(tx Tx) error {
		var chat string
		err := tx.QueryRowContext(ctx, `SELECT chat_ids FROM users WHERE login = $1`, login).Scan(&chat)
		if errors.Is(err, sql.ErrNoRows) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("store: chat ids of %q: %w", login, err)
		}
		m, err := ParseChatIDs(chat)
		if err != nil || m[platform] != "" {
			return err
		}
		if m == nil {
			m = map[string]string{}
		}
		m[platform] = id
		if _, err := tx.ExecContext(ctx, `UPDATE users SET chat_ids = $1 WHERE login = $2`, ChatIDsText(m), login); err != nil {
			return fmt.Errorf("store: chat ids of %q: %w", login, err)
		}
		saved = true
		return In(tx).InsertAudit(ctx, AuditEntry{At: now, Actor: "system", Action: "chat_id_found", Target: login,
			Detail: map[string]any{"platform": platform, "id": id}})
	})
	return saved, err
}
