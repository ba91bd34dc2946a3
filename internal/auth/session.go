package auth

import (
	"context"
	"errors"
	"time"

	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/store"
)

// errSession is the answer to any token that does not sign anybody in.
func errSession() error {
	return problem.Key(problem.Unauthorized, "problem.not_signed_in_or_session_has")
}

// Authenticate returns the user a token belongs to; problem.Unauthorized for
// an unknown or expired token or a disabled user. Browser sessions slide:
// each use pushes the expiry BrowserSessionTTL ahead.
func (s *Service) Authenticate(ctx context.Context, token string) (User, error) {
	if token == "" {
		return User{}, errSession()
	}
	hash := hashToken(token)
	sess, orgVer, err := s.db.SessionWithOrgVersion(ctx, hash)
	if errors.Is(err, store.ErrNotFound) {
		return User{}, errSession()
	}
	if err != nil {
		return User{}, err
	}
	now := s.wall()
	if !now.Before(sess.ExpiresAt) {
		if err := s.db.DeleteSession(ctx, hash); err != nil {
			s.log.WarnContext(ctx, "deleting expired session", "err", err)
		}
		return User{}, errSession()
	}
	// Renew at most once a minute, so that a busy page does not write on every request.
	if sess.Kind == store.SessionBrowser && sess.ExpiresAt.Sub(now) < BrowserSessionTTL-time.Minute {
		if err := s.db.TouchSession(ctx, hash, now.Add(BrowserSessionTTL), sess.LastIP); err != nil {
			return User{}, err
		}
	}
	if u, ok := s.users.get(sess.UserID, orgVer); ok {
		return u, nil
	}
	su, err := s.db.UserByID(ctx, sess.UserID)
	if errors.Is(err, store.ErrNotFound) {
		return User{}, errSession()
	}
	if err != nil {
		return User{}, err
	}
	if su.Disabled {
		return User{}, errSession()
	}
	u, err := s.fromStore(ctx, su)
	if err != nil {
		return User{}, err
	}
	s.users.put(sess.UserID, orgVer, u)
	return u, nil
}

// Logout ends the session of token; problem.Unauthorized if it signs nobody in.
func (s *Service) Logout(ctx context.Context, token, ip string) error {
	u, err := s.Authenticate(ctx, token)
	if err != nil {
		return err
	}
	if err := s.db.DeleteSession(ctx, hashToken(token)); err != nil {
		return err
	}
	s.audit(ctx, store.AuditEntry{At: s.now(), Actor: u.Login, Action: ActionLogout, Target: u.Login, IP: ip})
	return nil
}
