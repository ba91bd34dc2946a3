package ui

import (
	"io"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/liaison-dev/liaison/internal/admin"
	"github.com/liaison-dev/liaison/internal/notify"
	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/web"
)

// maxImport bounds an uploaded import file, as the API does.
const maxImport = web.MaxImport

// orgDone answers a change made on the admin page: back to the page with a
// notice, or the page again with the problem on top (its status from the
// one table). Permission problems become the error page.
func (u *UI) orgDone(w http.ResponseWriter, r *http.Request, err error, anchor, noticeKey string) {
	lang := visitorFrom(r.Context()).Lang
	if err == nil {
		http.Redirect(w, r, "/admin?notice="+url.QueryEscape(u.cat.T(lang, noticeKey))+"#"+anchor, http.StatusSeeOther)
		return
	}
	p := problem.As(err)
	switch p.Code {
	case problem.Invalid, problem.Conflict, problem.NotFound, problem.Malformed, problem.TooLarge:
		u.adminPage(w, r, web.Status(p.Code), "", u.cat.T(lang, "admin.not_done")+" "+oneLine(p, visitorFrom(r.Context()).Lang), func(av *adminView) {
			av.Again, av.Posted = addForms[r.URL.Path], r.PostForm // the refused form keeps what was typed
		})
	default:
		u.fail(w, r, err)
	}
}

// addForms are the admin page's forms that add something, by the path they
// post to; refused, such a form comes back filled in as it was sent.
var addForms = map[string]string{"/admin/departments": "add-dept", "/admin/users": "add-user", "/admin/parties": "add-party"}

// opt is a form field as a PATCH value: present (possibly empty) when the
// form has it.
func opt(r *http.Request, name string) admin.Opt[string] {
	if _, ok := r.PostForm[name]; !ok {
		return admin.Opt[string]{}
	}
	return admin.Of(strings.TrimSpace(r.PostFormValue(name)))
}

// checkbox is a form checkbox as a PATCH value; hidden "NAME_present"
// fields say that the form offered it.
func checkbox(r *http.Request, name string) admin.Opt[bool] {
	if _, ok := r.PostForm[name+"_present"]; !ok {
		return admin.Opt[bool]{}
	}
	return admin.Of(r.PostFormValue(name) != "")
}

func (u *UI) handleCreateDepartment(w http.ResponseWriter, r *http.Request) {
	_ = r.ParseForm()
	in := admin.DepartmentInput{ID: strings.TrimSpace(r.PostFormValue("id")), Name: opt(r, "name"), NameEn: opt(r, "name_en"), Head: opt(r, "head"), Parent: opt(r, "parent")}
	_, err := u.Admin.CreateDepartment(r.Context(), visitorFrom(r.Context()).User, in)
	u.orgDone(w, r, err, "depts", "admin.saved")
}

func (u *UI) handleUpdateDepartment(w http.ResponseWriter, r *http.Request) {
	_ = r.ParseForm()
	in := admin.DepartmentInput{Name: opt(r, "name"), NameEn: opt(r, "name_en"), Head: opt(r, "head"), Parent: opt(r, "parent")}
	_, err := u.Admin.UpdateDepartment(r.Context(), visitorFrom(r.Context()).User, r.PathValue("id"), in)
	u.orgDone(w, r, err, "depts", "admin.saved")
}

func (u *UI) handleDeleteDepartment(w http.ResponseWriter, r *http.Request) {
	err := u.Admin.DeleteDepartment(r.Context(), visitorFrom(r.Context()).User, r.PathValue("id"))
	u.orgDone(w, r, err, "depts", "admin.deleted")
}

func (u *UI) handleCreateUser(w http.ResponseWriter, r *http.Request) {
	_ = r.ParseForm()
	in := admin.UserInput{Login: strings.TrimSpace(r.PostFormValue("login")), Name: opt(r, "name"), Dept: opt(r, "dept"), Email: opt(r, "email"),
		Head: checkbox(r, "head"), Admin: checkbox(r, "admin")}
	if pw := r.PostFormValue("password"); pw != "" {
		in.Password = admin.Of(pw)
	}
	vis := visitorFrom(r.Context())
	nu, err := u.Admin.CreateUser(r.Context(), vis.User, in)
	if err != nil || nu.InitialPassword == "" {
		u.orgDone(w, r, err, "users", "admin.saved")
		return
	}
	// The one-time password is shown once, on this answer, never in a URL.
	u.adminPage(w, r, http.StatusOK, u.cat.T(vis.Lang, "admin.saved"), "", func(av *adminView) {
		av.NewLogin, av.InitialPassword = nu.Login, nu.InitialPassword
	})
}

func (u *UI) handleUpdateUser(w http.ResponseWriter, r *http.Request) {
	_ = r.ParseForm()
	in := admin.UserInput{Name: opt(r, "name"), Dept: opt(r, "dept"), Email: opt(r, "email"), Lang: opt(r, "lang"),
		Head: checkbox(r, "head"), Admin: checkbox(r, "admin")}
	switch r.PostFormValue("do") {
	case "disable":
		in.Disabled = admin.Of(true)
	case "enable":
		in.Disabled = admin.Of(false)
	}
	if pw := r.PostFormValue("password"); pw != "" {
		in.Password = admin.Of(pw)
	}
	if r.PostFormValue("roles_present") != "" { // the user page's form: the roles that open processes
		in.Roles = admin.Of(r.PostForm["roles"])
	}
	if r.PostFormValue("chat_present") != "" { // the user page's form: mobile and chat ids
		in.Mobile = opt(r, "mobile")
		ids := map[string]string{}
		for _, p := range notify.Platforms {
			ids[p] = r.PostFormValue("chat_" + p)
		}
		in.ChatIDs = admin.Of(ids)
	}
	login := r.PathValue("login")
	_, err := u.Admin.UpdateUser(r.Context(), visitorFrom(r.Context()).User, login, in)
	if r.PostFormValue("back") == "user" {
		if err == nil {
			http.Redirect(w, r, "/admin/users/"+url.PathEscape(login), http.StatusSeeOther)
			return
		}
		// Refused on the user page: back to it, with why and what was typed.
		if p := problem.As(err); p.Code == problem.Invalid || p.Code == problem.Conflict || p.Code == problem.Malformed {
			lang := visitorFrom(r.Context()).Lang
			u.userPage(w, r, web.Status(p.Code), u.cat.T(lang, "admin.not_done")+" "+oneLine(p, lang), r.PostForm)
			return
		}
	}
	u.orgDone(w, r, err, "users", "admin.saved")
}

// userPage is one user's administration page: their open duties, each
// with a one-click reassignment.
type userPage struct {
	User       admin.User
	Duties     []dutyRow
	Pager      pager    // the duties' pages
	Candidates []option // enabled users, to hand a duty to
	Depts      []option // departments, to move the user to
	Dept       string   // the user's department id
	Roles      []roleChoice
	OtherRoles []string // roles the user holds that no process opens with, kept as they are
}

// roleChoice is an organisation role a process is opened by (客户经理 for
// 客户需求对接), offered on the user page as a checkbox.
type roleChoice struct {
	ID, Label string
	Held      bool
}

// roleChoices are the roles the processes are opened by, each once, in the
// order the processes come, with whether user holds it; other lists the
// user's roles that none of them names.
func (u *UI) roleChoices(user admin.User, lang string) (choices []roleChoice, other []string) {
	seen := map[string]bool{}
	for _, d := range u.Cases.Processes().All() {
		for _, id := range d.OpenedBy {
			if seen[id] {
				continue
			}
			seen[id] = true
			label := id
			if rl := d.Role(id); rl != nil {
				label = inLang(rl.Name, lang)
			}
			choices = append(choices, roleChoice{ID: id, Label: label, Held: slices.Contains(user.Roles, id)})
		}
	}
	for _, id := range user.Roles {
		if !seen[id] {
			other = append(other, id)
		}
	}
	return choices, other
}

type dutyRow struct {
	admin.Duty
	Due      *time.Time
	Suggest  string // the login offered first: the head of the user's department
	RoleName string
	Fixed    bool // the role is not a person named on the case (the requester): it cannot be reassigned
}

// handleUser serves GET /admin/users/{login}.
func (u *UI) handleUser(w http.ResponseWriter, r *http.Request) {
	u.userPage(w, r, http.StatusOK, "", nil)
}

// userPage renders one user's page; a refused edit comes back with status,
// the reason (failed) and the form as it was posted.
func (u *UI) userPage(w http.ResponseWriter, r *http.Request, status int, failed string, posted url.Values) {
	vis := visitorFrom(r.Context())
	ctx := r.Context()
	login := r.PathValue("login")
	users, err := u.Admin.Users(ctx, vis.User)
	if err != nil {
		u.fail(w, r, err)
		return
	}
	var pv userPage
	found := false
	for _, x := range users {
		if x.Login == login {
			pv.User, found = x, true
		}
	}
	if !found {
		u.failPage(w, r, problem.NotFound, "error.not_found")
		return
	}
	p, err := pageOf(r)
	if err != nil {
		u.fail(w, r, err)
		return
	}
	duties, next, err := u.Admin.DutiesPage(ctx, vis.User, login, u.location(), p)
	if err != nil {
		u.fail(w, r, err)
		return
	}
	pv.Pager = pagerIn(r, next, "", "duties")
	opts, err := u.options(ctx, vis.Lang)
	if err != nil {
		u.fail(w, r, err)
		return
	}
	pv.Candidates, pv.Depts = opts.Users, opts.Departments
	if pv.User.Dept != nil {
		pv.Dept = *pv.User.Dept
	}
	if posted != nil {
		pv.User.Name, pv.User.Email, pv.User.Mobile = posted.Get("name"), posted.Get("email"), posted.Get("mobile")
		pv.Dept = posted.Get("dept")
		pv.User.Head, pv.User.Admin = posted.Get("head") != "", posted.Get("admin") != ""
		if posted.Get("roles_present") != "" {
			pv.User.Roles = posted["roles"]
		}
		if posted.Get("chat_present") != "" {
			pv.User.ChatIDs = map[string]string{}
			for _, p := range notify.Platforms {
				pv.User.ChatIDs[p] = posted.Get("chat_" + p)
			}
		}
	}
	pv.Roles, pv.OtherRoles = u.roleChoices(pv.User, vis.Lang)
	head := ""
	if pv.User.Dept != nil {
		for _, x := range users {
			if x.Head && x.Dept != nil && *x.Dept == *pv.User.Dept && !x.Disabled && x.Login != login {
				head = x.Login
			}
		}
	}
	for _, d := range duties {
		row := dutyRow{Duty: d, Suggest: head, RoleName: d.Role}
		if def, ok := u.Cases.Processes().Get(d.Process); ok {
			if rl := def.Role(d.Role); rl != nil {
				row.RoleName = inLang(rl.Name, vis.Lang)
				row.Fixed = rl.Field == "" // process.Reassign refuses it
			}
		}
		row.Due = d.DueAt
		pv.Duties = append(pv.Duties, row)
	}
	u.render(w, r, status, "user", "admin.user_title", view{Nav: "admin", V: pv, Notice: r.URL.Query().Get("notice"), Error: failed})
}

// handleReassign serves POST /cases/{id}/reassign: a head or an
// administrator gives a case role to someone else.
func (u *UI) handleReassign(w http.ResponseWriter, r *http.Request) {
	vis := visitorFrom(r.Context())
	id, ok := u.caseID(r)
	if !ok {
		u.failPage(w, r, problem.NotFound, "error.not_found")
		return
	}
	_, err := u.Cases.Reassign(r.Context(), vis.actor(), id, r.PostFormValue("role"), r.PostFormValue("login"))
	back := localPath(r.PostFormValue("back"))
	if err != nil {
		p := problem.As(err)
		if p.Code == problem.Invalid || p.Code == problem.Conflict {
			http.Redirect(w, r, back+"?notice="+url.QueryEscape(u.cat.T(vis.Lang, "admin.not_done")+" "+oneLine(p, visitorFrom(r.Context()).Lang)), http.StatusSeeOther)
			return
		}
		u.fail(w, r, err)
		return
	}
	http.Redirect(w, r, back+"?notice="+url.QueryEscape(u.cat.T(vis.Lang, "admin.reassigned")), http.StatusSeeOther)
}

func (u *UI) handleCreateParty(w http.ResponseWriter, r *http.Request) {
	_ = r.ParseForm()
	in := admin.PartyInput{ID: strings.TrimSpace(r.PostFormValue("id")), Kind: opt(r, "kind"), Name: opt(r, "name"), Contacts: admin.Of([]admin.Contact{})}
	if c := (admin.Contact{Name: strings.TrimSpace(r.PostFormValue("contact_name")), Email: strings.TrimSpace(r.PostFormValue("contact_email")),
		Phone: strings.TrimSpace(r.PostFormValue("contact_phone")), Primary: true}); c.Name != "" || c.Email != "" || c.Phone != "" {
		in.Contacts = admin.Of([]admin.Contact{c})
	}
	_, err := u.Admin.CreateParty(r.Context(), visitorFrom(r.Context()).User, in)
	u.orgDone(w, r, err, "parties", "admin.saved")
}

// handleImport serves POST /admin/import/{what}: an uploaded CSV or XLSX
// file, with a dry run that shows what would change.
func (u *UI) handleImport(w http.ResponseWriter, r *http.Request) {
	vis := visitorFrom(r.Context())
	what := r.PathValue("what")
	run := u.Admin.ImportUsers
	switch what {
	case "users":
	case "parties":
		run = u.Admin.ImportParties
	default:
		u.failPage(w, r, problem.NotFound, "error.not_found")
		return
	}
	f, hdr, err := r.FormFile("file")
	if err != nil {
		u.orgDone(w, r, problem.FieldsKey("problem.no_file", map[string]string{"file": "reason.choose_table_file"}), "import", "")
		return
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxImport+1))
	if err != nil || len(data) > maxImport {
		u.orgDone(w, r, problem.Key(problem.TooLarge, "problem.file_too_large", maxImport), "import", "")
		return
	}
	ct := hdr.Header.Get("Content-Type")
	if strings.HasSuffix(strings.ToLower(hdr.Filename), ".xlsx") {
		ct = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
	}
	res, err := run(r.Context(), vis.User, data, ct, r.PostFormValue("dry_run") != "")
	if err != nil {
		u.orgDone(w, r, err, "import", "")
		return
	}
	key := "admin.imported"
	if res.DryRun {
		key = "admin.dry_run_done"
	}
	u.adminPage(w, r, http.StatusOK, u.cat.T(vis.Lang, key, res.Created, res.Updated, res.Unchanged), "", func(av *adminView) {
		av.Import, av.ImportKind = &res, what
	})
}

// profile is the page every user reaches: language, email, password.
type profile struct {
	Login, Name, Dept, Email, Lang string
	EmailNotify                    bool
}

// handleMe serves GET /me: the visitor's own settings.
func (u *UI) handleMe(w http.ResponseWriter, r *http.Request) {
	vis := visitorFrom(r.Context())
	dir, err := u.Admin.Directory(r.Context(), vis.User)
	if err != nil {
		u.fail(w, r, err)
		return
	}
	p := profile{Login: vis.User.Login, Name: vis.User.Name, Email: vis.User.Email, Lang: vis.User.Lang}
	for _, d := range dir.Departments {
		if d.ID == vis.User.Dept {
			p.Dept = d.Name
		}
	}
	p.EmailNotify = vis.User.EmailNotify
	q := r.URL.Query()
	v := view{Nav: "me", V: p, Notice: q.Get("notice"), Error: q.Get("error")}
	u.render(w, r, http.StatusOK, "me", "me.title", v)
}

// handleMyPreferences serves POST /me/preferences.
func (u *UI) handleMyPreferences(w http.ResponseWriter, r *http.Request) {
	vis := visitorFrom(r.Context())
	p := admin.Preferences{Lang: admin.Of(r.PostFormValue("lang")), EmailNotify: admin.Of(r.PostFormValue("email_notify") != "")}
	if _, err := u.Admin.SetPreferences(r.Context(), vis.User, vis.User.Login, p); err != nil {
		u.meDone(w, r, err)
		return
	}
	http.SetCookie(w, u.cookie(langCookie, r.PostFormValue("lang"), 365*24*3600))
	u.meDone(w, r, nil)
}

// handleMyPassword serves POST /me/password: the other sessions end, this one stays.
func (u *UI) handleMyPassword(w http.ResponseWriter, r *http.Request) {
	vis := visitorFrom(r.Context())
	if r.PostFormValue("new") != r.PostFormValue("repeat") {
		u.meDone(w, r, problem.FieldsKey("problem.password_not_changed", map[string]string{"repeat": "me.mismatch"}))
		return
	}
	u.meDone(w, r, u.Admin.ChangePassword(r.Context(), vis.User, r.PostFormValue("old"), r.PostFormValue("new"), vis.Token))
}

func (u *UI) meDone(w http.ResponseWriter, r *http.Request, err error) {
	lang := visitorFrom(r.Context()).Lang
	if err == nil {
		http.Redirect(w, r, "/me?notice="+url.QueryEscape(u.cat.T(lang, "admin.saved")), http.StatusSeeOther)
		return
	}
	if p := problem.As(err); p.Code == problem.Invalid {
		http.Redirect(w, r, "/me?error="+url.QueryEscape(u.cat.T(lang, "admin.not_done")+" "+oneLine(p, visitorFrom(r.Context()).Lang)), http.StatusSeeOther)
		return
	}
	u.fail(w, r, err)
}
