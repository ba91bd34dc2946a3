package process

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/liaison-dev/liaison/internal/calendar"
)

// Fire runs a timer of c that has come due. A timer whose state the case
// has left decides nothing (the shell drops such timers, this is the
// second line of defence).
func Fire(d *Definition, c Case, t Timer, env Env) Decision {
	c = c.clone()
	st := d.state(c.State)
	if st == nil || (t.Scope != "case" && t.Scope != c.State) || st.Terminal {
		return Decision{Case: c}
	}
	// The organisation may have changed since the last action (a new head
	// named): the timer tells whoever plays each role now, as an action would.
	if env.Org != nil {
		c.Participants = resolve(d, &c, env.Org)
	}
	if env.Time != nil {
		// The store gives instants back in UTC; what the timer writes into
		// the history and its messages reads in the calendar's zone.
		loc := env.Time.Location()
		t.At = t.At.In(loc)
		if c.DueAt != nil {
			due := c.DueAt.In(loc)
			c.DueAt = &due
		}
	}
	dec := Decision{}
	system := Actor{Login: SystemLogin}
	event := func(typ string, fields map[string]any) {
		dec.Events = append(dec.Events, Event{At: env.Now, Actor: SystemLogin, Type: typ, State: c.State, Fields: fields})
	}
	tell := func(kind string, roles []string, due *time.Time, fields map[string]string) {
		for _, r := range roles {
			if p, ok := c.participant(r); ok {
				dec.notify(Notice{Kind: kind, Recipient: p, DueAt: due, Action: firstAction(st, r), Fields: fields}, system)
			}
		}
	}
	// tellOwed tells roles about a step someone owes: every message names
	// the step that is late and who owes it, whoever reads it.
	tellPeople := func(kind string, people []Participant, step Step, fields map[string]string) {
		owers := c.owers(step.Roles)
		for _, p := range people {
			f := map[string]string{}
			for k, v := range fields {
				f[k] = v
			}
			var others []Participant
			for _, o := range owers {
				if o.Login != p.Login || o.Email != p.Email {
					others = append(others, o)
				}
			}
			if n := names(others); n != "" {
				f["assignee"] = n
			} else if f["assignee"] != "" && f["assignee"] == names([]Participant{p}) {
				delete(f, "assignee") // told their own step: "您"
			}
			dec.notify(Notice{Kind: kind, Recipient: p, DueAt: step.DueAt, Action: step.Action, Fields: f}, system)
		}
	}
	tellOwed := func(kind string, roles []string, step Step, fields map[string]string) {
		tellPeople(kind, c.owers(roles), step, fields)
	}
	switch t.Kind {
	case "remind":
		roles := st.Actors
		if st.Deadline != nil && len(st.Deadline.RemindTo) > 0 {
			roles = st.Deadline.RemindTo
		}
		roles = unsigned(st, &c, roles)
		event("reminder", map[string]any{"to": roles})
		// Each is reminded of the step the deadline is for: whoever owes it,
		// to do it; anyone else (the account manager while the customer
		// confirms, the purchaser while the supplier quotes) of whose step
		// it is, by name — never of an action of their own that is not due
		// (取消询价, 撤回投诉).
		step := stateStep(st, &c)
		var chase []string
		for _, r := range roles {
			if step.Action != "" && !slices.Contains(step.Roles, r) {
				chase = append(chase, r)
				continue
			}
			p, ok := c.participant(r)
			if !ok {
				continue
			}
			action := step.Action
			if a := st.Action(action); a == nil || !slices.Contains(a.By, r) {
				action = firstAction(st, r)
			}
			dec.notify(Notice{Kind: "reminder", Recipient: p, DueAt: c.DueAt, Action: action}, system)
		}
		if len(chase) > 0 {
			tellOwed("reminder", chase, step, nil)
		}
	case "escalate":
		step := stateStep(st, &c)
		fields := map[string]string{"overdue_since": overdueSince(c.DueAt, t.At)}
		level := escalationLevel(t)
		if level == 1 {
			roles := st.Deadline.Escalate
			// When nobody the definition names is above the owner (a head
			// handling a repair themselves), the level above is told at once.
			var above []Participant
			if !someoneAbove(env, c.owers(roles), c.owers(step.Roles)) {
				above = climb(st, &c, t, env, &dec, 2)
			} else {
				climb(st, &c, t, env, &dec, level)
			}
			to := slices.Clone(roles)
			for _, h := range above {
				to = append(to, h.Login)
			}
			event("escalation", map[string]any{"to": to, "due_at": t.At.Format(time.RFC3339)})
			tellPeople("escalation", append(c.owers(roles), above...), step, fields)
			break
		}
		// Nobody acted since the last escalation: one level higher, and the
		// owners hear that it went there.
		heads := climb(st, &c, t, env, &dec, level)
		if len(heads) == 0 {
			break
		}
		fields["level"] = strconv.Itoa(level)
		var to []string
		for _, h := range heads {
			to = append(to, h.Login)
		}
		event("escalation", map[string]any{"to": to, "level": level, "due_at": overdueSince(c.DueAt, t.At)})
		tellPeople("escalation", append(staffOnly(c.owers(step.Roles)), heads...), step, fields)
	case "recur":
		event("reminder", map[string]any{"to": st.Recur.RemindTo, "rule": "recur", "every": st.Recur.Every})
		tell("reminder", st.Recur.RemindTo, nil, map[string]string{"every": st.Recur.Every})
		setRecur(st, &c, env, &dec)
	case "weekly_remind":
		event("reminder", map[string]any{"to": st.Weekly.RemindTo, "rule": "weekly"})
		tell("reminder", st.Weekly.RemindTo, c.DueAt, weeklyDraft(&c))
	case "weekly_due":
		event("escalation", map[string]any{"to": st.Weekly.Escalate, "rule": "weekly", "due_at": t.At.Format(time.RFC3339)})
		tellOwed("escalation", st.Weekly.Escalate, Step{Action: st.Weekly.Action, Roles: st.Weekly.RemindTo, DueAt: c.DueAt}, map[string]string{"missing": st.Weekly.Action, "overdue_since": t.At.Format(time.RFC3339)})
		// Still missing a working day later: one level up (climbItem's rule).
		climbItem(&c, Timer{Name: st.ID + ".weekly_climb", Scope: st.ID, Kind: "weekly_climb", At: t.At, Data: map[string]string{"due_at": t.At.Format(time.RFC3339)}},
			env, &dec, 1, c.owers(st.Weekly.RemindTo), c.owers(st.Weekly.Escalate))
		setWeekly(st, &c, weeklyDue(env, st.Weekly, t.At), env, &dec)
	case "weekly_climb":
		// The report missed at due_at was not filed since: the level above.
		level := escalationLevel(t)
		owners := c.owers(st.Weekly.RemindTo)
		heads := climbItem(&c, t, env, &dec, level, owners, c.owers(st.Weekly.Escalate))
		if len(heads) == 0 {
			break
		}
		var to []string
		for _, h := range heads {
			to = append(to, h.Login)
		}
		missed, _ := time.Parse(time.RFC3339, t.Data["due_at"])
		event("escalation", map[string]any{"to": to, "rule": "weekly", "level": level, "due_at": t.Data["due_at"]})
		tellPeople("escalation", append(slices.Clone(owners), heads...), Step{Action: st.Weekly.Action, Roles: st.Weekly.RemindTo, DueAt: &missed},
			map[string]string{"missing": st.Weekly.Action, "overdue_since": t.Data["due_at"], "level": strconv.Itoa(level)})
	case "notice":
		id, _ := strconv.Atoi(t.Data["item"])
		for i := range c.Items {
			it := &c.Items[i]
			if it.ID == id && it.Status == "planned" {
				it.Status = "noticed"
				event("notice", map[string]any{"milestone": it.Fields["name"], "date": it.Fields["date"]})
				var roles []string
				if s := milestoneRule(d, t.Data["action"]); s != nil {
					roles = s.Notify
				}
				tell("milestone_notice", roles, nil, map[string]string{"milestone": str(it.Fields["name"]), "milestone_date": str(it.Fields["date"])})
			}
		}
	case "milestone_due":
		id, _ := strconv.Atoi(t.Data["item"])
		rule := milestoneRule(d, t.Data["action"])
		for i := range c.Items {
			it := &c.Items[i]
			if it.ID != id || it.Kind != "milestone" || it.Status == "done" || rule == nil {
				continue
			}
			event("escalation", map[string]any{"item": it.ID, "milestone": it.Fields["name"], "to": rule.Escalate})
			due := t.At
			tellOwed("escalation", rule.Escalate, Step{Action: rule.DoneBy, Roles: rule.Owner, DueAt: &due, Item: it.ID},
				map[string]string{"milestone": str(it.Fields["name"]), "milestone_date": str(it.Fields["date"]), "overdue_since": t.At.Format(time.RFC3339)})
		}
	case "item_remind", "item_due":
		id, _ := strconv.Atoi(t.Data["item"])
		rule := itemRule(d, t.Data["action"])
		for i := range c.Items {
			it := &c.Items[i]
			if it.ID == id && it.Kind == "question" && it.Status == "open" {
				fireQuestion(&c, it, t.Kind, env, &dec)
				continue
			}
			if it.ID == id && it.Meta["owed_by"] != "" && it.Status == "open" {
				// An assigned item (a meeting's action item): its owner is
				// reminded; at its date the owner and the rule's roles are told.
				var owner []Participant
				for _, p := range c.Participants {
					if p.Login == it.Meta["owed_by"] {
						owner = append(owner, p)
						break
					}
				}
				fields := map[string]string{"item": strconv.Itoa(it.ID), "description": str(it.Fields["item"]), "assignee": names(owner)}
				step := Step{Action: it.Meta["due_by"], Logins: []string{it.Meta["owed_by"]}, DueAt: it.DueAt, Item: it.ID}
				if t.Kind == "item_remind" {
					event("reminder", map[string]any{"item": it.ID, "to": it.Meta["owed_by"]})
					tellPeople("reminder", owner, step, fields)
				} else {
					var roles []string
					if a := d.Action(t.Data["action"]); a != nil && a.Assign != nil {
						roles = a.Assign.Escalate
					}
					fields["overdue_since"] = overdueSince(it.DueAt, t.At)
					itemEscalation(&c, t, env, &dec, event, tellPeople, it.ID, owner, append(owner, c.owers(roles)...), roles, step, fields)
				}
				continue
			}
			status := t.Data["status"]
			if status == "" {
				status = "open"
			}
			if it.ID != id || it.Status != status || rule == nil {
				continue
			}
			by := it.dueBy(rule)
			fields := itemNoticeFields(it.ID, it.Fields)
			if it.Kind == "milestone" {
				fields["milestone"], fields["milestone_date"] = str(it.Fields["name"]), str(it.Fields["date"])
			}
			if t.Kind == "item_remind" {
				event("reminder", map[string]any{"item": it.ID, "to": rule.RemindTo})
				kind := "feedback_due"
				if status != "open" {
					kind = "reminder"
				}
				tellOwed(kind, rule.RemindTo, Step{Action: by, Roles: owingRoles(d, by, rule.RemindTo), DueAt: it.DueAt, Item: it.ID}, fields)
			} else {
				fields["overdue_since"] = overdueSince(it.DueAt, t.At)
				step := Step{Action: by, Roles: owingRoles(d, by, rule.RemindTo), DueAt: it.DueAt, Item: it.ID}
				itemEscalation(&c, t, env, &dec, event, tellPeople, it.ID, c.owers(rule.RemindTo), c.owers(rule.Escalate), rule.Escalate, step, fields)
			}
		}
	}
	for i := range dec.Notices {
		quiet(env, &dec.Notices[i])
	}
	// Timers do not bump the version: a reminder arriving while someone
	// fills in a form must not make their submission stale.
	if len(dec.Events) > 0 {
		c.UpdatedAt = env.Now
	}
	dec.Case = c
	return dec
}

// itemEscalation tells an item's escalation at the level its timer carries:
// level 1 first (the rule's roles, and the owner of an assigned item), then, once
// per working day while nobody settles it, the level above and management,
// each level once, with the owners told again.
func itemEscalation(c *Case, t Timer, env Env, dec *Decision, event func(string, map[string]any), tell func(string, []Participant, Step, map[string]string),
	id int, owners, first []Participant, roles []string, step Step, fields map[string]string) {
	level := escalationLevel(t)
	heads := climbItem(c, t, env, dec, level, owners, first)
	if level == 1 {
		event("escalation", map[string]any{"item": id, "to": roles})
		tell("escalation", first, step, fields)
		return
	}
	if len(heads) == 0 {
		return
	}
	var logins []string
	for _, h := range heads {
		logins = append(logins, h.Login)
	}
	fields["level"] = strconv.Itoa(level)
	event("escalation", map[string]any{"item": id, "to": logins, "level": level})
	tell("escalation", append(staffOnly(owners), heads...), step, fields)
}

// owingRoles are the roles of told that owe an item's step: those who may
// take its action (the customer's 确认问题已解决, not the after-sales owner
// told beside it, who reads that the customer owes it), or all of told when
// none may.
func owingRoles(d *Definition, action string, told []string) []string {
	a := d.Action(action)
	if a == nil {
		return told
	}
	var out []string
	for _, r := range told {
		if slices.Contains(a.By, r) {
			out = append(out, r)
		}
	}
	if len(out) == 0 {
		return told
	}
	return out
}

// staffOnly leaves out the external parties among the owners a climbing
// escalation tells again: that a late step went up to our heads is the
// house's business (the party's page hides escalations too), and its
// "请您协调处理" is no request to make of a customer or supplier.
func staffOnly(owners []Participant) []Participant {
	var out []Participant
	for _, p := range owners {
		if p.Party == "" {
			out = append(out, p)
		}
	}
	return out
}

// weeklyDraft is what the project lead's Friday reminder offers to start
// the report from: last week's plan, the milestones done and those to come
// (one "DATE NAME" a line), each a field the message writes in its
// reader's language and date style.
func weeklyDraft(c *Case) map[string]string {
	out := map[string]string{}
	if plan := str(c.Fields["next_week"]); plan != "" {
		out["last_plan"] = plan
	}
	var done, next []string
	for _, it := range c.Items {
		if it.Kind != "milestone" {
			continue
		}
		name, date := str(it.Fields["name"]), str(it.Fields["date"])
		if it.Status == "done" {
			done = append(done, date+" "+name)
		} else {
			next = append(next, date+" "+name)
		}
	}
	if len(done) > 0 {
		out["milestones_done"] = strings.Join(done, "\n")
	}
	if len(next) > 0 {
		out["milestones_next"] = strings.Join(next, "\n")
	}
	return out
}

// milestoneRule finds the milestone rule of the action that planned them.
func milestoneRule(d *Definition, action string) *MilestoneRule {
	if a := d.Action(action); a != nil {
		return a.Milestones
	}
	return nil
}

// unsigned narrows reminders in a countersigning state to those who have
// not signed yet.
func unsigned(st *State, c *Case, roles []string) []string {
	var sign *Action
	for _, a := range st.Actions {
		if len(a.Countersign) > 0 {
			sign = a
		}
	}
	if sign == nil {
		return roles
	}
	var out []string
	for _, r := range roles {
		if !signed(c, r) {
			out = append(out, r)
		}
	}
	return out
}

var weekdays = map[string]time.Weekday{
	"monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday, "sunday": time.Sunday,
}

// clock reads "HH:MM" as time since midnight; validation made sure it is.
func clock(s string) time.Duration {
	t, err := time.Parse("15:04", s)
	if err != nil {
		return 0
	}
	return time.Duration(t.Hour())*time.Hour + time.Duration(t.Minute())*time.Minute
}

// mustSpan parses a span validated when the definition was loaded.
func mustSpan(s string) calendar.Span {
	sp, err := calendar.ParseSpan(s)
	if err != nil {
		panic("process: unvalidated span " + s)
	}
	return sp
}

func str(v any) string {
	s, _ := v.(string)
	return s
}

// overdueSince is when a deadline passed: the deadline itself, or the
// timer's instant when the case holds none.
func overdueSince(due *time.Time, at time.Time) string {
	if due != nil {
		return due.Format(time.RFC3339)
	}
	return at.Format(time.RFC3339)
}

// quiet keeps a timer's message out of the night: outside working time (a
// working day's opening to its closing instant, both included) a reminder
// waits for the next opening unless its deadline comes first, and an
// escalation goes out at the next opening (its text says when the deadline
// passed). The case's history keeps the instant the timer was due.
func quiet(env Env, n *Notice) {
	if workingTime(env, env.Now) {
		return
	}
	open := env.Time.AddWorkdays(env.Now, 0)
	if n.Kind != "escalation" && n.DueAt != nil && !n.DueAt.After(open) {
		return
	}
	n.NotBefore = &open
}

// workingTime reports whether t lies in working time: on a working day,
// from the opening to the closing instant inclusive (CONTRACT §3: an
// escalation due at 18:00 goes at 18:00).
func workingTime(env Env, t time.Time) bool {
	if !env.Time.IsWorkday(t) {
		return false
	}
	t = t.In(env.Time.Location())
	y, m, d := t.Date()
	tod := t.Sub(time.Date(y, m, d, 0, 0, 0, 0, t.Location()))
	cfg := env.Time.Config()
	return tod >= cfg.Open && tod <= cfg.Close
}

// someoneAbove reports whether, for every ower, one of those told heads the
// ower's department or one above it in the tree: an escalation must reach
// someone above whoever owes the step (a head of another department is not).
func someoneAbove(env Env, told, owers []Participant) bool {
	for _, o := range owers {
		if o.Login != "" && !headAbove(env, told, o) {
			return false
		}
	}
	return true
}

// headAbove says whether told holds the head of o's department, or of a
// department above it, other than o.
func headAbove(env Env, told []Participant, o Participant) bool {
	seen := map[string]bool{}
	for id := o.Dept; id != "" && !seen[id]; {
		seen[id] = true
		d, ok := env.Org.Department(id)
		if !ok {
			return false
		}
		if d.Head != "" && d.Head != o.Login && slices.ContainsFunc(told, func(p Participant) bool { return p.Login == d.Head }) {
			return true
		}
		id = d.Parent
	}
	return false
}
