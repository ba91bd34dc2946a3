package process

import (
	"maps"
	"slices"
)

// The disclosure rule: what a reader may read of a case's events and
// fields. It is decided here, once, from the definition, for every surface
// that shows a case to someone outside it (the portal's JSON and page, and
// any later caller such as a mail reply or a chat card).
//
// Staff who may see a case (a participant in any role, a member of a role's
// department, a head above, management, an administrator: visibility is per
// case, decided by the case service) read all of it. An external party reads:
//   - of the opening form, the fields marked `party: read`;
//   - events of the actions it takes (or that staff record on its behalf),
//     is told of, that hand the case to it, or that are marked
//     `party_reads: always` — never those marked `party_reads: never`;
//   - an action marked `party_reads: after X` only in the version that X
//     approved (a returned draft stays internal);
//   - of a readable event, every field but staff logins, evidence and
//     fields marked `party: hidden`, and what the engine adds to it (the
//     role it was taken in, a sub-item's number, a re-plan's dates);
//   - no other kind of event (comments, reminders, escalations, links),
//     and never the comment or the checker's findings beside an event;
//   - the case's fields: the readable part of the opening form, then what
//     the readable events kept; milestones only with an approved solution
//     where the process has one.

// Values of Field.Party.
const (
	PartyReadField   = "read"
	PartyHiddenField = "hidden"
)

// Reader is who reads a case: staff (Party empty) or an external party.
type Reader struct {
	Party string // the party's id; "" for staff
}

// Record is one event of a case as the rule reads it.
type Record struct {
	Type   string // opened, action, comment, reminder, …
	Action string // for Type "action"
	Fields map[string]any
}

// Disclosed is what a reader may read of a case.
type Disclosed struct {
	Events     []int            // indexes of the records it may read, in order
	Fields     []map[string]any // the fields it may read of each of them (parallel to Events)
	Case       map[string]any   // the case's fields it may read
	Milestones bool             // whether it may read the case's milestones
}

// Disclose applies the rule to a case of d with these records (in order)
// and fields. It never changes its arguments.
func Disclose(d *Definition, r Reader, recs []Record, fields map[string]any) Disclosed {
	var out Disclosed
	if r.Party == "" {
		for i, rc := range recs {
			out.Events = append(out.Events, i)
			out.Fields = append(out.Fields, rc.Fields)
		}
		out.Case, out.Milestones = fields, true
		return out
	}
	out.Case = map[string]any{}
	for _, fd := range d.Fields {
		if x, ok := fields[fd.Name]; ok && PartyReadsFormField(fd) {
			out.Case[fd.Name] = x
		}
	}
	approved := false
	for i, rc := range recs {
		var kept map[string]any
		switch rc.Type {
		case "opened":
			kept = readable(d.Fields, PartyReadsFormField, rc.Fields)
		case "action":
			a := d.Action(rc.Action)
			if a == nil {
				continue
			}
			if by := a.ReadableAfter(); by != "" {
				if !approvedLater(recs, i, by) {
					continue
				}
				approved = true
			} else if !PartyFacing(d, a) {
				continue
			}
			kept = readable(a.Fields, PartyReadsActionField, rc.Fields)
			for _, k := range engineKeys(d, a) {
				if x, ok := rc.Fields[k]; ok {
					kept[k] = x
				}
			}
			for _, fd := range a.Fields {
				x, ok := kept[fd.Name]
				switch {
				case !ok:
				case fd.Keep:
					out.Case[fd.Name] = x
				case fd.Replace:
					// A correction replaces the form's field: read as the form's field is.
					if f := formField(d, fd.Name); f != nil && PartyReadsFormField(*f) {
						out.Case[fd.Name] = x
					}
				}
			}
		default:
			continue
		}
		out.Events = append(out.Events, i)
		out.Fields = append(out.Fields, kept)
	}
	out.Milestones = approved || !hasApprovalRule(d)
	return out
}

// PartyReadsFormField says whether a party reads a field of the opening form.
func PartyReadsFormField(f Field) bool { return f.Party == PartyReadField && !f.PartyHidden() }

// PartyReadsActionField says whether a party reads a field of an action
// whose event it may read.
func PartyReadsActionField(f Field) bool { return !f.PartyHidden() }

// PartyInputs are the fields of a that a party fills in when it takes a
// through its link: not the logins of staff, not the evidence staff give
// when they record it on the party's behalf.
func PartyInputs(a *Action) []Field {
	var out []Field
	for _, f := range a.Fields {
		if !f.PartyHidden() {
			out = append(out, f)
		}
	}
	return out
}

// PartyRoles are the roles an external party plays in d.
func PartyRoles(d *Definition) []string {
	var out []string
	for _, r := range d.Roles {
		if r.PartyField != "" {
			out = append(out, r.ID)
		}
	}
	return out
}

// PartyFacing says whether the party may read events of a (those gated by
// an approval aside): what it does, what it is told of, what hands the case
// to it, and what the definition marks `party_reads: always`.
func PartyFacing(d *Definition, a *Action) bool {
	roles := PartyRoles(d)
	if len(roles) == 0 || a.PartyReads == "never" { // never: an internal step, even one that hands the case to the party
		return false
	}
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

// readable returns the values of vals the party may read, by the fields
// that describe them; values no field describes are not read.
func readable(fields []Field, reads func(Field) bool, vals map[string]any) map[string]any {
	if vals == nil {
		return nil
	}
	out := map[string]any{}
	for _, fd := range fields {
		if x, ok := vals[fd.Name]; ok && reads(fd) {
			out[fd.Name] = x
		}
	}
	return out
}

// engineKeys are the values Apply adds to an action's event beside its
// fields: the role it was taken in, the sub-item's number, and the case
// fields a re-plan sets with their previous values, and what a correction
// replaced of a form field the party reads.
func engineKeys(d *Definition, a *Action) []string {
	keys := []string{"role"}
	if a.Item != nil {
		keys = append(keys, a.Item.Kind+"_id")
	}
	for _, f := range a.Fields {
		if ff := formField(d, f.Name); f.Replace && !f.PartyHidden() && ff != nil && PartyReadsFormField(*ff) {
			keys = append(keys, "previous_"+f.Name)
		}
	}
	if a.ReplanMilestone != "" { // the date it had and, accepted, the new one
		keys = append(keys, "date", "previous_date", "proposed_date", "replan_reason")
	}
	for _, dst := range slices.Sorted(maps.Keys(a.Set)) {
		keys = append(keys, dst, "previous_"+dst)
	}
	return keys
}

// formField returns the field of the opening form with name, or nil.
func formField(d *Definition, name string) *Field {
	for i := range d.Fields {
		if d.Fields[i].Name == name {
			return &d.Fields[i]
		}
	}
	return nil
}

// approvedLater says whether the record at i was approved: a record of
// action by follows it before another record of its own action replaced
// it. A solution returned and submitted again is approved only in its last
// version; the returned draft stays internal.
func approvedLater(recs []Record, i int, by string) bool {
	for _, e := range recs[i+1:] {
		if e.Type != "action" {
			continue
		}
		if e.Action == by {
			return true
		}
		if e.Action == recs[i].Action {
			return false
		}
	}
	return false
}

// hasApprovalRule says whether d has an action the party reads only once approved.
func hasApprovalRule(d *Definition) bool {
	for _, st := range d.States {
		for _, a := range st.Actions {
			if a.ReadableAfter() != "" {
				return true
			}
		}
	}
	return false
}
