package store

import (
	"context"
	"fmt"
	"strconv"
	"strings"
)

// The administration's pages of users and departments: keyset pages on
// the primary key (login, id), each read one row past the page.

// UsersPage lists one page of the users, ordered by login, with the
// departments each of them heads (login → department ids).
func (q Q) UsersPage(ctx context.Context, p Page) ([]User, map[string][]string, string, error) {
	cur, has, err := decodeCursor(p.Cursor, "user")
	if err != nil {
		return nil, nil, "", err
	}
	where, args := "", []any{}
	if has {
		where, args = "WHERE login > $1", append(args, cur.Str)
	}
	rows, err := q.QueryContext(ctx, `SELECT `+userColumns+` FROM users `+where+` ORDER BY login LIMIT `+strconv.Itoa(p.size()+1), args...)
	if err != nil {
		return nil, nil, "", fmt.Errorf("store: users: %w", err)
	}
	var out []User
	for rows.Next() {
		u, err := scanUser(rows)
		if err != nil {
			rows.Close()
			return nil, nil, "", err
		}
		out = append(out, u)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, nil, "", fmt.Errorf("store: users: %w", err)
	}
	out, next := cut(out, p.size(), func(u User) cursorKey { return cursorKey{Sort: "user", Str: u.Login} })
	heads := map[string][]string{}
	if len(out) == 0 {
		return out, heads, next, nil
	}
	ph := make([]string, len(out))
	hargs := make([]any, len(out))
	for i, u := range out {
		ph[i] = "$" + strconv.Itoa(i+1)
		hargs[i] = u.Login
	}
	hr, err := q.QueryContext(ctx, `SELECT head_login, id FROM departments WHERE head_login IN (`+strings.Join(ph, ", ")+`) ORDER BY id`, hargs...)
	if err != nil {
		return nil, nil, "", fmt.Errorf("store: heads: %w", err)
	}
	defer hr.Close()
	for hr.Next() {
		var login, id string
		if err := hr.Scan(&login, &id); err != nil {
			return nil, nil, "", fmt.Errorf("store: heads: %w", err)
		}
		heads[login] = append(heads[login], id)
	}
	return out, heads, next, hr.Err()
}

// DepartmentsPage lists one page of the departments, ordered by id.
func (q Q) DepartmentsPage(ctx context.Context, p Page) ([]Department, string, error) {
	cur, has, err := decodeCursor(p.Cursor, "dept")
	if err != nil {
		return nil, "", err
	}
	where, args := "", []any{}
	if has {
		where, args = "WHERE id > $1", append(args, cur.Str)
	}
	list, err := q.departments(ctx, `SELECT `+departmentColumns+` FROM departments `+where+` ORDER BY id LIMIT `+strconv.Itoa(p.size()+1), args...)
	if err != nil {
		return nil, "", err
	}
	list, next := cut(list, p.size(), func(d Department) cursorKey { return cursorKey{Sort: "dept", Str: d.ID} })
	return list, next, nil
}
