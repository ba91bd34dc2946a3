package process

import (
	"strconv"

	"github.com/liaison-dev/liaison/internal/problem"
)

// Sides of a milestone re-plan: the company's staff, or the customer
// (through its link, or recorded for it by staff with evidence).
const (
	sideCompany  = "company"
	sideCustomer = "customer"
)

// replanMilestone is 调整计划 for a milestone: one side proposes a new date
// with a reason, the other accepts or rejects it. Accepting moves the date
// (the event keeps previous_date beside date), sends the notice again
// before the new date and moves its escalation there. An unanswered
// proposal leaves the date standing, with its notice and escalation.
func replanMilestone(d *Definition, c *Case, a *Action, actor Actor, vals map[string]any, env Env, dec *Decision) error {
	name := str(vals["name"])
	var it *Item
	for i := range c.Items {
		if c.Items[i].Kind == "milestone" && str(c.Items[i].Fields["name"]) == name {
			it = &c.Items[i]
		}
	}
	if it == nil {
		return problem.FieldsKey("problem.form_has_errors", map[string]string{"name": "reason.no_such_milestone"})
	}
	if it.Status == "done" {
		return problem.Key(problem.Conflict, "problem.milestone_done", name)
	}
	if it.Meta == nil {
		it.Meta = map[string]string{}
	}
	side := sideCompany
	if actor.Party != "" || (str(vals["evidence"]) != "" && playsAny(c, actor, a.OnBehalf)) {
		side = sideCustomer
	}
	current := str(it.Fields["date"])
	vals["date"] = current
	if a.ReplanMilestone == "propose" {
		if str(vals["proposed_date"]) == current {
			return problem.FieldsKey("problem.form_has_errors", map[string]string{"proposed_date": "reason.milestone_same_date"})
		}
		it.Meta["proposed_date"] = str(vals["proposed_date"])
		it.Meta["replan_reason"] = str(vals["replan_reason"])
		it.Meta["proposed_side"] = side
		return nil
	}
	proposed := it.Meta["proposed_date"]
	if proposed == "" {
		return problem.Key(problem.Conflict, "problem.no_date_proposed", name)
	}
	if side == it.Meta["proposed_side"] {
		return problem.Key(problem.Forbidden, "problem.other_side_must_answer_proposal")
	}
	vals["proposed_date"] = proposed
	vals["replan_reason"] = it.Meta["replan_reason"]
	for _, k := range []string{"proposed_date", "replan_reason", "proposed_side"} {
		delete(it.Meta, k)
	}
	if a.ReplanMilestone != "accept" {
		return nil
	}
	// The new date stands: notice and escalation follow it; an objection
	// the new date answers is settled.
	plan := d.Action(it.Meta["planned_by"])
	if plan == nil || plan.Milestones == nil {
		plan = firstMilestoneAction(d)
	}
	id := strconv.Itoa(it.ID)
	dec.CancelTimers = append(dec.CancelTimers, "milestone."+id+".notice", "milestone."+id+".due", stepName("milestone", it.ID)+".due", stepName("milestone", it.ID)+".remind")
	delete(it.Meta, "due_by")
	it.Fields["date"] = proposed
	it.Status = "planned"
	vals["previous_date"], vals["date"] = current, proposed
	if plan != nil {
		milestoneTimers(it, plan, env, dec)
	}
	return nil
}

// firstMilestoneAction is the definition's action that plans milestones,
// for milestones stored before they kept it.
func firstMilestoneAction(d *Definition) *Action {
	for _, st := range d.States {
		for _, a := range st.Actions {
			if a.Milestones != nil {
				return a
			}
		}
	}
	return nil
}
