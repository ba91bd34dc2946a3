package ui

import (
	"errors"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/liaison-dev/liaison/internal/notify"
	"github.com/liaison-dev/liaison/internal/store"
)

// chanRow is a department's robot or webhook as the admin page lists it.
type chanRow struct {
	ID                           int64
	Dept, Kind, Name, URL, Kinds string
	Signed, Enabled              bool
}

// channelRows lists the robots and webhooks, their secrets never shown.
func (u *UI) channelRows(r *http.Request, deptNames map[string]string) ([]chanRow, error) {
	list, err := store.Channels(r.Context(), u.Store.SQL())
	if err != nil {
		return nil, err
	}
	var out []chanRow
	for _, c := range list {
		out = append(out, chanRow{ID: c.ID, Dept: nameOr(deptNames, c.Dept), Kind: c.Kind, Name: c.Name, URL: notify.RedactURL(c.URL),
			Kinds: strings.Join(c.Kinds, ", "), Signed: c.Secret != "", Enabled: c.Enabled})
	}
	return out, nil
}

// handleAddChannel serves POST /admin/channels: an administrator adds a
// department's group robot or webhook.
func (u *UI) handleAddChannel(w http.ResponseWriter, r *http.Request) {
	vis := visitorFrom(r.Context())
	if !vis.User.Admin {
		u.failPage(w, r, http.StatusForbidden, "error.forbidden")
		return
	}
	var kinds []string
	for _, k := range strings.FieldsFunc(r.PostFormValue("kinds"), func(c rune) bool { return c == ',' || c == ' ' || c == '，' }) {
		kinds = append(kinds, k)
	}
	c := store.Channel{Dept: r.PostFormValue("dept"), Kind: r.PostFormValue("kind"), Name: strings.TrimSpace(r.PostFormValue("name")),
		URL: strings.TrimSpace(r.PostFormValue("url")), Secret: strings.TrimSpace(r.PostFormValue("secret")), Kinds: kinds, Enabled: true, CreatedAt: time.Now()}
	bad := notify.CheckEndpoint(c.Kind, c.Name, c.URL, c.Secret, c.Kinds)
	if _, err := u.Store.Department(r.Context(), c.Dept); err != nil {
		bad["dept"] = "unknown department"
	}
	if len(bad) == 0 {
		_, err := u.Store.AddChannel(r.Context(), c)
		if errors.Is(err, store.ErrDuplicate) {
			bad["name"] = "already taken"
		} else if err != nil {
			u.fail(w, r, err)
			return
		}
	}
	if len(bad) > 0 {
		var parts []string
		for f, why := range bad {
			parts = append(parts, f+": "+why)
		}
		http.Redirect(w, r, "/admin?channel_error="+url.QueryEscape(strings.Join(parts, "; "))+"#channels", http.StatusSeeOther)
		return
	}
	u.audit(r, "channel_add", c.Name)
	http.Redirect(w, r, "/admin?done=channel#channels", http.StatusSeeOther)
}

// handleDeleteChannel serves POST /admin/channels/{id}/delete.
func (u *UI) handleDeleteChannel(w http.ResponseWriter, r *http.Request) {
	vis := visitorFrom(r.Context())
	if !vis.User.Admin {
		u.failPage(w, r, http.StatusForbidden, "error.forbidden")
		return
	}
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err == nil {
		err = u.Store.DeleteChannel(r.Context(), id)
	}
	if err != nil {
		u.failPage(w, r, http.StatusNotFound, "error.not_found")
		return
	}
	u.audit(r, "channel_delete", r.PathValue("id"))
	http.Redirect(w, r, "/admin#channels", http.StatusSeeOther)
}

// audit records an administrator's change in the audit trail.
func (u *UI) audit(r *http.Request, action, target string) {
	vis := visitorFrom(r.Context())
	if err := u.Store.Audit(r.Context(), store.AuditEntry{At: time.Now(), Actor: vis.User.Login, Action: action, Target: target, IP: r.RemoteAddr}); err != nil {
		u.Logger.Error("ui: audit", "err", err)
	}
}
