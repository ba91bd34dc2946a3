package process

import (
	"slices"

	"github.com/liaison-dev/liaison/internal/i18n"
	"github.com/liaison-dev/liaison/internal/problem"
)

// Reassign gives role of c to the user login (CONTRACT §10). It may be done
// by an administrator or by the head of the role's department or of a
// department above it; the new holder must belong to that department (or
// one below it). Both people are told; deadlines keep running.
func Reassign(d *Definition, c Case, actor Actor, role, login string, env Env) (Decision, error) {
	if actor.Login == "" {
		return Decision{}, problem.Key(problem.Unauthorized, "problem.not_signed_in")
	}
	if _, ok := env.Org.User(actor.Login); !ok {
		return Decision{}, problem.Key(problem.Unauthorized, "problem.not_signed_in_or_disabled")
	}
	r := d.Role(role)
	if r == nil {
		return Decision{}, problem.FieldsKey("problem.unknown_role", map[string]string{"role": i18n.Ref("reason.process_has_no_role", role)})
	}
	if r.Field == "" {
		return Decision{}, problem.FieldsKey("problem.this_role_cannot_be_reassigned", map[string]string{"role": "reason.role_follows_from_organisation"})
	}
	cur, _ := c.participant(role)
	dept, may := reassignDept(d, &c, actor, env.Org, r)
	if !may {
		return Decision{}, problem.Key(problem.Forbidden, "problem.only_head_of_role_s_department")
	}
	if st := d.state(c.State); st == nil || st.Terminal {
		return Decision{}, problem.Key(problem.Conflict, "problem.case_closed_no_reassign")
	}
	nu, ok := env.Org.User(login)
	if !ok {
		return Decision{}, problem.FieldsKey("problem.unknown_user", map[string]string{"login": i18n.Ref("reason.no_active_user", login)})
	}
	if !MayTake(env.Org, nu.Dept, dept) {
		return Decision{}, problem.FieldsKey("problem.not_in_role_s_department", map[string]string{"login": i18n.Ref("reason.user_not_in_department", login, dept)})
	}
	if cur.Login == login {
		return Decision{}, problem.FieldsKey("problem.already_plays_role", map[string]string{"login": i18n.Ref("reason.user_already_plays", login, role)})
	}
	c = c.clone()
	c.Fields[r.Field] = login
	c.Participants = resolve(d, &c, env.Org)
	c.Version++
	c.UpdatedAt = env.Now
	dec := Decision{}
	dec.Events = append(dec.Events, Event{At: env.Now, Actor: actor.Login, Type: "reassigned", State: c.State,
		Fields: map[string]any{"role": role, "from": cur.Login, "to": login}})
	now, _ := c.participant(role)
	dec.notify(Notice{Kind: "assigned", Recipient: now, DueAt: c.DueAt, Action: ActionFor(d, &c, role), Fields: handedOver}, actor)
	if cur.Login != "" {
		dec.notify(Notice{Kind: "decided", Recipient: cur, Fields: map[string]string{"decision": reassignedTo(d, role, nu.Name)}}, actor)
	}
	dec.Case = c
	return dec, nil
}

// above returns dept and the departments above it in org, nearest first.
// Reassignable reports whether actor may give role of c to another user,
// as Reassign decides who may and on what case, and the department whose
// people (in it or below it) may take the role; "" for anyone.
func Reassignable(d *Definition, c *Case, actor Actor, org Org, role string) (string, bool) {
	r := d.Role(role)
	if actor.Login == "" || r == nil || r.Field == "" {
		return "", false
	}
	if st := d.state(c.State); st == nil || st.Terminal {
		return "", false
	}
	return reassignDept(d, c, actor, org, r)
}

// reassignDept is the department of role r's holder in c (or the one its
// field names), and whether actor heads it or one above it, or is an
// administrator.
func reassignDept(d *Definition, c *Case, actor Actor, org Org, r *Role) (string, bool) {
	cur, _ := c.participant(r.ID)
	dept := ""
	if fd := d.field(r.Field); fd != nil && fd.InDept != "" {
		dept = str(c.Fields[fd.InDept])
	}
	if dept == "" {
		dept = cur.Dept
	}
	if !actor.Admin && !headsAny(actor, above(org, dept)) {
		return "", false
	}
	return dept, true
}

// MayTake reports whether a user of department userDept may take a role
// of dept: userDept is dept or below it ("" takes anyone).
func MayTake(org Org, userDept, dept string) bool {
	return dept == "" || slices.Contains(above(org, userDept), dept)
}

func above(org Org, dept string) []string {
	var out []string
	for dept != "" && !slices.Contains(out, dept) {
		out = append(out, dept)
		dp, ok := org.Department(dept)
		if !ok {
			break
		}
		dept = dp.Parent
	}
	return out
}

func headsAny(a Actor, depts []string) bool {
	for _, d := range depts {
		if slices.Contains(a.HeadOf, d) {
			return true
		}
	}
	return false
}

// Role returns the role with id, or nil.
func (d *Definition) Role(id string) *Role { return d.role(id) }

// field returns the definition of a field of the form or of any action
// (the first found), or nil.
func (d *Definition) field(name string) *Field {
	for i := range d.Fields {
		if d.Fields[i].Name == name {
			return &d.Fields[i]
		}
	}
	for _, st := range d.States {
		for _, a := range st.Actions {
			for i := range a.Fields {
				if a.Fields[i].Name == name {
					return &a.Fields[i]
				}
			}
		}
	}
	return nil
}

// handedOver marks the assigned notice of a reassignment: the actor handed
// the work over, they did not raise the case.
var handedOver = map[string]string{"reassigned": "1"}

// reassignedTo is what the former holder of role is told: the role given to
// name, as an i18n.Ref the case service puts in the reader's language
// (「协作对接人」已改派给 李伟 / Contact reassigned to 李伟).
func reassignedTo(d *Definition, role, name string) string {
	return i18n.Ref("notice.reassigned", roleName(d, role), name)
}
