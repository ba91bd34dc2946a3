package cases

import (
	"context"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
)

// OwedStep is one open waiting step (CONTRACT §11, the steps table) that a
// viewer owes on a case of its inbox: the state's deadline, or an open
// item's (a feedback to answer in 48 hours).
type OwedStep struct {
	CaseID int64
	Key    string
	Title  string
	State  string
	Action string // the action that settles it; "" when the definition names none
	What   string // what is owed, in Chinese: the action's name, and the item
	Item   int    // the item it answers; 0 for the state's own step
	DueAt  time.Time
}

// OwedSteps lists the open steps the viewer owes, by its login or as a
// member of a department role, on the cases waiting for it, soonest first.
// Only cases the viewer may see are read (its inbox), the maxCases soonest
// at most: when more wait, the steps due after the last case read are left
// out too, since a case not read may owe one before them — what is listed
// is exactly the soonest steps, up to a deadline.
func (s *Service) OwedSteps(ctx context.Context, v store.Viewer, maxCases int) ([]OwedStep, error) {
	now, err := s.Now(ctx)
	if err != nil {
		return nil, err
	}
	a, loc := actorOf(v), s.Calendar().Location()
	var out []OwedStep
	for p, read := (store.Page{Limit: min(500, maxCases)}), 0; ; {
		// Shared: the rows are only read, for the steps the viewer owes.
		rows, next, err := s.cfg.DB.ListCases(ctx, v, store.CaseFilter{Waiting: &v, Sort: store.SortDue, Now: now, Page: p, Shared: true})
		if err != nil {
			return nil, PageErr(err)
		}
		ids := make([]int64, len(rows))
		for i, r := range rows {
			ids[i] = r.ID
		}
		all, err := s.cfg.DB.OpenSteps(ctx, ids...) // one read for the page
		if err != nil {
			return nil, err
		}
		open := map[int64][]store.Step{}
		for _, st := range all {
			open[st.CaseID] = append(open[st.CaseID], st)
		}
		for _, r := range rows {
			d, err := s.definition(r.Process)
			if err != nil {
				continue
			}
			for _, st := range owedBy(d, &r.Case, a, open[r.ID]) {
				st.DueAt = st.DueAt.In(loc)
				out = append(out, st)
			}
		}
		if next == "" {
			break
		}
		if read += len(rows); read >= maxCases {
			// Every step of a case not read is due at or after its stored
			// deadline, the earliest waiting on it, and so at or after the
			// last case read's.
			if last := rows[len(rows)-1]; last.DueMicros.Valid {
				cut := time.UnixMicro(last.DueMicros.Int64)
				out = slices.DeleteFunc(out, func(st OwedStep) bool { return st.DueAt.After(cut) })
			}
			break
		}
		p.Cursor, p.Limit = next, min(500, maxCases-read)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].DueAt.Before(out[j].DueAt) })
	return out, nil
}

// owedBy picks a's steps of c out of its open steps: those of a role a
// plays, once each (two roles of one person owe one callback). A question
// is owed by the people it was asked of, whatever their role.
func owedBy(d *process.Definition, c *process.Case, a process.Actor, open []store.Step) []OwedStep {
	steps := process.Steps(d, c)
	seen := map[string]bool{}
	var out []OwedStep
	for _, st := range open {
		item := 0
		if rest, ok := strings.CutPrefix(st.Key, "item:"); ok {
			item, _ = strconv.Atoi(strings.SplitN(rest, "/", 2)[0])
		}
		ps, found := stepOf(steps, item, st.Role)
		switch {
		case found && len(ps.Logins) > 0:
			if a.Login == "" || !slices.Contains(ps.Logins, a.Login) {
				continue
			}
		case !c.Plays(a, st.Role):
			continue
		}
		action := ps.Action
		if !found && item == 0 {
			action = process.ActionFor(d, c, st.Role)
		}
		once := strconv.Itoa(item) + "/" + action + "/" + strconv.FormatInt(st.Due.UnixMicro(), 10)
		if seen[once] {
			continue
		}
		seen[once] = true
		out = append(out, OwedStep{CaseID: c.ID, Key: c.Key, Title: c.Title, State: c.State, Action: action,
			What: owedWhat(d, c, action, item), Item: item, DueAt: st.Due})
	}
	return out
}

// stepOf finds the process's step for a stored step: the item's, or the
// state's step of the role.
func stepOf(steps []process.Step, item int, role string) (process.Step, bool) {
	for _, s := range steps {
		if s.Item == item && (item != 0 || slices.Contains(s.Roles, role)) {
			return s, true
		}
	}
	return process.Step{}, false
}

// owedWhat names a step in Chinese: the action's name ("登记回访"), the
// state's where none is named, and an item's kind and number ("响应并制定
// 方案（反馈 #2）", "回复提问 #3").
func owedWhat(d *process.Definition, c *process.Case, action string, item int) string {
	name := ""
	if a := d.Action(action); a != nil {
		name = a.Name.Zh
	}
	if item == 0 {
		if name == "" {
			if st := d.State(c.State); st != nil {
				name = st.Name.Zh
			}
		}
		return name
	}
	kind := ""
	for _, it := range c.Items {
		if it.ID == item {
			kind = it.Kind
		}
	}
	label := process.ItemKindName(kind) + " #" + strconv.Itoa(item)
	if name == "" {
		return "回复" + label
	}
	return name + "（" + label + "）"
}
