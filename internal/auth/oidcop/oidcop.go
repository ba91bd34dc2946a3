// Package oidcop runs a real OpenID Provider in tests: zitadel/oidc's op
// package (the library behind ZITADEL) serves discovery, JWKS, the
// authorization endpoint, its callback and the token endpoint, checking
// redirect URIs, client secrets, PKCE and one-time codes itself. This package
// only supplies what op leaves to its user: an in-memory storage (one
// confidential client, the people, the keys) and a login step, which signs
// in whoever the test named (there is no form).
//
// A test can make the provider issue a wrong ID token the way a
// misconfigured or compromised provider would: already expired, or signed
// by a key its JWKS does not publish. Each is produced by op itself from
// what the storage tells it, not by hand-made JWTs. A token for another
// audience it cannot produce: op always adds the client that redeems the
// code to aud (oidc.AppendClientIDToAudience), and only liaison's client can
// redeem liaison's codes; that case is tested against internal/auth/oidctest.
//
// Only tests import this package: the server binary never links zitadel/oidc.
package oidcop

import (
	"context"
	"crypto/rand"
	"crypto/rsa"
	"encoding/hex"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sync"
	"testing"
	"time"

	jose "github.com/go-jose/go-jose/v4"
	"github.com/zitadel/oidc/v3/pkg/oidc"
	"github.com/zitadel/oidc/v3/pkg/op"
)

// Person is who signs in at the provider: the claims of their ID token.
type Person struct {
	Subject  string
	Email    string
	Verified bool // zitadel leaves email_verified out when false
	Name     string
	Username string
	Dept     string // the "department" claim
}

// Fault makes the provider's next ID token wrong.
type Fault int

// The faults.
const (
	None     Fault = iota
	Expired        // its exp already past
	OtherKey       // signed by a key the JWKS does not publish (under the published key's id)
)

// Provider is the running provider.
type Provider struct {
	Server       *httptest.Server
	ClientID     string
	ClientSecret string

	st *storage
	op *op.Provider
}

// New starts a provider on an httptest server; it stops with the test.
// Register then names the client's redirect URI. Like ZITADEL's default for
// an application, the ID token carries only sub (and the protocol claims):
// email, name and the department are at the userinfo endpoint, unless
// ClaimsInIDToken says otherwise.
func New(t testing.TB) *Provider {
	t.Helper()
	key, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	other, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	st := &storage{
		key: key, other: other, kid: "k-" + rnd()[:8],
		client:   &client{id: "liaison", secret: "zitadel-client-secret-" + rnd()},
		requests: map[string]*request{}, codes: map[string]string{}, tokens: map[string]Person{},
	}
	p := &Provider{ClientID: st.client.id, ClientSecret: st.client.secret, st: st}
	var handler http.Handler = http.NotFoundHandler()
	p.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { handler.ServeHTTP(w, r) }))
	t.Cleanup(p.Server.Close)
	st.client.login = func(id string) string { return p.Server.URL + "/login?id=" + url.QueryEscape(id) }

	var crypto [32]byte
	_, _ = rand.Read(crypto[:])
	p.op, err = op.NewProvider(&op.Config{CryptoKey: crypto, CodeMethodS256: true, AuthMethodPost: true},
		st, op.StaticIssuer(p.Server.URL), op.WithAllowInsecure())
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /login", p.login)
	mux.Handle("/", p.op)
	handler = mux
	return p
}

// Issuer is the provider's issuer URL.
func (p *Provider) Issuer() string { return p.Server.URL }

// Register sets the client's one redirect URI (liaison's callback).
func (p *Provider) Register(redirect string) {
	p.st.mu.Lock()
	p.st.client.redirect = redirect
	p.st.mu.Unlock()
}

// ClaimsInIDToken puts the person's claims in the ID token too (ZITADEL's
// "User Info inside ID Token" setting).
func (p *Provider) ClaimsInIDToken(on bool) {
	p.st.mu.Lock()
	p.st.client.inIDToken = on
	p.st.mu.Unlock()
}

// SignIn sets who is signed in at the provider.
func (p *Provider) SignIn(who Person) {
	p.st.mu.Lock()
	p.st.person = who
	p.st.mu.Unlock()
}

// Break makes the next ID token wrong in the way f says.
func (p *Provider) Break(f Fault) {
	p.st.mu.Lock()
	p.st.fault = f
	p.st.mu.Unlock()
}

// Issued counts the ID tokens the provider signed.
func (p *Provider) Issued() int {
	p.st.mu.Lock()
	defer p.st.mu.Unlock()
	return p.st.issued
}

// login is the provider's login step: the person the test signed in
// authenticates the request, and the browser goes on to op's callback,
// which makes the code and redirects to the client.
func (p *Provider) login(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("id")
	p.st.mu.Lock()
	req, ok := p.st.requests[id]
	who := p.st.person
	if ok && who.Subject != "" {
		req.subject, req.person, req.done, req.authTime = who.Subject, who, true, time.Now()
	}
	p.st.mu.Unlock()
	if !ok {
		http.Error(w, "unknown authorization request", http.StatusBadRequest)
		return
	}
	if who.Subject == "" {
		http.Error(w, "nobody can sign in", http.StatusForbidden)
		return
	}
	ctx := op.ContextWithIssuer(r.Context(), p.Issuer())
	http.Redirect(w, r, op.AuthCallbackURL(p.op)(ctx, id), http.StatusFound)
}

func rnd() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// errNotFound is what the storage answers for unknown requests and codes.
var errNotFound = errors.New("not found")

// storage is the minimal op.Storage: authorization requests, codes, access
// tokens and one client in maps.
type storage struct {
	mu       sync.Mutex
	key      *rsa.PrivateKey
	other    *rsa.PrivateKey
	kid      string
	client   *client
	person   Person
	fault    Fault
	issued   int
	requests map[string]*request
	codes    map[string]string // code → request id
	tokens   map[string]Person // access token id → whose
}

var _ op.Storage = (*storage)(nil)
var _ op.CanSetUserinfoFromRequest = (*storage)(nil)

func (s *storage) CreateAuthRequest(_ context.Context, ar *oidc.AuthRequest, _ string) (op.AuthRequest, error) {
	if len(ar.Prompt) == 1 && ar.Prompt[0] == oidc.PromptNone {
		return nil, oidc.ErrLoginRequired()
	}
	r := &request{id: rnd(), clientID: ar.ClientID, redirect: ar.RedirectURI, state: ar.State, nonce: ar.Nonce,
		scopes: ar.Scopes, responseType: ar.ResponseType, responseMode: ar.ResponseMode}
	if ar.CodeChallenge != "" {
		r.challenge = &oidc.CodeChallenge{Challenge: ar.CodeChallenge, Method: ar.CodeChallengeMethod}
	}
	s.mu.Lock()
	s.requests[r.id] = r
	s.mu.Unlock()
	return r, nil
}

func (s *storage) AuthRequestByID(_ context.Context, id string) (op.AuthRequest, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	r, ok := s.requests[id]
	if !ok {
		return nil, errNotFound
	}
	return r, nil
}

func (s *storage) AuthRequestByCode(ctx context.Context, code string) (op.AuthRequest, error) {
	s.mu.Lock()
	id, ok := s.codes[code]
	s.mu.Unlock()
	if !ok {
		return nil, errNotFound
	}
	return s.AuthRequestByID(ctx, id)
}

func (s *storage) SaveAuthCode(_ context.Context, id, code string) error {
	s.mu.Lock()
	s.codes[code] = id
	s.mu.Unlock()
	return nil
}

// DeleteAuthRequest ends a request once its tokens are issued (its code
// cannot be used twice); a fault applied to those tokens is spent.
func (s *storage) DeleteAuthRequest(_ context.Context, id string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.requests, id)
	for c, rid := range s.codes {
		if rid == id {
			delete(s.codes, c)
		}
	}
	s.fault = None
	return nil
}

// CreateAccessToken records whose the opaque access token is, for the
// userinfo endpoint.
func (s *storage) CreateAccessToken(_ context.Context, tr op.TokenRequest) (string, time.Time, error) {
	r, ok := tr.(*request)
	if !ok {
		return "", time.Time{}, oidc.ErrUnsupportedGrantType()
	}
	id := rnd()
	s.mu.Lock()
	s.tokens[id] = r.person
	s.mu.Unlock()
	return id, time.Now().Add(5 * time.Minute), nil
}

func (s *storage) CreateAccessAndRefreshTokens(context.Context, op.TokenRequest, string) (string, string, time.Time, error) {
	return "", "", time.Time{}, oidc.ErrUnsupportedGrantType()
}

func (s *storage) TokenRequestByRefreshToken(context.Context, string) (op.RefreshTokenRequest, error) {
	return nil, op.ErrInvalidRefreshToken
}

func (s *storage) TerminateSession(context.Context, string, string) error { return nil }

func (s *storage) RevokeToken(context.Context, string, string, string) *oidc.Error {
	return oidc.ErrInvalidRequest().WithDescription("no revocation in this provider")
}

func (s *storage) GetRefreshTokenInfo(context.Context, string, string) (string, string, error) {
	return "", "", op.ErrInvalidRefreshToken
}

// SigningKey is the key op signs with: the published one, or, under the
// OtherKey fault, a key the JWKS does not have, under the published id.
func (s *storage) SigningKey(context.Context) (op.SigningKey, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.fault == OtherKey {
		return &signingKey{id: s.kid, key: s.other}, nil
	}
	return &signingKey{id: s.kid, key: s.key}, nil
}

func (s *storage) SignatureAlgorithms(context.Context) ([]jose.SignatureAlgorithm, error) {
	return []jose.SignatureAlgorithm{jose.RS256}, nil
}

func (s *storage) KeySet(context.Context) ([]op.Key, error) {
	return []op.Key{&publicKey{id: s.kid, key: &s.key.PublicKey}}, nil
}

// GetClientByClientID returns the client; under the Expired fault its ID
// tokens live for minus an hour, so op issues one that expired before it
// was made.
func (s *storage) GetClientByClientID(_ context.Context, id string) (op.Client, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if id != s.client.id {
		return nil, errNotFound
	}
	c := *s.client
	c.lifetime = time.Hour
	if s.fault == Expired {
		c.lifetime = -time.Hour
	}
	return &c, nil
}

func (s *storage) AuthorizeClientIDSecret(_ context.Context, id, secret string) error {
	if id != s.client.id || secret != s.client.secret {
		return errors.New("invalid client")
	}
	return nil
}

func (s *storage) SetUserinfoFromScopes(context.Context, *oidc.UserInfo, string, string, []string) error {
	return nil
}

// SetUserinfoFromRequest puts the person's claims in the ID token, as
// the scopes (and the client's setting) allow.
func (s *storage) SetUserinfoFromRequest(_ context.Context, ui *oidc.UserInfo, tr op.IDTokenRequest, scopes []string) error {
	s.mu.Lock()
	s.issued++
	s.mu.Unlock()
	r, ok := tr.(*request)
	if !ok {
		return errors.New("not an authorization request")
	}
	setClaims(ui, r.person, scopes)
	return nil
}

func setClaims(ui *oidc.UserInfo, who Person, scopes []string) {
	ui.Subject = who.Subject
	for _, sc := range scopes {
		switch sc {
		case oidc.ScopeEmail:
			ui.Email, ui.EmailVerified = who.Email, oidc.Bool(who.Verified)
		case oidc.ScopeProfile:
			ui.Name, ui.PreferredUsername = who.Name, who.Username
			if who.Dept != "" {
				ui.AppendClaims("department", who.Dept)
			}
		}
	}
}

// SetUserinfoFromToken answers the userinfo endpoint.
func (s *storage) SetUserinfoFromToken(_ context.Context, ui *oidc.UserInfo, tokenID, subject, _ string) error {
	s.mu.Lock()
	who, ok := s.tokens[tokenID]
	s.mu.Unlock()
	if !ok || who.Subject != subject {
		return errors.New("token is invalid")
	}
	setClaims(ui, who, []string{oidc.ScopeEmail, oidc.ScopeProfile})
	return nil
}

func (s *storage) SetIntrospectionFromToken(context.Context, *oidc.IntrospectionResponse, string, string, string) error {
	return errors.New("no introspection in this provider")
}

func (s *storage) GetPrivateClaimsFromScopes(context.Context, string, string, []string) (map[string]any, error) {
	return nil, nil
}

func (s *storage) GetKeyByIDAndClientID(context.Context, string, string) (*jose.JSONWebKey, error) {
	return nil, errNotFound
}

func (s *storage) ValidateJWTProfileScopes(context.Context, string, []string) ([]string, error) {
	return nil, errors.New("no JWT profile grant")
}

func (s *storage) Health(context.Context) error { return nil }

// request is one authorization request.
type request struct {
	id                 string
	clientID, redirect string
	state, nonce       string
	scopes             []string
	responseType       oidc.ResponseType
	responseMode       oidc.ResponseMode
	challenge          *oidc.CodeChallenge
	done               bool
	subject            string
	person             Person
	authTime           time.Time
}

func (r *request) GetID() string       { return r.id }
func (r *request) GetACR() string      { return "" }
func (r *request) GetAMR() []string    { return []string{"pwd"} }
func (r *request) GetClientID() string { return r.clientID }
func (r *request) GetAuthTime() time.Time {
	return r.authTime
}
func (r *request) GetCodeChallenge() *oidc.CodeChallenge { return r.challenge }
func (r *request) GetNonce() string                      { return r.nonce }
func (r *request) GetRedirectURI() string                { return r.redirect }
func (r *request) GetResponseType() oidc.ResponseType    { return r.responseType }
func (r *request) GetResponseMode() oidc.ResponseMode    { return r.responseMode }
func (r *request) GetScopes() []string                   { return r.scopes }
func (r *request) GetState() string                      { return r.state }
func (r *request) GetSubject() string                    { return r.subject }
func (r *request) Done() bool                            { return r.done }

// GetAudience is who the tokens are for: the client.
func (r *request) GetAudience() []string { return []string{r.clientID} }

// client is the one confidential web client (liaison).
type client struct {
	id, secret string
	redirect   string
	login      func(id string) string
	lifetime   time.Duration
	inIDToken  bool
}

func (c *client) GetID() string                       { return c.id }
func (c *client) RedirectURIs() []string              { return []string{c.redirect} }
func (c *client) PostLogoutRedirectURIs() []string    { return nil }
func (c *client) ApplicationType() op.ApplicationType { return op.ApplicationTypeWeb }
func (c *client) AuthMethod() oidc.AuthMethod         { return oidc.AuthMethodBasic }
func (c *client) ResponseTypes() []oidc.ResponseType {
	return []oidc.ResponseType{oidc.ResponseTypeCode}
}
func (c *client) GrantTypes() []oidc.GrantType {
	return []oidc.GrantType{oidc.GrantTypeCode}
}
func (c *client) LoginURL(id string) string            { return c.login(id) }
func (c *client) AccessTokenType() op.AccessTokenType  { return op.AccessTokenTypeBearer }
func (c *client) IDTokenLifetime() time.Duration       { return c.lifetime }
func (c *client) DevMode() bool                        { return false }
func (c *client) IsScopeAllowed(string) bool           { return false }
func (c *client) ClockSkew() time.Duration             { return 0 }
func (c *client) IDTokenUserinfoClaimsAssertion() bool { return c.inIDToken }
func (c *client) RestrictAdditionalIdTokenScopes() func([]string) []string {
	return func(s []string) []string { return s }
}
func (c *client) RestrictAdditionalAccessTokenScopes() func([]string) []string {
	return func(s []string) []string { return s }
}

type signingKey struct {
	id  string
	key *rsa.PrivateKey
}

func (k *signingKey) SignatureAlgorithm() jose.SignatureAlgorithm { return jose.RS256 }
func (k *signingKey) Key() any                                    { return k.key }
func (k *signingKey) ID() string                                  { return k.id }

type publicKey struct {
	id  string
	key *rsa.PublicKey
}

func (k *publicKey) ID() string                         { return k.id }
func (k *publicKey) Algorithm() jose.SignatureAlgorithm { return jose.RS256 }
func (k *publicKey) Use() string                        { return "sig" }
func (k *publicKey) Key() any                           { return k.key }
