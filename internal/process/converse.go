package process

import (
	"slices"
	"strconv"
	"strings"
	"time"
)

// QuestionDue is how long a question asked in a comment may wait for its
// answer: the manual's 及时性, 重要信息需在24小时内响应.
const QuestionDue = "24h"

// converse tells the other side of a comment and tracks a question in it:
// the people who act in the case's current step and the opener, less the
// author, hear of it; a question (a comment marked as one, or ending in ?
// or ？) is a "question" item owed by them within 24 hours, reminded at
// half time, and answered by the next comment of any of them.
func converse(d *Definition, c *Case, actor Actor, text string, question bool, env Env, dec *Decision) {
	// A comment by someone a question waits for answers it.
	for i := range c.Items {
		it := &c.Items[i]
		if it.Kind == "question" && it.Status == "open" && slices.Contains(strings.Split(it.Meta["owed_by"], ","), actor.Login) {
			it.Status = "answered"
			delete(it.Meta, "due_by")
			name := "question." + strconv.Itoa(it.ID)
			dec.CancelTimers = append(dec.CancelTimers, name+".due", name+".remind")
		}
	}
	var others []Participant
	var logins []string
	roles := Waiting(d, c)
	for _, p := range c.Participants {
		if p.Login == "" || p.Login == actor.Login || slices.Contains(logins, p.Login) {
			continue
		}
		if slices.Contains(roles, p.Role) || p.Login == c.Opener {
			others = append(others, p)
			logins = append(logins, p.Login)
		}
	}
	fields := map[string]string{"comment": text}
	trimmed := strings.TrimSpace(text)
	question = question || strings.HasSuffix(trimmed, "?") || strings.HasSuffix(trimmed, "？")
	var due *time.Time
	if question && len(others) > 0 {
		at := env.Time.Add(env.Now, mustSpan(QuestionDue))
		due = &at
		id := 1
		for _, it := range c.Items {
			if it.ID >= id {
				id = it.ID + 1
			}
		}
		c.Items = append(c.Items, Item{ID: id, Kind: "question", Status: "open", Fields: map[string]any{"comment": text, "asker": actor.Login},
			DueAt: due, Created: env.Now, Meta: map[string]string{"due_by": "comment", "owed_by": strings.Join(logins, ",")}})
		itemTimers("question", id, "open", "comment", env, at, dec)
		fields["question"] = "1"
		fields["item"] = strconv.Itoa(id)
	}
	for _, p := range others {
		dec.notify(Notice{Kind: "comment", Recipient: p, DueAt: due, Fields: fields}, actor)
	}
}

// fireQuestion reminds those a question waits for at half time and, when
// the 24 hours pass unanswered, tells them and the asker.
func fireQuestion(c *Case, it *Item, kind string, env Env, dec *Decision) {
	var owers []Participant
	for _, login := range strings.Split(it.Meta["owed_by"], ",") {
		for _, p := range c.Participants {
			if p.Login == login && login != "" {
				owers = append(owers, p)
				break
			}
		}
	}
	fields := map[string]string{"comment": str(it.Fields["comment"]), "question": "1", "item": strconv.Itoa(it.ID)}
	to := owers
	typ := "reminder"
	if kind == "item_due" {
		typ = "escalation"
		fields["overdue_since"] = it.DueAt.Format(time.RFC3339)
		for _, p := range c.Participants {
			if p.Login == str(it.Fields["asker"]) {
				to = append(to, p)
				break
			}
		}
	}
	dec.Events = append(dec.Events, Event{At: env.Now, Actor: "system", Type: typ, State: c.State, Fields: map[string]any{"item": it.ID, "question": true}})
	for _, p := range to {
		f := map[string]string{}
		for k, v := range fields {
			f[k] = v
		}
		f["assignee"] = names(slices.DeleteFunc(slices.Clone(owers), func(o Participant) bool { return o.Login == p.Login }))
		dec.notify(Notice{Kind: "comment", Recipient: p, DueAt: it.DueAt, Fields: f}, Actor{Login: "system"})
	}
}
