package auth

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"

	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/store"
)

// errCredentials is the one answer to a wrong password, an unknown login and a
// disabled user alike, so that a caller cannot tell which it was.
func errCredentials() error { return problem.New(problem.Unauthorized, "wrong login or password") }

// Login checks login and password and returns a new API token (valid for
// APITokenTTL) and the user. ip is the caller's address, for the rate limit
// and the audit trail.
func (s *Service) Login(ctx context.Context, login, password, ip string) (string, User, error) {
	return s.login(ctx, login, password, ip, store.SessionAPI)
}

// LoginBrowser is Login for the web UI: the token is a cookie session that
// lives BrowserSessionTTL past its last use.
func (s *Service) LoginBrowser(ctx context.Context, login, password, ip string) (string, User, error) {
	return s.login(ctx, login, password, ip, store.SessionBrowser)
}

func (s *Service) login(ctx context.Context, login, password, ip, kind string) (string, User, error) {
	now := s.now()
	since := now.Add(-LimitWindow)
	byLogin, err := s.db.CountAuditByTarget(ctx, ActionLoginFailed, login, since)
	if err != nil {
		return "", User{}, err
	}
	byIP, err := s.db.CountAuditByIP(ctx, ActionLoginFailed, ip, since)
	if err != nil {
		return "", User{}, err
	}
	if byLogin >= LimitPerLogin || byIP >= LimitPerIP {
		s.audit(ctx, store.AuditEntry{At: now, Action: ActionLoginLimited, Target: login, IP: ip,
			Detail: map[string]any{"failures_login": byLogin, "failures_ip": byIP}})
		return "", User{}, problem.New(problem.RateLimited, "too many failed sign-ins; try again in %d minutes", int(LimitWindow.Minutes()))
	}

	u, err := s.db.UserByLogin(ctx, login)
	reason := ""
	switch {
	case errors.Is(err, store.ErrNotFound):
		// Spend the same time as for a real user before saying no.
		_, _ = comparePassword(ctx, password, s.dummyHash())
		reason = "unknown_login"
	case err != nil:
		return "", User{}, err
	default:
		ok, err := comparePassword(ctx, password, u.PasswordHash)
		switch {
		case err != nil:
			return "", User{}, fmt.Errorf("auth: password hash of %q: %w", login, err)
		case !ok:
			reason = "wrong_password"
		case u.Disabled:
			reason = "disabled"
		}
	}
	if reason != "" {
		s.audit(ctx, store.AuditEntry{At: now, Action: ActionLoginFailed, Target: login, IP: ip,
			Detail: map[string]any{"reason": reason}})
		return "", User{}, errCredentials()
	}

	token, hash, err := newToken()
	if err != nil {
		return "", User{}, err
	}
	ttl := APITokenTTL
	if kind == store.SessionBrowser {
		ttl = BrowserSessionTTL
	}
	err = s.db.CreateSession(ctx, store.Session{TokenHash: hash, UserID: u.ID, Kind: kind,
		CreatedAt: now, ExpiresAt: now.Add(ttl), LastIP: ip})
	if err != nil {
		return "", User{}, err
	}
	s.audit(ctx, store.AuditEntry{At: now, Actor: u.Login, Action: ActionLogin, Target: u.Login, IP: ip,
		Detail: map[string]any{"kind": kind}})
	au, err := s.fromStore(ctx, u)
	return token, au, err
}

// dummyHash is computed once, lazily, with the service's own parameters so
// that checking it costs what checking a real password costs.
func (s *Service) dummyHash() string {
	s.dummyOnce.Do(func() {
		h, err := createHash("not a password anyone has", &s.params)
		if err != nil {
			panic(fmt.Sprintf("auth: dummy hash: %v", err)) // crypto/rand failing is unrecoverable
		}
		s.dummy = h
	})
	return s.dummy
}

// audit records e; a failure to record is logged, not returned, because the
// outcome of the sign-in does not depend on it.
func (s *Service) audit(ctx context.Context, e store.AuditEntry) {
	if err := s.db.Audit(ctx, e); err != nil {
		s.log.ErrorContext(ctx, "audit write failed", "action", e.Action, "err", err)
	}
}

// newToken returns a random 32-byte token, base64url, and its stored hash.
func newToken() (token, hash string, err error) {
	var b [32]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", "", fmt.Errorf("auth: token: %w", err)
	}
	token = base64.RawURLEncoding.EncodeToString(b[:])
	return token, hashToken(token), nil
}

// hashToken is what the sessions table keys on: a stolen database yields no
// usable tokens.
func hashToken(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}
