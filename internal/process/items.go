package process

import (
	"slices"
	"strconv"
	"time"

	"github.com/liaison-dev/liaison/internal/problem"
)

// item opens or updates a sub-item such as a feedback item with its own
// 48-hour answer deadline.
func item(d *Definition, c *Case, a *Action, vals map[string]any, env Env, dec *Decision) error {
	r := a.Item
	switch r.Op {
	case "settle":
		// Every item of the kind still in a from status takes the status,
		// its timers cancelled: the whole order received settles the
		// delivery batches still planned, which then need no notice.
		for i := range c.Items {
			it := &c.Items[i]
			if it.Kind != r.Kind || !slices.Contains(r.From, it.Status) {
				continue
			}
			it.Status = r.Status
			id := strconv.Itoa(it.ID)
			step := stepName(it.Kind, it.ID)
			dec.CancelTimers = append(dec.CancelTimers, step+".due", step+".remind", it.Kind+"."+id+".notice", it.Kind+"."+id+".due")
		}
	case "open":
		id := 1
		for _, it := range c.Items {
			if it.ID >= id {
				id = it.ID + 1
			}
		}
		due := env.Time.Add(env.Now, mustSpan(itemSpan(r, vals)))
		c.Items = append(c.Items, Item{ID: id, Kind: r.Kind, Status: "open", Fields: vals, DueAt: &due, Created: env.Now, Meta: map[string]string{"due_by": r.DueBy}})
		vals[r.Kind+"_id"] = int64(id)
		itemTimers(r.Kind, id, "open", a.ID, env, itemSpan(r, vals), due, dec)
		for _, role := range r.RemindTo {
			if p, ok := c.participant(role); ok {
				dec.notify(Notice{Kind: "feedback_due", Recipient: p, DueAt: &due, Action: r.DueBy, Fields: itemNoticeFields(id, vals)}, Actor{})
			}
		}
	case "update":
		key := r.IDField
		if key == "" {
			key = r.Match
		}
		id, _ := number(vals[r.IDField])
		for i := range c.Items {
			it := &c.Items[i]
			if it.Kind != r.Kind || (r.IDField != "" && it.ID != int(id)) || (r.Match != "" && str(it.Fields[r.Match]) != str(vals[r.Match])) {
				continue
			}
			if len(r.From) > 0 && !slices.Contains(r.From, it.Status) {
				return problem.Key(problem.Conflict, "problem.item_not_in_state", r.Kind, it.ID, it.Status)
			}
			it.Status = r.Status
			for k, v := range vals {
				if k != key {
					it.Fields[k] = v
				}
			}
			step := stepName(it.Kind, it.ID)
			dec.CancelTimers = append(dec.CancelTimers, step+".due", step+".remind")
			if it.Kind == "milestone" && r.Status == "done" { // its own date is met
				dec.CancelTimers = append(dec.CancelTimers, "milestone."+strconv.Itoa(it.ID)+".due")
			}
			if it.Meta == nil {
				it.Meta = map[string]string{}
			}
			delete(it.Meta, "due_by")
			// A next step with its own deadline: the fix to its promised date.
			if r.DueBy != "" && (r.Due != "" || r.DueField != "") {
				due, ok, span := time.Time{}, false, ""
				if day, err := time.ParseInLocation("2006-01-02", str(vals[r.DueField]), env.Time.Location()); err == nil {
					due, ok = day.Add(env.Time.Config().Close), true
				} else if r.Due != "" {
					due, ok, span = env.Time.Add(env.Now, mustSpan(r.Due)), true, r.Due
				}
				if ok {
					it.DueAt = &due
					it.Meta["due_by"] = r.DueBy
					itemTimers(r.Kind, it.ID, r.Status, a.ID, env, span, due, dec)
				}
			}
			return nil
		}
		return problem.FieldsKey("problem.form_has_errors", map[string]string{key: "reason.no_such_item"})
	}
	return nil
}

// itemTimers sets an item's reminder at half time (half the working time
// for a span in working hours or days, as for a state: a critical feedback
// filed Friday 16:30 is reminded Monday 09:30) and its escalation at the
// deadline, both pending while the item keeps status.
func itemTimers(kind string, id int, status, action string, env Env, span string, due time.Time, dec *Decision) {
	name := stepName(kind, id)
	data := map[string]string{"item": strconv.Itoa(id), "action": action, "status": status}
	dec.SetTimers = append(dec.SetTimers, Timer{Name: name + ".due", Scope: "case", Kind: "item_due", At: due, Data: data})
	if half := halfway(env, span, env.Now, due); half.After(env.Now) {
		dec.SetTimers = append(dec.SetTimers, Timer{Name: name + ".remind", Scope: "case", Kind: "item_remind", At: half, Data: data})
	}
}

// stepName names the timers of an item's pending step. A milestone keeps
// "milestone.N.due" for its own date, so a step on it (the answer to the
// customer's objection) is timed under "milestone.N.answer".
func stepName(kind string, id int) string {
	name := kind + "." + strconv.Itoa(id)
	if kind == "milestone" {
		return name + ".answer"
	}
	return name
}

// pending reports whether an item waits for a step with a deadline: an
// open item for its answer, a responded one for its promised fix.
func (it *Item) pending() bool {
	if it.DueAt == nil {
		return false
	}
	if it.Meta != nil {
		if _, ok := it.Meta["due_by"]; ok {
			return it.Meta["due_by"] != ""
		}
	}
	return it.Status == "open" // items stored before due_by was kept
}

// dueBy is the action that settles a pending item, given its opening rule.
func (it *Item) dueBy(opening *ItemRule) string {
	if it.Meta != nil && it.Meta["due_by"] != "" {
		return it.Meta["due_by"]
	}
	if opening != nil {
		return opening.DueBy
	}
	return ""
}

// itemSpan is the span an item opened with these values is allowed.
func itemSpan(r *ItemRule, vals map[string]any) string {
	if r.DueIn != nil {
		if s, ok := r.DueIn.Values[str(vals[r.DueIn.Field])]; ok {
			return s
		}
	}
	return r.Due
}

// itemRule finds the item rule of the action that opened an item.
func itemRule(d *Definition, action string) *ItemRule {
	if a := d.Action(action); a != nil {
		return a.Item
	}
	return nil
}

// milestones replaces the case's planned milestones with the rows of a
// solution, each with its notice to the customer 3 days ahead.
func milestones(c *Case, a *Action, rows any, env Env, dec *Decision) {
	kept := c.Items[:0]
	for _, it := range c.Items {
		if it.Kind == "milestone" && it.Status != "done" {
			dec.CancelTimers = append(dec.CancelTimers, "milestone."+strconv.Itoa(it.ID)+".notice", "milestone."+strconv.Itoa(it.ID)+".due")
			continue
		}
		kept = append(kept, it)
	}
	c.Items = kept
	list, _ := rows.([]any)
	next := 1
	for _, it := range c.Items {
		if it.ID >= next {
			next = it.ID + 1
		}
	}
	for _, r := range list {
		m, _ := r.(map[string]any)
		it := Item{ID: next, Kind: "milestone", Status: "planned", Fields: m, Created: env.Now, Meta: map[string]string{"planned_by": a.ID}}
		if !milestoneTimers(&it, a, env, dec) {
			continue
		}
		next++
		c.Items = append(c.Items, it)
	}
}

// milestoneTimers sets a milestone's notice (at 09:00 Days before its date,
// at once when that is past) and, when the rule escalates, its due at 18:00
// on the date; false when the date is unreadable.
func milestoneTimers(it *Item, a *Action, env Env, dec *Decision) bool {
	date := str(it.Fields["date"])
	at, err := env.Time.MilestoneNotice(date, a.Milestones.Days)
	if err != nil {
		return false
	}
	it.NoticeAt = &at
	id := strconv.Itoa(it.ID)
	fire := at
	if fire.Before(env.Now) {
		fire = env.Now
	}
	dec.SetTimers = append(dec.SetTimers, Timer{Name: "milestone." + id + ".notice", Scope: "case", Kind: "notice", At: fire, Data: map[string]string{"item": id, "action": a.ID}})
	// A milestone whose day closes without it done is escalated.
	if day, err := time.ParseInLocation("2006-01-02", date, env.Time.Location()); err == nil && len(a.Milestones.Escalate) > 0 {
		due := day.Add(env.Time.Config().Close)
		if due.After(env.Now) {
			dec.SetTimers = append(dec.SetTimers, Timer{Name: "milestone." + id + ".due", Scope: "case", Kind: "milestone_due", At: due, Data: map[string]string{"item": id, "action": a.ID}})
		}
	}
	return true
}

// NextDue is the earliest deadline waiting in the case: its state's or an
// open item's.
func (c *Case) NextDue() *time.Time {
	due := c.DueAt
	for _, it := range c.Items {
		if it.pending() && (due == nil || it.DueAt.Before(*due)) {
			due = it.DueAt
		}
	}
	return due
}

// assign turns the rows of an AssignRule's field into items, each owed by
// the user its owner column names by 18:00 on its due date: the owner is
// told at once, reminded at half time and, at the date, escalated.
func assign(c *Case, a *Action, rows any, env Env, dec *Decision, actor Actor) {
	r := a.Assign
	next := 1
	for _, it := range c.Items {
		if it.ID >= next {
			next = it.ID + 1
		}
	}
	for _, row := range asList(rows) {
		m, _ := row.(map[string]any)
		owner := str(m[r.Owner])
		day, err := time.ParseInLocation("2006-01-02", str(m[r.Due]), env.Time.Location())
		if owner == "" || err != nil {
			continue
		}
		due := day.Add(env.Time.Config().Close)
		it := Item{ID: next, Kind: r.Kind, Status: "open", Fields: cloneMap(m), DueAt: &due, Created: env.Now,
			Meta: map[string]string{"due_by": r.DoneBy, "owed_by": owner}}
		next++
		c.Items = append(c.Items, it)
		if due.After(env.Now) {
			itemTimers(r.Kind, it.ID, "open", a.ID, env, "", due, dec)
		} else {
			dec.SetTimers = append(dec.SetTimers, Timer{Name: stepName(r.Kind, it.ID) + ".due", Scope: "case", Kind: "item_due", At: env.Now,
				Data: map[string]string{"item": strconv.Itoa(it.ID), "action": a.ID, "status": "open"}})
		}
		for _, p := range c.Participants {
			if p.Login == owner {
				dec.notify(Notice{Kind: "assigned", Recipient: p, DueAt: &due, Action: r.DoneBy,
					Fields: map[string]string{"item": strconv.Itoa(it.ID), "description": str(m["item"])}}, actor)
				break
			}
		}
	}
}

// itemNoticeFields are what a message about an item says of it: its number,
// and the customer's words and severity for a feedback item (《客户反馈处理表》).
func itemNoticeFields(id int, fields map[string]any) map[string]string {
	out := map[string]string{"item": strconv.Itoa(id)}
	for _, k := range []string{"description", "severity"} {
		if v := str(fields[k]); v != "" {
			out[k] = v
		}
	}
	return out
}
