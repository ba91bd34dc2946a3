package process

import (
	"fmt"
	"slices"
	"strings"

	"github.com/liaison-dev/liaison/internal/check"
)

// The rules of the warnings the engine itself gives about a form (beside
// the checker's): each is kept with the event when the user sends anyway.
const (
	// RuleLaterThanExpected: a commitment later than the date the
	// requester expects (Field.NotAfter).
	RuleLaterThanExpected = "later-than-expected"
	// RuleItemsOpen: a delivery while milestones are still open
	// (Action.WarnOpen).
	RuleItemsOpen = "items-open"
	// OpenItemsField is the name the items-open warning is given under: it
	// is about the case, not one field of the form.
	OpenItemsField = "open_items"
)

// itemKindNames are the item kinds as the warnings name them.
var itemKindNames = map[string]string{"milestone": "节点", "action_item": "行动项", "feedback": "反馈"}

// openItems warns, for an action with WarnOpen, about each kind of item
// of the case not yet done (a milestone not marked done before delivery).
func openItems(c *Case, a *Action) []Finding {
	var out []Finding
	for _, kind := range a.WarnOpen {
		var names []string
		for _, it := range c.Items {
			if it.Kind == kind && !itemSettled(it) {
				names = append(names, "「"+itemLabel(it)+"」")
			}
		}
		if len(names) == 0 {
			continue
		}
		what := itemKindNames[kind]
		if what == "" {
			what = "事项"
		}
		out = append(out, Finding{Field: OpenItemsField, Finding: check.Finding{
			Rule: RuleItemsOpen, Severity: check.Warn,
			Message:    fmt.Sprintf("还有%d个%s未完成：%s", len(names), what, strings.Join(names, "、")),
			Suggestion: fmt.Sprintf("请先标记已完成的%s；如确需先交付，请在备注中说明原因", what),
		}})
	}
	return out
}

// itemSettled reports whether an item needs nothing more: a milestone once
// done (a confirmed one is only agreed), any other once resolved.
func itemSettled(it Item) bool {
	if it.Kind == "milestone" {
		return it.Status == "done"
	}
	return slices.Contains([]string{"done", "resolved", "confirmed"}, it.Status)
}

// Warnings are, for each action in actions, the warnings the case itself
// gives before anything is typed (milestones still open before a
// delivery), so that a form shows them before it is sent.
func Warnings(d *Definition, c *Case, actions []string) map[string][]Finding {
	st := d.state(c.State)
	if st == nil {
		return nil
	}
	var out map[string][]Finding
	for _, id := range actions {
		a := st.Action(id)
		if a == nil {
			continue
		}
		if fs := openItems(c, a); len(fs) > 0 {
			if out == nil {
				out = map[string][]Finding{}
			}
			out[id] = fs
		}
	}
	return out
}
