package ui

import (
	"net/http"
	"slices"
	"sort"

	"github.com/liaison-dev/liaison/internal/cases"
)

// listView is the data of the case list.
type listView struct {
	Export    string // the Excel export of the same list
	Rows      []listRow
	Processes []option
	States    []option // the chosen process's states only
	Depts     []option
	People    []option
	F         cases.Filter
	Head      bool // offers the scope filter
	Pager     pager
}

type listRow struct {
	C           cases.View
	ProcessName string
	StateName   string
	Due         string
	Mine        bool
}

// handleCases serves GET /cases: the cases I may see, filtered by process
// and state, department, person, due window and scope, sorted by creation,
// last change or deadline, in pages. The filter lives in the URL, so
// /cases?scope=dept&due=overdue (本部门逾期) can be bookmarked.
func (u *UI) handleCases(w http.ResponseWriter, r *http.Request) {
	vis := visitorFrom(r.Context())
	q := r.URL.Query()
	f, err := cases.ParseFilter(q)
	if err != nil {
		u.fail(w, r, err)
		return
	}
	if f.Limit == 0 {
		f.Limit = 50
	}
	lv := listView{F: f, Head: cases.SeesOthers(vis.actor())}
	lv.Export = "/api/v1/cases/export.xlsx?" + f.Values().Encode()
	for _, d := range u.Cases.Processes().All() {
		lv.Processes = append(lv.Processes, option{Value: d.ID, Label: inLang(d.Name, vis.Lang)})
		if d.ID != f.Process {
			continue
		}
		for _, st := range d.States {
			lv.States = append(lv.States, option{Value: st.ID, Label: inLang(st.Name, vis.Lang)})
		}
	}
	org, err := u.Cases.Directory(r.Context())
	if err != nil {
		u.fail(w, r, err)
		return
	}
	for _, d := range org.Departments {
		name := d.NameZh
		if vis.Lang == "en" {
			name = d.NameEn
		}
		lv.Depts = append(lv.Depts, option{Value: d.ID, Label: name})
	}
	for _, p := range org.Users {
		lv.People = append(lv.People, option{Value: p.Login, Label: p.Name + " (" + p.Login + ")"})
	}
	sort.Slice(lv.Depts, func(i, j int) bool { return lv.Depts[i].Value < lv.Depts[j].Value })
	sort.Slice(lv.People, func(i, j int) bool { return lv.People[i].Value < lv.People[j].Value })
	page, err := u.Cases.List(r.Context(), vis.viewer(), f)
	if err != nil {
		u.fail(w, r, err)
		return
	}
	lv.Rows = u.listRows(vis, page.Items)
	lv.Pager = pagerFor(r, page.Next)
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
		row := listRow{C: c, ProcessName: inLang(c.ProcessName, vis.Lang), StateName: inLang(c.StateName, vis.Lang), Mine: mine}
		if c.DueAt != nil {
			row.Due = formatTime(c.DueAt.In(u.location()), vis.Lang)
		}
		out = append(out, row)
	}
	return out
}
