package portal

import (
	"github.com/liaison-dev/liaison/internal/i18n"
	"net/http"
	"net/url"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/links"
	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/records"
	"github.com/liaison-dev/liaison/internal/web"
)

// attach streams the request's "file" part to the records service as the
// link's party.
func (p *Portal) attach(w http.ResponseWriter, r *http.Request, l links.Link) (records.Attachment, error) {
	web.LimitUpload(w, r, p.cfg.Records.MaxAttachment())
	up, err := web.ReadUpload(r)
	if err != nil {
		return records.Attachment{}, err
	}
	return p.cfg.Records.AttachParty(r.Context(), cases.PartyActor(l.Party, "", l.Email), l.CaseID, up)
}

// handleAPIAttach serves POST /api/v1/portal/{token}/attachments
// (multipart, field "file", optional "action") → 201 the attachment.
func (p *Portal) handleAPIAttach(w http.ResponseWriter, r *http.Request) {
	l, ok := p.apiLink(w, r)
	if !ok {
		return
	}
	a, err := p.attach(w, r, l)
	if err != nil {
		pe := p.asProblem(r.Context(), err)
		writeProblem(w, r, pe)
		return
	}
	writeJSON(w, http.StatusCreated, web.AttachmentOf(a))
}

// handleFormAttach serves the page's upload form; its CSRF value rides in
// the query string, as the multipart body is streamed, not parsed first.
func (p *Portal) handleFormAttach(w http.ResponseWriter, r *http.Request) {
	l, key, ok := p.pageLink(w, r)
	if !ok {
		return
	}
	tok := r.PathValue("token")
	if !web.CSRFValid(key, tok, r.URL.Query().Get("csrf")) {
		p.message(w, problem.Forbidden, i18n.T(lang, "portal.refused"), i18n.T(lang, "portal.form_expired"))
		return
	}
	if _, err := p.attach(w, r, l); err != nil {
		p.pageProblem(w, r, err)
		return
	}
	http.Redirect(w, r, "/p/"+url.PathEscape(tok)+"?done=upload", http.StatusSeeOther)
}
