package cases

import (
	"context"
	"slices"
	"strconv"
	"time"

	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
)

// recordSteps keeps the steps table in step with the case after a
// decision (CONTRACT §11): every role that must act now under a deadline
// owes a step — the state's deadline, or an open item's (a feedback to
// answer in 48 hours). A step that no longer waits has ended now, on time
// if now is not after its deadline — unless a timer ended it (byTimer):
// then nobody did it, and it is on time only if it ended before.
// A weekly report is a step each week: when the deadline moves on, to
// next Friday, this week's step has ended (reported, or missed when the
// Friday passed) and next week's begins.
// The figures' totals follow in t (store.Tally), saved with the case.
// open is the case's open steps before the decision (openSteps).
func (s *Service) recordSteps(ctx context.Context, tx store.Tx, t *store.Tally, d *process.Definition, c *process.Case, open []store.Step, terminal, byTimer bool, now time.Time) error {
	want := map[string]store.Step{}
	if !terminal {
		add := func(key, state string, due time.Time, roles []string) {
			for _, role := range roles {
				p, ok := participant(c, role)
				if !ok || p.Party != "" {
					continue
				}
				k := key + "/" + role
				want[k] = store.Step{CaseID: c.ID, Process: c.Process, Key: k, State: state, Role: role, Login: p.Login, Dept: p.Dept, Started: now, Due: due}
			}
		}
		if c.DueAt != nil {
			key := c.State + "@" + strconv.FormatInt(c.StateSince.UnixMicro(), 10)
			if st := d.State(c.State); st != nil && st.Weekly != nil {
				key += "~" + strconv.FormatInt(c.DueAt.UnixMicro(), 10)
			}
			add(key, c.State, *c.DueAt, owing(d, c))
		}
		for _, it := range c.Items {
			if it.Status == "open" && it.DueAt != nil {
				add("item:"+strconv.Itoa(it.ID), it.Kind, *it.DueAt, process.Waiting(d, c))
			}
		}
	}
	cal := s.Calendar()
	var after []store.Step // the open steps once this is done
	for _, st := range open {
		w, still := want[st.Key]
		switch {
		case !still:
			onTime := now.Before(st.Due) || now.Equal(st.Due) && !byTimer
			if err := store.In(tx).EndStep(ctx, t, st, now, onTime, cal.WorkingTimeBetween(st.Started, now)); err != nil {
				return err
			}
		case !w.Due.Equal(st.Due) || w.Login != st.Login || w.Dept != st.Dept:
			if err := store.In(tx).MoveStep(ctx, t, st, w.Due, w.Login, w.Dept); err != nil {
				return err
			}
			st.Due, st.Login, st.Dept = w.Due, w.Login, w.Dept
		}
		if still {
			after = append(after, st)
		}
		delete(want, st.Key)
	}
	for _, w := range want {
		if err := store.In(tx).StartStep(ctx, t, w); err != nil {
			return err
		}
		after = append(after, w)
	}
	t.OpenStepsChanged(open, after)
	return nil
}

// openSteps reads the open steps of a case before its decision is
// stored: first of the commit's statements, so that on PostgreSQL the
// writes after it travel together (store's Tx). A case inserted in this
// transaction has none.
func openSteps(ctx context.Context, tx store.Tx, caseID int64, inserted bool) ([]store.Step, error) {
	if inserted {
		return nil, nil
	}
	return store.In(tx).OpenSteps(ctx, caseID)
}

// owing is the waiting roles that owe the state's deadline: when it names
// the action that meets it, those who may take that action (the contact who
// must deliver, not the requester who waits for the delivery); otherwise
// every waiting role.
func owing(d *process.Definition, c *process.Case) []string {
	roles := process.Waiting(d, c)
	st := d.State(c.State)
	if st == nil || st.Deadline == nil || st.Deadline.Action == "" {
		return roles
	}
	a := st.Action(st.Deadline.Action)
	if a == nil {
		return roles
	}
	var out []string
	for _, r := range roles {
		if slices.Contains(a.By, r) {
			out = append(out, r)
		}
	}
	return out
}

func participant(c *process.Case, role string) (process.Participant, bool) {
	for _, p := range c.Participants {
		if p.Role == role {
			return p, true
		}
	}
	return process.Participant{}, false
}
