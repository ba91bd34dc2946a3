package ui

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/liaison-dev/liaison/internal/admin"
	"github.com/liaison-dev/liaison/internal/problem"
)

// chanRow is a department's robot or webhook as the admin page lists it.
type chanRow struct {
	ID                           int64
	Dept, Kind, Name, URL, Kinds string
	Signed, Enabled              bool
}

// channelRows lists the robots and webhooks, their secrets never shown.
func (u *UI) channelRows(r *http.Request, deptNames map[string]string) ([]chanRow, error) {
	list, err := u.Admin.Channels(r.Context(), visitorFrom(r.Context()).User)
	if err != nil {
		return nil, err
	}
	var out []chanRow
	lang := visitorFrom(r.Context()).Lang
	sep := "、"
	if lang == "en" {
		sep = ", "
	}
	for _, c := range list {
		kinds := make([]string, len(c.Kinds))
		for i, k := range c.Kinds {
			kinds[i] = u.cat.Label(lang, "notice.", k) // in words, never the code
		}
		out = append(out, chanRow{ID: c.ID, Dept: nameOr(deptNames, c.Dept), Kind: c.Kind, Name: c.Name, URL: c.URL,
			Kinds: strings.Join(kinds, sep), Signed: c.Signed, Enabled: c.Enabled})
	}
	return out, nil
}

// handleAddChannel serves POST /admin/channels: an administrator adds a
// department's group robot or webhook.
func (u *UI) handleAddChannel(w http.ResponseWriter, r *http.Request) {
	var kinds []string
	_ = r.ParseForm()
	for _, v := range r.PostForm["kinds"] { // the ticked boxes (or one list typed by a script)
		kinds = append(kinds, strings.FieldsFunc(v, func(c rune) bool { return c == ',' || c == ' ' || c == '，' })...)
	}
	in := admin.ChannelInput{Dept: r.PostFormValue("dept"), Kind: r.PostFormValue("kind"), Name: r.PostFormValue("name"),
		URL: r.PostFormValue("url"), Secret: r.PostFormValue("secret"), Kinds: kinds}
	if _, err := u.Admin.AddChannel(r.Context(), visitorFrom(r.Context()).User, in); err != nil {
		if p := problem.As(err); p.Code == problem.Invalid {
			http.Redirect(w, r, "/admin?channel_error="+url.QueryEscape(oneLine(p, visitorFrom(r.Context()).Lang))+"#channels", http.StatusSeeOther)
			return
		}
		u.fail(w, r, err)
		return
	}
	http.Redirect(w, r, "/admin?done=channel#channels", http.StatusSeeOther)
}

// handleDeleteChannel serves POST /admin/channels/{id}/delete.
func (u *UI) handleDeleteChannel(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		u.failPage(w, r, problem.NotFound, "error.not_found")
		return
	}
	if err := u.Admin.DeleteChannel(r.Context(), visitorFrom(r.Context()).User, id); err != nil {
		u.fail(w, r, err)
		return
	}
	http.Redirect(w, r, "/admin#channels", http.StatusSeeOther)
}
