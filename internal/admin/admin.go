// Package admin is the administration service (CONTRACT §10): departments
// as a tree, users, external parties, imports, channels, calendar data,
// preferences and passwords. Every operation takes the actor, checks their
// permission against the database (a disabled or deleted account is
// refused), validates, makes the change and writes its audit entry in one
// transaction. The API, the pages and the command line all call it.
package admin

import (
	"context"
	"errors"
	"log/slog"
	"time"

	"github.com/alexedwards/argon2id"

	"github.com/liaison-dev/liaison/internal/auth"
	"github.com/liaison-dev/liaison/internal/calendar"
	"github.com/liaison-dev/liaison/internal/integrations"
	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/store"
)

// Config is what the service needs.
type Config struct {
	DB   *store.DB
	Auth *auth.Service
	// Now is the server's clock (the simulated one under --dev-clock);
	// time.Now if nil.
	Now func(context.Context) (time.Time, error)
	// Calendar is the calendar configuration imports are checked against;
	// calendar.DefaultConfig if nil.
	Calendar func() calendar.Config
	// CalendarChanged is called after an import committed (the server
	// puts the new calendar in force); may be nil.
	CalendarChanged func(context.Context) error
	Logger          *slog.Logger
	// Integrations are the identity provider's and chat apps' settings in
	// force, which administrators change (the default issuer of an
	// identity they link comes from there); nil: none, and changes stored
	// only.
	Integrations *integrations.Settings
}

// Service is the administration service.
type Service struct{ cfg Config }

// New returns the service.
func New(cfg Config) *Service {
	if cfg.Now == nil {
		cfg.Now = func(context.Context) (time.Time, error) { return time.Now(), nil }
	}
	if cfg.Calendar == nil {
		cfg.Calendar = calendar.DefaultConfig
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	return &Service{cfg: cfg}
}

// CLILogin is the actor the audit trail records for the command line.
const CLILogin = "cli"

// CLI is the command line as an actor: an administrator by virtue of
// holding the database. The login "cli" is reserved, so no user can be it.
func CLI() auth.User { return auth.User{ID: -1, Login: CLILogin, Name: "command line", Admin: true} }

func isCLI(a auth.User) bool { return a.ID == -1 && a.Login == CLILogin }

// Rule says who may perform an operation.
type Rule string

// The rules of Ops.
const (
	Admins    Rule = "admin"    // administrators only; everyone else 403
	Anyone    Rule = "user"     // every signed-in, enabled user
	SelfAdmin Rule = "self"     // the user concerned, or an administrator
	RoleHeads Rule = "roleHead" // the head of the role's department or above, or an administrator
)

// Ops lists every operation of the administration layer with its rule; the
// permission matrix test is generated from it, and the docs name it.
var Ops = []struct {
	Name string
	Rule Rule
}{
	{"Departments", Admins}, {"CreateDepartment", Admins}, {"UpdateDepartment", Admins}, {"DeleteDepartment", Admins},
	{"Users", Admins}, {"CreateUser", Admins}, {"UpdateUser", Admins}, {"Duties", Admins},
	{"Parties", Anyone}, {"Party", Anyone}, {"CreateParty", Admins}, {"UpdateParty", Admins},
	{"ImportUsers", Admins}, {"ImportParties", Admins},
	{"Channels", Admins}, {"AddChannel", Admins}, {"DeleteChannel", Admins},
	{"Integrations", Admins}, {"SetIntegration", Admins}, {"DeleteIntegration", Admins},
	{"Audit", Admins}, {"Diagnose", Admins}, {"CalendarOverrides", Admins}, {"ImportCalendar", Admins},
	{"UncheckedYears", Admins}, {"ConfirmCalendarYear", Admins},
	{"SetPreferences", SelfAdmin}, {"ChangePassword", Anyone}, {"Directory", Anyone},
	{"Reassign", RoleHeads}, // cases.Service.Reassign
}

// now is the server's clock.
func (s *Service) now(ctx context.Context) (time.Time, error) { return s.cfg.Now(ctx) }

// check refuses an actor who is not signed in (401), whose account is
// disabled or gone (401), or who is not an administrator when rule says
// so (403). It reads the actor afresh in the transaction, so a right
// withdrawn a moment ago is withdrawn.
func (s *Service) check(ctx context.Context, q store.Querier, a auth.User, rule Rule, subject string) error {
	if isCLI(a) {
		return nil
	}
	if a.Login == "" {
		return problem.Key(problem.Unauthorized, "problem.not_signed_in")
	}
	u, err := store.In(q).UserByLogin(ctx, a.Login)
	if errors.Is(err, store.ErrNotFound) || (err == nil && u.Disabled) {
		return problem.Key(problem.Unauthorized, "problem.not_signed_in_or_session_has")
	}
	if err != nil {
		return err
	}
	switch rule {
	case Admins:
		if !u.Admin {
			return problem.Key(problem.Forbidden, "problem.administrators_only")
		}
	case SelfAdmin:
		if !u.Admin && u.Login != subject {
			return problem.Key(problem.Forbidden, "problem.only_user_or_administrator")
		}
	}
	return nil
}

// change runs fn in one transaction after the permission check, and
// writes the audit entry fn returns in the same transaction.
func (s *Service) change(ctx context.Context, a auth.User, rule Rule, subject string, fn func(tx store.Tx, now time.Time) (entry, error)) error {
	now, err := s.now(ctx)
	if err != nil {
		return err
	}
	return s.cfg.DB.Tx(ctx, func(tx store.Tx) error {
		if err := s.check(ctx, tx, a, rule, subject); err != nil {
			return err
		}
		e, err := fn(tx, now)
		if err != nil {
			return err
		}
		if e.Action == "" {
			return nil
		}
		detail := map[string]any{}
		for k, v := range e.Detail {
			detail[k] = v
		}
		if e.Before != nil {
			detail["before"] = e.Before
		}
		if e.After != nil {
			detail["after"] = e.After
		}
		return store.In(tx).InsertAudit(ctx, store.AuditEntry{At: now, Actor: a.Login, Action: e.Action, Target: e.Target,
			IP: store.IPFrom(ctx), Detail: detail})
	})
}

// read runs fn after the permission check, outside any write transaction.
func (s *Service) read(ctx context.Context, a auth.User, rule Rule, subject string, fn func(q store.Querier) error) error {
	q := s.cfg.DB.SQL()
	if err := s.check(ctx, q, a, rule, subject); err != nil {
		return err
	}
	return fn(q)
}

// entry is what a change records in the audit trail: before and after are
// the object as it was and as it is (nil for none).
type entry struct {
	Action, Target string
	Before, After  any
	Detail         map[string]any
}

// checkPassword checks a person's password within the sign-in service's
// bound on hashes at once (directly when there is none: the command line).
func (s *Service) checkPassword(ctx context.Context, pw, hash string) (bool, error) {
	if s.cfg.Auth != nil {
		return s.cfg.Auth.CheckPassword(ctx, pw, hash)
	}
	ok, err := argon2id.ComparePasswordAndHash(pw, hash)
	return ok && err == nil, nil
}

// hash hashes a password chosen by a person, with the sign-in service's cost.
func (s *Service) hash(pw string) (string, error) {
	if s.cfg.Auth != nil {
		return s.cfg.Auth.HashPassword(pw)
	}
	return auth.HashPassword(pw)
}
