package process

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Choice is one value a reference field may take: the item it names (a
// feedback item, a milestone, an action item) and how people know it.
type Choice struct {
	Value string `json:"value"`
	Label string `json:"label"`
}

// Choices are, for each action in actions that updates a sub-item, the
// field that names the item and the items it may name now (those of its
// kind in a status the action accepts), so that a form offers them in a
// list instead of a box to type a number or a name into. Apply still
// refuses any other value.
func Choices(d *Definition, c *Case, actions []string) map[string]map[string][]Choice {
	st := d.state(c.State)
	if st == nil {
		return nil
	}
	var out map[string]map[string][]Choice
	for _, id := range actions {
		a := st.Action(id)
		if a == nil || a.Item == nil || a.Item.Op != "update" {
			continue
		}
		r := a.Item
		field := r.IDField
		if field == "" {
			field = r.Match
		}
		list := []Choice{}
		for _, it := range c.Items {
			if it.Kind != r.Kind || (len(r.From) > 0 && !slices.Contains(r.From, it.Status)) {
				continue
			}
			ch := Choice{Value: strconv.Itoa(it.ID), Label: itemLabel(it)}
			if r.IDField == "" {
				ch.Value = str(it.Fields[r.Match])
			}
			list = append(list, ch)
		}
		if out == nil {
			out = map[string]map[string][]Choice{}
		}
		out[id] = map[string][]Choice{field: list}
	}
	return out
}

// itemLabel names an item as its people know it: its number and what it
// is about (a feedback's description, an action item's task), or a
// milestone's name and date.
func itemLabel(it Item) string {
	if it.Kind == "milestone" {
		if d := str(it.Fields["date"]); d != "" {
			return str(it.Fields["name"]) + " · " + d
		}
		return str(it.Fields["name"])
	}
	about := ""
	for _, k := range []string{"description", "item", "name", "title"} {
		if s := strings.TrimSpace(str(it.Fields[k])); s != "" {
			about = s
			break
		}
	}
	if utf8.RuneCountInString(about) > 40 {
		about = string([]rune(about)[:40]) + "…"
	}
	return strings.TrimSpace("#" + strconv.Itoa(it.ID) + " " + about)
}
