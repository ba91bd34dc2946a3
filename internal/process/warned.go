package process

import "slices"

// HandlesCase reports whether actor handles case c: plays a role that is
// more than copied (the requester, the contact, an owner, a reviewer) or a
// department head's role. A warning a user chose to send anyway (a
// commitment later than expected, a delivery with milestones open, the
// checker's hints) is kept with the event for these people only: not for
// someone merely copied, an administrator reading along, or an external
// party.
func HandlesCase(d *Definition, c *Case, actor Actor) bool {
	if actor.Party != "" || actor.Login == "" {
		return false
	}
	for _, p := range c.Participants {
		if p.Party != "" || !plays(p, actor) {
			continue
		}
		r := d.Role(p.Role)
		if !slices.Contains(d.CC, p.Role) || (r != nil && (r.HeadOf != "" || r.HeadOfRole != "" || r.HeadOfDept != "")) {
			return true
		}
	}
	return false
}
