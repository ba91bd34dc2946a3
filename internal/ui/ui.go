// Package ui is liaison's web interface: server-rendered pages (待办, 发起,
// case page, lists, administration) in Chinese first, English selectable,
// working without JavaScript. Templates, styles and scripts are embedded, so
// the binary needs nothing beside it; its text comes from package i18n.
package ui

import (
	"crypto/rand"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"github.com/liaison-dev/liaison/internal/admin"
	"github.com/liaison-dev/liaison/internal/i18n"
	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/web"
	"io/fs"
	"log/slog"
	"net/http"
	"strings"

	"github.com/liaison-dev/liaison/internal/auth"
	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/reach"
	"github.com/liaison-dev/liaison/internal/records"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// SessionCookie is the browser session cookie; it is the same name as
// web.SessionCookie so that one sign-in serves the pages and the JSON API.
const SessionCookie = "liaison_session"

// langCookie holds the chosen language, for visitors not signed in too.
const langCookie = "liaison_lang"

// preCookie carries the random value the sign-in form's CSRF token is bound
// to, since there is no session yet to bind it to.
const preCookie = "liaison_pre"

// Deps are the services the pages call.
type Deps struct {
	Auth   *auth.Service
	Cases  *cases.Service
	Admin  *admin.Service // administration, the directory, parties, preferences
	Links  cases.Links    // the case page's portal links (the portal); nil hides them
	Reach  *reach.Service // channel tests, calendar feed, inbound mail queue; nil hides them
	Logger *slog.Logger   // slog.Default() if nil
	Secure bool           // set the Secure flag on cookies (behind TLS)
	// Secret keys the CSRF tokens; random per process if empty. Replicas
	// behind one address should share it so a form from one is accepted by
	// another.
	Secret []byte
	// Records keeps attachments and archive bundles; without it the case
	// page shows neither.
	Records *records.Service
	// SSO signs people in through the company's identity provider, as
	// configured now; with none (nil, or no settings) the button is hidden.
	SSO *auth.SSO
}

// UI holds the dependencies, the parsed pages and the routes.
type UI struct {
	Deps
	mux    *http.ServeMux
	pages  map[string]*page
	cat    i18n.Catalogue
	assets map[string]string // static file name → a short hash of its content
}

// New returns the handler of every page path, wrapped in cross-origin
// protection and security headers.
func New(d Deps) http.Handler {
	h, err := build(d)
	if err != nil {
		// The templates are embedded: a parse error is a programming error
		// caught by every test, never a runtime condition.
		panic(err)
	}
	return h
}

func build(d Deps) (http.Handler, error) {
	if d.Logger == nil {
		d.Logger = slog.Default()
	}
	if len(d.Secret) == 0 {
		d.Secret = make([]byte, 32)
		_, _ = rand.Read(d.Secret)
	}
	cat, err := i18n.Load()
	if err != nil {
		return nil, err
	}
	u := &UI{Deps: d, mux: http.NewServeMux(), cat: cat, assets: assetVersions()}
	if u.pages, err = parsePages(templateFS, u.funcs()); err != nil {
		return nil, err
	}
	u.routes()
	cop := http.NewCrossOriginProtection()
	cop.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		u.failPage(w, r, problem.Forbidden, "error.csrf")
	}))
	return headers(cop.Handler(u.mux)), nil
}

// assetVersions hashes each static file. The pages name them with it
// (/static/app.js?v=…), so a browser that cached the old file for its
// hour fetches the new one right after an upgrade instead of running old
// script and style against new pages.
func assetVersions() map[string]string {
	out := map[string]string{}
	_ = fs.WalkDir(staticFS, "static", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := staticFS.ReadFile(path)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(b)
		out[strings.TrimPrefix(path, "static/")] = hex.EncodeToString(sum[:6])
		return nil
	})
	return out
}

// routes registers every page; one place to read what the UI answers.
func (u *UI) routes() {
	static, _ := fs.Sub(staticFS, "static")
	u.mux.Handle("GET /static/", u.staticFiles(static))
	// Every other address: the 404 page in the visitor's language.
	u.mux.HandleFunc("/", u.handleNotFound)
	u.mux.HandleFunc("GET /{$}", u.handleRoot)
	u.mux.HandleFunc("GET /login", u.handleLoginForm)
	u.mux.HandleFunc("POST /login", u.handleLogin)
	u.mux.HandleFunc("GET /auth/oidc/start", u.handleOIDCStart)
	u.mux.HandleFunc("GET /auth/oidc/callback", u.handleOIDCCallback)
	u.mux.HandleFunc("POST /logout", u.signedIn(u.handleLogout))
	u.mux.HandleFunc("POST /lang", u.handleLang)
	u.mux.HandleFunc("GET /inbox", u.signedIn(u.handleInbox))
	u.mux.HandleFunc("POST /inbox/read", u.signedIn(u.handleMarkRead))
	u.mux.HandleFunc("GET /messages/{id}", u.signedIn(u.handleOpenMessage))
	u.mux.HandleFunc("GET /new", u.signedIn(u.handlePick))
	u.mux.HandleFunc("GET /new/{process}", u.signedIn(u.handleNewForm))
	u.mux.HandleFunc("POST /new/{process}", u.signedIn(u.handleNew))
	u.mux.HandleFunc("GET /cases", u.signedIn(u.handleCases))
	u.mux.HandleFunc("GET /search", u.signedIn(u.handleSearch))
	u.mux.HandleFunc("GET /figures", u.signedIn(u.handleFigures))
	u.mux.HandleFunc("GET /cases/{id}", u.signedIn(u.handleCase))
	u.mux.HandleFunc("GET /processes/{id}", u.signedIn(u.handleProcess))
	u.mux.HandleFunc("POST /cases/{id}/actions/{action}", u.signedIn(u.handleAct))
	u.mux.HandleFunc("POST /cases/{id}/link", u.signedIn(u.handleSendLink))
	u.linkRoutes()
	u.reachRoutes()
	u.mux.HandleFunc("POST /cases/{id}/attachments", u.signedIn(u.handleAttach))
	u.mux.HandleFunc("GET /admin/records", u.signedIn(u.handleRecordsAdmin))
	u.mux.HandleFunc("POST /admin/records", u.signedIn(u.handleRecordsAdmin))
	u.mux.HandleFunc("GET /parties", u.signedIn(u.handleParties))
	u.mux.HandleFunc("GET /parties/{id}", u.signedIn(u.handleParty))
	u.mux.HandleFunc("GET /admin", u.signedIn(u.handleAdmin))
	u.mux.HandleFunc("POST /admin/channels", u.signedIn(u.handleAddChannel))
	u.mux.HandleFunc("POST /admin/integrations/{name}", u.signedIn(u.handleSetIntegration))
	u.mux.HandleFunc("POST /admin/integrations/{name}/delete", u.signedIn(u.handleDeleteIntegration))
	u.mux.HandleFunc("POST /admin/calendar", u.signedIn(u.handleCalendarImport))
	u.mux.HandleFunc("POST /admin/calendar/confirm", u.signedIn(u.handleCalendarConfirm))
	u.mux.HandleFunc("POST /admin/channels/{id}/delete", u.signedIn(u.handleDeleteChannel))
	u.mux.HandleFunc("POST /admin/departments", u.signedIn(u.handleCreateDepartment))
	u.mux.HandleFunc("POST /admin/departments/{id}", u.signedIn(u.handleUpdateDepartment))
	u.mux.HandleFunc("POST /admin/departments/{id}/delete", u.signedIn(u.handleDeleteDepartment))
	u.mux.HandleFunc("POST /admin/users", u.signedIn(u.handleCreateUser))
	u.mux.HandleFunc("GET /admin/users/{login}", u.signedIn(u.handleUser))
	u.mux.HandleFunc("POST /admin/users/{login}", u.signedIn(u.handleUpdateUser))
	u.mux.HandleFunc("POST /admin/parties", u.signedIn(u.handleCreateParty))
	u.mux.HandleFunc("POST /admin/import/{what}", u.signedIn(u.handleImport))
	u.mux.HandleFunc("POST /cases/{id}/reassign", u.signedIn(u.handleReassign))
	u.mux.HandleFunc("GET /me", u.signedIn(u.handleMe))
	u.mux.HandleFunc("POST /me/preferences", u.signedIn(u.handleMyPreferences))
	u.mux.HandleFunc("POST /me/password", u.signedIn(u.handleMyPassword))
}

// headers sets the security headers every page carries (the web kit's):
// no inline script or framing, so injected markup can do nothing.
func headers(h http.Handler) http.Handler {
	return web.SecurityHeaders(h, "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'", "same-origin")
}

func cacheStatic(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=3600")
		h.ServeHTTP(w, r)
	})
}
