package auth

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/coreos/go-oidc/v3/oidc"
	"golang.org/x/oauth2"

	"github.com/liaison-dev/liaison/internal/dberr"
	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/store"
)

// OIDCConfig is the company's OpenID Connect provider, from LIAISON_OIDC:
//
//	issuer=https://idp.example.com&client_id=liaison&client_secret=…
//	  [&name=企业账号] [&match=email|subject] [&create=1&dept_claim=department]
//
// match=email (the default) signs a subject in as the user with its
// verified email the first time; match=subject only as the user an
// administrator linked it to. create=1 makes an unknown person a user in the
// department their dept_claim names.
type OIDCConfig struct {
	Issuer       string
	ClientID     string
	ClientSecret string
	Name         string // the button's label; "企业账号" by default
	Match        string // email | subject
	Create       bool
	DeptClaim    string
}

// ParseOIDC reads LIAISON_OIDC; the error never repeats the secret.
func ParseOIDC(raw string) (OIDCConfig, error) {
	q, err := url.ParseQuery(strings.TrimSpace(raw))
	if err != nil {
		return OIDCConfig{}, errors.New("oidc: not a query string (issuer=…&client_id=…&client_secret=…)")
	}
	known := map[string]bool{"issuer": true, "client_id": true, "client_secret": true, "name": true, "match": true, "create": true, "dept_claim": true}
	for k := range q {
		if !known[k] {
			return OIDCConfig{}, fmt.Errorf("oidc: unknown setting %q", k)
		}
	}
	c := OIDCConfig{Issuer: q.Get("issuer"), ClientID: q.Get("client_id"), ClientSecret: q.Get("client_secret"),
		Name: q.Get("name"), Match: q.Get("match"), DeptClaim: q.Get("dept_claim")}
	if u, err := url.Parse(c.Issuer); err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		return OIDCConfig{}, errors.New("oidc: issuer must be the provider's http(s) URL")
	}
	if c.ClientID == "" {
		return OIDCConfig{}, errors.New("oidc: client_id is missing")
	}
	if c.Match == "" {
		c.Match = "email"
	}
	if c.Match != "email" && c.Match != "subject" {
		return OIDCConfig{}, errors.New("oidc: match must be email or subject")
	}
	switch q.Get("create") {
	case "", "0", "false":
	case "1", "true":
		c.Create = true
	default:
		return OIDCConfig{}, errors.New("oidc: create must be 1 or 0")
	}
	if c.Create && c.DeptClaim == "" {
		return OIDCConfig{}, errors.New("oidc: create=1 needs dept_claim, the claim that names the department")
	}
	if c.Name == "" {
		c.Name = "企业账号"
	}
	return c, nil
}

// OIDC signs people in through the provider: authorization code flow with
// state, nonce and PKCE (S256).
type OIDC struct {
	cfg      OIDCConfig
	redirect func() string // the callback URL, known once the server listens
	s        *Service

	mu       sync.Mutex
	provider *oidc.Provider // discovered on first use, so the server starts while the provider is away
}

// NewOIDC returns the sign-in through cfg's provider; redirect gives the
// absolute URL of the callback (…/auth/oidc/callback).
func (s *Service) NewOIDC(cfg OIDCConfig, redirect func() string) *OIDC {
	return &OIDC{cfg: cfg, redirect: redirect, s: s}
}

// Name is the provider's label for the sign-in button.
func (o *OIDC) Name() string { return o.cfg.Name }

func (o *OIDC) discover(ctx context.Context) (*oidc.Provider, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.provider != nil {
		return o.provider, nil
	}
	p, err := oidc.NewProvider(ctx, o.cfg.Issuer)
	if err != nil {
		return nil, problem.Key(problem.Unavailable, "problem.idp_unreachable", err)
	}
	o.provider = p
	return p, nil
}

func (o *OIDC) oauth(p *oidc.Provider) oauth2.Config {
	return oauth2.Config{ClientID: o.cfg.ClientID, ClientSecret: o.cfg.ClientSecret, Endpoint: p.Endpoint(),
		RedirectURL: o.redirect(), Scopes: []string{oidc.ScopeOpenID, "profile", "email"}}
}

// OIDCState is what the browser keeps (in a signed cookie) between the
// redirect to the provider and the callback.
type OIDCState struct {
	State    string `json:"s"`
	Nonce    string `json:"n"`
	Verifier string `json:"v"`
	Next     string `json:"x"`
	Expires  int64  `json:"e"` // unix seconds
}

// OIDCStateTTL is how long a sign-in at the provider may take.
const OIDCStateTTL = 10 * time.Minute

func random() string {
	var b [24]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// Start begins a sign-in: the provider's URL to send the browser to, and
// the state to keep until the callback.
func (o *OIDC) Start(ctx context.Context, next string) (string, OIDCState, error) {
	p, err := o.discover(ctx)
	if err != nil {
		return "", OIDCState{}, err
	}
	st := OIDCState{State: random(), Nonce: random(), Verifier: oauth2.GenerateVerifier(), Next: next,
		Expires: time.Now().Add(OIDCStateTTL).Unix()}
	c := o.oauth(p)
	return c.AuthCodeURL(st.State, oidc.Nonce(st.Nonce), oauth2.S256ChallengeOption(st.Verifier)), st, nil
}

// errOIDC is every refusal of a callback: the details go to the audit
// trail, the person sees one sentence.
func errOIDC() error {
	return problem.Key(problem.Unauthorized, "problem.idp_sign_in_failed")
}

// IDClaims are the ID token's claims liaison reads.
type IDClaims struct {
	Subject       string `json:"sub"`
	Email         string `json:"email"`
	EmailVerified *bool  `json:"email_verified"`
	Name          string `json:"name"`
	Username      string `json:"preferred_username"`
	Nonce         string `json:"nonce"`
}

// Finish completes a sign-in at the callback: the state must be the one
// kept, the code is exchanged with the PKCE verifier, the ID token must be
// signed by the provider's keys, for this client, unexpired, and carry the
// nonce. It returns a browser session token and the user.
func (o *OIDC) Finish(ctx context.Context, st OIDCState, state, code, ip string) (string, User, error) {
	now := o.s.now()
	fail := func(reason string, err error) (string, User, error) {
		d := map[string]any{"reason": reason, "provider": o.cfg.Issuer}
		if err != nil {
			d["error"] = clip(err.Error())
		}
		o.s.audit(ctx, store.AuditEntry{At: now, Action: ActionLoginFailed, IP: ip, Detail: d})
		return "", User{}, errOIDC()
	}
	if st.State == "" || subtle.ConstantTimeCompare([]byte(st.State), []byte(state)) != 1 {
		return fail("state", nil)
	}
	// The provider's tokens and our state are dated by the real clock, never
	// the simulated one of --dev-clock.
	if time.Now().Unix() > st.Expires {
		return fail("state_expired", nil)
	}
	if code == "" {
		return fail("no_code", nil)
	}
	p, err := o.discover(ctx)
	if err != nil {
		return "", User{}, err
	}
	c := o.oauth(p)
	tok, err := c.Exchange(ctx, code, oauth2.VerifierOption(st.Verifier))
	if err != nil {
		return fail("exchange", err)
	}
	raw, _ := tok.Extra("id_token").(string)
	if raw == "" {
		return fail("no_id_token", nil)
	}
	v := p.Verifier(&oidc.Config{ClientID: o.cfg.ClientID})
	idt, err := v.Verify(ctx, raw)
	if err != nil {
		return fail("id_token", err)
	}
	var cl IDClaims
	if err := idt.Claims(&cl); err != nil {
		return fail("claims", err)
	}
	if subtle.ConstantTimeCompare([]byte(cl.Nonce), []byte(st.Nonce)) != 1 {
		return fail("nonce", nil)
	}
	var all map[string]any
	_ = idt.Claims(&all)
	if cl.Email == "" && tok.AccessToken != "" && p.UserInfoEndpoint() != "" {
		// Many providers (ZITADEL by default) keep the profile and email
		// out of the ID token: they are at the userinfo endpoint, for the
		// same subject.
		if cl, err = o.userInfo(ctx, p, tok, cl, all); err != nil {
			return fail("userinfo", err)
		}
	}
	login, err := o.resolve(ctx, idt.Issuer, cl, all, now)
	if err != nil {
		if problem.CodeOf(err) == problem.Internal {
			return "", User{}, err
		}
		return fail("no_user", err)
	}
	u, err := o.s.db.UserByLogin(ctx, login)
	if err != nil {
		return "", User{}, err
	}
	if u.Disabled {
		return fail("disabled", nil)
	}
	token, hash, err := newToken()
	if err != nil {
		return "", User{}, err
	}
	wall := o.s.wall()
	if err := o.s.db.CreateSession(ctx, store.Session{TokenHash: hash, UserID: u.ID, Kind: store.SessionBrowser,
		CreatedAt: wall, ExpiresAt: wall.Add(BrowserSessionTTL), LastIP: ip}); err != nil {
		return "", User{}, err
	}
	o.s.audit(ctx, store.AuditEntry{At: now, Actor: u.Login, Action: ActionLogin, Target: u.Login, IP: ip,
		Detail: map[string]any{"kind": store.SessionBrowser, "via": "oidc", "provider": o.cfg.Issuer, "subject": cl.Subject}})
	au, err := o.s.fromStore(ctx, u)
	return token, au, err
}

// userInfo adds the userinfo endpoint's claims to those of the ID token
// (which win where both have one); the endpoint must answer for the ID
// token's subject.
func (o *OIDC) userInfo(ctx context.Context, p *oidc.Provider, tok *oauth2.Token, cl IDClaims, all map[string]any) (IDClaims, error) {
	ui, err := p.UserInfo(ctx, oauth2.StaticTokenSource(tok))
	if err != nil {
		return cl, err
	}
	if ui.Subject != cl.Subject {
		return cl, fmt.Errorf("userinfo is for subject %q, the ID token for %q", ui.Subject, cl.Subject)
	}
	var more map[string]any
	if err := ui.Claims(&more); err != nil {
		return cl, err
	}
	for k, v := range more {
		if _, ok := all[k]; !ok {
			all[k] = v
		}
	}
	b, err := json.Marshal(all)
	if err != nil {
		return cl, err
	}
	var out IDClaims
	if err := json.Unmarshal(b, &out); err != nil {
		return cl, err
	}
	return out, nil
}

var nonLogin = regexp.MustCompile(`[^a-z0-9._-]+`)

// resolve finds (or makes) the user a verified subject signs in as, in one
// transaction: the linked user; else, with match=email, the one user whose
// email is the verified email; else, with create=1, a new user in the
// department the dept claim names. The link is recorded for next time.
func (o *OIDC) resolve(ctx context.Context, issuer string, cl IDClaims, all map[string]any, now time.Time) (string, error) {
	var login string
	err := o.s.db.Tx(ctx, func(tx store.Tx) error {
		l, err := store.In(tx).IdentityLogin(ctx, issuer, cl.Subject)
		if err == nil {
			login = l
			return nil
		}
		if !errors.Is(err, store.ErrNotFound) {
			return err
		}
		// Only an email the provider says it verified names a user: a
		// provider that leaves email_verified out (ZITADEL does when it is
		// false) has not vouched for the address.
		verified := cl.EmailVerified != nil && *cl.EmailVerified
		if o.cfg.Match == "email" && cl.Email != "" && verified {
			ls, err := store.In(tx).LoginsByEmail(ctx, cl.Email)
			if err != nil {
				return err
			}
			if len(ls) > 1 {
				return problem.Key(problem.Conflict, "problem.email_shared_link_identity", len(ls), cl.Email)
			}
			if len(ls) == 1 {
				login = ls[0]
			}
		}
		if login == "" && o.cfg.Create {
			if login, err = o.create(ctx, tx, cl, all, now); err != nil {
				return err
			}
		}
		if login == "" {
			return problem.Key(problem.NotFound, "problem.no_user_for", first(cl.Email, cl.Subject))
		}
		return store.In(tx).LinkIdentity(ctx, store.Identity{Issuer: issuer, Subject: cl.Subject, Login: login, Email: cl.Email, CreatedAt: now})
	})
	return login, err
}

func first(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}

// create makes the user of a first sign-in: login from preferred_username or
// the email's local part (a number added when taken), an unusable password
// (they sign in through the provider), the department the claim names.
func (o *OIDC) create(ctx context.Context, tx store.Tx, cl IDClaims, all map[string]any, now time.Time) (string, error) {
	dept, _ := all[o.cfg.DeptClaim].(string)
	if dept == "" {
		return "", problem.Key(problem.NotFound, "problem.provider_names_no_department", o.cfg.DeptClaim)
	}
	if _, err := store.In(tx).Department(ctx, dept); err != nil {
		return "", dberr.Problem(err, "thing.department", dept)
	}
	base := strings.ToLower(first(cl.Username, strings.SplitN(cl.Email, "@", 2)[0], "u"+cl.Subject))
	base = strings.Trim(nonLogin.ReplaceAllString(base, "-"), "-._")
	if base == "" || base[0] < 'a' || base[0] > 'z' {
		base = "u" + base
	}
	if len(base) > 28 {
		base = base[:28]
	}
	_, hash, err := OneTimePassword() // never shown: the password is unusable
	if err != nil {
		return "", err
	}
	for i := 1; i < 100; i++ {
		login := base
		if i > 1 {
			login = fmt.Sprintf("%s%d", base, i)
		}
		if len(login) < 2 {
			login += "0"
		}
		if _, err := store.In(tx).UserByLogin(ctx, login); err == nil {
			continue
		} else if !errors.Is(err, store.ErrNotFound) {
			return "", err
		}
		u := store.User{Login: login, Name: first(cl.Name, cl.Username, login), Email: cl.Email, DeptID: dept,
			Lang: "zh", EmailNotify: true, PasswordHash: hash, CreatedAt: now}
		if _, err := store.In(tx).CreateUser(ctx, u); err != nil {
			return "", err
		}
		if err := store.In(tx).InsertAudit(ctx, store.AuditEntry{At: now, Actor: "oidc", Action: "user_added", Target: login,
			Detail: map[string]any{"via": "oidc", "dept": dept, "email": cl.Email}}); err != nil {
			return "", err
		}
		return login, nil
	}
	return "", problem.Key(problem.Conflict, "problem.no_free_login", base)
}

// SSO is the sign-in through the identity provider in force, which an
// administrator may change while the server runs: Get builds the OIDC of
// the current settings, and keeps it (with its discovered provider) while
// they stay the same.
type SSO struct {
	s        *Service
	load     func(ctx context.Context) (OIDCConfig, bool)
	redirect func() string

	mu  sync.Mutex
	cur *OIDC
}

// NewSSO returns the sign-in whose settings load reads (false: none).
func (s *Service) NewSSO(load func(ctx context.Context) (OIDCConfig, bool), redirect func() string) *SSO {
	return &SSO{s: s, load: load, redirect: redirect}
}

// Get returns the sign-in in force, nil when there is no provider.
func (x *SSO) Get(ctx context.Context) *OIDC {
	if x == nil {
		return nil
	}
	cfg, ok := x.load(ctx)
	if !ok {
		return nil
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	if x.cur == nil || x.cur.cfg != cfg {
		x.cur = x.s.NewOIDC(cfg, x.redirect)
	}
	return x.cur
}
