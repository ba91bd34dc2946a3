package cases

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
)

// A follow-up is a case another case may lead to, linked both ways: a
// customer case raises an internal collaboration request for its technical
// team; a declined request is forwarded to the department its alternative
// names; an accepted quotation is ordered. Its form starts from what the
// first case already says.
type followRule struct {
	From    string   // the first case's process
	States  []string // the states it may be in; empty: any open state
	To      string   // the process of the follow-up
	Kind    string   // the link's kind on the first case's side
	Name    process.Text
	Prefill func(c *process.Case, key string, last map[string]map[string]any) map[string]any // last: each action's latest fields
}

var followRules = []followRule{
	{From: "customer-requirement", To: "internal-collab", Kind: "raised",
		Name: process.Text{Zh: "发起跨部门协作请求", En: "Raise a collaboration request"}, Prefill: raisePrefill},
	{From: "internal-collab", States: []string{"declined"}, To: "internal-collab", Kind: "forwarded",
		Name: process.Text{Zh: "转给建议的部门", En: "Forward to the suggested department"}, Prefill: forwardPrefill},
	{From: "supplier-inquiry", States: []string{"accepted"}, To: "supplier-order", Kind: "ordered",
		Name: process.Text{Zh: "按此报价下单", En: "Order on this quotation"}, Prefill: orderPrefill},
}

// FollowUp is one case the caller may open from a case now, with the form
// it starts from.
type FollowUp struct {
	Process string
	Kind    string
	Name    process.Text
	Fields  map[string]any
}

// LinkView is a linked case as a case shows it; a linked case the viewer may
// not see shows only its key.
type LinkView struct {
	CaseID    int64 // 0 when the viewer may not see the linked case
	Key       string
	Kind      string
	Title     string
	Process   string
	State     string
	StateName process.Text
	Terminal  bool
	CreatedAt time.Time
}

func followRuleFor(c *process.Case, terminal bool, to string) (followRule, bool) {
	for _, r := range followRules {
		if r.From != c.Process || (to != "" && r.To != to) {
			continue
		}
		if len(r.States) == 0 && !terminal || slices.Contains(r.States, c.State) {
			return r, true
		}
	}
	return followRule{}, false
}

// FollowUps lists the cases the viewer may open from case id now, each with
// its prefilled form.
func (s *Service) FollowUps(ctx context.Context, v store.Viewer, id int64) ([]FollowUp, error) {
	row, err := s.visibleCase(ctx, s.cfg.DB.SQL(), v, id)
	if err != nil {
		return nil, err
	}
	out := []FollowUp{}
	if readOnly(&row.Case, actorOf(v)) != nil {
		return out, nil
	}
	var last map[string]map[string]any
	for _, r := range followRules {
		if _, ok := followRuleFor(&row.Case, row.Terminal, r.To); ok && r.From == row.Process {
			if _, err := s.definition(r.To); err != nil {
				continue
			}
			if last == nil {
				if last, err = lastFields(ctx, s.cfg.DB.SQL(), id); err != nil {
					return nil, err
				}
			}
			out = append(out, FollowUp{Process: r.To, Kind: r.Kind, Name: r.Name, Fields: r.Prefill(&row.Case, row.Key, last)})
		}
	}
	return out, nil
}

// OpenLinked opens a case of processID as actor from case from, linked both
// ways in the same transaction; the first case's history records it. The
// caller must be able to see and act on the first case (404, or 403 for
// management reading it), and the rule must allow the follow-up from the
// state it is in (409).
func (s *Service) OpenLinked(ctx context.Context, actor process.Actor, from int64, processID string, in process.Input) (View, error) {
	row, err := s.visibleCase(ctx, s.cfg.DB.SQL(), ViewerOf(actor), from)
	if err != nil {
		return View{}, err
	}
	if err := readOnly(&row.Case, actor); err != nil {
		return View{}, err
	}
	rule, ok := followRuleFor(&row.Case, row.Terminal, processID)
	if !ok {
		return View{}, problem.Key(problem.Conflict, "problem.this_case_cannot_lead_to_now", row.Key, processID)
	}
	return s.OpenRecorded(ctx, actor, processID, in, func(tx store.Tx, id int64, key string) error {
		now, err := s.NowIn(ctx, tx)
		if err != nil {
			return err
		}
		first, err := s.cfg.DB.LockCase(ctx, tx, from)
		if err != nil {
			return err
		}
		if rule2, ok := followRuleFor(&first.Case, first.Terminal, processID); !ok || rule2.Kind != rule.Kind {
			return problem.Key(problem.Conflict, "problem.case_changed_cannot_lead_to", first.Key, processID)
		}
		if err := store.In(tx).InsertCaseLink(ctx, from, id, rule.Kind, actor.Login, now); err != nil {
			return err
		}
		_, err = s.Note(ctx, tx, actor, from, process.Event{At: now, Actor: actor.Login, Type: "linked", Action: rule.Kind, State: first.State,
			Fields: map[string]any{"case_id": id, "key": key, "process": processID}})
		return err
	})
}

// lastFields maps each action of case id to the fields of its latest event.
func lastFields(ctx context.Context, q store.Querier, id int64) (map[string]map[string]any, error) {
	evs, err := store.In(q).CaseEvents(ctx, id)
	if err != nil {
		return nil, err
	}
	out := map[string]map[string]any{}
	for _, e := range evs {
		if e.Event.Type == "action" {
			out[e.Event.Action] = e.Event.Fields
		}
	}
	return out, nil
}

// links adds the case's linked cases to its view.
func (s *Service) links(ctx context.Context, q store.Querier, v store.Viewer, out *View) error {
	list, err := store.In(q).CaseLinks(ctx, v, out.ID)
	if err != nil {
		return err
	}
	loc := s.Calendar().Location()
	for _, l := range list {
		lv := LinkView{Key: l.Key, Kind: l.Kind, CreatedAt: l.CreatedAt.In(loc)}
		if l.Visible {
			lv.CaseID, lv.Title, lv.Process, lv.State, lv.Terminal = l.OtherID, l.Title, l.Process, l.State, l.Terminal
			if d, err := s.definition(l.Process); err == nil {
				if st := d.State(l.State); st != nil {
					lv.StateName = st.Name
				}
			}
		}
		out.Links = append(out.Links, lv)
	}
	return nil
}

func str2(v any) string {
	s, _ := v.(string)
	return s
}

// raisePrefill: the customer's requirement rows become the request's tasks.
func raisePrefill(c *process.Case, key string, _ map[string]map[string]any) map[string]any {
	var tasks []any
	if rows, ok := c.Fields["requirements"].([]any); ok {
		for _, r := range rows {
			m, _ := r.(map[string]any)
			tasks = append(tasks, map[string]any{"item": str2(m["item"]), "standard": str2(m["detail"])})
		}
	}
	out := map[string]any{
		"title":      "客户需求支持:" + c.Title,
		"background": fmt.Sprintf("客户需求 %s:%s", key, str2(c.Fields["background"])),
	}
	if len(tasks) > 0 {
		out["tasks"] = tasks
	}
	if d := str2(c.Fields["expected_by"]); d != "" {
		out["expected_by"] = d
	}
	return out
}

// forwardPrefill: the declined request as it was, with why and where to.
func forwardPrefill(c *process.Case, key string, last map[string]map[string]any) map[string]any {
	out := map[string]any{}
	for _, f := range []string{"title", "tasks", "expected_by", "resources", "urgency"} {
		if v, ok := c.Fields[f]; ok {
			out[f] = v
		}
	}
	reason, alt := str2(last["decline"]["reason"]), str2(last["decline"]["alternative"])
	bg := str2(c.Fields["background"])
	note := fmt.Sprintf("(转自 %s", key)
	if reason != "" {
		note += ",原承接部门未能承接:" + reason
	}
	if alt != "" {
		note += ";建议:" + alt
	}
	out["background"] = bg + "\n" + note + ")"
	return out
}

// orderPrefill: the accepted quotation's lines become the order's.
func orderPrefill(c *process.Case, key string, _ map[string]map[string]any) map[string]any {
	out := map[string]any{"title": str2(c.Fields["title"])}
	for _, f := range []string{"supplier", "contact"} {
		if v, ok := c.Fields[f]; ok {
			out[f] = v
		}
	}
	if d := str2(c.Fields["delivery_needed"]); d != "" {
		out["required_by"] = d
	}
	if q, ok := c.Fields["quote"].(map[string]any); ok {
		var items []any
		list, _ := q["items"].([]any)
		for _, it := range list {
			m, _ := it.(map[string]any)
			items = append(items, map[string]any{"name": m["name"], "qty": m["qty"], "unit_price": m["unit_price"]})
		}
		out["order"] = map[string]any{"currency": q["currency"], "tax_rate": q["tax_rate"], "items": items}
	}
	out["terms"] = "依据询价 " + key + " 的报价。"
	return out
}
