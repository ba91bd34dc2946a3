package app_test

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/liaison-dev/liaison/internal/app"
	"github.com/liaison-dev/liaison/internal/auth/oidcop"
	"github.com/liaison-dev/liaison/internal/demo"
)

func zitadelSetting(p *oidcop.Provider, extra string) string {
	s := "issuer=" + url.QueryEscape(p.Issuer()) + "&client_id=" + p.ClientID + "&client_secret=" + p.ClientSecret
	if extra != "" {
		s += "&" + extra
	}
	return s
}

// toProvider starts a sign-in at liaison and returns the provider's
// authorization URL, without following it.
func toProvider(t *testing.T, a *app.App, b *idpBrowser) *url.URL {
	t.Helper()
	c := &http.Client{Jar: b.c.Jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := c.Get(a.URL() + "/auth/oidc/start?next=/inbox")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	u, err := url.Parse(resp.Header.Get("Location"))
	if err != nil || resp.StatusCode != http.StatusFound {
		t.Fatalf("start: %d %v", resp.StatusCode, err)
	}
	return u
}

// callbackOf follows the provider's redirects up to liaison's callback and
// returns that URL (with the code), without calling it.
func callbackOf(t *testing.T, a *app.App, b *idpBrowser, authorize *url.URL) string {
	t.Helper()
	var cb string
	c := &http.Client{Jar: b.c.Jar, CheckRedirect: func(r *http.Request, _ []*http.Request) error {
		if strings.HasPrefix(r.URL.String(), a.URL()+"/auth/oidc/callback") {
			cb = r.URL.String()
			return http.ErrUseLastResponse
		}
		return nil
	}}
	resp, err := c.Get(authorize.String())
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if cb == "" {
		t.Fatalf("the provider did not send the browser back (%d)", resp.StatusCode)
	}
	return cb
}

// TestOIDCWithZitadel signs in through zitadel/oidc's OpenID Provider (the
// library behind ZITADEL) running in the test: the authorization-code flow
// with state, nonce and PKCE S256 through liaison's own routes, the
// provider checking the redirect URI, the client secret, the code verifier
// and one use of each code. Its ID tokens carry no email (ZITADEL's
// default), so liaison reads it from the userinfo endpoint. Then what a
// provider can get wrong: an ID token already expired, or signed by a key it
// does not publish — each made by the provider itself — an unverified
// email, a replayed code and a forged state sign nobody in. (A token for
// another audience a genuine provider cannot hand liaison: it always adds
// the client redeeming the code to aud. TestOIDCSignIn refuses one from
// internal/auth/oidctest.)
func TestOIDCWithZitadel(t *testing.T) {
	p := oidcop.New(t)
	a := demoApp(t, map[string]string{"LIAISON_OIDC": zitadelSetting(p, "")}, nil, false)
	if err := a.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	p.Register(a.URL() + "/auth/oidc/callback")
	var me struct{ Login string }

	// The redirect to the provider carries state, nonce and PKCE S256.
	p.SignIn(oidcop.Person{Subject: "zit-1001", Email: "chenjie@" + demo.EmailDomain, Verified: true, Name: "陈杰"})
	b := newBrowser(t)
	authz := toProvider(t, a, b)
	q := authz.Query()
	if !strings.HasPrefix(authz.String(), p.Issuer()) || q.Get("code_challenge_method") != "S256" || q.Get("code_challenge") == "" ||
		q.Get("nonce") == "" || q.Get("state") == "" || q.Get("redirect_uri") != a.URL()+"/auth/oidc/callback" {
		t.Fatalf("the redirect to the provider: %s", authz)
	}
	cb := callbackOf(t, a, b, authz)
	_, at, _ := b.get(cb)
	if !strings.HasSuffix(at, "/inbox") {
		t.Fatalf("after sign-in the browser is at %s", at)
	}
	if code := jsonWithCookies(t, b, a.URL()+"/api/v1/me", &me); code != 200 || me.Login != "chenjie" {
		t.Fatalf("signed in as %q (%d), want chenjie", me.Login, code)
	}
	// The code is spent: the same callback again, in another browser that
	// started its own sign-in (so the state matches), signs nobody in.
	b2 := newBrowser(t)
	st := toProvider(t, a, b2).Query().Get("state")
	replay, _ := url.Parse(cb)
	rq := replay.Query()
	rq.Set("state", st)
	replay.RawQuery = rq.Encode()
	if _, _, body := b2.get(replay.String()); !strings.Contains(body, "未能通过企业账号登录") || jsonWithCookies(t, b2, a.URL()+"/api/v1/me", &me) == 200 {
		t.Fatal("a replayed code signed someone in")
	}

	// The claims in the ID token itself (ZITADEL's "User Info inside ID Token").
	p.ClaimsInIDToken(true)
	p.SignIn(oidcop.Person{Subject: "zit-1002", Email: "wangfang@" + demo.EmailDomain, Verified: true})
	b = newBrowser(t)
	signInWith(t, a, b, "/inbox")
	if code := jsonWithCookies(t, b, a.URL()+"/api/v1/me", &me); code != 200 || me.Login != "wangfang" {
		t.Fatalf("claims in the ID token: %q (%d), want wangfang", me.Login, code)
	}
	p.ClaimsInIDToken(false)

	// An email the provider has not verified (zitadel then leaves
	// email_verified out) does not name a user.
	p.SignIn(oidcop.Person{Subject: "zit-2001", Email: "lina@" + demo.EmailDomain, Verified: false})
	b = newBrowser(t)
	if _, body := signInWith(t, a, b, "/inbox"); !strings.Contains(body, "未能通过企业账号登录") || jsonWithCookies(t, b, a.URL()+"/api/v1/me", &me) == 200 {
		t.Fatal("an unverified email signed in")
	}

	// Bad ID tokens, made by the provider: it did issue one each time
	// (Issued grows), and liaison refused it.
	p.SignIn(oidcop.Person{Subject: "zit-1001", Email: "chenjie@" + demo.EmailDomain, Verified: true})
	for _, f := range []oidcop.Fault{oidcop.Expired, oidcop.OtherKey} {
		before := p.Issued()
		p.Break(f)
		b = newBrowser(t)
		_, body := signInWith(t, a, b, "/inbox")
		if p.Issued() != before+1 {
			t.Fatalf("fault %d: the provider issued %d ID tokens, want 1", f, p.Issued()-before)
		}
		if !strings.Contains(body, "未能通过企业账号登录") || jsonWithCookies(t, b, a.URL()+"/api/v1/me", &me) == 200 {
			t.Fatalf("fault %d signed someone in", f)
		}
	}
	// The faults are spent: the next sign-in works again.
	b = newBrowser(t)
	signInWith(t, a, b, "/inbox")
	if code := jsonWithCookies(t, b, a.URL()+"/api/v1/me", &me); code != 200 || me.Login != "chenjie" {
		t.Fatalf("after the faults: %q (%d)", me.Login, code)
	}

	// A forged state: the provider answers, liaison refuses.
	b = newBrowser(t)
	authz = toProvider(t, a, b)
	q = authz.Query()
	q.Set("state", "forged")
	authz.RawQuery = q.Encode()
	if _, _, body := b.get(authz.String()); !strings.Contains(body, "未能通过企业账号登录") || jsonWithCookies(t, b, a.URL()+"/api/v1/me", &me) == 200 {
		t.Fatal("a forged state signed someone in")
	}

	// Each refusal is in the audit trail with its reason.
	adm := signIn(t, a, "admin")
	var audit struct {
		Items []struct {
			Action string
			Detail map[string]any
		}
	}
	if code := adm.json("GET", "/api/v1/admin/audit?limit=100", nil, &audit); code != 200 {
		t.Fatalf("audit: %d", code)
	}
	reasons := map[string]int{}
	for _, e := range audit.Items {
		if e.Action == "login_failed" && e.Detail["provider"] == p.Issuer() {
			reasons[e.Detail["reason"].(string)]++
		}
	}
	if reasons["id_token"] != 2 || reasons["exchange"] != 1 || reasons["state"] != 1 || reasons["no_user"] != 1 {
		t.Fatalf("refusals in the audit trail: %v", reasons)
	}
}
