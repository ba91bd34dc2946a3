package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// Department is a unit of the organisation with at most one head.
type Department struct {
	ID        string // fixed, e.g. "market"
	NameZh    string
	NameEn    string
	HeadLogin string // "" when nobody heads it
	Parent    string // the department above; "" at the top of the tree
}

// UpsertDepartment inserts d or updates its names (the head is left alone;
// see SetDepartmentHead).
func (q Q) UpsertDepartment(ctx context.Context, d Department) error {
	_, err := q.ExecContext(ctx, `
		INSERT INTO departments (id, name_zh, name_en) VALUES ($1, $2, $3)
		ON CONFLICT (id) DO UPDATE SET name_zh = excluded.name_zh, name_en = excluded.name_en`,
		d.ID, d.NameZh, d.NameEn)
	if err != nil {
		return fmt.Errorf("store: upsert department %q: %w", d.ID, err)
	}
	return nil
}

// SetDepartmentHead makes login (a user, or "" for nobody) the head of dept.
func (q Q) SetDepartmentHead(ctx context.Context, dept, login string) error {
	res, err := q.ExecContext(ctx, `UPDATE departments SET head_login = $1 WHERE id = $2`, nullable(login), dept)
	if err != nil {
		return fmt.Errorf("store: set head of %q: %w", dept, err)
	}
	return expectOne(res, "department "+dept)
}

const departmentColumns = `id, name_zh, name_en, head_login, parent_id`

func scanDepartment(row interface{ Scan(...any) error }) (Department, error) {
	var (
		d            Department
		head, parent sql.NullString
	)
	err := row.Scan(&d.ID, &d.NameZh, &d.NameEn, &head, &parent)
	if errors.Is(err, sql.ErrNoRows) {
		return Department{}, ErrNotFound
	}
	if err != nil {
		return Department{}, fmt.Errorf("store: scan department: %w", err)
	}
	d.HeadLogin, d.Parent = head.String, parent.String
	return d, nil
}

// Department returns the department with that id, or ErrNotFound.
func (q Q) Department(ctx context.Context, id string) (Department, error) {
	return scanDepartment(q.QueryRowContext(ctx, `SELECT `+departmentColumns+` FROM departments WHERE id = $1`, id))
}

// Departments returns every department ordered by id.
func (q Q) Departments(ctx context.Context) ([]Department, error) {
	return q.departments(ctx, `SELECT `+departmentColumns+` FROM departments ORDER BY id`)
}

// DepartmentsHeadedBy returns the ids of the departments whose head is login.
func (q Q) DepartmentsHeadedBy(ctx context.Context, login string) ([]string, error) {
	ds, err := q.departments(ctx, `SELECT `+departmentColumns+` FROM departments WHERE head_login = $1 ORDER BY id`, login)
	if err != nil {
		return nil, err
	}
	ids := make([]string, 0, len(ds))
	for _, d := range ds {
		ids = append(ids, d.ID)
	}
	return ids, nil
}

func (q Q) departments(ctx context.Context, query string, args ...any) ([]Department, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("store: departments: %w", err)
	}
	defer rows.Close()
	var out []Department
	for rows.Next() {
		d, err := scanDepartment(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// SetDepartmentHeadIfNone makes login the head of dept only if it has none,
// so that re-running a seed does not undo an administrator's choice.
func (q Q) SetDepartmentHeadIfNone(ctx context.Context, dept, login string) error {
	_, err := q.ExecContext(ctx, `UPDATE departments SET head_login = $1 WHERE id = $2 AND head_login IS NULL`, login, dept)
	if err != nil {
		return fmt.Errorf("store: set head of %q: %w", dept, err)
	}
	return nil
}

// DepartmentChildren maps each department to those directly below it.
func (q Q) DepartmentChildren(ctx context.Context) (map[string][]string, error) {
	out := map[string][]string{}
	rows, err := q.QueryContext(ctx, `SELECT id, parent_id FROM departments WHERE parent_id IS NOT NULL`)
	if err != nil {
		return nil, fmt.Errorf("store: department tree: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id, parent string
		if err := rows.Scan(&id, &parent); err != nil {
			return nil, fmt.Errorf("store: department tree: %w", err)
		}
		out[parent] = append(out[parent], id)
	}
	return out, rows.Err()
}
