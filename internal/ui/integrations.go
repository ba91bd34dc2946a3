package ui

import (
	"net/http"
	"net/url"

	"github.com/liaison-dev/liaison/internal/admin"
	"github.com/liaison-dev/liaison/internal/integrations"
	"github.com/liaison-dev/liaison/internal/problem"
)

// integRow is the identity provider's or a chat app's setting as the admin
// page shows it: a form whose secret field is empty (leave it blank to keep
// the stored one), or, when the environment sets it, the fields read-only.
type integRow struct {
	Name      string
	Source    string // env | admin | off
	Env       string
	SecretSet bool
	Fields    []integField
}

type integField struct {
	Name, Value string
	Secret      bool
	Options     []string // a choice (match, id_type)
	Check       bool     // a checkbox (create)
}

// choices are the fields chosen from a list, the default first.
var choices = map[string][]string{"match": {"email", "subject"}, "id_type": {"user_id", "open_id"}}

func integrationRows(list []admin.Integration) []integRow {
	var out []integRow
	for _, in := range list {
		sp, _ := integrations.SpecOf(in.Name)
		row := integRow{Name: in.Name, Source: in.Source, Env: in.Env, SecretSet: in.SecretSet}
		for _, f := range sp.Fields {
			row.Fields = append(row.Fields, integField{Name: f, Value: in.Settings[f], Secret: f == sp.Secret,
				Options: choices[f], Check: f == "create"})
		}
		out = append(out, row)
	}
	return out
}

// handleSetIntegration serves POST /admin/integrations/{name}: an
// administrator saves a setting; a blank secret keeps the stored one.
func (u *UI) handleSetIntegration(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	sp, ok := integrations.SpecOf(name)
	if !ok {
		u.failPage(w, r, problem.NotFound, "error.not_found")
		return
	}
	_ = r.ParseForm()
	fields := map[string]string{}
	for _, f := range sp.Fields {
		fields[f] = r.PostFormValue(f)
	}
	if _, err := u.Admin.SetIntegration(r.Context(), visitorFrom(r.Context()).User, name, fields); err != nil {
		u.integrationFailed(w, r, err)
		return
	}
	http.Redirect(w, r, "/admin?done=integration#integrations", http.StatusSeeOther)
}

// handleDeleteIntegration serves POST /admin/integrations/{name}/delete.
func (u *UI) handleDeleteIntegration(w http.ResponseWriter, r *http.Request) {
	if err := u.Admin.DeleteIntegration(r.Context(), visitorFrom(r.Context()).User, r.PathValue("name")); err != nil {
		u.integrationFailed(w, r, err)
		return
	}
	http.Redirect(w, r, "/admin?done=integration#integrations", http.StatusSeeOther)
}

// integrationFailed shows a refused change beside the section; other
// failures on the error page.
func (u *UI) integrationFailed(w http.ResponseWriter, r *http.Request, err error) {
	pe := problem.As(err)
	if pe.Code != problem.Invalid && pe.Code != problem.Conflict {
		u.fail(w, r, err)
		return
	}
	http.Redirect(w, r, "/admin?integration_error="+url.QueryEscape(oneLine(pe, visitorFrom(r.Context()).Lang))+"#integrations", http.StatusSeeOther)
}
