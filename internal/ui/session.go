package ui

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/web"
	"net/http"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/liaison-dev/liaison/internal/auth"
	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/process"
)

// visitor is who asks for a page: the signed-in user, their session token
// (the CSRF tokens are bound to it) and the language the page speaks.
type visitor struct {
	User  auth.User
	Token string
	Lang  string
}

type visitorKey struct{}

func visitorFrom(ctx context.Context) visitor {
	v, _ := ctx.Value(visitorKey{}).(visitor)
	return v
}

// actor is the visitor as the case service sees them.
func (v visitor) actor() process.Actor { return v.User.Actor() }

func (v visitor) viewer() cases.Viewer { return cases.ViewerOf(v.actor()) }

// signedIn runs h for a signed-in visitor; others go to the sign-in page
// and come back afterwards. Every POST must carry the session's CSRF token.
func (u *UI) signedIn(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		tok := ""
		if c, err := r.Cookie(SessionCookie); err == nil {
			tok = c.Value
		}
		user, err := u.Auth.Authenticate(r.Context(), tok)
		if err != nil {
			if problem.CodeOf(web.AsUnavailable(err)) == problem.Unavailable {
				u.fail(w, r, err) // the session could not be read: 503, not "signed out"
				return
			}
			if r.Method != http.MethodGet {
				u.failPage(w, r, problem.Unauthorized, "error.signed_out")
				return
			}
			http.Redirect(w, r, "/login?next="+url.QueryEscape(r.URL.RequestURI()), http.StatusSeeOther)
			return
		}
		v := visitor{User: user, Token: tok, Lang: u.langOf(r, user.Lang)}
		if r.Method == http.MethodPost && !web.CSRFValid(u.Secret, "s:"+tok, formToken(r)) {
			u.failPage(w, r.WithContext(context.WithValue(r.Context(), visitorKey{}, v)), problem.Forbidden, "error.csrf")
			return
		}
		h(w, r.WithContext(context.WithValue(r.Context(), visitorKey{}, v)))
	}
}

// formToken is the CSRF token a POST carries: in the form, or — for a
// file upload, whose multipart body is streamed and not parsed up front —
// in the query string of the form's action.
func formToken(r *http.Request) string {
	if q := r.URL.Query().Get("csrf"); q != "" && strings.HasPrefix(r.Header.Get("Content-Type"), "multipart/") {
		return q
	}
	return r.PostFormValue("csrf")
}

// csrf is the form token for a binding (a session, or the sign-in form's
// pre-session value), from the web kit.
func (u *UI) csrf(binding string) string { return web.CSRFToken(u.Secret, binding) }

// langOf picks the page language: the visitor's choice (cookie), else the
// user's stored language, else Chinese.
func (u *UI) langOf(r *http.Request, stored string) string {
	if c, err := r.Cookie(langCookie); err == nil && (c.Value == "zh" || c.Value == "en") {
		return c.Value
	}
	if stored == "en" {
		return "en"
	}
	return "zh"
}

func (u *UI) cookie(name, value string, maxAge int) *http.Cookie {
	return &http.Cookie{Name: name, Value: value, Path: "/", MaxAge: maxAge, HttpOnly: true,
		Secure: u.Secure, SameSite: http.SameSiteLaxMode}
}

func randomToken() string {
	b := make([]byte, 18)
	_, _ = rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

// localPath keeps a redirect target on this site: a path, never "//host".
// Browsers drop tabs and line breaks from URLs and read '\' as '/', so
// "/<TAB>/evil" and "/\\evil" are "//evil" to them: any control character,
// space, backslash or encoded slash refuses the target, and what is left
// must parse as a path without scheme or host.
func localPath(p string) string {
	const home = "/inbox"
	bad := func(r rune) bool {
		return r < 0x20 || r == 0x7f || r == '\\' || unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) || r == utf8.RuneError
	}
	if !strings.HasPrefix(p, "/") || strings.HasPrefix(p, "//") || strings.ContainsFunc(p, bad) {
		return home
	}
	low := strings.ToLower(p)
	if strings.Contains(low, "%2f") || strings.Contains(low, "%5c") {
		return home
	}
	u, err := url.Parse(p)
	if err != nil || u.Scheme != "" || u.Host != "" || u.User != nil || !strings.HasPrefix(u.Path, "/") || strings.HasPrefix(u.Path, "//") {
		return home
	}
	return p
}
