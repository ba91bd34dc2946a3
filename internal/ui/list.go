package ui

import (
	"net/http"
	"net/url"
	"slices"
	"time"

	"github.com/liaison-dev/liaison/internal/cases"
)

// listView is the data of the case list.
type listView struct {
	Export    string // the Excel export of the same list
	Rows      []listRow
	Processes []option
	States    []option
	Process   string
	State     string
	Overdue   string // "", "yes", "no"
	Scope     string // "", "mine", "dept"
	Head      bool   // offers the scope filter
}

type listRow struct {
	C           cases.View
	ProcessName string
	StateName   string
	Due         string
	Mine        bool
}

// handleCases serves GET /cases: the cases I may see (mine, and for heads
// their department's), filtered by process, state, overdue and scope.
func (u *UI) handleCases(w http.ResponseWriter, r *http.Request) {
	vis := visitorFrom(r.Context())
	q := r.URL.Query()
	lv := listView{Process: q.Get("process"), State: q.Get("state"), Overdue: q.Get("overdue"), Scope: q.Get("scope"),
		Head: cases.SeesOthers(vis.actor())}
	lv.Export = "/api/v1/cases/export.xlsx?" + url.Values{"process": {lv.Process}, "state": {lv.State}, "overdue": {lv.Overdue}}.Encode()
	f := cases.Filter{Process: lv.Process, State: lv.State}
	switch lv.Overdue {
	case "yes":
		t := true
		f.Overdue = &t
	case "no":
		b := false
		f.Overdue = &b
	}
	seen := map[string]bool{}
	for _, d := range u.Cases.Processes().All() {
		lv.Processes = append(lv.Processes, option{Value: d.ID, Label: d.Name.In(vis.Lang)})
		if lv.Process != "" && d.ID != lv.Process {
			continue
		}
		for _, st := range d.States {
			if !seen[st.ID] {
				seen[st.ID] = true
				lv.States = append(lv.States, option{Value: st.ID, Label: st.Name.In(vis.Lang)})
			}
		}
	}
	list, err := u.Cases.List(r.Context(), vis.viewer(), f)
	if err != nil {
		u.fail(w, r, err)
		return
	}
	for _, row := range u.listRows(vis, list) {
		if lv.Scope == "mine" && !row.Mine || lv.Scope == "dept" && row.Mine {
			continue
		}
		lv.Rows = append(lv.Rows, row)
	}
	u.render(w, r, http.StatusOK, "cases", "cases.title", view{Nav: "cases", V: lv})
}

// listRows makes the rows of a case list: names in the visitor's language,
// the deadline as the manual writes dates, and whether the case is theirs.
func (u *UI) listRows(vis visitor, list []cases.View) []listRow {
	var out []listRow
	for _, c := range list {
		mine := c.Opener == vis.User.Login || slices.ContainsFunc(c.Participants, func(p cases.ParticipantView) bool {
			return p.Login == vis.User.Login || (p.Dept != "" && p.Dept == vis.User.Dept && !p.CC)
		})
		row := listRow{C: c, ProcessName: c.ProcessName.In(vis.Lang), StateName: c.StateName.In(vis.Lang), Mine: mine}
		if c.DueAt != nil {
			if t, err := time.Parse(time.RFC3339, *c.DueAt); err == nil {
				row.Due = formatTime(t.In(u.location()), vis.Lang)
			}
		}
		out = append(out, row)
	}
	return out
}
