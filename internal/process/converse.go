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
	answered := false
	for i := range c.Items {
		it := &c.Items[i]
		if it.Kind == "question" && it.Status == "open" && slices.Contains(strings.Split(it.Meta["owed_by"], ","), actor.Login) {
			it.Status = "answered"
			delete(it.Meta, "due_by")
			name := "question." + strconv.Itoa(it.ID)
			dec.CancelTimers = append(dec.CancelTimers, name+".due", name+".remind")
			answered = true
		}
	}
	if answered {
		resume(d, c, env, dec)
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
		itemTimers("question", id, "open", "comment", env, "", at, dec)
		fields["question"] = "1"
		fields["item"] = strconv.Itoa(id)
		pause(d, c, actor, logins, env, dec)
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
	// The message is sent by the system, but the question is the asker's:
	// it names them (it said "liaison提问").
	asker := str(it.Fields["asker"])
	for _, p := range c.Participants {
		if p.Login == asker && asker != "" {
			fields["asker"] = p.Name
			break
		}
	}
	to := owers
	typ := "reminder"
	if kind == "item_due" {
		typ = "escalation"
		fields["overdue_since"] = it.DueAt.Format(time.RFC3339)
		for _, p := range c.Participants {
			if p.Login == asker {
				to = append(to, p)
				break
			}
		}
	}
	dec.Events = append(dec.Events, Event{At: env.Now, Actor: SystemLogin, Type: typ, State: c.State, Fields: map[string]any{"item": it.ID, "question": true}})
	for _, p := range to {
		f := map[string]string{}
		for k, v := range fields {
			f[k] = v
		}
		f["assignee"] = names(slices.DeleteFunc(slices.Clone(owers), func(o Participant) bool { return o.Login == p.Login }))
		if p.Login == asker {
			f["own_question"] = "1" // the asker hears their question waits, not that they must answer it
		}
		// The step is the answer (a comment), with the question's own deadline.
		dec.notify(Notice{Kind: "comment", Recipient: p, DueAt: it.DueAt, Action: "comment", Fields: f}, Actor{Login: SystemLogin})
	}
}

// The case fields that hold a paused clock: when it stopped and how much
// time was left (seconds of working time, or of clock time for a deadline
// in clock hours).
const (
	PausedAt   = "paused_at"
	pausedLeft = "paused_left"
)

// pause stops the clock of the current step while its owner waits for the
// other side (需澄清): the owner asked a question that people who do not owe
// the step must answer. The step's reminder and escalation are dropped and
// the time left is kept; the answer starts the clock again.
func pause(d *Definition, c *Case, asker Actor, owers []string, env Env, dec *Decision) {
	st := d.state(c.State)
	if st == nil || st.Deadline == nil || c.DueAt == nil || c.Fields[PausedAt] != nil || !env.Now.Before(*c.DueAt) {
		return
	}
	step := stateStep(st, c)
	if !playsAny(c, asker, step.Roles) {
		return
	}
	for _, login := range owers {
		if playsAny(c, Actor{Login: login}, step.Roles) {
			return // asked of someone who owes the step too: not the other side
		}
	}
	left := c.DueAt.Sub(env.Now)
	if !ClockTime(d, c, *c.DueAt) {
		left = env.Time.WorkingTimeBetween(env.Now, *c.DueAt)
	}
	c.Fields[PausedAt] = env.Now.In(env.Time.Location()).Format(time.RFC3339)
	c.Fields[pausedLeft] = int64(left / time.Second)
	c.DueAt = nil
	dec.CancelTimers = append(dec.CancelTimers, st.ID+".remind", st.ID+".escalate")
	dec.Events = append(dec.Events, Event{At: env.Now, Actor: asker.Login, Type: "paused", State: c.State, Fields: map[string]any{"left_seconds": int64(left / time.Second)}})
}

// PausedSince is when the case's clock was paused (pause writes it), if it
// is; the one reader of PausedAt's stored form.
func PausedSince(c *Case) (time.Time, bool) {
	s, ok := c.Fields[PausedAt].(string)
	if !ok {
		return time.Time{}, false
	}
	t, err := time.Parse(time.RFC3339, s)
	return t, err == nil
}

// resume starts a paused clock again once no question of the step's owner
// is open: the deadline is now plus the time that was left.
func resume(d *Definition, c *Case, env Env, dec *Decision) {
	if c.Fields[PausedAt] == nil {
		return
	}
	for _, it := range c.Items {
		if it.Kind == "question" && it.Status == "open" {
			return
		}
	}
	st := d.state(c.State)
	left, _ := number(c.Fields[pausedLeft])
	delete(c.Fields, PausedAt)
	delete(c.Fields, pausedLeft)
	if st == nil || st.Deadline == nil {
		return
	}
	rest := time.Duration(left) * time.Second
	var due, remind time.Time
	span := st.Deadline.span(c.Fields)
	if span != "" && !strings.Contains(span, "work") && st.Deadline.AtField == "" {
		due, remind = env.Now.Add(rest), env.Now.Add(rest/2)
	} else {
		due, remind = afterWorking(env, env.Now, rest), afterWorking(env, env.Now, rest/2)
	}
	c.DueAt = &due
	dec.SetTimers = append(dec.SetTimers, Timer{Name: st.ID + ".escalate", Scope: st.ID, Kind: "escalate", At: due})
	// The reminder the pause dropped comes again, at half the time that is left.
	if remind.After(env.Now) && remind.Before(due) {
		dec.SetTimers = append(dec.SetTimers, Timer{Name: st.ID + ".remind", Scope: st.ID, Kind: "remind", At: remind})
	}
	dec.Events = append(dec.Events, Event{At: env.Now, Actor: SystemLogin, Type: "resumed", State: c.State, Fields: map[string]any{"due_at": due.Format(time.RFC3339)}})
}

// afterWorking is the instant d of working time after from, to the second.
func afterWorking(env Env, from time.Time, d time.Duration) time.Time {
	hi := from.Add(d)
	for env.Time.WorkingTimeBetween(from, hi) < d {
		hi = hi.Add(24 * time.Hour)
	}
	return reachWorking(env, from, hi, d)
}
