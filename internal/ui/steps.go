package ui

import (
	"net/http"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/process"
)

// step is one state of the process as the case page's step indicator
// shows it: done (with who moved the case on, and when), the current one,
// or still ahead.
type step struct {
	Name    string
	Done    bool
	Current bool
	By, At  string // for a done step: who moved the case on, and when
}

// caseSteps are the definition's working states in their order, then the
// end the case reached (or, while it is open, the first end the
// definition lists: where it is heading). A step is done once the case has
// left it; the last move out of it names who and when.
func (u *UI) caseSteps(d *process.Definition, c cases.View, names map[string]string, lang string) []step {
	left := map[string]cases.EventView{}
	prev := ""
	for _, e := range c.Events {
		if e.State == "" {
			continue
		}
		if prev != "" && e.State != prev {
			left[prev] = e
		}
		prev = e.State
	}
	var out []step
	add := func(st *process.State) {
		s := step{Name: inLang(st.Name, lang), Current: st.ID == c.State}
		if e, ok := left[st.ID]; ok && !s.Current {
			s.Done, s.By, s.At = true, u.actorName(e.Actor, names, lang), u.when(e.At, lang)
		}
		out = append(out, s)
	}
	for _, st := range d.States {
		if !st.Terminal {
			add(st)
		}
	}
	if cur := d.State(c.State); cur != nil && cur.Terminal {
		add(cur)
		return out
	}
	for _, st := range d.States {
		if st.Terminal {
			add(st)
			break
		}
	}
	return out
}

// milestoneRow is one milestone of a customer case for the staff's panel.
type milestoneRow struct {
	Name, Date, Status string
	Done               bool
}

func (u *UI) milestoneRows(list []cases.MilestoneView, lang string) []milestoneRow {
	var out []milestoneRow
	for _, m := range list {
		st := u.cat.Label(lang, "milestone.", m.Status)
		if m.ProposedDate != "" { // 调整计划 awaiting the other side
			st += " · " + u.cat.T(lang, "milestone.proposed", u.cat.Label(lang, "milestone.side.", m.ProposedBy), m.ProposedDate, m.ReplanReason)
		}
		out = append(out, milestoneRow{Name: m.Name, Date: m.Date, Status: st, Done: m.Done})
	}
	return out
}

// processView is the page of one process: its diagram and its steps, for
// everyone who may start or take part in its cases.
type processView struct {
	Name, Template string
	Diagram        any
	Current        string // the state a case is in, when the page is opened from a case
}

// handleProcess serves GET /processes/{id}: the definition's diagram, the
// step indicator's "where does this go" for everyone (the administration
// page shows the same to administrators only).
func (u *UI) handleProcess(w http.ResponseWriter, r *http.Request) {
	vis := visitorFrom(r.Context())
	d, ok := u.Cases.Processes().Get(r.PathValue("id"))
	if !ok {
		u.failPage(w, r, problem.NotFound, "error.not_found")
		return
	}
	pv := processView{Name: inLang(d.Name, vis.Lang), Template: inLang(d.Template, vis.Lang), Diagram: stateDiagram(d, vis.Lang)}
	if st := d.State(r.URL.Query().Get("state")); st != nil {
		pv.Current = inLang(st.Name, vis.Lang)
	}
	u.render(w, r, http.StatusOK, "process", "process.title", view{V: pv})
}
