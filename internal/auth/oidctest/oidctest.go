// Package oidctest runs an OpenID Connect provider in tests: discovery,
// JWKS, the authorization endpoint (code flow; PKCE S256 required; the
// redirect URI must be the registered one) and the token endpoint (client
// secret, one-time codes bound to their redirect URI and challenge), issuing
// RS256 ID tokens. The person signed in at the provider is set by the test
// (there is no login form), and a test can make the next ID token wrong: for
// another audience, expired, or signed by another key.
package oidctest

import (
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	jose "github.com/go-jose/go-jose/v4"
	"github.com/go-jose/go-jose/v4/jwt"
)

// Person is who is signed in at the provider: the claims of their ID token.
type Person struct {
	Subject  string
	Email    string
	Verified bool
	Name     string
	Username string
	Dept     string // the "department" claim
}

// Fault makes the next ID token wrong.
type Fault int

// The faults.
const (
	None        Fault = iota
	Audience          // issued for another client
	Expired           // expired an hour ago
	OtherKey          // signed by a key not in the JWKS
	WrongNonce        // carries another nonce
	WrongIssuer       // names another issuer
)

// Provider is the running provider.
type Provider struct {
	Server       *httptest.Server
	ClientID     string
	ClientSecret string
	RedirectURI  string // set by the test once the client's address is known

	key, other *rsa.PrivateKey
	mu         sync.Mutex
	person     Person
	fault      Fault
	codes      map[string]grant
}

type grant struct {
	person           Person
	nonce, challenge string
	redirect, client string
	expires          time.Time
}

// New starts a provider; it stops with the test.
func New(t testing.TB) *Provider {
	p := &Provider{ClientID: "liaison", ClientSecret: "oidc-client-secret-" + rnd(), codes: map[string]grant{}}
	var err error
	if p.key, err = rsa.GenerateKey(rand.Reader, 2048); err != nil {
		t.Fatal(err)
	}
	if p.other, err = rsa.GenerateKey(rand.Reader, 2048); err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /.well-known/openid-configuration", p.discovery)
	mux.HandleFunc("GET /keys", p.jwks)
	mux.HandleFunc("GET /authorize", p.authorize)
	mux.HandleFunc("POST /token", p.token)
	p.Server = httptest.NewServer(mux)
	t.Cleanup(p.Server.Close)
	return p
}

// Issuer is the provider's issuer URL.
func (p *Provider) Issuer() string { return p.Server.URL }

// Setting is the LIAISON_OIDC value for this provider, plus extra settings.
func (p *Provider) Setting(extra string) string {
	s := "issuer=" + url.QueryEscape(p.Issuer()) + "&client_id=" + p.ClientID + "&client_secret=" + p.ClientSecret
	if extra != "" {
		s += "&" + extra
	}
	return s
}

// SignIn sets who is signed in at the provider.
func (p *Provider) SignIn(who Person) {
	p.mu.Lock()
	p.person = who
	p.mu.Unlock()
}

// Break makes the next ID token wrong in the way f says.
func (p *Provider) Break(f Fault) {
	p.mu.Lock()
	p.fault = f
	p.mu.Unlock()
}

func rnd() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func (p *Provider) discovery(w http.ResponseWriter, r *http.Request) {
	iss := p.Issuer()
	writeJSON(w, 200, map[string]any{
		"issuer": iss, "authorization_endpoint": iss + "/authorize", "token_endpoint": iss + "/token",
		"jwks_uri": iss + "/keys", "response_types_supported": []string{"code"}, "subject_types_supported": []string{"public"},
		"id_token_signing_alg_values_supported": []string{"RS256"}, "code_challenge_methods_supported": []string{"S256"},
		"scopes_supported": []string{"openid", "profile", "email"}, "token_endpoint_auth_methods_supported": []string{"client_secret_basic", "client_secret_post"},
	})
}

func (p *Provider) jwks(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, 200, jose.JSONWebKeySet{Keys: []jose.JSONWebKey{{Key: &p.key.PublicKey, KeyID: "k1", Algorithm: "RS256", Use: "sig"}}})
}

// authorize implements the authorization endpoint for the code flow.
func (p *Provider) authorize(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if q.Get("client_id") != p.ClientID || q.Get("redirect_uri") == "" || q.Get("redirect_uri") != p.RedirectURI {
		// Never redirect to an unregistered URI: answer here.
		http.Error(w, "invalid client_id or redirect_uri", http.StatusBadRequest)
		return
	}
	back, _ := url.Parse(q.Get("redirect_uri"))
	fail := func(code, desc string) {
		v := back.Query()
		v.Set("error", code)
		v.Set("error_description", desc)
		v.Set("state", q.Get("state"))
		back.RawQuery = v.Encode()
		http.Redirect(w, r, back.String(), http.StatusFound)
	}
	switch {
	case q.Get("response_type") != "code":
		fail("unsupported_response_type", "only code")
		return
	case !hasScope(q.Get("scope"), "openid"):
		fail("invalid_scope", "openid is required")
		return
	case q.Get("code_challenge") == "" || q.Get("code_challenge_method") != "S256":
		fail("invalid_request", "PKCE with S256 is required")
		return
	}
	p.mu.Lock()
	who := p.person
	code := rnd()
	if who.Subject != "" {
		p.codes[code] = grant{person: who, nonce: q.Get("nonce"), challenge: q.Get("code_challenge"),
			redirect: q.Get("redirect_uri"), client: p.ClientID, expires: time.Now().Add(time.Minute)}
	}
	p.mu.Unlock()
	if who.Subject == "" {
		fail("access_denied", "nobody is signed in")
		return
	}
	v := back.Query()
	v.Set("code", code)
	v.Set("state", q.Get("state"))
	back.RawQuery = v.Encode()
	http.Redirect(w, r, back.String(), http.StatusFound)
}

func hasScope(scopes, want string) bool {
	for _, s := range strings.Fields(scopes) {
		if s == want {
			return true
		}
	}
	return false
}

func tokenError(w http.ResponseWriter, code, desc string) {
	writeJSON(w, http.StatusBadRequest, map[string]string{"error": code, "error_description": desc})
}

// token implements the token endpoint: authorization_code with PKCE.
func (p *Provider) token(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		tokenError(w, "invalid_request", "bad form")
		return
	}
	id, secret, ok := r.BasicAuth()
	if ok {
		id, _ = url.QueryUnescape(id)
		secret, _ = url.QueryUnescape(secret)
	} else {
		id, secret = r.PostFormValue("client_id"), r.PostFormValue("client_secret")
	}
	if id != p.ClientID || subtle.ConstantTimeCompare([]byte(secret), []byte(p.ClientSecret)) != 1 {
		w.Header().Set("WWW-Authenticate", `Basic realm="token"`)
		writeJSON(w, http.StatusUnauthorized, map[string]string{"error": "invalid_client"})
		return
	}
	if r.PostFormValue("grant_type") != "authorization_code" {
		tokenError(w, "unsupported_grant_type", "")
		return
	}
	p.mu.Lock()
	g, found := p.codes[r.PostFormValue("code")]
	delete(p.codes, r.PostFormValue("code")) // one use only
	fault := p.fault
	p.fault = None
	p.mu.Unlock()
	if !found || time.Now().After(g.expires) || g.redirect != r.PostFormValue("redirect_uri") {
		tokenError(w, "invalid_grant", "unknown, used or expired code, or another redirect_uri")
		return
	}
	sum := sha256.Sum256([]byte(r.PostFormValue("code_verifier")))
	if base64.RawURLEncoding.EncodeToString(sum[:]) != g.challenge {
		tokenError(w, "invalid_grant", "code_verifier does not match the code_challenge")
		return
	}
	now := time.Now()
	cl := map[string]any{
		"iss": p.Issuer(), "sub": g.person.Subject, "aud": p.ClientID, "iat": now.Unix(), "exp": now.Add(5 * time.Minute).Unix(),
		"nonce": g.nonce, "email": g.person.Email, "email_verified": g.person.Verified, "name": g.person.Name,
		"preferred_username": g.person.Username,
	}
	if g.person.Dept != "" {
		cl["department"] = g.person.Dept
	}
	key := p.key
	switch fault {
	case Audience:
		cl["aud"] = "another-client"
	case Expired:
		cl["iat"], cl["exp"] = now.Add(-2*time.Hour).Unix(), now.Add(-time.Hour).Unix()
	case OtherKey:
		key = p.other
	case WrongNonce:
		cl["nonce"] = "not-your-nonce"
	case WrongIssuer:
		cl["iss"] = "https://evil.example"
	}
	signer, err := jose.NewSigner(jose.SigningKey{Algorithm: jose.RS256, Key: key}, (&jose.SignerOptions{}).WithType("JWT").WithHeader("kid", "k1"))
	if err != nil {
		tokenError(w, "server_error", err.Error())
		return
	}
	idt, err := jwt.Signed(signer).Claims(cl).Serialize()
	if err != nil {
		tokenError(w, "server_error", err.Error())
		return
	}
	writeJSON(w, 200, map[string]any{"access_token": rnd(), "token_type": "Bearer", "expires_in": 300, "id_token": idt})
}
