package auth

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"time"
	"unicode/utf8"

	"github.com/alexedwards/argon2id"

	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/store"
)

// errCredentials is the one answer to a wrong password, an unknown login and a
// disabled user alike, so that a caller cannot tell which it was.
func errCredentials() error {
	return problem.Key(problem.Unauthorized, "problem.wrong_login_or_password")
}

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

// reserve is store.ReserveSignIn, waiting up to HashWait while a count is
// full: an attempt in progress counts until it ends, and those that
// succeed give their reservation back. An office behind one address, its
// people signing in at nine, filled the address's 20 at once with correct
// passwords, and the rest were told to wait 15 minutes (36 sign-ins at
// once: 16 refused); now they wait for the hashes before them, as they
// would for a hashing slot. It tries again each time this process gives
// an attempt back, and once more when the wait is over (for other
// replicas'). Failures are never given back, so a guesser is refused as
// before, after the wait, having tried twice.
func (s *Service) reserve(ctx context.Context, keys []store.SignInKey, now, since time.Time) (string, time.Time, error) {
	deadline := time.Now().Add(s.hashWait)
	for {
		s.relMu.Lock()
		released := s.released
		s.relMu.Unlock()
		over, began, err := s.db.ReserveSignIn(ctx, keys, now, since)
		if err != nil || over == "" || !time.Now().Before(deadline) {
			return over, began, err
		}
		t := time.NewTimer(time.Until(deadline))
		select {
		case <-released:
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			return "", time.Time{}, fmt.Errorf("auth: waiting to sign in: %w", ctx.Err())
		}
		t.Stop()
	}
}

func (s *Service) login(ctx context.Context, login, password, ip, kind string) (string, User, error) {
	now := s.now()
	since := now.Add(-LimitWindow)
	// Reserve the attempt before hashing: one write that counts it against
	// the login and the address, or refuses it when either is at its limit.
	keys := []store.SignInKey{{Name: "login:" + clip(login), Limit: LimitPerLogin}, {Name: "ip:" + clip(ip), Limit: LimitPerIP}}
	over, began, err := s.reserve(ctx, keys, now, since)
	if err != nil {
		return "", User{}, err
	}
	if over != "" {
		s.audit(ctx, store.AuditEntry{At: now, Action: ActionLoginLimited, Target: clip(login), IP: ip,
			Detail: map[string]any{"limit": over}})
		p := problem.Key(problem.RateLimited, "problem.too_many_failed_sign_ins", int(LimitWindow.Minutes()))
		// The count starts again once the window has passed: the first
		// instant after its end (the store keeps microseconds).
		p.RetryAfter = began.Add(LimitWindow).Sub(now) + time.Microsecond
		return "", User{}, p
	}
	// What is not a failed guess gives its reservation back: a success, a
	// busy pool, a database error.
	failed := false
	defer func() {
		if failed {
			return
		}
		if err := s.db.ReleaseSignIn(context.WithoutCancel(ctx), []string{keys[0].Name, keys[1].Name}, since); err != nil {
			s.log.ErrorContext(ctx, "sign-in reservation not released", "err", err)
			return
		}
		s.relMu.Lock()
		close(s.released)
		s.released = make(chan struct{})
		s.relMu.Unlock()
	}()

	u, err := s.db.UserByLogin(ctx, login)
	if err != nil && !errors.Is(err, store.ErrNotFound) {
		return "", User{}, err
	}
	known := err == nil
	// An unknown login is checked against a dummy hash, in the same bounded
	// pool, so that it costs what a wrong password costs.
	hash := u.PasswordHash
	var (
		ok     bool
		cmpErr error
	)
	if err := s.hashing(ctx, func() {
		if !known {
			hash = s.dummyHash()
		}
		ok, cmpErr = argon2id.ComparePasswordAndHash(password, hash)
	}); err != nil {
		return "", User{}, err
	}
	reason := ""
	switch {
	case !known:
		reason = "unknown_login"
	case cmpErr != nil:
		return "", User{}, fmt.Errorf("auth: password hash of %q: %w", login, cmpErr)
	case !ok:
		reason = "wrong_password"
	case u.Disabled:
		reason = "disabled"
	}
	if reason != "" {
		failed = true
		s.audit(ctx, store.AuditEntry{At: now, Action: ActionLoginFailed, Target: clip(login), IP: ip,
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
	wall := s.wall()
	err = s.db.CreateSession(ctx, store.Session{TokenHash: hash, UserID: u.ID, Kind: kind,
		CreatedAt: wall, ExpiresAt: wall.Add(ttl), LastIP: ip})
	if err != nil {
		return "", User{}, err
	}
	s.audit(ctx, store.AuditEntry{At: now, Actor: u.Login, Action: ActionLogin, Target: u.Login, IP: ip,
		Detail: map[string]any{"kind": kind}})
	au, err := s.fromStore(ctx, u)
	return token, au, err
}

// clip bounds what an attempt is counted and audited under: logins and
// addresses are short, a guesser's strings need not be (a sign-in body of
// 1 MiB once wrote a 1 MiB audit row per attempt).
func clip(s string) string {
	if len(s) <= 128 {
		return s
	}
	// Cut on a character boundary, so that the audit trail keeps valid text.
	n := 128
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// dummyHash is computed once, lazily, with the service's own parameters so
// that checking it costs what checking a real password costs. Login calls
// it inside its hashing slot, so it takes none of its own.
func (s *Service) dummyHash() string {
	s.dummyOnce.Do(func() {
		h, err := argon2id.CreateHash("not a password anyone has", &s.params)
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
