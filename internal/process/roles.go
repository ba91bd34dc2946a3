package process

import (
	"slices"
	"strings"
)

// resolve works out who plays each role of a case from its fields and the
// organisation. A role that cannot be resolved yet (a project lead not yet
// named) is left out.
func resolve(d *Definition, c *Case, org Org) []Participant {
	var out []Participant
	byRole := map[string]Participant{}
	for _, r := range d.Roles {
		if r.RowsField != "" {
			// One participant per user the rows name (the owners of action items).
			field, col, _ := strings.Cut(r.RowsField, ".")
			seen := map[string]bool{}
			for _, row := range asList(c.Fields[field]) {
				m, _ := row.(map[string]any)
				login := str(m[col])
				if u, ok := org.User(login); ok && !seen[login] {
					seen[login] = true
					out = append(out, Participant{Role: r.ID, Login: u.Login, Name: u.Name, Dept: u.Dept, Email: u.Email, CC: slices.Contains(d.CC, r.ID)})
				}
			}
			continue
		}
		p, ok := resolveRole(d, r, c, org, byRole)
		if !ok {
			if p, ok = formerPlayer(c, r.ID, org); !ok {
				continue
			}
		}
		p.Role = r.ID
		p.CC = slices.Contains(d.CC, r.ID)
		byRole[r.ID] = p
		out = append(out, p)
	}
	// Heads a climbing escalation reached have a part in the case from then on.
	for _, v := range asList(c.Fields[EscalatedField]) {
		if u, ok := org.User(str(v)); ok {
			out = append(out, Participant{Role: EscalatedRole, Login: u.Login, Name: u.Name, Dept: u.Dept, Email: u.Email})
		}
	}
	return out
}

// formerPlayer is who played role in c until now when the organisation no
// longer lists them (disabled since): the role keeps them, so that the case
// stays among their duties for a head or an administrator to reassign,
// rather than waiting for nobody. A department's role (any member) is never
// kept: without the department nobody is there to act.
func formerPlayer(c *Case, role string, org Org) (Participant, bool) {
	for _, p := range c.Participants {
		if p.Role != role || p.Login == "" || p.Any {
			continue
		}
		if _, active := org.User(p.Login); !active {
			return p, true
		}
	}
	return Participant{}, false
}

func asList(v any) []any {
	switch l := v.(type) {
	case []any:
		return l
	case []string:
		out := make([]any, len(l))
		for i, s := range l {
			out[i] = s
		}
		return out
	}
	return nil
}

func resolveRole(d *Definition, r Role, c *Case, org Org, known map[string]Participant) (Participant, bool) {
	user := func(login string) (Participant, bool) {
		u, ok := org.User(login)
		if !ok {
			return Participant{}, false
		}
		return Participant{Login: u.Login, Name: u.Name, Dept: u.Dept, Email: u.Email}, true
	}
	head := func(dept string) (Participant, bool) {
		dp, ok := org.Department(dept)
		if !ok || dp.Head == "" {
			return Participant{}, false
		}
		return user(dp.Head)
	}
	str := func(name string) string { s, _ := c.Fields[name].(string); return s }
	switch {
	case r.Opener:
		return user(c.Opener)
	case r.Field != "":
		return user(str(r.Field))
	case r.HeadOfRole != "":
		p, ok := known[r.HeadOfRole]
		if !ok || p.Dept == "" {
			return Participant{}, false
		}
		h, ok := head(p.Dept)
		if ok && h.Login == p.Login {
			// Nobody approves their own request: a head's own goes to the
			// head of the department above, or to management.
			if dp, ok := org.Department(p.Dept); ok && dp.Parent != "" {
				if above, ok := head(dp.Parent); ok && above.Login != p.Login {
					return above, true
				}
			}
			if top, ok := head(TopDepartment); ok && top.Login != p.Login {
				return top, true
			}
			return Participant{}, false
		}
		return h, ok
	case r.HeadOf != "":
		return head(str(r.HeadOf))
	case r.HeadOfDept != "":
		return head(r.HeadOfDept)
	case r.Dept != "":
		dp, ok := org.Department(r.Dept)
		if !ok {
			return Participant{}, false
		}
		// Any member may act; the head is the one told.
		p, _ := head(r.Dept)
		return Participant{Dept: dp.ID, Any: true, Login: p.Login, Name: p.Name, Email: p.Email}, true
	case r.PartyField != "":
		pt, ok := org.Party(str(r.PartyField))
		if !ok {
			return Participant{}, false
		}
		p := Participant{Party: pt.ID, Name: pt.Name}
		if ct, ok := c.Fields["contact"].(map[string]any); ok {
			p.Name, _ = ct["name"].(string)
			p.Email, _ = ct["email"].(string)
		}
		if p.Email == "" && len(pt.Contacts) > 0 {
			p.Name, p.Email = pt.Contacts[0].Name, pt.Contacts[0].Email
		}
		return p, true
	}
	return Participant{}, false
}

// participant returns who plays role in c.
func (c *Case) participant(role string) (Participant, bool) {
	for _, p := range c.Participants {
		if p.Role == role {
			return p, true
		}
	}
	return Participant{}, false
}

// everyone returns all who play role in c: one for most roles, each user
// a rows_field role names (the attendees of a meeting).
func (c *Case) everyone(role string) []Participant {
	var out []Participant
	for _, p := range c.Participants {
		if p.Role == role {
			out = append(out, p)
		}
	}
	return out
}

// Plays reports whether the actor plays role in the case. Department roles
// are played by every member of the department.
func (c *Case) Plays(a Actor, role string) bool {
	for _, p := range c.Participants {
		if p.Role == role && plays(p, a) {
			return true
		}
	}
	return false
}

// plays reports whether the actor is participant p.
func plays(p Participant, a Actor) bool {
	if p.Party != "" {
		return a.Party != "" && a.Party == p.Party
	}
	if a.Party != "" || a.Login == "" {
		return false
	}
	if p.Any && a.Dept == p.Dept {
		return true
	}
	return p.Login == a.Login
}
