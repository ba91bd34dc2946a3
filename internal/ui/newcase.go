package ui

import (
	"context"
	"github.com/liaison-dev/liaison/internal/web"
	"net/http"
	"net/url"
	"slices"
	"strconv"

	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/process"
)

// maxForm bounds a submitted form; the largest legitimate one (50 task
// rows of 1,500 characters) stays well below it.
const maxForm = 1 << 20

// pickRow is one process a visitor may start.
type pickRow struct {
	ID, Name, Template string
}

// formView is the data of a form page (发起) and of one action form.
type formView struct {
	Process  string
	Name     string
	Template string
	Action   string // where the form posts
	Inputs   []input
	Orphans  []string
	Review   bool // checker findings were shown: offer to send anyway
	Comment  input
	Version  int
	Submit   string // the button's text
	ActionID string
	Focus    bool // the page was opened at this action (?act=)
}

// handlePick serves GET /new: the processes I may start.
func (u *UI) handlePick(w http.ResponseWriter, r *http.Request) {
	vis := visitorFrom(r.Context())
	var rows []pickRow
	for _, d := range u.Cases.Processes().All() {
		if mayOpen(d, vis) {
			rows = append(rows, pickRow{ID: d.ID, Name: d.Name.In(vis.Lang), Template: d.Template.In(vis.Lang)})
		}
	}
	u.render(w, r, http.StatusOK, "pick", "new.title", view{Nav: "new", V: rows})
}

func mayOpen(d *process.Definition, v visitor) bool {
	if len(d.OpenedBy) == 0 {
		return true
	}
	for _, role := range d.OpenedBy {
		if slices.Contains(v.User.Roles, role) {
			return true
		}
	}
	return false
}

func (u *UI) definition(r *http.Request) (*process.Definition, bool) {
	d, ok := u.Cases.Processes().Get(r.PathValue("process"))
	return d, ok && mayOpen(d, visitorFrom(r.Context()))
}

// handleNewForm serves GET /new/{process}: the empty form.
func (u *UI) handleNewForm(w http.ResponseWriter, r *http.Request) {
	d, ok := u.definition(r)
	if !ok {
		u.failPage(w, r, problem.NotFound, "error.not_found")
		return
	}
	u.showNew(w, r, http.StatusOK, d, formState{Values: url.Values{}}, false)
}

func (u *UI) showNew(w http.ResponseWriter, r *http.Request, status int, d *process.Definition, st formState, review bool) {
	vis := visitorFrom(r.Context())
	opts, err := u.options(r.Context(), vis.Lang)
	if err != nil {
		u.fail(w, r, err)
		return
	}
	fv := formView{Process: d.ID, Name: d.Name.In(vis.Lang), Template: d.Template.In(vis.Lang), Action: "/new/" + d.ID,
		Inputs: formInputs(d.Fields, "", st, opts, vis.Lang), Review: review, Submit: u.cat.T(vis.Lang, "new.submit")}
	fv.Orphans = orphanErrors(st.Errors, fv.Inputs)
	v := view{Nav: "new", V: fv}
	if len(st.Errors) > 0 {
		v.Error = u.cat.T(vis.Lang, "form.has_errors")
	} else if review {
		v.Notice = u.cat.T(vis.Lang, "form.review")
	}
	u.render(w, r, status, "form", "new.title", v)
}

// handleNew serves POST /new/{process}: the checker first (findings shown
// next to their fields; warnings may be sent anyway once seen, blocking
// ones must be fixed), then the case service, whose field errors are shown
// next to their fields with the input kept.
func (u *UI) handleNew(w http.ResponseWriter, r *http.Request) {
	d, ok := u.definition(r)
	if !ok {
		u.failPage(w, r, problem.NotFound, "error.not_found")
		return
	}
	vis := visitorFrom(r.Context())
	vals, ok := u.postForm(w, r)
	if !ok {
		return
	}
	in := process.Input{Fields: parseForm(d.Fields, "", vals, u.location()), Lang: vis.Lang}
	// What the service would say, at once: field errors and the checker's
	// findings (other refusals surface when the case is really opened).
	found, err := u.Cases.ReviewOpen(r.Context(), vis.actor(), d.ID, in)
	findings := formFindings(found, vals)
	st := formState{Values: vals, Errors: formErrors(invalidFields(err), vis.Lang), Findings: findings}
	if len(st.Errors) > 0 || blocking(findings) || (len(findings) > 0 && vals.Get("ack") != "1") {
		u.showNew(w, r, web.Status(problem.Invalid), d, st, len(findings) > 0)
		return
	}
	cv, err := u.Cases.Open(r.Context(), vis.actor(), d.ID, in)
	if err != nil {
		p := problem.As(err)
		if p.Code != problem.Invalid {
			u.fail(w, r, err)
			return
		}
		st.Errors = formErrors(p.Fields, vis.Lang)
		u.showNew(w, r, web.Status(problem.Invalid), d, st, len(findings) > 0)
		return
	}
	http.Redirect(w, r, "/cases/"+strconv.FormatInt(cv.ID, 10), http.StatusSeeOther)
}

// postForm reads a bounded form body and returns a copy of its values.
func (u *UI) postForm(w http.ResponseWriter, r *http.Request) (url.Values, bool) {
	r.Body = http.MaxBytesReader(w, r.Body, maxForm)
	if err := r.ParseForm(); err != nil {
		u.failPage(w, r, problem.TooLarge, "error.too_large")
		return nil, false
	}
	vals := url.Values{}
	for k, v := range r.PostForm {
		vals[k] = slices.Clone(v)
	}
	return vals, true
}

// options loads the choices of department, user and party fields.
func (u *UI) options(ctx context.Context, lang string) (options, error) {
	var o options
	dir, err := u.Admin.Directory(ctx, visitorFrom(ctx).User)
	if err != nil {
		return o, err
	}
	names := map[string]string{}
	for _, d := range dir.Departments {
		n := d.Name
		if lang == "en" && d.NameEn != "" {
			n = d.NameEn
		}
		names[d.ID] = n
		o.Departments = append(o.Departments, option{Value: d.ID, Label: n})
	}
	for _, us := range dir.People {
		if us.Disabled || us.Dept == "" {
			continue
		}
		o.Users = append(o.Users, option{Value: us.Login, Label: us.Name + " · " + names[us.Dept], Dept: us.Dept})
	}
	for _, p := range dir.Parties {
		o.Parties = append(o.Parties, option{Value: p.ID, Label: p.Name})
	}
	return o, nil
}
