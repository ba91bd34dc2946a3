package process

import (
	"slices"
	"strings"
	"time"
)

// Step is something owed now in a case: the action that settles it, the
// roles that owe it and by when. A case owes its state's step and, besides,
// one step per open item (a feedback item to answer within 48 hours).
type Step struct {
	Action string
	Roles  []string
	Logins []string // or the people who owe it (a question asked in a comment)
	DueAt  *time.Time
	Item   int // the item it answers; 0 for the state's own step
}

// Steps lists what c owes now: the state's step for each waiting role, then
// one per open item, in that order.
func Steps(d *Definition, c *Case) []Step {
	st := d.state(c.State)
	if st == nil || st.Terminal {
		return nil
	}
	var out []Step
	owing := stateStep(st, c)
	for _, r := range Waiting(d, c) {
		if slices.Contains(owing.Roles, r) {
			out = append(out, Step{Action: owing.Action, Roles: []string{r}, DueAt: c.DueAt})
			if owing.Action == "" {
				out[len(out)-1].Action = firstAction(st, r)
			}
			continue
		}
		// A role that acts here but does not owe the deadline (the
		// requester while the contact works) has no deadline of its own.
		out = append(out, Step{Action: firstAction(st, r), Roles: []string{r}})
	}
	for _, it := range c.Items {
		if !it.pending() {
			continue
		}
		if it.Kind == "question" || (it.Meta["owed_by"] != "" && it.Status == "open") {
			out = append(out, Step{Action: it.dueBy(nil), Logins: strings.Split(it.Meta["owed_by"], ","), DueAt: it.DueAt, Item: it.ID})
			continue
		}
		rule := openingRule(d, it.Kind)
		by := it.dueBy(rule)
		if rule == nil || by == "" {
			continue
		}
		roles := rule.RemindTo
		if a := d.Action(by); len(roles) == 0 && a != nil {
			roles = a.By
		}
		out = append(out, Step{Action: by, Roles: roles, DueAt: it.DueAt, Item: it.ID})
	}
	return out
}

// StepFor is the step a owes first in c: of the steps a plays a role in,
// the one due soonest (one without a deadline comes last, the state's step
// before an item's on a tie).
func StepFor(d *Definition, c *Case, a Actor) (Step, bool) {
	var best Step
	found := false
	for _, s := range Steps(d, c) {
		if !playsAny(c, a, s.Roles) && (a.Login == "" || !slices.Contains(s.Logins, a.Login)) {
			continue
		}
		if !found || sooner(s.DueAt, best.DueAt) {
			best, found = s, true
		}
	}
	return best, found
}

func sooner(a, b *time.Time) bool {
	switch {
	case a == nil:
		return false
	case b == nil:
		return true
	}
	return a.Before(*b)
}

// owers names the people who owe roles in c ("陈杰、李娜"); an external
// party's contact by name or address, a department by its id.
func (c *Case) owers(roles []string) []Participant {
	var out []Participant
	for _, r := range roles {
		out = append(out, c.everyone(r)...)
	}
	return out
}

// names joins the participants' names for a message.
func names(ps []Participant) string {
	var out []string
	for _, p := range ps {
		n := p.Name
		if n == "" {
			n = first(p.Email, p.Login, p.Dept)
		}
		if n != "" && !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return strings.Join(out, "、")
}

// openingRule finds the item rule that opens items of kind.
func openingRule(d *Definition, kind string) *ItemRule {
	for _, st := range d.States {
		for _, a := range st.Actions {
			if a.Item != nil && a.Item.Kind == kind && a.Item.Op == "open" {
				return a.Item
			}
		}
	}
	return nil
}

func first(vals ...string) string {
	for _, v := range vals {
		if v != "" {
			return v
		}
	}
	return ""
}

// stateStep is what the state's deadline waits for: the deadline's action
// by its roles when the definition names them, else the first action of the
// first role still waiting, owed by every waiting role.
func stateStep(st *State, c *Case) Step {
	waiting := unsigned(st, c, st.Actors)
	step := Step{Roles: waiting, DueAt: c.DueAt}
	if dl := st.Deadline; dl != nil {
		if len(dl.By) > 0 {
			step.Roles = dl.By
		}
		step.Action = dl.Action
	}
	if step.Action == "" && len(step.Roles) > 0 {
		step.Action = firstAction(st, step.Roles[0])
	}
	return step
}

// ClockTime reports whether the deadline due of c counts wall-clock time
// (the manual's 24 and 48 hours, the callback's 7 days) rather than working
// time: a page then shows the clock hours left, not the working hours.
func ClockTime(d *Definition, c *Case, due time.Time) bool {
	for _, it := range c.Items {
		if it.pending() && it.DueAt.Equal(due) && it.Kind == "question" {
			return true // 24 hours
		}
		if it.pending() && it.DueAt.Equal(due) {
			if it.dueBy(nil) != "" && it.Status != "open" {
				return false // a promised date, counted in working time
			}
			if r := openingRule(d, it.Kind); r != nil {
				return !strings.Contains(itemSpan(r, it.Fields), "work")
			}
		}
	}
	st := d.state(c.State)
	if st == nil || st.Deadline == nil || c.DueAt == nil || !c.DueAt.Equal(due) {
		return false
	}
	span := st.Deadline.span(c.Fields)
	return span != "" && !strings.Contains(span, "work")
}
