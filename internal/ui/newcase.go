package ui

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strconv"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/web"
)

// maxForm bounds a submitted form; the largest legitimate one (50 task
// rows of 1,500 characters) stays well below it.
const maxForm = 1 << 20

// caseKeys is a datalist of the keys of the cases a text field may name.
type caseKeys struct {
	ID      string
	Options []option
}

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
	Focus    bool     // the page was opened at this action (?act=)
	Contacts []option // the known contacts, offered by the contact fields' datalists
	Emails   []option
	CaseKeys []caseKeys // the keys text fields refer to (case_of), offered by datalists
	Sign     *signView  // a signature: what will be signed, and the confirmation it needs
	// CaseFindings are warnings about the case rather than one field (a
	// delivery with milestones open), shown at the top of the form.
	CaseFindings []finding
}

// handlePick serves GET /new: the processes I may start.
func (u *UI) handlePick(w http.ResponseWriter, r *http.Request) {
	vis := visitorFrom(r.Context())
	var rows []pickRow
	for _, d := range u.Cases.Processes().All() {
		if mayOpen(d, vis) {
			rows = append(rows, pickRow{ID: d.ID, Name: inLang(d.Name, vis.Lang), Template: inLang(d.Template, vis.Lang)})
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
	vals := url.Values{}
	if from, ok := linkedFrom(r); ok {
		// A follow-up of another case starts from what that case says.
		ups, err := u.Cases.FollowUps(r.Context(), visitorFrom(r.Context()).viewer(), from)
		if err != nil {
			u.fail(w, r, err)
			return
		}
		found := false
		for _, up := range ups {
			if up.Process == d.ID {
				prefill(d.Fields, "", up.Fields, vals)
				found = true
			}
		}
		if !found {
			u.fail(w, r, problem.Key(problem.Conflict, "problem.cannot_lead_to_now", d.Name))
			return
		}
	}
	u.showNew(w, r, http.StatusOK, d, formState{Values: vals}, false)
}

// linkedFrom reads ?from=ID: the case a new one follows up.
func linkedFrom(r *http.Request) (int64, bool) {
	id, err := strconv.ParseInt(r.URL.Query().Get("from"), 10, 64)
	return id, err == nil && id > 0
}

// prefill writes a follow-up's values into a form's names, as parseForm
// reads them back (rows as NAME.I.COLUMN, objects and quotes as NAME.KEY).
func prefill(fields []process.Field, prefix string, vals map[string]any, out url.Values) {
	for _, f := range fields {
		name := prefix + f.Name
		v, ok := vals[f.Name]
		if !ok || v == nil {
			continue
		}
		switch process.TypeOf(f).Shape() {
		case process.ShapeRows:
			list, _ := v.([]any)
			for i, row := range list {
				m, _ := row.(map[string]any)
				prefill(f.Columns, fmt.Sprintf("%s.%d.", name, i), m, out)
			}
		case process.ShapeObject:
			m, _ := v.(map[string]any)
			prefill(f.Columns, name+".", m, out)
		case process.ShapeQuote:
			m, _ := v.(map[string]any)
			prefill(process.QuoteFields, name+".", m, out)
		default:
			switch x := v.(type) {
			case string:
				out.Set(name, x)
			case float64:
				out.Set(name, strconv.FormatFloat(x, 'f', -1, 64))
			case int64:
				out.Set(name, strconv.FormatInt(x, 10))
			case int:
				out.Set(name, strconv.Itoa(x))
			case bool:
				if x {
					out.Set(name, "on")
				}
			}
		}
	}
}

func (u *UI) showNew(w http.ResponseWriter, r *http.Request, status int, d *process.Definition, st formState, review bool) {
	vis := visitorFrom(r.Context())
	opts, err := u.options(r.Context(), vis.Lang)
	if err != nil {
		u.fail(w, r, err)
		return
	}
	action := "/new/" + d.ID
	if from, ok := linkedFrom(r); ok {
		action += "?from=" + strconv.FormatInt(from, 10)
	}
	fv := formView{Process: d.ID, Name: inLang(d.Name, vis.Lang), Template: inLang(d.Template, vis.Lang), Action: action,
		Inputs: formInputs(d.Fields, "", st, opts, vis.Lang), Review: review, Submit: u.cat.T(vis.Lang, "new.submit")}
	fv.Orphans = orphanErrors(st.Errors, fv.Inputs)
	for _, f := range d.Fields {
		if f.CaseOf == "" {
			continue
		}
		page, err := u.Cases.List(r.Context(), vis.viewer(), cases.Filter{Process: f.CaseOf, Limit: 200})
		if err != nil {
			u.fail(w, r, err)
			return
		}
		ck := caseKeys{ID: "cases-" + f.CaseOf}
		for _, c := range page.Items {
			ck.Options = append(ck.Options, option{Value: c.Key, Label: c.Title})
		}
		fv.CaseKeys = append(fv.CaseKeys, ck)
	}
	// The contacts offered are those of the parties the form may name.
	var kinds []string
	for _, f := range d.Fields {
		if process.TypeOf(f).Input(f).From == process.FromParties {
			kinds = append(kinds, f.Options...)
		}
	}
	if len(kinds) > 0 {
		fv.Contacts, fv.Emails = ofKinds(opts.Contacts, kinds), ofKinds(opts.Emails, kinds)
	}
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
	var cv cases.View
	var err2 error
	if from, ok := linkedFrom(r); ok {
		cv, err2 = u.Cases.OpenLinked(r.Context(), vis.actor(), from, d.ID, in)
	} else {
		cv, err2 = u.Cases.Open(r.Context(), vis.actor(), d.ID, in)
	}
	err = err2
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
		op := option{Value: p.ID, Label: p.Name, Kind: p.Kind}
		for i, c := range p.Contacts {
			if c.Primary || (i == 0 && op.Contact.Name == "") {
				op.Contact = c
			}
			o.Contacts = append(o.Contacts, option{Value: c.Name, Label: p.Name, Kind: p.Kind})
			if c.Email != "" {
				o.Emails = append(o.Emails, option{Value: c.Email, Label: c.Name + " · " + p.Name, Kind: p.Kind})
			}
		}
		o.Parties = append(o.Parties, op)
	}
	return o, nil
}
