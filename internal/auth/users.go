package auth

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"fmt"
	"regexp"

	"github.com/liaison-dev/liaison/internal/i18n"

	"github.com/alexedwards/argon2id"

	"github.com/liaison-dev/liaison/internal/dberr"
	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
)

// NewUser is what it takes to add a user.
type NewUser struct {
	Login    string
	Name     string
	Email    string
	Dept     string // department id; "" only for administrators
	Head     bool   // make the user the head of Dept
	Admin    bool
	Roles    []string
	Lang     string // "zh" (default) or "en"
	Password string
}

var loginPattern = regexp.MustCompile(`^[a-z][a-z0-9._-]{1,31}$`)

// emailPattern is deliberately loose: one @, something on each side, a dot after it.
var emailPattern = regexp.MustCompile(`^[^@\s]+@[^@\s]+\.[^@\s]+$`)

// Validate returns problem.Invalid naming every field at fault, or nil.
func (n NewUser) Validate() error {
	f := map[string]string{}
	if !loginPattern.MatchString(n.Login) {
		f["login"] = "reason.login_pattern"
	}
	if process.Blank(n.Name) {
		f["name"] = "reason.required"
	} else if why := process.SingleLineReason(n.Name); why != "" {
		f["name"] = why
	}
	if n.Email != "" && (!emailPattern.MatchString(n.Email) || process.SingleLineReason(n.Email) != "") {
		f["email"] = "reason.not_email_address"
	}
	if n.Dept == "" && !n.Admin {
		f["dept"] = "reason.required_only_administrators_may_have"
	}
	if n.Head && n.Dept == "" {
		f["head"] = "reason.head_needs_department"
	}
	if n.Lang != "" && n.Lang != "zh" && n.Lang != "en" {
		f["lang"] = "reason.zh_or_en"
	}
	if why := PasswordReason(n.Login, n.Password); why != "" {
		f["password"] = why
	}
	if len(f) > 0 {
		return problem.FieldsKey("problem.invalid_user", f)
	}
	return nil
}

// CreateUser validates n, hashes its password and stores it (and, with Head,
// makes it the head of its department) in one transaction. A taken login is
// problem.Conflict; an unknown department is problem.Invalid.
func (s *Service) CreateUser(ctx context.Context, n NewUser, actor, ip string) (User, error) {
	if err := n.Validate(); err != nil {
		return User{}, err
	}
	if n.Dept != "" {
		if _, err := s.db.Department(ctx, n.Dept); errors.Is(err, store.ErrNotFound) {
			return User{}, problem.FieldsKey("problem.invalid_user", map[string]string{"dept": i18n.Ref("reason.no_department", n.Dept)})
		} else if err != nil {
			return User{}, err
		}
	}
	hash, err := s.HashPassword(n.Password)
	if err != nil {
		return User{}, err
	}
	now := s.now()
	err = s.db.Tx(ctx, func(tx store.Tx) error {
		_, err := store.In(tx).CreateUser(ctx, store.User{Login: n.Login, Name: n.Name, Email: n.Email, DeptID: n.Dept,
			Admin: n.Admin, Roles: n.Roles, Lang: n.Lang, EmailNotify: true, PasswordHash: hash, CreatedAt: now})
		if err != nil {
			return err
		}
		if n.Head {
			if err := store.In(tx).SetDepartmentHead(ctx, n.Dept, n.Login); err != nil {
				return err
			}
		}
		return store.In(tx).InsertAudit(ctx, store.AuditEntry{At: now, Actor: actor, Action: ActionUserAdded, Target: n.Login, IP: ip,
			Detail: map[string]any{"dept": n.Dept, "head": n.Head, "admin": n.Admin}})
	})
	if err != nil {
		return User{}, dberr.Problem(err, "thing.login", n.Login)
	}
	return s.UserByLogin(ctx, n.Login)
}

// oneTimeParams hash server-made one-time passwords: 96 random bits need no
// slow hash to resist guessing, and an import of 10,000 users must not take
// 10,000 slow hashes. Verification reads the parameters from the hash.
var oneTimeParams = argon2id.Params{Memory: 64, Iterations: 1, Parallelism: 1, SaltLength: 16, KeyLength: 32}

// OneTimePassword makes a random password (16 characters, 96 bits) and its hash.
func OneTimePassword() (password, hash string, err error) {
	var b [12]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", "", fmt.Errorf("auth: one-time password: %w", err)
	}
	password = base64.RawURLEncoding.EncodeToString(b[:])
	hash, err = argon2id.CreateHash(password, &oneTimeParams)
	if err != nil {
		return "", "", fmt.Errorf("auth: hash password: %w", err)
	}
	return password, hash, nil
}

// CheckPassword reports whether pw matches the stored hash, in one of the
// same bounded hashing slots as sign-in (problem.Unavailable when none
// comes free in time).
func (s *Service) CheckPassword(ctx context.Context, pw, hash string) (bool, error) {
	var ok bool
	var cmpErr error
	if err := s.hashing(ctx, func() { ok, cmpErr = argon2id.ComparePasswordAndHash(pw, hash) }); err != nil {
		return false, err
	}
	return ok && cmpErr == nil, nil
}

// TokenHash is the stored form of a session token, to name the session a
// request used (a password change keeps it and ends the others).
func TokenHash(token string) string { return hashToken(token) }
