package cases

import (
	"context"

	"github.com/liaison-dev/liaison/internal/process"
)

// ReassignRole is a role of a case that the caller may give to another
// user now, and the departments whose people may take it (nil: anyone).
type ReassignRole struct {
	Role  string
	Depts []string
}

// Reassignable lists the roles of case v that actor may reassign now
// (CONTRACT §10: a head of the role's department or above, or an
// administrator) and who may take each, as Reassign decides — for a page
// to offer; Reassign decides again when asked.
func (s *Service) Reassignable(ctx context.Context, actor process.Actor, v View) ([]ReassignRole, error) {
	d, err := s.definition(v.Process)
	if err != nil {
		return nil, err
	}
	org, err := s.currentOrg(ctx, s.cfg.DB.SQL())
	if err != nil {
		return nil, err
	}
	c := process.Case{State: v.State, Fields: v.Fields}
	for _, p := range v.Participants {
		c.Participants = append(c.Participants, process.Participant{Role: p.Role, Login: p.Login, Name: p.Name, Dept: p.Dept, Party: p.Party, Email: p.Email, CC: p.CC})
	}
	var out []ReassignRole
	for _, p := range v.Participants {
		if p.Login == "" || p.Party != "" {
			continue
		}
		dept, ok := process.Reassignable(d, &c, actor, org, p.Role)
		if !ok {
			continue
		}
		r := ReassignRole{Role: p.Role}
		if dept != "" {
			r.Depts = append([]string{dept}, org.Below(dept)...)
		}
		out = append(out, r)
	}
	return out, nil
}
