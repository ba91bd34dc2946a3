package process

import (
	"slices"
	"strconv"
	"strings"
)

// EscalatedField is the case field listing the logins a climbing escalation
// reached beyond the definition's roles; they play EscalatedRole.
const EscalatedField = "escalated_to"

// EscalatedRole is the role of a head reached by a climbing escalation.
const EscalatedRole = "escalated"

// TopDepartment is the department whose head is the last level of every
// climbing escalation (the manual's 管理层).
const TopDepartment = "management"

// maxLevel is the last escalation level: 1 the definition's roles, 2 the
// head of the department above, 3 management.
const maxLevel = 3

// climb is the next level of an escalation nobody acted on: it repeats at
// most once per working day, one level higher each time, until management
// has been told. It returns the heads to tell at level (none when the level
// has nobody new) and sets the timer for the level after.
//
// Who was told is of this deadline alone (the timer's told): the heads an
// earlier deadline's climb reached, still in the case, hear of this one
// too when it climbs to them.
func climb(st *State, c *Case, t Timer, env Env, dec *Decision, level int) []Participant {
	told := map[string]bool{}
	for _, p := range c.Participants {
		if p.Login != "" && slices.Contains(st.Deadline.Escalate, p.Role) {
			told[p.Login] = true
		}
	}
	var before []string // the heads this deadline's climb reached already
	if list, ok := t.Data["told"]; ok {
		before = strings.Split(list, ",")
	} else if escalationLevel(t) > 1 {
		// A timer set before the list was kept: every head a climb reached.
		for _, p := range c.Participants {
			if p.Role == EscalatedRole {
				before = append(before, p.Login)
			}
		}
	}
	for _, login := range before {
		if login != "" {
			told[login] = true
		}
	}
	heads, last := headsAt(c.owers(stateStep(st, c).Roles), told, env, level)
	if !last {
		for _, h := range heads {
			before = append(before, h.Login)
		}
		next := env.Time.AddWorkdays(t.At, 1)
		dec.SetTimers = append(dec.SetTimers, Timer{Name: st.ID + ".escalate", Scope: st.ID, Kind: "escalate", At: next,
			Data: map[string]string{"level": strconv.Itoa(level + 1), "told": strings.Join(before, ",")}})
	}
	escalated(c, heads)
	return heads
}

// climbItem is climb for an item's own deadline (a meeting's action item, a
// customer's feedback): level 1 told owners and those the rule names; each
// working day nobody settles it, one level higher, until management.
func climbItem(c *Case, t Timer, env Env, dec *Decision, level int, owners, first []Participant) []Participant {
	told := map[string]bool{}
	for _, p := range append(slices.Clone(owners), first...) {
		told[p.Login] = true
	}
	var heads []Participant
	last := level >= maxLevel
	if level > 1 {
		heads, last = headsAt(owners, told, env, level)
	}
	if !last {
		data := map[string]string{}
		for k, v := range t.Data {
			data[k] = v
		}
		data["level"] = strconv.Itoa(level + 1)
		dec.SetTimers = append(dec.SetTimers, Timer{Name: t.Name, Scope: t.Scope, Kind: t.Kind, At: env.Time.AddWorkdays(t.At, 1), Data: data})
	}
	escalated(c, heads)
	return heads
}

// headsAt lists whom a climbing escalation reaches at level, leaving out
// those in told: at level 2 the head of the department above each owner's
// department (management's head in a flat organisation), at level 3
// management's head. last says no level follows.
func headsAt(owers []Participant, told map[string]bool, env Env, level int) (heads []Participant, last bool) {
	add := func(login string) {
		if login == "" || told[login] {
			return
		}
		if u, ok := env.Org.User(login); ok {
			told[login] = true
			heads = append(heads, Participant{Role: EscalatedRole, Login: u.Login, Name: u.Name, Dept: u.Dept, Email: u.Email})
		}
	}
	if level == 2 {
		for _, p := range owers {
			dept, ok := env.Org.Department(p.Dept)
			if !ok {
				continue
			}
			if up, ok := env.Org.Department(dept.Parent); ok && up.ID != TopDepartment {
				add(up.Head)
			}
		}
		if len(heads) == 0 {
			level = maxLevel // a flat organisation: management is the level above
		}
	}
	if level == maxLevel {
		if top, ok := env.Org.Department(TopDepartment); ok {
			add(top.Head)
		}
	}
	return heads, level >= maxLevel
}

// escalated gives the heads a climbing escalation reached a part in the case
// (role escalated, field escalated_to), once each, so the link opens it.
func escalated(c *Case, heads []Participant) {
	list := asList(c.Fields[EscalatedField])
	added := false
	for _, h := range heads {
		if slices.ContainsFunc(c.Participants, func(p Participant) bool { return p.Role == EscalatedRole && p.Login == h.Login }) {
			continue
		}
		list = append(list, h.Login)
		c.Participants = append(c.Participants, h)
		added = true
	}
	if added {
		c.Fields[EscalatedField] = list
	}
}

// escalationLevel reads a timer's level; 1 when it has none.
func escalationLevel(t Timer) int {
	if n, err := strconv.Atoi(t.Data["level"]); err == nil && n > 1 {
		return n
	}
	return 1
}
