package process

import (
	"encoding/json"
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
	case "open":
		id := 1
		for _, it := range c.Items {
			if it.ID >= id {
				id = it.ID + 1
			}
		}
		due := env.Time.Add(env.Now, mustSpan(r.Due))
		c.Items = append(c.Items, Item{ID: id, Kind: r.Kind, Status: "open", Fields: vals, DueAt: &due, Created: env.Now})
		vals[r.Kind+"_id"] = int64(id)
		name := r.Kind + "." + strconv.Itoa(id)
		data := map[string]string{"item": strconv.Itoa(id), "action": a.ID}
		dec.SetTimers = append(dec.SetTimers, Timer{Name: name + ".due", Scope: "case", Kind: "item_due", At: due, Data: data})
		if half := env.Now.Add(due.Sub(env.Now) / 2); half.After(env.Now) {
			dec.SetTimers = append(dec.SetTimers, Timer{Name: name + ".remind", Scope: "case", Kind: "item_remind", At: half, Data: data})
		}
		for _, role := range r.RemindTo {
			if p, ok := c.participant(role); ok {
				dec.notify(Notice{Kind: "feedback_due", Recipient: p, DueAt: &due, Action: r.DueBy, Fields: map[string]string{"item": strconv.Itoa(id)}}, Actor{})
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
				return problem.New(problem.Conflict, "%s #%d 当前状态为 %s,不能执行此操作", r.Kind, it.ID, it.Status)
			}
			it.Status = r.Status
			for k, v := range vals {
				if k != key {
					it.Fields[k] = v
				}
			}
			name := r.Kind + "." + strconv.Itoa(it.ID)
			dec.CancelTimers = append(dec.CancelTimers, name+".due", name+".remind")
			return nil
		}
		return problem.Fields("表单有误", map[string]string{key: "没有这一项 (no such item)"})
	}
	return nil
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
			dec.CancelTimers = append(dec.CancelTimers, "milestone."+strconv.Itoa(it.ID)+".notice")
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
		date, _ := m["date"].(string)
		at, err := env.Time.MilestoneNotice(date, a.Milestones.Days)
		if err != nil {
			continue
		}
		it := Item{ID: next, Kind: "milestone", Status: "planned", Fields: m, NoticeAt: &at, Created: env.Now}
		next++
		c.Items = append(c.Items, it)
		fire := at
		if fire.Before(env.Now) {
			fire = env.Now
		}
		dec.SetTimers = append(dec.SetTimers, Timer{Name: "milestone." + strconv.Itoa(it.ID) + ".notice", Scope: "case", Kind: "notice", At: fire, Data: map[string]string{"item": strconv.Itoa(it.ID), "action": a.ID}})
	}
}

// NextDue is the earliest deadline waiting in the case: its state's or an
// open item's.
func (c *Case) NextDue() *time.Time {
	due := c.DueAt
	for _, it := range c.Items {
		if it.Status == "open" && it.DueAt != nil && (due == nil || it.DueAt.Before(*due)) {
			due = it.DueAt
		}
	}
	return due
}

// FieldsJSON returns the case's fields as JSON.
func (c *Case) FieldsJSON() ([]byte, error) { return json.Marshal(c.Fields) }
