package admin

import (
	"context"
	"errors"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/liaison-dev/liaison/internal/i18n"

	"github.com/liaison-dev/liaison/internal/auth"
	"github.com/liaison-dev/liaison/internal/dberr"
	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
)

// Department is a department as the API shows it (CONTRACT §10).
type Department struct {
	ID     string  `json:"id"`
	Name   string  `json:"name"`
	NameEn string  `json:"name_en"`
	Head   *string `json:"head"`
	Parent *string `json:"parent"`
}

// DepartmentInput creates a department or (PATCH) changes one.
type DepartmentInput struct {
	ID     string      `json:"id"`
	Name   Opt[string] `json:"name"`
	NameEn Opt[string] `json:"name_en"`
	Head   Opt[string] `json:"head"`
	Parent Opt[string] `json:"parent"`
}

var deptID = regexp.MustCompile(`^[a-z0-9-]{1,32}$`)

func viewDepartment(d store.Department) Department {
	return Department{ID: d.ID, Name: d.NameZh, NameEn: d.NameEn, Head: nullable(d.HeadLogin), Parent: nullable(d.Parent)}
}

// Departments lists every department (administrators).
func (s *Service) Departments(ctx context.Context, a auth.User) ([]Department, error) {
	var out []Department
	err := s.read(ctx, a, Admins, "", func(q store.Querier) error {
		list, err := store.In(q).Departments(ctx)
		for _, d := range list {
			out = append(out, viewDepartment(d))
		}
		return err
	})
	if out == nil {
		out = []Department{}
	}
	return out, err
}

// CreateDepartment adds a department: a taken id is a 409; a head who is
// not in it, an unknown parent or a bad id or name is a 422.
func (s *Service) CreateDepartment(ctx context.Context, a auth.User, in DepartmentInput) (Department, error) {
	d := store.Department{ID: strings.TrimSpace(in.ID)}
	in.Name.apply(&d.NameZh)
	in.NameEn.apply(&d.NameEn)
	in.Head.apply(&d.HeadLogin)
	in.Parent.apply(&d.Parent)
	err := s.change(ctx, a, Admins, "", func(tx store.Tx, _ time.Time) (entry, error) {
		bad := map[string]string{}
		if !deptID.MatchString(d.ID) {
			bad["id"] = "reason.department_id_pattern"
		}
		if err := s.checkDepartment(ctx, tx, &d, bad); err != nil {
			return entry{}, err
		}
		if len(bad) > 0 {
			return entry{}, problem.FieldsKey("problem.invalid_department", bad)
		}
		if err := store.In(tx).InsertDepartment(ctx, d); err != nil {
			return entry{}, dberr.Problem(err, "thing.department", d.ID)
		}
		return entry{Action: "department_added", Target: d.ID, After: viewDepartment(d)}, nil
	})
	return viewDepartment(d), err
}

// UpdateDepartment changes names, head or parent; a parent that would make
// a cycle, or a head who is not in the department, is a 422.
func (s *Service) UpdateDepartment(ctx context.Context, a auth.User, id string, in DepartmentInput) (Department, error) {
	var d store.Department
	err := s.change(ctx, a, Admins, "", func(tx store.Tx, _ time.Time) (entry, error) {
		before, err := store.In(tx).Department(ctx, id)
		if err != nil {
			return entry{}, dberr.Problem(err, "thing.department", id)
		}
		d = before
		bad := map[string]string{}
		if in.ID != "" && in.ID != id {
			bad["id"] = "reason.department_s_id_cannot_change"
		}
		in.Name.apply(&d.NameZh)
		in.NameEn.apply(&d.NameEn)
		in.Head.apply(&d.HeadLogin)
		in.Parent.apply(&d.Parent)
		if err := s.checkDepartment(ctx, tx, &d, bad); err != nil {
			return entry{}, err
		}
		if len(bad) > 0 {
			return entry{}, problem.FieldsKey("problem.invalid_department", bad)
		}
		if err := store.In(tx).UpdateDepartment(ctx, d); err != nil {
			return entry{}, err
		}
		return entry{Action: "department_changed", Target: id, Before: viewDepartment(before), After: viewDepartment(d)}, nil
	})
	return viewDepartment(d), err
}

// checkDepartment validates d's names, head and parent, adding to bad.
func (s *Service) checkDepartment(ctx context.Context, q store.Querier, d *store.Department, bad map[string]string) error {
	d.NameZh, d.NameEn = strings.TrimSpace(d.NameZh), strings.TrimSpace(d.NameEn)
	if process.Blank(d.NameZh) || utf8.RuneCountInString(d.NameZh) > 100 {
		bad["name"] = "reason.required_at_most_100_characters"
	} else if why := process.SingleLineReason(d.NameZh); why != "" {
		bad["name"] = why // a name goes into mail headers, messages and logs
	}
	if why := process.SingleLineReason(d.NameEn); why != "" {
		bad["name_en"] = why
	}
	if d.NameEn == "" {
		d.NameEn = d.NameZh
	}
	// Two departments of one name cannot be told apart in a picker, a
	// message or a figure: a name is one department's.
	others, err := store.In(q).Departments(ctx)
	if err != nil {
		return err
	}
	for _, o := range others {
		switch {
		case o.ID == d.ID:
		case d.NameZh != "" && o.NameZh == d.NameZh:
			bad["name"] = i18n.Ref("reason.department_name_taken", o.ID)
		case strings.EqualFold(o.NameEn, d.NameEn) && d.NameEn != d.NameZh:
			bad["name_en"] = i18n.Ref("reason.department_name_taken", o.ID)
		}
	}
	if d.HeadLogin != "" {
		u, err := store.In(q).UserByLogin(ctx, d.HeadLogin)
		switch {
		case errors.Is(err, store.ErrNotFound):
			bad["head"] = i18n.Ref("reason.no_user", d.HeadLogin)
		case err != nil:
			return err
		case u.DeptID != d.ID:
			bad["head"] = i18n.Ref("reason.user_not_in_department", d.HeadLogin, d.ID)
		case u.Disabled:
			bad["head"] = i18n.Ref("reason.user_is_disabled", d.HeadLogin)
		}
	}
	if d.Parent == "" {
		return nil
	}
	// Walk up from the new parent: meeting d itself is a cycle.
	for p, steps := d.Parent, 0; p != ""; steps++ {
		if p == d.ID {
			bad["parent"] = i18n.Ref("reason.would_make_cycle", d.ID, d.Parent)
			return nil
		}
		up, err := store.In(q).Department(ctx, p)
		if errors.Is(err, store.ErrNotFound) {
			bad["parent"] = i18n.Ref("reason.no_department", p)
			return nil
		} else if err != nil {
			return err
		}
		if steps > 1000 {
			bad["parent"] = "reason.tree_above_is_cycle"
			return nil
		}
		p = up.Parent
	}
	return nil
}

// DeleteDepartment removes a department that has no users, no departments
// under it and no open cases (409 otherwise).
func (s *Service) DeleteDepartment(ctx context.Context, a auth.User, id string) error {
	return s.change(ctx, a, Admins, "", func(tx store.Tx, _ time.Time) (entry, error) {
		before, err := store.In(tx).Department(ctx, id)
		if err != nil {
			return entry{}, dberr.Problem(err, "thing.department", id)
		}
		users, children, open, err := store.In(tx).DepartmentUse(ctx, id)
		if err != nil {
			return entry{}, err
		}
		if users > 0 || children > 0 || open > 0 {
			return entry{}, problem.Key(problem.Conflict, "problem.department_still_has_users_departments_under", id, users, children, open)
		}
		if err := store.In(tx).DeleteDepartment(ctx, id); err != nil {
			return entry{}, err
		}
		return entry{Action: "department_deleted", Target: id, Before: viewDepartment(before)}, nil
	})
}
