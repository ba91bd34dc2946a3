package process

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/liaison-dev/liaison/internal/problem"
)

func sign(c *Case, actor Actor, a *Action, now time.Time) (string, error) {
	for _, r := range a.Countersign {
		if !c.Plays(actor, r) || signed(c, r) {
			continue
		}
		c.Signatures = append(c.Signatures, Signature{Role: r, Login: actor.Login, At: now})
		return r, nil
	}
	return "", problem.Key(problem.Conflict, "problem.you_have_already_signed")
}

func signed(c *Case, role string) bool {
	for _, s := range c.Signatures {
		if s.Role == role {
			return true
		}
	}
	return false
}

func allSigned(c *Case, roles []string) bool {
	for _, r := range roles {
		if !signed(c, r) {
			return false
		}
	}
	return true
}

func requires(d *Definition, c *Case, a *Action) error {
	var zh, en []string // what is still open, in each language
	open := func(z, e string) { zh, en = append(zh, z), append(en, e) }
	for _, r := range a.Requires {
		kind, arg, _ := strings.Cut(r, ":")
		switch kind {
		case "done":
			if !slices.Contains(c.Done, arg) {
				name := Text{Zh: arg, En: arg}
				if da := d.Action(arg); da != nil {
					name = da.Name
				}
				open("尚未完成「"+name.Zh+"」", name.En+" not done")
			}
		case "field":
			if !holds(c, arg) {
				open("没有待确认的「"+arg+"」", "nothing proposed for "+arg)
			}
		case "items_resolved":
			for _, it := range c.Items {
				if it.Kind == arg && it.Status != "resolved" && it.Status != "confirmed" && it.Status != "done" {
					zhWhat, enWhat := "#"+strconv.Itoa(it.ID), "#"+strconv.Itoa(it.ID)
					if title := itemTitle(it); title != "" {
						zhWhat, enWhat = zhWhat+"「"+title+"」", enWhat+" \""+title+"\""
					}
					open(zhWhat+" 未解决", enWhat+" not resolved")
				}
			}
		}
	}
	if len(zh) > 0 {
		return problem.Key(problem.Conflict, "problem.cannot_do_yet", a.Name, Text{Zh: strings.Join(zh, ";"), En: strings.Join(en, "; ")})
	}
	return nil
}

// itemTitle is how an open item reads in a message: its own words (an
// action item's item, a feedback's description, a milestone's name),
// shortened, or nothing when it has none.
func itemTitle(it Item) string {
	for _, f := range []string{"item", "name", "description"} {
		if v, ok := it.Fields[f].(string); ok && strings.TrimSpace(v) != "" {
			r := []rune(strings.TrimSpace(v))
			if len(r) > 30 {
				r = append(r[:30], '…')
			}
			return string(r)
		}
	}
	return ""
}

// Offered reports whether a is worth offering to actor now, beyond playing
// one of its roles: not an answer to a proposal nobody made (a `field:`
// requirement unmet) and not an answer to the actor's own proposal
// (`other_than`). Apply refuses both; the pages and the API's `actions`
// should not offer them.
func Offered(c *Case, a *Action, actor Actor) bool {
	if answersOwn(c, a, actor) {
		return false
	}
	for _, r := range a.Requires {
		if kind, arg, _ := strings.Cut(r, ":"); kind == "field" && !holds(c, arg) {
			return false
		}
	}
	return true
}

// holds reports whether the case holds a value in field name (a
// proposal waiting for its answer).
func holds(c *Case, name string) bool {
	v, ok := c.Fields[name]
	return ok && v != nil && v != ""
}

// answersOwn reports whether actor would answer their own proposal: a
// is for the other side (other_than) and the case names actor as its
// proposer.
func answersOwn(c *Case, a *Action, actor Actor) bool {
	return a.OtherThan != "" && actor.Login != "" && str(c.Fields[a.OtherThan]) == actor.Login
}
