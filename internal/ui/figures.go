package ui

import (
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"slices"
	"sort"
	"time"

	"github.com/liaison-dev/liaison/internal/cases"
)

// figuresView is the figures page's data.
type figuresView struct {
	From, To, Dept string
	Depts          []option // the departments the visitor may choose
	Rows           []figureRow
	Trend          template.HTML
	Load           template.HTML
	People         []personRow
	Steps          []stepRow
}

type stepRow struct {
	cases.StepFigure
	ProcessName, StateName, Rate string
	Href                         string
}

type figureRow struct {
	cases.StatsRow
	DeptName, ProcessName string
	Rate, Median          string
	CasesHref             string // the department's cases of the process
	OverdueHref           string // those where it owes an overdue step
	OpenedHref            string
}

type personRow struct {
	Name, Login, Dept string
	Open, Overdue     int
	OpenHref          string
	OverdueHref       string
}

// casesHref is the address of the case list with these filters.
func casesHref(kv ...string) string {
	q := url.Values{}
	for i := 0; i+1 < len(kv); i += 2 {
		if kv[i+1] != "" {
			q.Set(kv[i], kv[i+1])
		}
	}
	return "/cases?" + q.Encode()
}

// handleFigures serves GET /figures?from=&to=&dept=: per department and
// process the figures of the period, the trend of twelve weeks and who
// carries what, for heads (their departments) and management (all). Every
// figure links to the list of the cases behind it.
func (u *UI) handleFigures(w http.ResponseWriter, r *http.Request) {
	vis := visitorFrom(r.Context())
	q := r.URL.Query()
	fig, err := u.Cases.Figures(r.Context(), vis.viewer(), cases.StatsQuery{From: q.Get("from"), To: q.Get("to"), Dept: q.Get("dept")})
	if err != nil {
		u.fail(w, r, err)
		return
	}
	org, err := u.Cases.Directory(r.Context())
	if err != nil {
		u.fail(w, r, err)
		return
	}
	deptName := func(id string) string {
		d, ok := org.Departments[id]
		switch {
		case !ok:
			return id
		case vis.Lang == "en":
			return d.NameEn
		}
		return d.NameZh
	}
	fv := figuresView{From: fig.From, To: fig.To, Dept: q.Get("dept")}
	for id := range org.Departments {
		if fig.Scope == nil || slices.Contains(fig.Scope, id) {
			fv.Depts = append(fv.Depts, option{Value: id, Label: deptName(id)})
		}
	}
	sort.Slice(fv.Depts, func(i, j int) bool { return fv.Depts[i].Value < fv.Depts[j].Value })
	for _, row := range fig.Rows {
		fr := figureRow{StatsRow: row, DeptName: deptName(row.Dept), ProcessName: row.Process, Rate: "—", Median: "—",
			CasesHref:   casesHref("dept", row.Dept, "process", row.Process),
			OverdueHref: casesHref("dept", row.Dept, "process", row.Process, "acts", "true", "due", "overdue"),
			OpenedHref:  casesHref("dept", row.Dept, "process", row.Process, "sort", "new")}
		if d, ok := u.Cases.Processes().Get(row.Process); ok {
			fr.ProcessName = inLang(d.Name, vis.Lang)
		}
		if row.OnTimeRate != nil {
			fr.Rate = fmt.Sprintf("%.0f%%", *row.OnTimeRate*100)
		}
		if row.MedianResponseWorkhours != nil {
			fr.Median = fmt.Sprintf("%.1f", *row.MedianResponseWorkhours)
		}
		fv.Rows = append(fv.Rows, fr)
	}
	for _, sf := range fig.Steps {
		sr := stepRow{StepFigure: sf, ProcessName: sf.Process, StateName: u.cat.Label(vis.Lang, "figures.item_", sf.State), Rate: "—",
			Href: casesHref("dept", fv.Dept, "process", sf.Process, "state", sf.State)}
		if d, ok := u.Cases.Processes().Get(sf.Process); ok {
			sr.ProcessName = inLang(d.Name, vis.Lang)
			// The definition's words ("2 workdays", "committed_by") in
			// the page's language, as the admin page says them.
			if spanRE.MatchString(sf.Deadline) {
				sr.Deadline = u.spanWords(sf.Deadline, vis.Lang)
			} else if sf.Deadline != "" {
				sr.Deadline = u.cat.T(vis.Lang, "admin.at_field", fieldLabel(d, sf.Deadline, vis.Lang))
			}
			if st := d.State(sf.State); st != nil {
				sr.StateName = inLang(st.Name, vis.Lang)
			} else {
				sr.Href = casesHref("dept", fv.Dept, "process", sf.Process)
			}
		}
		if sf.Due > 0 {
			sr.Rate = fmt.Sprintf("%.0f%%", 100*float64(sf.OnTime)/float64(sf.Due))
		}
		fv.Steps = append(fv.Steps, sr)
	}
	var trend []bar
	for _, wk := range fig.Weeks {
		trend = append(trend, bar{Label: wk.Monday[5:], Value: wk.StepsDue, Part: wk.StepsOnTime,
			Title: u.cat.T(vis.Lang, "figures.week_title", u.dayText(wk.Monday, vis.Lang), wk.StepsDue, wk.StepsOnTime, wk.Opened),
			Href:  casesHref("dept", fv.Dept, "sort", "due")})
	}
	fv.Trend = barChart(trend, u.cat.T(vis.Lang, "figures.trend"))
	var load []bar
	for _, l := range fig.Workload {
		name := l.Login
		if p, ok := org.Users[l.Login]; ok {
			name = p.Name
		}
		if l.Login == "" {
			name = deptName(l.Dept)
		}
		pr := personRow{Name: name, Login: l.Login, Dept: deptName(l.Dept), Open: l.Open, Overdue: l.Overdue,
			OpenHref:    casesHref("person", l.Login, "acts", "true", "sort", "due"),
			OverdueHref: casesHref("person", l.Login, "acts", "true", "due", "overdue")}
		if l.Login == "" {
			pr.OpenHref = casesHref("dept", l.Dept, "acts", "true", "sort", "due")
			pr.OverdueHref = casesHref("dept", l.Dept, "acts", "true", "due", "overdue")
		}
		fv.People = append(fv.People, pr)
		if len(load) < 12 {
			load = append(load, bar{Label: name, Value: l.Open, Part: l.Overdue, Href: pr.OpenHref,
				Title: u.cat.T(vis.Lang, "figures.load_title", name, l.Open, l.Overdue)})
		}
	}
	fv.Load = barChart(load, u.cat.T(vis.Lang, "figures.load"))
	u.render(w, r, http.StatusOK, "figures", "figures.title", view{Nav: "figures", V: fv})
}

// dayText writes a YYYY-MM-DD date as the pages do (2026年11月30日（周一）),
// or leaves it as it is when it is not one.
func (u *UI) dayText(s, lang string) string {
	if t, err := time.ParseInLocation("2006-01-02", s, u.location()); err == nil {
		return formatDay(t, lang)
	}
	return s
}
