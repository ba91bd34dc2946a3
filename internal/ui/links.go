package ui

import (
	"context"
	"encoding/base64"
	"html/template"
	"net/http"
	"net/url"
	"strconv"

	qrcode "github.com/skip2/go-qrcode"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/notify"
	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/web"
)

// linkRow is an external contact's current link on the case page.
type linkRow struct {
	Name, Email, URL, Status, Expires, LastUsed string
	Valid                                       bool
	QR                                          template.URL // data:image/png;base64,… (made on the server, no CDN)
}

// linkRoutes registers the case page's link buttons.
func (u *UI) linkRoutes() {
	u.mux.HandleFunc("POST /cases/{id}/links/revoke", u.signedIn(u.handleRevokeLinks))
	u.mux.HandleFunc("POST /cases/{id}/links/renew", u.signedIn(u.handleRenewLink))
}

// qrDataURL draws s as a QR code, a PNG in a data: URL.
func qrDataURL(s string) (template.URL, error) {
	png, err := qrcode.Encode(s, qrcode.Medium, -4) // 4 px a module: whole pixels, crisp for any reader
	if err != nil {
		return "", err
	}
	return template.URL("data:image/png;base64," + base64.StdEncoding.EncodeToString(png)), nil
}

// linkRows lists the contacts' links for the page; a visitor who may not
// hand out links (management's read-only view) gets none and no error.
func (u *UI) linkRows(ctx context.Context, vis visitor, id int64) ([]linkRow, error) {
	if u.Links == nil {
		return nil, nil
	}
	list, err := u.Links.CaseLinks(ctx, vis.actor(), id)
	if problem.CodeOf(err) == problem.Forbidden || problem.CodeOf(err) == problem.NotFound {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	lang := vis.Lang
	var out []linkRow
	for _, l := range list {
		row := linkRow{Name: l.Name, Email: l.Email, URL: l.URL, Status: u.cat.T(lang, "link.status_"+l.Status), Valid: l.Status == cases.LinkValid}
		if l.ExpiresAt != nil {
			row.Expires = formatTime(l.ExpiresAt.In(u.location()), lang)
		}
		if l.LastUsedAt != nil {
			row.LastUsed = formatTime(l.LastUsedAt.In(u.location()), lang)
		}
		if row.Valid {
			if row.QR, err = qrDataURL(l.URL); err != nil {
				return nil, err
			}
		}
		out = append(out, row)
	}
	return out, nil
}

// failedToParties lists, as warnings for the top of the case, each
// delivery to an external contact that failed, with the reason in the
// visitor's language.
func (u *UI) failedToParties(list []cases.Notification, lang string) []string {
	var out []string
	seen := map[string]bool{}
	for _, n := range list {
		if n.Login != "" || n.Channel != notify.ChannelEmail || n.Status != "failed" {
			continue
		}
		w := u.cat.T(lang, "link.delivery_failed", n.Recipient, notify.Explain(n.LastError, lang))
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

// handleRevokeLinks serves POST /cases/{id}/links/revoke (form: email).
func (u *UI) handleRevokeLinks(w http.ResponseWriter, r *http.Request) {
	u.linkChange(w, r, func(ctx context.Context, vis visitor, id int64, email string) error {
		_, err := u.Links.RevokeLinks(ctx, vis.actor(), id, email)
		return err
	}, "revoked")
}

// handleRenewLink serves POST /cases/{id}/links/renew (form: email).
func (u *UI) handleRenewLink(w http.ResponseWriter, r *http.Request) {
	u.linkChange(w, r, func(ctx context.Context, vis visitor, id int64, email string) error {
		_, err := u.Links.RenewLink(ctx, vis.actor(), id, email)
		return err
	}, "renewed")
}

// linkChange runs a link button and goes back to the case page; a refusal
// is shown on the case page in the visitor's language, never a dead end.
func (u *UI) linkChange(w http.ResponseWriter, r *http.Request, do func(context.Context, visitor, int64, string) error, done string) {
	vis := visitorFrom(r.Context())
	id, ok := u.caseID(r)
	if !ok || u.Links == nil {
		u.failPage(w, r, problem.NotFound, "error.not_found")
		return
	}
	vals, ok := u.postForm(w, r)
	if !ok {
		return
	}
	if err := do(r.Context(), vis, id, vals.Get("email")); err != nil {
		u.caseRefusal(w, r, err)
		return
	}
	http.Redirect(w, r, "/cases/"+strconv.FormatInt(id, 10)+"?done=link_"+url.QueryEscape(done)+"#links", http.StatusSeeOther)
}

// caseRefusal shows the case page again with why an action on it was
// refused; a case the visitor may not see stays a 404.
func (u *UI) caseRefusal(w http.ResponseWriter, r *http.Request, err error) {
	p := problem.As(err)
	switch p.Code {
	case problem.Conflict, problem.Forbidden, problem.Invalid:
		msg := message(p, visitorFrom(r.Context()).Lang)
		for _, why := range p.Fields {
			msg += " " + reason(why, visitorFrom(r.Context()).Lang)
		}
		u.showCase(w, r, web.Status(p.Code), "", msg, formState{})
	default:
		u.fail(w, r, err)
	}
}
