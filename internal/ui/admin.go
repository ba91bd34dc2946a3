package ui

import (
	"html/template"
	"net/http"
	"net/url"
	"strconv"

	"github.com/liaison-dev/liaison/internal/calendar"
	"github.com/liaison-dev/liaison/internal/problem"
)

// adminView is the administration page's data.
type adminView struct {
	Departments      []deptRow
	Users            []userRow
	Overrides        []calendar.Override
	NextYear         int
	NoOfficial       bool  // the coming year has no official holiday data
	Unchecked        []int // years whose data comes from lunar-go alone, not yet confirmed
	Processes        []procRow
	Channels         []chanRow
	ChannelKinds     []string
	ChannelError     string
	ChannelAdded     bool
	CalendarError    string
	CalendarImported string
	Audit            []auditRow
}

// auditRow is one entry of the audit trail as the admin page lists it.
type auditRow struct{ At, Actor, Action, Target, IP string }

type deptRow struct{ ID, Name, NameEn, Head string }

type userRow struct {
	Login, Name, Email, Dept, Lang string
	Admin, Head, Disabled          bool
	Roles                          []string
}

type procRow struct {
	ID, Name, Template, Source string
	States                     []stateRow
	Diagram                    template.HTML
}

type stateRow struct {
	ID, Name string
	Terminal bool
	Deadline string
	Moves    []moveRow
}

type moveRow struct{ Action, To, By string }

// handleAdmin serves GET /admin (administrators only): departments and
// heads, users, calendar overrides with the coming-year warning, and the
// process definitions read-only with their states and transitions.
func (u *UI) handleAdmin(w http.ResponseWriter, r *http.Request) {
	vis := visitorFrom(r.Context())
	if !vis.User.Admin {
		u.failPage(w, r, http.StatusForbidden, "error.forbidden")
		return
	}
	ctx := r.Context()
	lang := vis.Lang
	var av adminView
	depts, err := u.Store.Departments(ctx)
	if err != nil {
		u.fail(w, r, err)
		return
	}
	names, err := u.userNames(ctx)
	if err != nil {
		u.fail(w, r, err)
		return
	}
	deptNames := map[string]string{}
	heads := map[string]bool{}
	for _, d := range depts {
		av.Departments = append(av.Departments, deptRow{ID: d.ID, Name: d.NameZh, NameEn: d.NameEn, Head: nameOf(names, d.HeadLogin)})
		deptNames[d.ID] = d.NameZh
		if lang == "en" {
			deptNames[d.ID] = d.NameEn
		}
		heads[d.HeadLogin] = true
	}
	users, err := u.Store.Users(ctx)
	if err != nil {
		u.fail(w, r, err)
		return
	}
	for _, us := range users {
		av.Users = append(av.Users, userRow{Login: us.Login, Name: us.Name, Email: us.Email, Dept: deptNames[us.DeptID], Lang: us.Lang,
			Admin: us.Admin, Head: heads[us.Login], Disabled: us.Disabled, Roles: us.Roles})
	}
	if av.Channels, err = u.channelRows(r, deptNames); err != nil {
		u.fail(w, r, err)
		return
	}
	av.ChannelKinds = []string{"dingtalk", "wecom", "feishu", "webhook"}
	av.ChannelError = r.URL.Query().Get("channel_error")
	av.ChannelAdded = r.URL.Query().Get("done") == "channel"
	av.CalendarError = r.URL.Query().Get("calendar_error")
	av.CalendarImported = r.URL.Query().Get("imported")
	audit, err := u.Store.RecentAudit(ctx, 50)
	if err != nil {
		u.fail(w, r, err)
		return
	}
	for _, e := range audit {
		av.Audit = append(av.Audit, auditRow{At: formatTime(e.At.In(u.location()), lang), Actor: nameOr(names, e.Actor), Action: e.Action, Target: e.Target, IP: e.IP})
	}
	if av.Overrides, err = u.Store.CalendarOverrides(ctx); err != nil {
		u.fail(w, r, err)
		return
	}
	now, err := u.Cases.Now(ctx)
	if err != nil {
		u.fail(w, r, err)
		return
	}
	av.NextYear = now.In(u.location()).Year() + 1
	av.NoOfficial = !u.Cases.Calendar().HasOfficialData(av.NextYear)
	if av.Unchecked, err = u.Cases.UncheckedYears(ctx); err != nil {
		u.fail(w, r, err)
		return
	}
	for _, d := range u.Cases.Processes().All() {
		pr := procRow{ID: d.ID, Name: d.Name.In(lang), Template: d.Template.In(lang), Source: d.Source, Diagram: stateDiagram(d, lang)}
		stateName := map[string]string{}
		for _, st := range d.States {
			stateName[st.ID] = st.Name.In(lang)
		}
		roleName := map[string]string{}
		for _, rl := range d.Roles {
			roleName[rl.ID] = rl.Name.In(lang)
		}
		for _, st := range d.States {
			sr := stateRow{ID: st.ID, Name: st.Name.In(lang), Terminal: st.Terminal}
			if st.Deadline != nil {
				sr.Deadline = st.Deadline.In
				if st.Deadline.AtField != "" {
					sr.Deadline = u.cat.T(lang, "admin.at_field", st.Deadline.AtField)
				}
			}
			for _, a := range st.Actions {
				mv := moveRow{Action: a.Name.In(lang)}
				var by []string
				for _, b := range a.By {
					by = append(by, nameOr(roleName, b))
				}
				mv.By = joinList(by)
				switch {
				case a.To != "":
					mv.To = nameOr(stateName, a.To)
				case len(a.Routes) > 0:
					var tos []string
					for _, rt := range a.Routes {
						tos = append(tos, nameOr(stateName, rt.To))
					}
					mv.To = joinList(tos)
				}
				sr.Moves = append(sr.Moves, mv)
			}
			pr.States = append(pr.States, sr)
		}
		av.Processes = append(av.Processes, pr)
	}
	u.render(w, r, http.StatusOK, "admin", "admin.title", view{Nav: "admin", V: av})
}

func nameOr(m map[string]string, k string) string {
	if v, ok := m[k]; ok {
		return v
	}
	return k
}

func joinList(s []string) string {
	out := ""
	for i, x := range s {
		if i > 0 {
			out += " / "
		}
		out += x
	}
	return out
}

// handleCalendarImport serves POST /admin/calendar: holiday data pasted in
// the holiday-cn format, imported whole or refused whole, in force at once.
func (u *UI) handleCalendarImport(w http.ResponseWriter, r *http.Request) {
	if !visitorFrom(r.Context()).User.Admin {
		u.failPage(w, r, http.StatusForbidden, "error.forbidden")
		return
	}
	n, err := u.Cases.ImportCalendar(r.Context(), []byte(r.PostFormValue("json")))
	if err != nil {
		pe := problem.As(err)
		if pe.Code == problem.Internal {
			u.fail(w, r, err)
			return
		}
		why := pe.Message
		for f, reason := range pe.Fields {
			why += " " + f + ": " + reason
		}
		http.Redirect(w, r, "/admin?calendar_error="+url.QueryEscape(why)+"#calendar", http.StatusSeeOther)
		return
	}
	u.audit(r, "calendar_import", strconv.Itoa(n))
	http.Redirect(w, r, "/admin?imported="+strconv.Itoa(n)+"#calendar", http.StatusSeeOther)
}

// handleCalendarConfirm serves POST /admin/calendar/confirm: an
// administrator confirms a year's built-in holiday data against the notice.
func (u *UI) handleCalendarConfirm(w http.ResponseWriter, r *http.Request) {
	year, err := strconv.Atoi(r.PostFormValue("year"))
	if err != nil {
		year = 0
	}
	if err := u.Cases.ConfirmCalendarYear(r.Context(), visitorFrom(r.Context()).actor(), year); err != nil {
		pe := problem.As(err)
		if pe.Code == problem.Forbidden {
			u.failPage(w, r, http.StatusForbidden, "error.forbidden")
			return
		}
		if pe.Code == problem.Internal {
			u.fail(w, r, err)
			return
		}
		http.Redirect(w, r, "/admin?calendar_error="+url.QueryEscape(pe.Message)+"#calendar", http.StatusSeeOther)
		return
	}
	http.Redirect(w, r, "/admin#calendar", http.StatusSeeOther)
}
