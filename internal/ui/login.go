package ui

import (
	"context"
	"github.com/liaison-dev/liaison/internal/admin"
	"github.com/liaison-dev/liaison/internal/web"
	"net/http"
	"time"

	"github.com/liaison-dev/liaison/internal/auth"
	"github.com/liaison-dev/liaison/internal/problem"
)

// loginView is the sign-in page's data.
type loginView struct {
	Login string
	Next  string
	OIDC  string // the identity provider's name; empty when there is none
	// FirstAdmin: no administrator exists yet, so the page says how to
	// create one (admin.NeedsFirstAdmin).
	FirstAdmin bool
}

func (u *UI) loginView(ctx context.Context, login, next string) loginView {
	v := loginView{Login: login, Next: next}
	if sso := u.SSO.Get(ctx); sso != nil {
		v.OIDC = sso.Name()
	}
	if svc := u.Admin; svc != nil { // the administration service, not a right
		// Without the answer the page still signs in; it only lacks the hint.
		v.FirstAdmin, _ = svc.NeedsFirstAdmin(ctx)
	}
	return v
}

// handleRoot sends a signed-in visitor to 待办 and others to sign in.
func (u *UI) handleRoot(w http.ResponseWriter, r *http.Request) {
	if c, err := r.Cookie(SessionCookie); err == nil {
		_, err := u.Auth.Authenticate(r.Context(), c.Value)
		if err == nil {
			http.Redirect(w, r, "/inbox", http.StatusSeeOther)
			return
		}
		if problem.CodeOf(web.AsUnavailable(err)) == problem.Unavailable {
			u.fail(w, r, err)
			return
		}
	}
	http.Redirect(w, r, "/login", http.StatusSeeOther)
}

// preValue returns the sign-in form's pre-session value, setting the
// cookie that carries it when the browser has none.
func (u *UI) preValue(w http.ResponseWriter, r *http.Request) string {
	if c, err := r.Cookie(preCookie); err == nil && len(c.Value) >= 16 {
		return c.Value
	}
	v := randomToken()
	http.SetCookie(w, u.cookie(preCookie, v, 3600))
	return v
}

// handleLoginForm serves GET /login.
func (u *UI) handleLoginForm(w http.ResponseWriter, r *http.Request) {
	pre := u.preValue(w, r)
	u.render(w, r, http.StatusOK, "login", "login.title", view{CSRF: u.csrf("p:" + pre), V: u.loginView(r.Context(), "", localPath(r.URL.Query().Get("next")))})
}

// handleLogin serves POST /login: it signs in and sets the session cookie.
func (u *UI) handleLogin(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 64<<10)
	login, password := r.PostFormValue("login"), r.PostFormValue("password")
	next := localPath(r.PostFormValue("next"))
	pre := ""
	if c, err := r.Cookie(preCookie); err == nil {
		pre = c.Value
	}
	lv := u.loginView(r.Context(), login, next)
	fail := func(code problem.Code, key string) {
		// A fresh pre-session value for the next attempt.
		p := randomToken()
		http.SetCookie(w, u.cookie(preCookie, p, 3600))
		lang := u.langOf(r, "")
		u.render(w, r, web.Status(code), "login", "login.title", view{Lang: lang, CSRF: u.csrf("p:" + p), Error: u.cat.T(lang, key), V: lv})
	}
	if pre == "" || !web.CSRFValid(u.Secret, "p:"+pre, r.PostFormValue("csrf")) {
		fail(problem.Forbidden, "error.csrf")
		return
	}
	tok, user, err := u.Auth.LoginBrowser(r.Context(), login, password, web.ClientIP(r))
	if err != nil {
		switch problem.CodeOf(web.AsUnavailable(err)) { // a database coming back is 503
		case problem.RateLimited:
			if p := problem.As(err); p != nil && p.RetryAfter > 0 {
				w.Header().Set("Retry-After", web.RetryAfter(p.RetryAfter))
			}
			fail(problem.RateLimited, "login.limited")
		case problem.Unavailable:
			w.Header().Set("Retry-After", web.RetryAfterSeconds)
			fail(problem.Unavailable, "login.busy")
		case problem.Unauthorized, problem.Invalid, problem.NotFound, problem.Forbidden:
			fail(problem.Unauthorized, "login.failed")
		default:
			u.Logger.Error("ui: sign in", "err", err)
			fail(problem.Internal, "error.internal")
		}
		return
	}
	c := u.cookie(SessionCookie, tok, int(auth.BrowserSessionTTL/time.Second))
	http.SetCookie(w, c)
	http.SetCookie(w, u.cookie(preCookie, "", -1))
	if _, err := r.Cookie(langCookie); err != nil && user.Lang == "en" {
		http.SetCookie(w, u.cookie(langCookie, "en", 365*24*3600))
	}
	http.Redirect(w, r, next, http.StatusSeeOther)
}

// handleLogout serves POST /logout.
func (u *UI) handleLogout(w http.ResponseWriter, r *http.Request) {
	v := visitorFrom(r.Context())
	if err := u.Auth.Logout(context.WithoutCancel(r.Context()), v.Token, web.ClientIP(r)); err != nil && problem.CodeOf(err) != problem.Unauthorized {
		u.Logger.Error("ui: sign out", "err", err)
	}
	http.SetCookie(w, u.cookie(SessionCookie, "", -1))
	http.Redirect(w, r, "/login", http.StatusSeeOther)
}

// handleLang serves POST /lang: the language is kept in a cookie, and for a
// signed-in user in their preferences as well. Signed-in visitors need the
// session's CSRF token; anonymous ones (on the sign-in page) the pre-session
// one.
func (u *UI) handleLang(w http.ResponseWriter, r *http.Request) {
	lang := r.PostFormValue("lang")
	if lang != "en" {
		lang = "zh"
	}
	ok := false
	if c, err := r.Cookie(SessionCookie); err == nil && web.CSRFValid(u.Secret, "s:"+c.Value, r.PostFormValue("csrf")) {
		ok = true
	}
	if c, err := r.Cookie(preCookie); err == nil && web.CSRFValid(u.Secret, "p:"+c.Value, r.PostFormValue("csrf")) {
		ok = true
	}
	if !ok {
		u.failPage(w, r, problem.Forbidden, "error.csrf")
		return
	}
	http.SetCookie(w, u.cookie(langCookie, lang, 365*24*3600))
	// A signed-in user's choice is kept with the user too, so that mail and
	// robots speak it as well.
	if c, err := r.Cookie(SessionCookie); err == nil {
		if user, err := u.Auth.Authenticate(r.Context(), c.Value); err == nil {
			if _, err := u.Admin.SetPreferences(r.Context(), user, user.Login, admin.Preferences{Lang: admin.Of(lang)}); err != nil {
				u.Logger.Error("ui: language", "err", err)
			}
		}
	}
	back := r.PostFormValue("back")
	http.Redirect(w, r, localPath(back), http.StatusSeeOther)
}
