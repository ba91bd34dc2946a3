package process

import (
	"maps"
	"slices"
	"strings"
	"time"
)

func stay(d *Definition, st *State, c *Case, a *Action, env Env, dec *Decision, actor Actor, before []Participant) {
	if r := st.Recur; r != nil && slices.Contains(r.ResetBy, a.ID) {
		dec.CancelTimers = append(dec.CancelTimers, st.ID+".recur")
		setRecur(st, c, env, dec)
	}
	if w := st.Weekly; w != nil && w.Action == a.ID {
		dec.CancelTimers = append(dec.CancelTimers, st.ID+".weekly_remind", st.ID+".weekly_due", st.ID+".weekly_climb")
		due := weeklyDue(env, w, env.Now)
		if cur, ok := weeklyThisWeek(env, w, env.Now); ok && cur.After(env.Now) {
			due = weeklyDue(env, w, cur)
		}
		setWeekly(st, c, due, env, dec)
	}
	if dl := st.Deadline; dl != nil && a.RestartDeadline {
		dec.CancelTimers = append(dec.CancelTimers, st.ID+".remind", st.ID+".escalate")
		c.DueAt = nil
		setDeadline(st, c, env, dec)
	}
	// The last item settled: the step that waited for them starts its clock.
	if dl := st.Deadline; dl != nil && dl.AfterItems != "" && a.Item != nil && c.DueAt == nil && c.Fields[PausedAt] == nil && !anyOpenItem(c, dl.AfterItems) {
		setDeadline(st, c, env, dec)
	}
	if dl := st.Deadline; dl != nil && slices.Contains(dl.MetBy, a.ID) {
		dec.CancelTimers = append(dec.CancelTimers, st.ID+".remind", st.ID+".escalate")
		c.DueAt = nil
	}
	// A changed owner (reassignment) hears of the work now theirs, and the
	// former one that it is no longer theirs: both are told (CONTRACT §10).
	for _, r := range st.Actors {
		now, _ := c.participant(r)
		var was Participant
		for _, p := range before {
			if p.Role == r {
				was = p
			}
		}
		if now.Login != "" && now.Login != was.Login {
			dec.notify(Notice{Kind: "assigned", Recipient: now, DueAt: c.DueAt, Action: firstAction(st, r)}, actor)
			if was.Login != "" {
				// Theirs by a hand-over, also when the action's own notify told them.
				for i, n := range dec.Notices {
					if n.Kind == "assigned" && n.Recipient.Login == now.Login {
						f := maps.Clone(n.Fields)
						if f == nil {
							f = map[string]string{}
						}
						f["reassigned"] = "1"
						dec.Notices[i].Fields = f
					}
				}
				dec.notify(Notice{Kind: "decided", Recipient: was, Fields: map[string]string{"decision": reassignedTo(d, r, now.Name)}}, actor)
			}
		}
	}
}

func enter(d *Definition, c *Case, id string, env Env, dec *Decision, actor Actor) {
	st := d.state(id)
	c.State = id
	c.StateSince = env.Now
	c.DueAt = nil
	delete(c.Fields, PausedAt)
	delete(c.Fields, pausedLeft)
	if st.Terminal {
		dec.CancelScopes = append(dec.CancelScopes, "case")
		return
	}
	if dl := st.Deadline; dl != nil {
		setDeadline(st, c, env, dec)
	}
	if st.Recur != nil {
		setRecur(st, c, env, dec)
	}
	if w := st.Weekly; w != nil {
		setWeekly(st, c, weeklyDue(env, w, env.Now), env, dec)
	}
	for _, r := range st.Actors {
		if p, ok := c.participant(r); ok && !dec.tells(p) {
			dec.notify(Notice{Kind: "assigned", Recipient: p, DueAt: c.DueAt, Action: firstAction(st, r)}, actor)
		}
	}
}

func setDeadline(st *State, c *Case, env Env, dec *Decision) {
	dl := st.Deadline
	if dl.AfterItems != "" && anyOpenItem(c, dl.AfterItems) {
		return // the items are owed first, each with its own deadline
	}
	var due time.Time
	span := dl.span(c.Fields)
	if dl.AtField != "" {
		// The closing time of the date in the field; with in beside it,
		// in is the default while the field holds no date.
		day, err := time.ParseInLocation("2006-01-02", latestDate(c.Fields, dl.AtField), env.Time.Location())
		switch {
		case err == nil:
			due, span = day.Add(env.Time.Config().Close), ""
		case span == "":
			return
		}
	}
	if due.IsZero() && span != "" {
		due = env.Time.Add(env.Now, mustSpan(span))
	}
	var remind time.Time
	switch {
	case dl.Remind != "" && dl.Remind != "half":
		remind = env.Time.Add(env.Now, mustSpan(dl.Remind))
	case !due.IsZero():
		remind = halfway(env, span, env.Now, due)
	}
	if !due.IsZero() {
		c.DueAt = &due
		// A deadline already past (a committed date that went by before the
		// work came back) escalates at once, not back in time.
		at := due
		if at.Before(env.Now) {
			at = env.Now
		}
		dec.SetTimers = append(dec.SetTimers, Timer{Name: st.ID + ".escalate", Scope: st.ID, Kind: "escalate", At: at})
	}
	if !remind.IsZero() && (due.IsZero() || remind.Before(due)) && remind.After(env.Now) {
		dec.SetTimers = append(dec.SetTimers, Timer{Name: st.ID + ".remind", Scope: st.ID, Kind: "remind", At: remind})
	}
}

// anyOpenItem reports whether an item of kind is still open.
func anyOpenItem(c *Case, kind string) bool {
	for _, it := range c.Items {
		if it.Kind == kind && it.Status == "open" {
			return true
		}
	}
	return false
}

func setRecur(st *State, c *Case, env Env, dec *Decision) {
	at := env.Time.Add(env.Now, mustSpan(st.Recur.Every))
	dec.SetTimers = append(dec.SetTimers, Timer{Name: st.ID + ".recur", Scope: st.ID, Kind: "recur", At: at})
}

func setWeekly(st *State, c *Case, due time.Time, env Env, dec *Decision) {
	w := st.Weekly
	c.DueAt = &due
	dec.SetTimers = append(dec.SetTimers, Timer{Name: st.ID + ".weekly_due", Scope: st.ID, Kind: "weekly_due", At: due})
	if w.Remind == "" {
		return
	}
	loc := env.Time.Location()
	y, m, dd := due.In(loc).Date()
	day := time.Date(y, m, dd, 0, 0, 0, 0, loc)
	// The working day(s) before the due day, unless that has passed.
	before := day
	for n := 0; n < w.RemindBefore; {
		before = before.AddDate(0, 0, -1)
		if env.Time.IsWorkday(before.Add(12 * time.Hour)) {
			n++
		}
	}
	for _, d := range []time.Time{before, day} {
		remind := d.Add(clock(w.Remind))
		if remind.After(env.Now) && remind.Before(due) {
			dec.SetTimers = append(dec.SetTimers, Timer{Name: st.ID + ".weekly_remind", Scope: st.ID, Kind: "weekly_remind", At: remind})
			return
		}
	}
}

func weeklyDue(env Env, w *Weekly, now time.Time) time.Time {
	if w.Every == "month" {
		due := monthlyDue(env, w, now)
		if !due.After(now) {
			y, m, _ := now.In(env.Time.Location()).Date()
			due = monthlyDue(env, w, time.Date(y, m+1, 1, 0, 0, 0, 0, env.Time.Location()))
		}
		return due
	}
	return env.Time.NextWeeklyDue(now, weekdays[w.Weekday], clock(w.Due))
}

func weeklyThisWeek(env Env, w *Weekly, now time.Time) (time.Time, bool) {
	if w.Every == "month" {
		return monthlyDue(env, w, now), true
	}
	return env.Time.WeeklyDue(now, weekdays[w.Weekday], clock(w.Due))
}

// monthlyDue is the due of the month of t: its last working day at w.Due.
func monthlyDue(env Env, w *Weekly, t time.Time) time.Time {
	loc := env.Time.Location()
	y, m, _ := t.In(loc).Date()
	day := time.Date(y, m+1, 0, 0, 0, 0, 0, loc)
	for i := 0; i < 31 && !env.Time.IsWorkday(day.Add(12*time.Hour)); i++ {
		day = day.AddDate(0, 0, -1)
	}
	return day.Add(clock(w.Due))
}

func halfway(env Env, span string, from, due time.Time) time.Time {
	if !due.After(from) {
		return time.Time{}
	}
	if span == "" || !strings.Contains(span, "work") {
		return from.Add(due.Sub(from) / 2)
	}
	return reachWorking(env, from, due, env.Time.WorkingTimeBetween(from, due)/2)
}

// reachWorking is the first instant t, to the second, in (from, hi] with
// WorkingTimeBetween(from, t) >= d; hi must reach d.
func reachWorking(env Env, from, hi time.Time, d time.Duration) time.Time {
	lo := from
	for hi.Sub(lo) > time.Second {
		mid := lo.Add(hi.Sub(lo) / 2).Truncate(time.Second)
		if !mid.After(lo) {
			break
		}
		if env.Time.WorkingTimeBetween(from, mid) < d {
			lo = mid
		} else {
			hi = mid
		}
	}
	return hi
}

// latestDate reads a date field, or with "rows.column" the latest date in
// that column of a rows field (the due dates of the changes agreed in a
// meeting); "" when there is none.
func latestDate(fields map[string]any, name string) string {
	head, col, ok := strings.Cut(name, ".")
	if !ok {
		return str(fields[name])
	}
	latest := ""
	for _, r := range asList(fields[head]) {
		if m, ok := r.(map[string]any); ok {
			if d := str(m[col]); d > latest {
				latest = d
			}
		}
	}
	return latest
}

// replan records who proposed, moves agreed values into place and clears
// the proposal; the event keeps the old value beside the new one
// (previous_committed_by), so the history shows both dates.
func replan(c *Case, a *Action, actor Actor, vals map[string]any) {
	if a.RecordActor != "" {
		c.Fields[a.RecordActor] = actor.Login
	}
	for dst, src := range a.Set {
		if old, ok := c.Fields[dst]; ok {
			vals["previous_"+dst] = old
		}
		c.Fields[dst] = c.Fields[src]
		vals[dst] = c.Fields[src]
	}
	for _, f := range a.Clear {
		delete(c.Fields, f)
	}
}
