package cases

import (
	"maps"
	"slices"

	"github.com/liaison-dev/liaison/internal/process"
)

// The disclosure rule: what an external party may read of its case. It is
// decided here, once, for the portal's JSON and its page alike.

// partyRoles are the roles a party plays in d.
func partyRoles(d *process.Definition) []string {
	var out []string
	for _, r := range d.Roles {
		if r.PartyField != "" {
			out = append(out, r.ID)
		}
	}
	return out
}

func overlaps(a, b []string) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

// partyFacing says whether the party may read events of action: what it
// does itself, what it is told of, what hands the case to it, and meetings.
func partyFacing(d *process.Definition, a *process.Action) bool {
	if a.PartyReads == "never" { // an internal step that hands the case to the party (legal's approval)
		return false
	}
	roles := partyRoles(d)
	if overlaps(a.By, roles) || overlaps(a.OnBehalf, roles) || a.PartyReads == "always" {
		return true
	}
	for _, n := range a.Notify {
		if overlaps(n.To, roles) {
			return true
		}
	}
	if a.To != "" {
		if st := d.State(a.To); st != nil && overlaps(st.Actors, roles) {
			return true
		}
	}
	return false
}

// approvedLater says whether the event at i was approved: an event of
// action by follows it before another event of its own action replaced it.
// A solution returned and submitted again is approved only in its last
// version; the returned draft stays internal.
func approvedLater(evs []EventView, i int, by string) bool {
	for _, e := range evs[i+1:] {
		if e.Type != "action" {
			continue
		}
		if e.Action == by {
			return true
		}
		if e.Action == evs[i].Action {
			return false
		}
	}
	return false
}

// stripHidden returns vals without the fields a party never reads.
func stripHidden(fields []process.Field, vals map[string]any) map[string]any {
	if vals == nil {
		return nil
	}
	out := maps.Clone(vals)
	for _, fd := range fields {
		if fd.PartyHidden() {
			delete(out, fd.Name)
		}
	}
	return out
}

// disclose trims v (with all events of the case) to what the party may
// read: party-facing events only, an approval-gated record only once that
// very version was approved, no staff logins in any field, the case's
// fields rebuilt from what the readable events kept, and milestones only
// with an approved solution.
func disclose(d *process.Definition, v View) View {
	all := slices.Clone(d.Fields)
	for _, st := range d.States {
		for _, a := range st.Actions {
			all = append(all, a.Fields...)
		}
	}
	form := stripHidden(all, v.Fields)
	var evs []EventView
	for i, e := range v.Events {
		switch {
		case e.Type == "opened":
			e.Fields = stripHidden(d.Fields, e.Fields)
		case e.Type == "action":
			a := d.Action(e.Action)
			if a == nil {
				continue
			}
			if by := a.ReadableAfter(); by != "" {
				if !approvedLater(v.Events, i, by) {
					continue
				}
			} else if !partyFacing(d, a) {
				continue
			}
			e.Fields = stripHidden(a.Fields, e.Fields)
		default:
			continue
		}
		evs = append(evs, e)
	}
	v.Events = evs
	// The case's fields hold what every action kept, drafts and internal
	// answers too; the party gets the opening form plus what the events it
	// may read kept, later ones winning as they did in the case.
	v.Fields = map[string]any{}
	for _, fd := range d.Fields {
		if x, ok := form[fd.Name]; ok {
			v.Fields[fd.Name] = x
		}
	}
	approved := false
	for _, e := range evs {
		a := d.Action(e.Action)
		if a == nil || e.Type != "action" {
			continue
		}
		if a.ReadableAfter() != "" {
			approved = true
		}
		for _, fd := range a.Fields {
			if x, ok := e.Fields[fd.Name]; ok && fd.Keep {
				v.Fields[fd.Name] = x
			}
		}
	}
	if !approved && len(v.Milestones) > 0 && hasApprovalRule(d) {
		v.Milestones = nil // they come with the solution, once approved
	}
	return v
}

// hasApprovalRule says whether d has an action the party sees only once approved.
func hasApprovalRule(d *process.Definition) bool {
	for _, st := range d.States {
		for _, a := range st.Actions {
			if a.ReadableAfter() != "" {
				return true
			}
		}
	}
	return false
}
