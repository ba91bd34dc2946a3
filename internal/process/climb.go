package process

import (
	"slices"
	"strconv"
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
func climb(st *State, c *Case, t Timer, env Env, dec *Decision, level int) []Participant {
	var heads []Participant
	told := map[string]bool{}
	for _, p := range c.Participants {
		if p.Login != "" && (slices.Contains(st.Deadline.Escalate, p.Role) || p.Role == EscalatedRole) {
			told[p.Login] = true
		}
	}
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
		// The head of the department above each owner's department.
		for _, p := range c.owers(stateStep(st, c).Roles) {
			dept, ok := env.Org.Department(p.Dept)
			if !ok {
				continue
			}
			if above, ok := env.Org.Department(dept.Parent); ok && above.ID != TopDepartment {
				add(above.Head)
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
	if level < maxLevel {
		next := env.Time.AddWorkdays(t.At, 1)
		dec.SetTimers = append(dec.SetTimers, Timer{Name: st.ID + ".escalate", Scope: st.ID, Kind: "escalate", At: next, Data: map[string]string{"level": strconv.Itoa(level + 1)}})
	}
	if len(heads) > 0 {
		list := asList(c.Fields[EscalatedField])
		for _, h := range heads {
			list = append(list, h.Login)
		}
		c.Fields[EscalatedField] = list
		c.Participants = append(c.Participants, heads...)
	}
	return heads
}

// escalationLevel reads a timer's level; 1 when it has none.
func escalationLevel(t Timer) int {
	if n, err := strconv.Atoi(t.Data["level"]); err == nil && n > 1 {
		return n
	}
	return 1
}
