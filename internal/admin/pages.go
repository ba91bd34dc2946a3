package admin

import (
	"context"
	"errors"
	"slices"

	"github.com/liaison-dev/liaison/internal/auth"
	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/store"
)

// The paged lists of the administration (CONTRACT §2: ?limit, ?cursor).

// pageErr turns a cursor the store cannot read into a 422.
func pageErr(err error) error {
	if errors.Is(err, store.ErrCursor) {
		return problem.FieldsKey("problem.invalid_cursor", map[string]string{"cursor": "reason.not_cursor_of_list"})
	}
	return err
}

// PartiesPage lists one page of the external parties, ordered by id, and
// the next page's cursor ("" at the end); every signed-in user.
func (s *Service) PartiesPage(ctx context.Context, a auth.User, p store.Page) ([]Party, string, error) {
	return s.partiesPage(ctx, a, Anyone, p)
}

// AdminPartiesPage is PartiesPage for the administration's list
// (CONTRACT §10: administrators; 403 otherwise).
func (s *Service) AdminPartiesPage(ctx context.Context, a auth.User, p store.Page) ([]Party, string, error) {
	return s.partiesPage(ctx, a, Admins, p)
}

func (s *Service) partiesPage(ctx context.Context, a auth.User, who Rule, p store.Page) ([]Party, string, error) {
	out := []Party{}
	var next string
	err := s.read(ctx, a, who, "", func(store.Querier) error {
		list, n, err := s.cfg.DB.PartiesPage(ctx, p)
		for _, pt := range list {
			out = append(out, viewParty(pt))
		}
		next = n
		return pageErr(err)
	})
	return out, next, err
}

// AuditPage lists one page of the audit trail, newest first (administrators).
func (s *Service) AuditPage(ctx context.Context, a auth.User, p store.Page) ([]AuditEntry, string, error) {
	var out []AuditEntry
	var next string
	err := s.read(ctx, a, Admins, "", func(store.Querier) error {
		var err error
		out, next, err = s.cfg.DB.AuditPage(ctx, p)
		return pageErr(err)
	})
	return out, next, err
}

// UsersPage lists one page of the users, ordered by login (administrators).
func (s *Service) UsersPage(ctx context.Context, a auth.User, p store.Page) ([]User, string, error) {
	out := []User{}
	var next string
	err := s.read(ctx, a, Admins, "", func(q store.Querier) error {
		list, heads, n, err := store.In(q).UsersPage(ctx, p)
		for _, u := range list {
			out = append(out, viewUser(u, u.DeptID != "" && slices.Contains(heads[u.Login], u.DeptID)))
		}
		next = n
		return pageErr(err)
	})
	return out, next, err
}

// DepartmentsPage lists one page of the departments, ordered by id
// (administrators).
func (s *Service) DepartmentsPage(ctx context.Context, a auth.User, p store.Page) ([]Department, string, error) {
	out := []Department{}
	var next string
	err := s.read(ctx, a, Admins, "", func(q store.Querier) error {
		list, n, err := store.In(q).DepartmentsPage(ctx, p)
		for _, d := range list {
			out = append(out, viewDepartment(d))
		}
		next = n
		return pageErr(err)
	})
	return out, next, err
}
