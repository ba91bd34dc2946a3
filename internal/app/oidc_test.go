package app_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"strings"
	"testing"

	"github.com/liaison-dev/liaison/internal/app"
	"github.com/liaison-dev/liaison/internal/auth/oidctest"
	"github.com/liaison-dev/liaison/internal/demo"
)

// browser is a cookie-keeping client that follows redirects, as a browser
// does through the provider and back.
type idpBrowser struct {
	t *testing.T
	c *http.Client
}

func newBrowser(t *testing.T) *idpBrowser {
	jar, _ := cookiejar.New(nil)
	return &idpBrowser{t: t, c: &http.Client{Jar: jar}}
}

func (b *idpBrowser) get(u string) (int, string, string) {
	b.t.Helper()
	resp, err := b.c.Get(u)
	if err != nil {
		b.t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, resp.Request.URL.String(), string(body)
}

func oidcServer(t *testing.T, p *oidctest.Provider, extra string) *app.App {
	t.Helper()
	a := demoApp(t, map[string]string{"LIAISON_OIDC": p.Setting(extra)}, nil, false)
	if err := a.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	p.RedirectURI = a.URL() + "/auth/oidc/callback"
	return a
}

// signInWith goes from the sign-in page's button through the provider and
// back; it returns where the browser ended and the page it shows.
func signInWith(t *testing.T, a *app.App, b *idpBrowser, next string) (string, string) {
	t.Helper()
	_, _, page := b.get(a.URL() + "/login?next=" + url.QueryEscape(next))
	if !strings.Contains(page, `id="oidc-login"`) || !strings.Contains(page, "使用企业账号登录") {
		t.Fatalf("the sign-in page has no button for the provider")
	}
	_, at, body := b.get(a.URL() + "/auth/oidc/start?next=" + url.QueryEscape(next))
	return at, body
}

// TestOIDCSignIn signs in through an OpenID Connect provider running in the
// test: matched by verified email, then by the recorded subject whatever the
// email becomes; an administrator's link wins; a person the provider knows
// but liaison does not is refused (or, with create=1, made a user in the
// department the claim names); and ID tokens for another audience, expired,
// signed by another key, with another nonce, or a callback whose state was
// not ours, sign nobody in.
func TestOIDCSignIn(t *testing.T) {
	p := oidctest.New(t)
	a := oidcServer(t, p, "")
	chen := oidctest.Person{Subject: "u-1001", Email: "chenjie@" + demo.EmailDomain, Verified: true, Name: "陈杰"}

	b := newBrowser(t)
	p.SignIn(chen)
	at, _ := signInWith(t, a, b, "/inbox")
	if !strings.HasSuffix(at, "/inbox") {
		t.Fatalf("after sign-in the browser is at %s, want /inbox", at)
	}
	var me struct{ Login string }
	if code := jsonWithCookies(t, b, a.URL()+"/api/v1/me", &me); code != 200 || me.Login != "chenjie" {
		t.Fatalf("signed in as %q (%d), want chenjie", me.Login, code)
	}

	// The subject is remembered: a changed email still signs in as chenjie.
	chen.Email = "jie.chen@elsewhere.example"
	p.SignIn(chen)
	b = newBrowser(t)
	signInWith(t, a, b, "/inbox")
	if code := jsonWithCookies(t, b, a.URL()+"/api/v1/me", &me); code != 200 || me.Login != "chenjie" {
		t.Fatalf("by subject: %q (%d)", me.Login, code)
	}

	// Unknown to liaison, and an unverified email that names a user: refused.
	for _, who := range []oidctest.Person{
		{Subject: "u-2002", Email: "stranger@example.com", Verified: true},
		{Subject: "u-2003", Email: "wangfang@" + demo.EmailDomain, Verified: false},
	} {
		p.SignIn(who)
		b = newBrowser(t)
		_, body := signInWith(t, a, b, "/inbox")
		if !strings.Contains(body, "未能通过企业账号登录") || jsonWithCookies(t, b, a.URL()+"/api/v1/me", &me) == 200 {
			t.Fatalf("%s was signed in or not told why", who.Email)
		}
	}

	// An administrator links the stranger's subject to lina.
	adm := signIn(t, a, "admin")
	if code := adm.json("POST", "/api/v1/admin/users/lina/identities", map[string]string{"subject": "u-2002"}, nil); code != http.StatusCreated {
		t.Fatalf("link: %d", code)
	}
	if code := adm.json("POST", "/api/v1/admin/users/chenjie/identities", map[string]string{"subject": "u-2002"}, nil); code != http.StatusConflict {
		t.Fatalf("a second link of one subject: %d, want 409", code)
	}
	if code := adm.json("POST", "/api/v1/admin/users/lina/identities", map[string]string{"subject": ""}, nil); code != http.StatusUnprocessableEntity {
		t.Fatalf("an empty subject: %d, want 422", code)
	}
	p.SignIn(oidctest.Person{Subject: "u-2002", Email: "stranger@example.com", Verified: true})
	b = newBrowser(t)
	signInWith(t, a, b, "/inbox")
	if code := jsonWithCookies(t, b, a.URL()+"/api/v1/me", &me); code != 200 || me.Login != "lina" {
		t.Fatalf("linked subject: %q (%d), want lina", me.Login, code)
	}
	var ids []struct {
		Subject, Issuer string
		CreatedAt       string `json:"created_at"`
	}
	if code := adm.json("GET", "/api/v1/admin/users/lina/identities", nil, &ids); code != 200 || len(ids) != 1 || ids[0].Issuer != p.Issuer() ||
		!strings.HasSuffix(ids[0].CreatedAt, "+08:00") {
		t.Fatalf("identities: %d %+v", code, ids)
	}
	if code := adm.json("DELETE", "/api/v1/admin/users/lina/identities?subject=u-2002", nil, nil); code != http.StatusNoContent {
		t.Fatalf("unlink: %d", code)
	}

	// Bad ID tokens.
	p.SignIn(oidctest.Person{Subject: "u-1001", Email: chen.Email, Verified: true})
	for _, f := range []oidctest.Fault{oidctest.Audience, oidctest.Expired, oidctest.OtherKey, oidctest.WrongNonce, oidctest.WrongIssuer} {
		p.Break(f)
		b = newBrowser(t)
		_, body := signInWith(t, a, b, "/inbox")
		if !strings.Contains(body, "未能通过企业账号登录") || jsonWithCookies(t, b, a.URL()+"/api/v1/me", &me) == 200 {
			t.Fatalf("fault %d signed someone in", f)
		}
	}

	// A callback that is not the answer to our own redirect (no state
	// cookie, or another state) signs nobody in, even with a good code.
	b = newBrowser(t)
	resp, err := (&http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }, Jar: b.c.Jar}).Get(a.URL() + "/auth/oidc/start")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	toIdP, _ := url.Parse(resp.Header.Get("Location"))
	q := toIdP.Query()
	if q.Get("code_challenge_method") != "S256" || q.Get("nonce") == "" || q.Get("state") == "" {
		t.Fatalf("the redirect to the provider lacks PKCE, nonce or state: %s", toIdP)
	}
	q.Set("state", "forged")
	toIdP.RawQuery = q.Encode()
	_, _, body := b.get(toIdP.String())
	if !strings.Contains(body, "未能通过企业账号登录") || jsonWithCookies(t, b, a.URL()+"/api/v1/me", &me) == 200 {
		t.Fatalf("a forged state signed someone in")
	}

	// Disabled users are refused too.
	if code := adm.json("PATCH", "/api/v1/admin/users/chenjie", map[string]any{"disabled": true}, nil); code != 200 {
		t.Fatalf("disable: %d", code)
	}
	b = newBrowser(t)
	signInWith(t, a, b, "/inbox")
	if jsonWithCookies(t, b, a.URL()+"/api/v1/me", &me) == 200 {
		t.Fatalf("a disabled user signed in")
	}
}

// TestOIDCCreatesUsers: with create=1, a person unknown to liaison becomes a
// user in the department their claim names; a department that does not
// exist signs nobody in.
func TestOIDCCreatesUsers(t *testing.T) {
	p := oidctest.New(t)
	a := oidcServer(t, p, "create=1&dept_claim=department&name=飞书")
	p.SignIn(oidctest.Person{Subject: "u-3003", Email: "newbie@example.com", Verified: true, Name: "新同事", Username: "newbie", Dept: "nowhere"})
	b := newBrowser(t)
	_, _, page := b.get(a.URL() + "/login")
	if !strings.Contains(page, "使用飞书登录") {
		t.Fatal("the button does not name the provider")
	}
	_, body := signInWith2(t, a, b)
	var me struct {
		Login string
		Dept  string `json:"department"`
	}
	if !strings.Contains(body, "未能通过企业账号登录") || jsonWithCookies(t, b, a.URL()+"/api/v1/me", &me) == 200 {
		t.Fatal("a user was made in a department that does not exist")
	}
	p.SignIn(oidctest.Person{Subject: "u-3003", Email: "newbie@example.com", Verified: true, Name: "新同事", Username: "newbie", Dept: "tech"})
	b = newBrowser(t)
	signInWith2(t, a, b)
	if code := jsonWithCookies(t, b, a.URL()+"/api/v1/me", &me); code != 200 || me.Login != "newbie" || me.Dept != "tech" {
		t.Fatalf("made user: %+v (%d)", me, code)
	}
}

func signInWith2(t *testing.T, a *app.App, b *idpBrowser) (string, string) {
	_, at, body := b.get(a.URL() + "/auth/oidc/start")
	return at, body
}

// jsonWithCookies GETs an API path with the browser's session cookie.
func jsonWithCookies(t *testing.T, b *idpBrowser, u string, out any) int {
	t.Helper()
	resp, err := b.c.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode == 200 && out != nil {
		if err := jsonUnmarshal(body, out); err != nil {
			t.Fatalf("%s: %v", u, err)
		}
	}
	return resp.StatusCode
}

func jsonUnmarshal(b []byte, out any) error { return json.Unmarshal(b, out) }
