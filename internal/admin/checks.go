package admin

import (
	"context"

	"github.com/liaison-dev/liaison/internal/auth"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
)

// Checks is what the administration page, GET /api/v1/admin/checks and the
// server's start tell an administrator of the set-up.
type Checks struct {
	// Departments are the department ids the process definitions rely on
	// that are missing, or have no head where a process needs its head.
	Departments []process.DeptGap `json:"departments"`
}

// Checks looks at the organisation against the process definitions defs
// (administrators only).
func (s *Service) Checks(ctx context.Context, a auth.User, defs []*process.Definition) (Checks, error) {
	var out Checks
	err := s.read(ctx, a, Admins, "", func(q store.Querier) error {
		var err error
		out.Departments, err = deptGaps(ctx, q, defs)
		return err
	})
	return out, err
}

// DeptGaps is Checks' departments without an actor: the server's start
// logs them.
func (s *Service) DeptGaps(ctx context.Context, defs []*process.Definition) ([]process.DeptGap, error) {
	return deptGaps(ctx, s.cfg.DB.SQL(), defs)
}

func deptGaps(ctx context.Context, q store.Querier, defs []*process.Definition) ([]process.DeptGap, error) {
	org, err := store.In(q).ReadOrg(ctx) // enabled users only: a disabled head heads nothing
	if err != nil {
		return nil, err
	}
	active := map[string]bool{}
	for _, u := range org.Users {
		active[u.Login] = true
	}
	heads := map[string]bool{}
	for _, d := range org.Departments {
		heads[d.ID] = active[d.HeadLogin]
	}
	gaps := process.DeptGaps(process.DeptNeeds(defs), func(id string) (bool, bool) {
		h, ok := heads[id]
		return ok, h
	})
	if gaps == nil {
		gaps = []process.DeptGap{}
	}
	return gaps, nil
}
