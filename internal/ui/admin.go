package ui

import (
	"github.com/liaison-dev/liaison/internal/admin"
	"github.com/liaison-dev/liaison/internal/notify"
	"github.com/liaison-dev/liaison/internal/reach"
	"github.com/liaison-dev/liaison/internal/web"
	"html/template"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"

	"github.com/liaison-dev/liaison/internal/calendar"
	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/i18n"
	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/process"
)

// adminView is the administration page's data.
type adminView struct {
	Departments      []deptRow // one page of them
	DeptsPager       pager
	DeptOptions      []deptRow                 // every department, for the forms' choices
	DeptGaps         []string                  // departments the processes need that are missing or headless, one line each
	Members          map[string][]admin.Person // enabled people by department, to choose a head
	Users            []userRow                 // one page of them
	UsersPager       pager
	MoreParties      bool // the parties listed are the first page of /parties
	Overrides        []calendar.Override
	NextYear         int
	NoOfficial       bool  // the coming year has no official holiday data
	Unchecked        []int // years whose data comes from lunar-go alone, not yet confirmed
	Processes        []procRow
	Channels         []chanRow
	ChannelKinds     []string
	NoticeKinds      []string    // what a robot may be told, chosen from a list
	Apps             []reach.App // chat apps for personal work notifications
	Integrations     []integRow  // the identity provider's and chat apps' settings
	IntegrationError string
	IntegrationSaved bool
	ChannelError     string
	ChannelAdded     bool
	CalendarError    string
	CalendarJSON     string     // the holiday data an administrator pasted, when it was refused
	Again            string     // the id of the add form that was refused, to be shown filled in again
	Posted           url.Values // what that form sent
	CalendarImported string
	Audit            []auditRow
	Parties          []admin.Party
	Import           *admin.ImportResult // the outcome of an import just made (or tried)
	ImportKind       string              // "users" or "parties"
	InitialPassword  string              // a one-time password just made, shown once
	NewLogin         string
}

// auditRow is one entry of the audit trail as the admin page lists it.
type auditRow struct{ At, Actor, Action, Target, IP string }

// deptRow is a department on the admin page; Label is its name in the
// page's language, for the pickers.
type deptRow struct{ ID, Name, NameEn, Label, Head, HeadLogin, Parent, ParentID string }

type userRow struct {
	Login, Name, Email, Dept, DeptID, Lang string
	Admin, Head, Disabled                  bool
	Roles                                  []string
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

// adminPage is how many departments, users and parties the
// administration page lists at once; the pagers lead to the others.
var adminListSize = 100

// handleAdmin serves GET /admin (administrators; the service answers 403
// to anyone else): departments as a tree with heads, users, parties,
// imports, channels, calendar overrides with the coming-year warning, the
// process definitions read-only, and the audit trail.
func (u *UI) handleAdmin(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	u.adminPage(w, r, http.StatusOK, q.Get("notice"), "", nil)
}

// adminPage renders the administration page with a notice or an error
// on top (status from the one table) and, with more, extra data.
func (u *UI) adminPage(w http.ResponseWriter, r *http.Request, status int, notice, errMsg string, more func(*adminView)) {
	vis := visitorFrom(r.Context())
	ctx := r.Context()
	lang := vis.Lang
	var av adminView
	// The organisation as the forms offer it, and one page of each list
	// (CONTRACT §2: the cost grows with the page, not with the rows).
	dir, err := u.Admin.Directory(ctx, vis.User)
	if err != nil {
		u.fail(w, r, err)
		return
	}
	names := dir.Names()
	deptNames := map[string]string{}
	for _, d := range dir.Departments {
		deptNames[d.ID] = d.Name
		if lang == "en" {
			deptNames[d.ID] = d.NameEn
		}
	}
	deptRowOf := func(d admin.Department) deptRow {
		row := deptRow{ID: d.ID, Name: d.Name, NameEn: d.NameEn, Label: nameOr(deptNames, d.ID)}
		if d.Head != nil {
			row.Head, row.HeadLogin = nameOf(names, *d.Head), *d.Head
		}
		if d.Parent != nil {
			row.Parent, row.ParentID = nameOr(deptNames, *d.Parent), *d.Parent
		}
		return row
	}
	heads := map[string]bool{}
	for _, d := range dir.Departments {
		av.DeptOptions = append(av.DeptOptions, deptRowOf(d))
	}
	active := map[string]bool{}
	for _, p := range dir.People {
		active[p.Login] = !p.Disabled
	}
	for _, d := range dir.Departments {
		heads[d.ID] = d.Head != nil && active[*d.Head] // a disabled head heads nothing (the engine skips them)
	}
	for _, g := range process.DeptGaps(process.DeptNeeds(u.Cases.Processes().All()), func(id string) (bool, bool) {
		h, ok := heads[id]
		return ok, h
	}) {
		av.DeptGaps = append(av.DeptGaps, g.In(lang))
	}
	av.Members = map[string][]admin.Person{}
	for _, p := range dir.People {
		if !p.Disabled && p.Dept != "" {
			av.Members[p.Dept] = append(av.Members[p.Dept], p)
		}
	}
	q := r.URL.Query()
	depts, next, err := u.Admin.DepartmentsPage(ctx, vis.User, cases.Page{Limit: adminListSize, Cursor: q.Get("dcursor")})
	if err != nil {
		u.fail(w, r, err)
		return
	}
	for _, d := range depts {
		av.Departments = append(av.Departments, deptRowOf(d))
	}
	av.DeptsPager = pagerIn(r, next, "d", "depts")
	users, next, err := u.Admin.UsersPage(ctx, vis.User, cases.Page{Limit: adminListSize, Cursor: q.Get("ucursor")})
	if err != nil {
		u.fail(w, r, err)
		return
	}
	for _, us := range users {
		row := userRow{Login: us.Login, Name: us.Name, Email: us.Email, Lang: us.Lang,
			Admin: us.Admin, Head: us.Head, Disabled: us.Disabled, Roles: us.Roles}
		if us.Dept != nil {
			row.Dept, row.DeptID = deptNames[*us.Dept], *us.Dept
		}
		av.Users = append(av.Users, row)
	}
	av.UsersPager = pagerIn(r, next, "u", "users")
	parties, next, err := u.Admin.AdminPartiesPage(ctx, vis.User, cases.Page{Limit: adminListSize})
	if err != nil {
		u.fail(w, r, err)
		return
	}
	av.Parties, av.MoreParties = parties, next != ""
	if av.Channels, err = u.channelRows(r, deptNames); err != nil {
		u.fail(w, r, err)
		return
	}
	av.ChannelKinds = []string{"dingtalk", "wecom", "feishu", "webhook"}
	av.NoticeKinds = []string{notify.KindAssigned, notify.KindReminder, notify.KindEscalation, notify.KindDecided, notify.KindDelivered,
		notify.KindSigned, notify.KindWeeklyReport, notify.KindMilestoneNotice, notify.KindFeedbackDue, notify.KindDigest,
		notify.KindCC, notify.KindProgress, notify.KindComment, notify.KindDeliveryFailed}
	if u.Reach != nil {
		av.Apps, _ = u.Reach.Apps(ctx, vis.actor())
	}
	list, err := u.Admin.Integrations(ctx, vis.User)
	if err != nil {
		u.fail(w, r, err)
		return
	}
	av.Integrations = integrationRows(list)
	av.IntegrationError = r.URL.Query().Get("integration_error")
	av.IntegrationSaved = r.URL.Query().Get("done") == "integration"
	av.ChannelError = r.URL.Query().Get("channel_error")
	av.ChannelAdded = r.URL.Query().Get("done") == "channel"
	av.CalendarError = r.URL.Query().Get("calendar_error")
	av.CalendarImported = r.URL.Query().Get("imported")
	audit, err := u.Admin.Audit(ctx, vis.User, 50)
	if err != nil {
		u.fail(w, r, err)
		return
	}
	for _, e := range audit {
		av.Audit = append(av.Audit, auditRow{At: formatTime(e.At.In(u.location()), lang), Actor: u.auditActor(e.Actor, names, lang), Action: u.auditAction(e.Action, lang), Target: e.Target, IP: e.IP})
	}
	if av.Overrides, err = u.Admin.CalendarOverrides(ctx, vis.User); err != nil {
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
	if av.Unchecked, err = u.Admin.UncheckedYears(ctx, vis.User); err != nil {
		u.fail(w, r, err)
		return
	}
	for _, d := range u.Cases.Processes().All() {
		pr := procRow{ID: d.ID, Name: inLang(d.Name, lang), Template: inLang(d.Template, lang), Source: d.Source, Diagram: stateDiagram(d, lang)}
		stateName := map[string]string{}
		for _, st := range d.States {
			stateName[st.ID] = inLang(st.Name, lang)
		}
		roleName := map[string]string{}
		for _, rl := range d.Roles {
			roleName[rl.ID] = inLang(rl.Name, lang)
		}
		for _, st := range d.States {
			sr := stateRow{ID: st.ID, Name: inLang(st.Name, lang), Terminal: st.Terminal}
			if st.Deadline != nil {
				sr.Deadline = u.spanWords(st.Deadline.In, lang)
				if st.Deadline.AtField != "" {
					sr.Deadline = u.cat.T(lang, "admin.at_field", fieldLabel(d, st.Deadline.AtField, lang))
				}
			}
			for _, a := range st.Actions {
				mv := moveRow{Action: inLang(a.Name, lang)}
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
	if more != nil {
		more(&av)
	}
	u.render(w, r, status, "admin", "admin.title", view{Nav: "admin", V: av, Notice: notice, Error: errMsg})
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
	n, err := u.Admin.ImportCalendar(r.Context(), visitorFrom(r.Context()).User, []byte(r.PostFormValue("json")))
	if err != nil {
		u.calendarFailed(w, r, err)
		return
	}
	http.Redirect(w, r, "/admin?imported="+strconv.Itoa(n)+"#calendar", http.StatusSeeOther)
}

// calendarFailed answers a refused calendar change: the reason beside the
// calendar section of /admin, or the error page when the visitor may not
// change it at all or the server failed.
func (u *UI) calendarFailed(w http.ResponseWriter, r *http.Request, err error) {
	pe := problem.As(err)
	if pe.Code == problem.Internal || pe.Code == problem.Forbidden || pe.Code == problem.Unauthorized {
		u.fail(w, r, err)
		return
	}
	// The page again, not a redirect: the pasted data stays in the box to be
	// corrected, instead of having to be pasted again.
	u.adminPage(w, r, web.Status(pe.Code), "", "", func(av *adminView) {
		av.CalendarError, av.CalendarJSON = oneLine(pe, visitorFrom(r.Context()).Lang), r.PostFormValue("json")
	})
}

// handleCalendarConfirm serves POST /admin/calendar/confirm: an
// administrator confirms a year's built-in holiday data against the notice.
func (u *UI) handleCalendarConfirm(w http.ResponseWriter, r *http.Request) {
	year, err := strconv.Atoi(r.PostFormValue("year"))
	if err != nil {
		year = 0
	}
	if err := u.Admin.ConfirmCalendarYear(r.Context(), visitorFrom(r.Context()).User, year); err != nil {
		u.calendarFailed(w, r, err)
		return
	}
	http.Redirect(w, r, "/admin#calendar", http.StatusSeeOther)
}

// oneLine is a problem's message with its fields, sorted, for a notice, in
// the visitor's language from the catalogue; each field is named as the
// form names it (联系人邮箱, not contacts[0].email) where the catalogue
// knows it.
func oneLine(p *problem.Error, lang string) string {
	return zhOnly(p.OneLineAs(lang, func(f string) string { return fieldName(f, lang) }), lang)
}

// rowIndex is the [N] of a field path's list element.
var rowIndex = regexp.MustCompile(`\[\d+\]`)

// fieldName is a request field's path as the admin forms label it, or the
// path itself when the catalogue has no label for it.
func fieldName(path, lang string) string {
	if key := "formfield." + rowIndex.ReplaceAllString(path, ""); i18n.Has(key) {
		return i18n.T(lang, key)
	}
	return path
}

// auditAction is an audit entry's action in words: 添加部门 for
// department_added, 事项：发起 for case_opened (a case's event).
func (u *UI) auditAction(a, lang string) string {
	if ev, ok := strings.CutPrefix(a, "case_"); ok {
		return u.cat.T(lang, "audit.case_event", u.cat.Label(lang, "event.", ev))
	}
	return u.cat.Label(lang, "audit.", a)
}

// auditActor is who made an audit entry: a person by name, the server's
// own work (system) and the command line (cli) in words.
func (u *UI) auditActor(a string, names map[string]string, lang string) string {
	switch a {
	case process.SystemLogin:
		return u.cat.T(lang, "case.system")
	case admin.CLILogin:
		return u.cat.T(lang, "audit.actor_cli")
	}
	return nameOr(names, a)
}

// Kept is what the refused add form sent in field, for the page to show it
// again; "" for any other form, or when nothing was refused.
func (av adminView) Kept(form, field string) string {
	if av.Again != form {
		return ""
	}
	return av.Posted.Get(field)
}
