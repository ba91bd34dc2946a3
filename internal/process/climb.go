package process

import "slices"

// climbPast returns whom an escalation reaches beyond its roles (CONTRACT
// §10): when a head it would go to is the very person who is late, it
// climbs past them to the head of the department above.
func climbPast(st *State, c *Case, roles []string, org Org) []Participant {
	late := map[string]bool{}
	for _, r := range st.Actors {
		if p, ok := c.participant(r); ok && p.Login != "" && !p.Any {
			late[p.Login] = true
		}
	}
	var out []Participant
	for _, r := range roles {
		p, ok := c.participant(r)
		if !ok || !late[p.Login] {
			continue
		}
		dp, ok := org.Department(p.Dept)
		if !ok || dp.Head != p.Login || dp.Parent == "" {
			continue
		}
		up, ok := org.Department(dp.Parent)
		if !ok || up.Head == "" {
			continue
		}
		u, ok := org.User(up.Head)
		if !ok || slices.ContainsFunc(out, func(x Participant) bool { return x.Login == u.Login }) {
			continue
		}
		out = append(out, Participant{Role: r, Login: u.Login, Name: u.Name, Dept: u.Dept, Email: u.Email})
	}
	return out
}
