package web

import (
	"context"
	"net"
	"net/http"
	"strings"

	"github.com/liaison-dev/liaison/internal/auth"
)

// SessionCookie is the name of the browser session cookie.
const SessionCookie = "liaison_session"

type userKey struct{}

// UserFrom returns the signed-in user that requireUser put in ctx.
func UserFrom(ctx context.Context) (auth.User, bool) {
	u, ok := ctx.Value(userKey{}).(auth.User)
	return u, ok
}

// WithUser returns ctx carrying u (for tests of handlers behind requireUser).
func WithUser(ctx context.Context, u auth.User) context.Context {
	return context.WithValue(ctx, userKey{}, u)
}

// requireUser runs h only for a signed-in caller (Bearer token, else the
// session cookie), with the user in the context; otherwise 401.
func (s *Server) requireUser(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		u, err := s.Auth.Authenticate(r.Context(), token(r))
		if err != nil {
			s.fail(w, r, err)
			return
		}
		h(w, r.WithContext(WithUser(r.Context(), u)))
	}
}

// withCaller returns r carrying its signed-in caller, if it presents a
// valid credential, for a problem found before any route signs the caller
// in (a repeated query parameter, an unknown path): it is then written in
// the caller's language, not the browser's.
func (s *Server) withCaller(r *http.Request) *http.Request {
	if _, ok := UserFrom(r.Context()); ok || s.Auth == nil {
		return r
	}
	tok := token(r)
	if tok == "" {
		return r
	}
	u, err := s.Auth.Authenticate(r.Context(), tok)
	if err != nil {
		return r
	}
	return r.WithContext(WithUser(r.Context(), u))
}

// token returns the credential the request presents: a Bearer token, else
// the session cookie, else "". A non-Bearer Authorization header yields a
// value no session has, so it fails rather than falling back to the cookie.
func token(r *http.Request) string {
	if h := r.Header.Get("Authorization"); h != "" {
		scheme, tok, ok := strings.Cut(h, " ")
		if !ok || !strings.EqualFold(scheme, "Bearer") {
			return ""
		}
		return strings.TrimSpace(tok)
	}
	if c, err := r.Cookie(SessionCookie); err == nil {
		return c.Value
	}
	return ""
}

// ClientIP is the peer address without its port, as every front end
// records it. Behind a reverse proxy this is the proxy; trusting
// X-Forwarded-For needs a configured list of proxies (not yet).
func ClientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}
