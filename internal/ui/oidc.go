package ui

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"net/http"
	"strings"
	"time"

	"github.com/liaison-dev/liaison/internal/auth"
	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/web"
)

// oidcCookie carries the sign-in's state, nonce and PKCE verifier from the
// redirect to the provider to the callback, signed with the UI's secret. It
// is sent back on the provider's top-level redirect (SameSite=Lax) and only
// to /auth/oidc.
const oidcCookie = "liaison_oidc"

func (u *UI) sealState(st auth.OIDCState) string {
	b, _ := json.Marshal(st)
	p := base64.RawURLEncoding.EncodeToString(b)
	m := hmac.New(sha256.New, u.Secret)
	m.Write([]byte("oidc:" + p))
	return p + "." + base64.RawURLEncoding.EncodeToString(m.Sum(nil))
}

func (u *UI) openState(v string) (auth.OIDCState, bool) {
	p, sig, ok := strings.Cut(v, ".")
	if !ok {
		return auth.OIDCState{}, false
	}
	m := hmac.New(sha256.New, u.Secret)
	m.Write([]byte("oidc:" + p))
	want := base64.RawURLEncoding.EncodeToString(m.Sum(nil))
	if !hmac.Equal([]byte(sig), []byte(want)) {
		return auth.OIDCState{}, false
	}
	b, err := base64.RawURLEncoding.DecodeString(p)
	var st auth.OIDCState
	if err != nil || json.Unmarshal(b, &st) != nil {
		return auth.OIDCState{}, false
	}
	return st, true
}

func (u *UI) stateCookie(value string, maxAge int) *http.Cookie {
	c := u.cookie(oidcCookie, value, maxAge)
	c.Path = "/auth/oidc"
	return c
}

// handleOIDCStart serves GET /auth/oidc/start?next=…: off to the provider.
func (u *UI) handleOIDCStart(w http.ResponseWriter, r *http.Request) {
	sso := u.SSO.Get(r.Context())
	if sso == nil {
		http.NotFound(w, r)
		return
	}
	to, st, err := sso.Start(r.Context(), localPath(r.URL.Query().Get("next")))
	if err != nil {
		u.Logger.Warn("ui: oidc start", "err", err)
		u.oidcFailed(w, r, problem.Unavailable, "login.oidc_unavailable")
		return
	}
	http.SetCookie(w, u.stateCookie(u.sealState(st), int(auth.OIDCStateTTL/time.Second)))
	http.Redirect(w, r, to, http.StatusFound)
}

// handleOIDCCallback serves GET /auth/oidc/callback?code=…&state=…: the
// provider's answer becomes a session, or the sign-in page says why not.
func (u *UI) handleOIDCCallback(w http.ResponseWriter, r *http.Request) {
	sso := u.SSO.Get(r.Context())
	if sso == nil {
		http.NotFound(w, r)
		return
	}
	http.SetCookie(w, u.stateCookie("", -1)) // a state is used once
	q := r.URL.Query()
	if q.Get("error") != "" { // the person cancelled, or the provider refused
		u.oidcFailed(w, r, problem.Unauthorized, "login.oidc_failed")
		return
	}
	var st auth.OIDCState
	if c, err := r.Cookie(oidcCookie); err == nil {
		st, _ = u.openState(c.Value)
	}
	tok, user, err := sso.Finish(r.Context(), st, q.Get("state"), q.Get("code"), web.ClientIP(r))
	if err != nil {
		switch problem.CodeOf(err) {
		case problem.Unauthorized:
			u.oidcFailed(w, r, problem.Unauthorized, "login.oidc_failed")
		case problem.Unavailable:
			u.oidcFailed(w, r, problem.Unavailable, "login.oidc_unavailable")
		default:
			u.Logger.Error("ui: oidc sign-in", "err", err)
			u.oidcFailed(w, r, problem.Internal, "error.internal")
		}
		return
	}
	http.SetCookie(w, u.cookie(SessionCookie, tok, int(auth.BrowserSessionTTL/time.Second)))
	if _, err := r.Cookie(langCookie); err != nil && user.Lang == "en" {
		http.SetCookie(w, u.cookie(langCookie, "en", 365*24*3600))
	}
	next := st.Next
	if next == "" {
		next = "/inbox"
	}
	http.Redirect(w, r, localPath(next), http.StatusSeeOther)
}

// oidcFailed shows the sign-in page with the reason on top.
func (u *UI) oidcFailed(w http.ResponseWriter, r *http.Request, code problem.Code, key string) {
	lang := u.langOf(r, "")
	p := randomToken()
	http.SetCookie(w, u.cookie(preCookie, p, 3600))
	u.render(w, r, web.Status(code), "login", "login.title", view{Lang: lang, CSRF: u.csrf("p:" + p), Error: u.cat.T(lang, key), V: u.loginView(r.Context(), "", "")})
}
