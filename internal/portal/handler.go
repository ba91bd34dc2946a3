package portal

import (
	"context"
	"embed"
	"errors"
	"github.com/liaison-dev/liaison/internal/i18n"
	"html/template"
	"io"
	"io/fs"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/links"
	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/web"
	"github.com/liaison-dev/liaison/internal/web/wire"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// pages are the portal's templates; their text comes from the catalogue
// through t, in the portal's language.
var pages = template.Must(template.New("").Funcs(template.FuncMap{
	"t": func(key string, args ...any) string { return i18n.T(lang, key, args...) },
}).ParseFS(templateFS, "templates/*.html"))

// maxBody bounds a form or JSON body, as the rest of the API does.
const maxBody = 1 << 20

// Handler serves the portal; mount it on the server's mux for "/p/" and
// "/api/v1/portal/" without stripping the prefix:
//
//	GET  /p/{token}                              the case page
//	POST /p/{token}/actions/{action}             a form; 303 back to the page
//	POST /p/{token}/renew                        ask for a new link
//	GET  /p/static/portal.css                    the page's style sheet
//	GET  /api/v1/portal/{token}                  the view as JSON
//	POST /api/v1/portal/{token}/actions/{action} {"fields":{…},"comment":"…"} → 200 view
//	POST /api/v1/portal/{token}/renew            ask for a new link → 200 {"status":"requested"}
//	POST /api/v1/portal/{token}/attachments      a file for the action the case waits on the party for → 201
//	POST /p/{token}/attachments?csrf=…           the same from the page; 303 back to it
func (p *Portal) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /p/{token}", p.handlePage)
	mux.HandleFunc("POST /p/{token}/actions/{action}", p.handleFormAct)
	mux.HandleFunc("POST /p/{token}/renew", p.handleFormRenew)
	static, _ := fs.Sub(staticFS, "static")
	mux.Handle("GET /p/static/", http.StripPrefix("/p/static/", http.FileServerFS(static)))
	mux.HandleFunc("GET /api/v1/portal/{token}", p.handleAPIView)
	mux.HandleFunc("POST /api/v1/portal/{token}/actions/{action}", p.handleAPIAct)
	mux.HandleFunc("POST /api/v1/portal/{token}/renew", p.handleAPIRenew)
	if p.cfg.Records != nil {
		mux.HandleFunc("POST /api/v1/portal/{token}/attachments", p.handleAPIAttach)
		mux.HandleFunc("POST /p/{token}/attachments", p.handleFormAttach)
	}
	mux.HandleFunc("/api/v1/portal/", func(w http.ResponseWriter, r *http.Request) {
		writeProblem(w, r, problem.Key(problem.NotFound, "problem.nothing_found"))
	})
	mux.HandleFunc("/p/", func(w http.ResponseWriter, r *http.Request) {
		p.message(w, problem.NotFound, i18n.T(lang, "portal.page_missing"), i18n.T(lang, "portal.check_link_complete"))
	})
	cop := http.NewCrossOriginProtection()
	cop.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if isAPI(r) {
			writeProblem(w, r, problem.Key(problem.Forbidden, "problem.cross_origin_refused"))
			return
		}
		p.message(w, problem.Forbidden, i18n.T(lang, "portal.refused"), i18n.T(lang, "portal.open_from_mail"))
	}))
	return secure(cop.Handler(mux))
}

func isAPI(r *http.Request) bool { return strings.HasPrefix(r.URL.Path, "/api/") }

// secure sets the headers every portal answer needs: the token is in the
// URL, so no referrer leaves the page, nothing is cached, and the page is
// not indexed or framed.
func secure(h http.Handler) http.Handler {
	return web.SecurityHeaders(h, "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
		"no-referrer", "Cache-Control", "no-store", "X-Robots-Tag", "noindex, nofollow")
}

// linkProblem is the error for a link that is signed but unusable: 410
// Gone, with a code saying why, so a client can offer the renewal.
func linkProblem(l links.Link, st links.State, loc *time.Location) *problem.Error {
	if st == links.Revoked {
		return problem.Key(problem.LinkRevoked, "problem.link_revoked")
	}
	at := l.ExpiresAt.In(loc)
	return problem.Key(problem.LinkExpired, "problem.link_expired", process.Text{Zh: i18n.DateTime(at, "zh"), En: i18n.DateTime(at, "en")})
}

// asProblem logs errors that are not ours and hides their text.
func (p *Portal) asProblem(ctx context.Context, err error) *problem.Error {
	err = web.AsUnavailable(err) // a database that is coming back is 503, not 500
	var pe *problem.Error
	if !errors.As(err, &pe) {
		p.cfg.Logger.ErrorContext(ctx, "portal request failed", "err", err)
	}
	return problem.As(err)
}

func writeJSON(w http.ResponseWriter, code int, v any) { web.WriteJSON(w, code, v) }

// lang is the language of the portal's pages: Chinese, for the customer.
// Its answers in JSON are in the language the request asks for (web.Lang).
const lang = "zh"

// writeProblem writes the contract's error shape, with the status the one
// table gives its code, in the language r asks for (Accept-Language;
// Chinese by default).
func writeProblem(w http.ResponseWriter, r *http.Request, pe *problem.Error) {
	web.WriteProblem(w, pe, web.Lang(r))
}

func (p *Portal) loc() *time.Location { return p.cfg.Cases.Calendar().Location() }

// view loads the case behind a valid link, trimmed for the party.
func (p *Portal) view(ctx context.Context, l links.Link) (*process.Definition, cases.View, error) {
	v, err := p.cfg.Cases.PortalView(ctx, l.CaseID, l.Party)
	if err != nil {
		return nil, cases.View{}, err
	}
	d, ok := p.cfg.Cases.Processes().Get(v.Process)
	if !ok {
		return nil, cases.View{}, problem.Key(problem.Internal, "problem.process_not_defined", v.Process)
	}
	return d, v, nil
}

func (p *Portal) act(ctx context.Context, l links.Link, action string, in process.Input) (*process.Definition, cases.View, error) {
	before, err := p.cfg.Cases.PortalView(ctx, l.CaseID, l.Party)
	if err != nil {
		return nil, cases.View{}, err
	}
	name := ""
	for _, pt := range before.Participants {
		if pt.Party == l.Party {
			name = pt.Name
		}
	}
	if _, err := p.cfg.Cases.PortalAct(ctx, l.CaseID, cases.PartyActor(l.Party, name, l.Email), action, in); err != nil {
		return nil, cases.View{}, err
	}
	return p.view(ctx, l)
}

// ---- JSON API ----

func (p *Portal) apiLink(w http.ResponseWriter, r *http.Request) (links.Link, bool) {
	l, st, err := p.cfg.Links.Resolve(r.Context(), r.PathValue("token"))
	if err != nil {
		pe := p.asProblem(r.Context(), err)
		writeProblem(w, r, pe)
		return l, false
	}
	if st != links.Valid {
		writeProblem(w, r, linkProblem(l, st, p.loc()))
		return l, false
	}
	return l, true
}

func (p *Portal) handleAPIView(w http.ResponseWriter, r *http.Request) {
	l, ok := p.apiLink(w, r)
	if !ok {
		return
	}
	_, v, err := p.view(r.Context(), l)
	if err != nil {
		pe := p.asProblem(r.Context(), err)
		writeProblem(w, r, pe)
		return
	}
	writeJSON(w, http.StatusOK, wire.CaseOf(v))
}

func (p *Portal) handleAPIAct(w http.ResponseWriter, r *http.Request) {
	l, ok := p.apiLink(w, r)
	if !ok {
		return
	}
	var body struct {
		Fields  map[string]any `json:"fields"`
		Comment string         `json:"comment"`
	}
	if pe := decodeJSON(w, r, &body); pe != nil {
		writeProblem(w, r, pe)
		return
	}
	_, v, err := p.act(r.Context(), l, r.PathValue("action"), process.Input{Fields: body.Fields, Comment: body.Comment, Lang: "zh", Strict: true})
	if err != nil {
		pe := p.asProblem(r.Context(), err)
		writeProblem(w, r, pe)
		return
	}
	writeJSON(w, http.StatusOK, wire.CaseOf(v))
}

// decodeJSON reads the body as the rest of the API does (web.DecodeJSON).
func decodeJSON(w http.ResponseWriter, r *http.Request, dst any) *problem.Error {
	if err := web.DecodeJSON(w, r, dst); err != nil {
		return problem.As(err)
	}
	return nil
}

func (p *Portal) handleAPIRenew(w http.ResponseWriter, r *http.Request) {
	l, st, err := p.cfg.Links.Resolve(r.Context(), r.PathValue("token"))
	if err != nil {
		pe := p.asProblem(r.Context(), err)
		writeProblem(w, r, pe)
		return
	}
	if st == links.Valid {
		writeProblem(w, r, problem.Key(problem.Conflict, "problem.link_is_still_valid"))
		return
	}
	wait, err := p.renew(r, l)
	if err != nil {
		pe := p.asProblem(r.Context(), err)
		writeProblem(w, r, pe)
		return
	}
	if wait > 0 {
		pe := problem.Key(problem.RateLimited, "problem.already_requested_within_hour")
		pe.RetryAfter = wait
		writeProblem(w, r, pe)
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "requested"})
}

// renew records a request for a new link (see links.RequestRenewal).
func (p *Portal) renew(r *http.Request, l links.Link) (time.Duration, error) {
	return p.cfg.Links.RequestRenewal(r.Context(), l, web.ClientIP(r))
}

// ---- pages ----

func (p *Portal) render(w http.ResponseWriter, code int, name string, data any) {
	var b strings.Builder
	if err := pages.ExecuteTemplate(&b, name, data); err != nil {
		p.cfg.Logger.Error("portal: render", "template", name, "err", err)
		http.Error(w, "internal error", web.Status(problem.Internal))
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if code == http.StatusServiceUnavailable && w.Header().Get("Retry-After") == "" {
		w.Header().Set("Retry-After", web.RetryAfterSeconds)
	}
	w.WriteHeader(code)
	_, _ = io.WriteString(w, b.String())
}

type messageData struct{ Heading, Text, Token, CSRF string }

// message shows a short page; its status comes from the one table (a
// problem code), or 200 for "" (a confirmation).
func (p *Portal) message(w http.ResponseWriter, code problem.Code, heading, text string) {
	status := http.StatusOK
	if code != "" {
		status = web.Status(code)
	}
	p.render(w, status, "message.html", messageData{Heading: heading, Text: text})
}

// pageLink resolves the link of a page request, answering for it when it
// is unknown (404) or unusable (410, with the renewal form).
func (p *Portal) pageLink(w http.ResponseWriter, r *http.Request) (links.Link, []byte, bool) {
	tok := r.PathValue("token")
	l, st, err := p.cfg.Links.Resolve(r.Context(), tok)
	if err != nil {
		pe := p.asProblem(r.Context(), err)
		if pe.Code == problem.NotFound {
			p.message(w, problem.NotFound, i18n.T(lang, "portal.link_invalid"), i18n.T(lang, "portal.link_unknown"))
		} else {
			p.message(w, pe.Code, i18n.T(lang, "portal.cannot_open"), i18n.T(lang, "portal.try_later"))
		}
		return l, nil, false
	}
	key, err := p.cfg.Links.Key(r.Context())
	if err != nil {
		p.message(w, p.asProblem(r.Context(), err).Code, i18n.T(lang, "portal.cannot_open"), i18n.T(lang, "portal.try_later"))
		return l, nil, false
	}
	if st != links.Valid {
		p.gone(w, l, st, tok, key)
		return l, nil, false
	}
	return l, key, true
}

type goneData struct {
	Revoked     bool
	Expired     string
	Token, CSRF string
}

func (p *Portal) gone(w http.ResponseWriter, l links.Link, st links.State, tok string, key []byte) {
	p.render(w, web.Status(linkProblem(l, st, p.loc()).Code), "gone.html", goneData{
		Revoked: st == links.Revoked, Expired: i18n.PageTime(l.ExpiresAt.In(p.loc()), lang),
		Token: tok, CSRF: web.CSRFToken(key, tok),
	})
}

func (p *Portal) handlePage(w http.ResponseWriter, r *http.Request) {
	l, key, ok := p.pageLink(w, r)
	if !ok {
		return
	}
	tok := r.PathValue("token")
	d, v, err := p.view(r.Context(), l)
	if err != nil {
		p.pageProblem(w, r, err)
		return
	}
	s, err := p.show(r.Context())
	if err != nil {
		p.pageProblem(w, r, err)
		return
	}
	pd := build(d, v, s)
	pd.Forms = forms(d, v, "", nil, nil, "", s)
	pd.Token, pd.CSRF = tok, web.CSRFToken(key, tok)
	pd.Expires = when(l.ExpiresAt, s)
	pd.Upload = p.cfg.Records != nil && canUpload(d, v)
	if r.URL.Query().Get("done") == "upload" {
		pd.Message = i18n.T(lang, "portal.uploaded")
	}
	if done := r.URL.Query().Get("done"); done != "" {
		if a := d.Action(done); a != nil {
			pd.Message = i18n.T(lang, "portal.submitted", a.Name)
		}
	}
	p.render(w, http.StatusOK, "page.html", pd)
}

func (p *Portal) pageProblem(w http.ResponseWriter, r *http.Request, err error) {
	pe := p.asProblem(r.Context(), err)
	if pe.Code == problem.NotFound {
		p.message(w, problem.NotFound, i18n.T(lang, "portal.link_invalid"), i18n.T(lang, "portal.case_gone"))
		return
	}
	p.message(w, pe.Code, i18n.T(lang, "portal.cannot_complete"), pe.Text(lang))
}

// checkCSRF compares the form's hidden value with the one derived from the
// link; the cross-origin check in Handler runs before it.
func checkCSRF(r *http.Request, key []byte, tok string) bool {
	got := r.PostFormValue("csrf")
	return web.CSRFValid(key, tok, got)
}

func (p *Portal) handleFormAct(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, maxBody)
	if err := r.ParseForm(); err != nil {
		p.message(w, problem.Malformed, i18n.T(lang, "portal.submit_failed"), i18n.T(lang, "portal.form_unreadable_retry"))
		return
	}
	l, key, ok := p.pageLink(w, r)
	if !ok {
		return
	}
	tok := r.PathValue("token")
	if !checkCSRF(r, key, tok) {
		p.message(w, problem.Forbidden, i18n.T(lang, "portal.refused"), i18n.T(lang, "portal.form_expired"))
		return
	}
	d, v, err := p.view(r.Context(), l)
	if err != nil {
		p.pageProblem(w, r, err)
		return
	}
	s, err := p.show(r.Context())
	if err != nil {
		p.pageProblem(w, r, err)
		return
	}
	action := r.PathValue("action")
	var a *process.Action
	if st := d.State(v.State); st != nil {
		a = st.Action(action)
	}
	kept := map[string]string{"comment": r.PostFormValue("comment")}
	var fields map[string]any
	var errs map[string]string
	if a != nil {
		fields = formFields(a, r.PostForm, kept, p.loc())
	}
	if a != nil && r.PostFormValue("preview") != "" {
		// 计算合计: show the quote's totals for what was typed, send nothing.
		pd := build(d, v, s)
		pd.Forms = forms(d, v, action, kept, errs, "", s)
		pd.Token, pd.CSRF = tok, web.CSRFToken(key, tok)
		pd.Expires = when(l.ExpiresAt, s)
		pd.Message = i18n.T(lang, "portal.totals_computed")
		p.render(w, http.StatusOK, "page.html", pd)
		return
	}
	if a != nil && len(a.Countersign) > 0 && r.PostFormValue(confirmField) != "1" {
		// A signature cannot be undone: the box under what is signed must be ticked.
		if errs == nil {
			errs = map[string]string{}
		}
		errs[confirmField] = "reason.confirm_before_signing"
	}
	if len(errs) == 0 {
		_, _, err = p.act(r.Context(), l, action, process.Input{Fields: fields, Comment: kept["comment"], Lang: "zh"})
		if err == nil {
			http.Redirect(w, r, "/p/"+url.PathEscape(tok)+"?done="+url.QueryEscape(action), http.StatusSeeOther)
			return
		}
	} else {
		err = problem.FieldsKey("problem.check_the_form", errs)
	}
	pe := p.asProblem(r.Context(), err)
	if pe.Code == problem.NotFound && a == nil {
		pe = problem.Key(problem.Conflict, "problem.action_not_available_now")
	}
	// Show the page again with the input kept and each reason by its field.
	d, v, verr := p.view(r.Context(), l)
	if verr != nil {
		p.pageProblem(w, r, verr)
		return
	}
	byField := map[string]string{}
	top := pe.Text(lang)
	for k, why := range pe.Reasons(lang) {
		name := k
		if i := strings.IndexAny(name, ".["); i > 0 {
			name = name[:i]
		}
		if byField[name] != "" {
			byField[name] += ";"
		}
		byField[name] += why
	}
	pd := build(d, v, s)
	pd.Forms = forms(d, v, action, kept, byField, top, s)
	pd.Token, pd.CSRF = tok, web.CSRFToken(key, tok)
	pd.Expires = when(l.ExpiresAt, s)
	pd.Error = top
	p.render(w, web.Status(pe.Code), "page.html", pd)
}

// formFields turns the form of action a into the values Apply expects,
// each read by its field's type, keeping what was typed for a second
// showing; what a type cannot read goes to Apply, which says why.
func formFields(a *process.Action, form url.Values, kept map[string]string, loc *time.Location) map[string]any {
	fields := map[string]any{}
	for _, fd := range process.PartyInputs(a) {
		t := process.TypeOf(fd)
		if t.Shape() == process.ShapeQuote && form.Get(fd.Name) == "" {
			if q, ok := formQuote(fd.Name, form, kept, loc); ok {
				fields[fd.Name] = q
			}
			continue
		}
		if t.Shape() == process.ShapeRows && form.Get(fd.Name) == "" {
			if rows := formRows(fd, form, kept, fd.Name, loc); rows != nil {
				fields[fd.Name] = rows
			}
			continue
		}
		raw := strings.TrimSpace(form.Get(fd.Name))
		kept[fd.Name] = form.Get(fd.Name)
		if raw == "" {
			continue // Apply says whether it was required
		}
		fields[fd.Name] = t.Parse(fd, raw, loc)
	}
	return fields
}

func (p *Portal) handleFormRenew(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, maxBody)
	if err := r.ParseForm(); err != nil {
		p.message(w, problem.Malformed, i18n.T(lang, "portal.submit_failed"), i18n.T(lang, "portal.form_unreadable"))
		return
	}
	tok := r.PathValue("token")
	l, st, err := p.cfg.Links.Resolve(r.Context(), tok)
	if err != nil {
		p.pageProblem(w, r, err)
		return
	}
	key, err := p.cfg.Links.Key(r.Context())
	if err != nil {
		p.pageProblem(w, r, err)
		return
	}
	if !checkCSRF(r, key, tok) {
		p.message(w, problem.Forbidden, i18n.T(lang, "portal.refused"), i18n.T(lang, "portal.form_expired_renew"))
		return
	}
	if st == links.Valid {
		http.Redirect(w, r, "/p/"+url.PathEscape(tok), http.StatusSeeOther)
		return
	}
	wait, err := p.renew(r, l)
	if err != nil {
		p.pageProblem(w, r, err)
		return
	}
	if wait > 0 {
		w.Header().Set("Retry-After", web.RetryAfter(wait))
		p.message(w, problem.RateLimited, i18n.T(lang, "portal.already_requested"), i18n.T(lang, "portal.already_requested_text"))
		return
	}
	p.message(w, "", i18n.T(lang, "portal.renew_sent"), i18n.T(lang, "portal.renew_sent_text"))
}

// formRows reads a rows input whose cells are named FIELD.ROW.COLUMN,
// keeping each cell for a second showing; rows left wholly empty are
// dropped, and nil means no row was filled in.
func formRows(fd process.Field, form url.Values, kept map[string]string, field string, loc *time.Location) []any {
	var rows []any
	for i := 0; i < 200; i++ {
		row, seen, filled := map[string]any{}, false, false
		for _, c := range fd.Columns {
			name := rowCell(field, i, c.Name)
			vals, ok := form[name]
			if !ok {
				continue
			}
			seen = true
			kept[name] = vals[0]
			if v := strings.TrimSpace(vals[0]); v != "" {
				row[c.Name], filled = process.TypeOf(c).Parse(c, v, loc), true
			}
		}
		if !seen {
			break
		}
		if filled {
			rows = append(rows, row)
		}
	}
	return rows
}

// formQuote reads a quote entered as rows (NAME.currency, NAME.tax_rate,
// NAME.items.ROW.COLUMN) from the form — or, when form is empty, from the
// kept values — keeping each for a second showing; ok is false when
// nothing of it was filled in.
func formQuote(name string, form url.Values, kept map[string]string, loc *time.Location) (map[string]any, bool) {
	src := form
	if len(form) == 0 {
		src = url.Values{}
		for k, v := range kept {
			src.Set(k, v)
		}
	}
	q := map[string]any{}
	for _, k := range []string{"currency", "tax_rate"} {
		if v, ok := src[name+"."+k]; ok {
			kept[name+"."+k] = v[0]
			if s := strings.TrimSpace(v[0]); s != "" {
				q[k] = s
			}
		}
	}
	items := formRows(process.QuoteLines, src, kept, name+".items", loc)
	if items == nil && len(q) == 0 {
		return nil, false
	}
	if items == nil {
		items = []any{}
	}
	q["items"] = items
	return q, true
}
