package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strconv"
	"time"
)

// InsertDepartment adds d; ErrDuplicate if its id is taken.
func (q Q) InsertDepartment(ctx context.Context, d Department) error {
	var n int
	if err := q.QueryRowContext(ctx, `SELECT count(*) FROM departments WHERE id = $1`, d.ID).Scan(&n); err != nil {
		return fmt.Errorf("store: department %q: %w", d.ID, err)
	}
	if n > 0 {
		return fmt.Errorf("store: department %q: %w", d.ID, ErrDuplicate)
	}
	_, err := q.ExecContext(ctx, `INSERT INTO departments (id, name_zh, name_en, head_login, parent_id) VALUES ($1, $2, $3, $4, $5)`,
		d.ID, d.NameZh, d.NameEn, nullable(d.HeadLogin), nullable(d.Parent))
	if err != nil {
		return fmt.Errorf("store: insert department %q: %w", d.ID, err)
	}
	return nil
}

// UpdateDepartment replaces the names, head and parent of d.ID.
func (q Q) UpdateDepartment(ctx context.Context, d Department) error {
	res, err := q.ExecContext(ctx, `UPDATE departments SET name_zh = $1, name_en = $2, head_login = $3, parent_id = $4 WHERE id = $5`,
		d.NameZh, d.NameEn, nullable(d.HeadLogin), nullable(d.Parent), d.ID)
	if err != nil {
		return fmt.Errorf("store: update department %q: %w", d.ID, err)
	}
	return expectOne(res, "department "+d.ID)
}

// DeleteDepartment removes the department id; ErrNotFound if absent.
func (q Q) DeleteDepartment(ctx context.Context, id string) error {
	res, err := q.ExecContext(ctx, `DELETE FROM departments WHERE id = $1`, id)
	if err != nil {
		return fmt.Errorf("store: delete department %q: %w", id, err)
	}
	return expectOne(res, "department "+id)
}

// DepartmentUse counts what still hangs on a department: its users, the
// departments under it and the open cases in which it plays a role.
func (q Q) DepartmentUse(ctx context.Context, id string) (users, children, open int, err error) {
	err = q.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM users WHERE dept_id = $1),
		(SELECT count(*) FROM departments WHERE parent_id = $1),
		(SELECT count(DISTINCT a.case_id) FROM case_access a JOIN cases c ON c.id = a.case_id WHERE a.dept = $1 AND NOT c.terminal)`, id).
		Scan(&users, &children, &open)
	if err != nil {
		err = fmt.Errorf("store: use of department %q: %w", id, err)
	}
	return users, children, open, err
}

// UpdateUser replaces everything of u but its id, login and creation time.
func (q Q) UpdateUser(ctx context.Context, u User) error {
	roles := u.Roles
	if roles == nil {
		roles = []string{}
	}
	rj, err := jsonText(roles)
	if err != nil {
		return err
	}
	res, err := q.ExecContext(ctx, `UPDATE users SET name = $1, email = $2, dept_id = $3, admin = $4, roles = $5, lang = $6,
		email_notify = $7, password_hash = $8, disabled = $9, mobile = $10, chat_ids = $11 WHERE login = $12`,
		u.Name, u.Email, nullable(u.DeptID), u.Admin, rj, u.Lang, u.EmailNotify, u.PasswordHash, u.Disabled,
		u.Mobile, ChatIDsText(u.ChatIDs), u.Login)
	if err != nil {
		return fmt.Errorf("store: update user %q: %w", u.Login, err)
	}
	return expectOne(res, "user "+u.Login)
}

// ActiveAdmins counts the administrators who are not disabled.
func (q Q) ActiveAdmins(ctx context.Context) (int, error) {
	var n int
	if err := q.QueryRowContext(ctx, `SELECT count(*) FROM users WHERE admin AND NOT disabled`).Scan(&n); err != nil {
		return 0, fmt.Errorf("store: count administrators: %w", err)
	}
	return n, nil
}

// DeleteUserSessions ends every session of the user except the one whose
// token hash is keep ("" ends them all), and says how many it ended.
func (q Q) DeleteUserSessions(ctx context.Context, userID int64, keep string) (int64, error) {
	res, err := q.ExecContext(ctx, `DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2`, userID, keep)
	if err != nil {
		return 0, fmt.Errorf("store: end sessions: %w", err)
	}
	return res.RowsAffected()
}

// Duty is an open case in which a user plays a role.
type Duty struct {
	CaseID  int64
	Key     string
	Title   string
	Process string
	State   string
	Role    string
	Acts    bool // the case waits for this role now
	DueAt   *time.Time
}

// DutiesPage is one page (CONTRACT §2) of the open cases where login
// plays a role, soonest due first: keyset on the order (deadline, those
// without last; case; role). Two runs of the index of
// people's access rows by deadline (migration 00035), each read in order
// and stopped at the page: the rows with a deadline, then those without;
// the deadline is the copy each access row carries (SyncAccessDue).
func (q Q) DutiesPage(ctx context.Context, login string, p Page) ([]Duty, string, error) {
	cur, has, err := decodeListCursor(p.Cursor, "duty", login)
	if err != nil {
		return nil, "", err
	}
	n := p.size() + 1
	run := func(dated bool, extra string, args []any, limit int) ([]Duty, error) {
		where, order := "a.due_at IS NULL", "a.case_id, a.role"
		if dated {
			where, order = "a.due_at IS NOT NULL", "a.due_at, a.case_id, a.role"
		}
		rows, err := q.QueryContext(ctx, `SELECT c.id, c.key, c.title, c.process, c.state, a.role, a.acts, a.due_at
			FROM case_access a JOIN cases c ON c.id = a.case_id
			WHERE a.login = $1 AND NOT a.anyone AND `+where+extra+` AND NOT c.terminal
			ORDER BY `+order+` LIMIT `+strconv.Itoa(limit), args...)
		if err != nil {
			return nil, fmt.Errorf("store: duties of %q: %w", login, err)
		}
		return scanDuties(rows, login)
	}
	after := "(a.case_id > $2 OR (a.case_id = $2 AND a.role > $3))"
	var list []Duty
	if !has || !cur.Null {
		extra, args := "", []any{login}
		if has {
			extra, args = " AND (a.due_at > $4 OR (a.due_at = $4 AND "+after+"))", []any{login, cur.ID, cur.Str, cur.Num}
		}
		if list, err = run(true, extra, args, n); err != nil {
			return nil, "", err
		}
	}
	if len(list) < n {
		extra, args := "", []any{login}
		if has && cur.Null {
			extra, args = " AND "+after, []any{login, cur.ID, cur.Str}
		}
		more, err := run(false, extra, args, n-len(list))
		if err != nil {
			return nil, "", err
		}
		list = append(list, more...)
	}
	list, next := cut(list, p.size(), func(d Duty) cursorKey {
		k := cursorKey{Sort: "duty", ID: d.CaseID, Str: d.Role, List: listDigest(login)}
		if d.DueAt == nil {
			k.Null = true
		} else {
			k.Num = micros(*d.DueAt)
		}
		return k
	})
	return list, next, nil
}

func scanDuties(rows *sql.Rows, login string) ([]Duty, error) {
	defer rows.Close()
	out := []Duty{}
	for rows.Next() {
		var (
			d   Duty
			due sql.NullInt64
		)
		if err := rows.Scan(&d.CaseID, &d.Key, &d.Title, &d.Process, &d.State, &d.Role, &d.Acts, &due); err != nil {
			return nil, fmt.Errorf("store: duties of %q: %w", login, err)
		}
		if due.Valid {
			t := fromMicros(due.Int64)
			d.DueAt = &t
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// jsonText marshals v for a TEXT/JSONB column.
func jsonText(v any) (string, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return "", fmt.Errorf("store: json: %w", err)
	}
	return string(b), nil
}
