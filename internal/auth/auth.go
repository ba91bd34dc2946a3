// Package auth signs people in and out: argon2id passwords, hashed session
// tokens with expiry, and the rate limits on failed sign-ins, all recorded in
// the audit trail.
package auth

import (
	"context"
	"fmt"
	"log/slog"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/alexedwards/argon2id"

	"github.com/liaison-dev/liaison/internal/dberr"
	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
)

// Lifetimes of the two session kinds.
const (
	APITokenTTL       = 30 * 24 * time.Hour // fixed from sign-in
	BrowserSessionTTL = 12 * time.Hour      // sliding: renewed on use
)

// Limits on failed sign-ins within LimitWindow; beyond them a sign-in is
// refused with problem.RateLimited before the password is even checked.
const (
	LimitWindow   = 15 * time.Minute
	LimitPerLogin = 5
	LimitPerIP    = 20
)

// MinPasswordLength is the shortest password accepted for a new user.
const MinPasswordLength = 8

// Audit actions written by this package.
const (
	ActionLogin        = "login"
	ActionLoginFailed  = "login_failed"
	ActionLoginLimited = "login_limited"
	ActionLogout       = "logout"
	ActionUserAdded    = "user_added"
)

// DefaultParams are OWASP's recommended argon2id cost (19 MiB, two passes,
// one lane): a few tens of ms per hash, slow enough to make guessing
// expensive, and small enough that sign-ins at once do not take the server
// past its memory target (docs/benchmarks.md). The parallelism is fixed (not
// NumCPU) so that a hash made on one machine costs the same everywhere.
// Hashes made with other parameters (64 MiB, one pass, before issue 16)
// still verify: an argon2id hash carries its own parameters.
var DefaultParams = argon2id.Params{Memory: 19 * 1024, Iterations: 2, Parallelism: 1, SaltLength: 16, KeyLength: 32}

// Defaults of the bound on hashes at once (Options.MaxHashes, HashWait):
// with DefaultParams two hashes hold about 38 MiB whatever arrives, and a
// sign-in waits at most three seconds for its turn before it is answered
// problem.Unavailable (503 with Retry-After).
const (
	DefaultMaxHashes = 2
	DefaultHashWait  = 3 * time.Second
)

// User is the signed-in person as the rest of liaison sees them.
type User struct {
	ID     int64
	Login  string
	Name   string
	Email  string
	Dept   string   // department id; "" for none (the administrator)
	HeadOf []string // ids of the departments this user heads
	Admin  bool
	Roles  []string // e.g. "account_manager"
	Lang   string   // "zh" or "en"
	// EmailNotify is whether the user also gets notifications by email.
	EmailNotify bool
	// Oversees lists the departments headed and every one below them.
	Oversees []string
	// ReadAll is set for members of 管理层 (management): every case, read-only.
	ReadAll bool
}

// Actor is the user as the case engine sees them.
func (u User) Actor() process.Actor {
	return process.Actor{Login: u.Login, Name: u.Name, Dept: u.Dept, HeadOf: u.HeadOf, Admin: u.Admin,
		Roles: u.Roles, Email: u.Email, Oversees: u.Oversees, ReadAll: u.ReadAll}
}

// HasRole reports whether u holds role.
func (u User) HasRole(role string) bool { return slices.Contains(u.Roles, role) }

// Heads reports whether u heads department dept.
func (u User) Heads(dept string) bool { return slices.Contains(u.HeadOf, dept) }

// Options configure a Service; the zero value is usable.
type Options struct {
	Now func() time.Time // the clock of the audit trail and the sign-in limits; time.Now if nil
	// Wall is the clock session lifetimes run on; time.Now if nil. Under
	// --dev-clock Now is the simulated clock and Wall stays real: moving
	// the simulated clock a month ahead must not sign everybody out.
	Wall   func() time.Time
	Params *argon2id.Params // password hashing cost; DefaultParams if nil
	Logger *slog.Logger     // slog.Default() if nil
	// MaxHashes bounds the argon2id hashes running at once (each holds
	// Params.Memory); DefaultMaxHashes if zero.
	MaxHashes int
	// HashWait is the longest a sign-in queues for a hashing slot;
	// DefaultHashWait if zero.
	HashWait time.Duration
}

// Service signs users in and out.
type Service struct {
	db     *store.DB
	now    func() time.Time
	wall   func() time.Time // session lifetimes (Options.Wall)
	params argon2id.Params
	log    *slog.Logger

	users userCache // signed-in users as of an organisation version (usercache.go)

	dummyOnce sync.Once
	dummy     string // hash compared against for unknown logins, so they cost the same

	slots    chan struct{} // one token per hash running; its capacity is MaxHashes
	hashWait time.Duration

	// released is closed, and replaced, whenever this process gives back
	// a reserved sign-in attempt (reserve waits on it).
	relMu    sync.Mutex
	released chan struct{}

	running atomic.Int64
	peak    atomic.Int64
	total   atomic.Int64
}

// New returns a Service over db.
func New(db *store.DB, opts Options) *Service {
	s := &Service{db: db, now: opts.Now, wall: opts.Wall, params: DefaultParams, log: opts.Logger, released: make(chan struct{})}
	if s.now == nil {
		s.now = time.Now
	}
	if s.wall == nil {
		s.wall = time.Now
	}
	if opts.Params != nil {
		s.params = *opts.Params
	}
	if s.log == nil {
		s.log = slog.Default()
	}
	n := opts.MaxHashes
	if n <= 0 {
		n = DefaultMaxHashes
	}
	s.slots = make(chan struct{}, n)
	s.hashWait = opts.HashWait
	if s.hashWait <= 0 {
		s.hashWait = DefaultHashWait
	}
	return s
}

// HashStats says how many hashes the service has computed or checked, and
// the most that ran at once.
type HashStats struct{ Total, Peak int64 }

// HashStats returns the service's hashing counts since New.
func (s *Service) HashStats() HashStats {
	return HashStats{Total: s.total.Load(), Peak: s.peak.Load()}
}

// errBusy answers a sign-in that found no hashing slot within HashWait.
func errBusy() error {
	return problem.Key(problem.Unavailable, "problem.too_many_sign_ins_at_once")
}

// hashing runs fn, which computes or checks an argon2id hash, in one of the
// MaxHashes slots, waiting at most HashWait for one: the memory sign-ins
// take is bounded whatever arrives.
func (s *Service) hashing(ctx context.Context, fn func()) error {
	t := time.NewTimer(s.hashWait)
	defer t.Stop()
	select {
	case s.slots <- struct{}{}:
	case <-t.C:
		return errBusy()
	case <-ctx.Done():
		return fmt.Errorf("auth: waiting to hash: %w", ctx.Err())
	}
	defer func() { <-s.slots }()
	n := s.running.Add(1)
	defer s.running.Add(-1)
	for p := s.peak.Load(); n > p && !s.peak.CompareAndSwap(p, n); p = s.peak.Load() {
	}
	s.total.Add(1)
	fn()
	return nil
}

// HashPassword hashes pw with the service's cost parameters, in one of its
// bounded hashing slots.
func (s *Service) HashPassword(pw string) (string, error) {
	var (
		h   string
		err error
	)
	if werr := s.hashing(context.Background(), func() { h, err = argon2id.CreateHash(pw, &s.params) }); werr != nil {
		return "", werr
	}
	if err != nil {
		return "", fmt.Errorf("auth: hash password: %w", err)
	}
	return h, nil
}

// HashPassword hashes pw with DefaultParams, outside any server's bound on
// hashes at once (the command line and seeds; a server uses
// Service.HashPassword).
func HashPassword(pw string) (string, error) {
	h, err := argon2id.CreateHash(pw, &DefaultParams)
	if err != nil {
		return "", fmt.Errorf("auth: hash password: %w", err)
	}
	return h, nil
}

// UserByLogin returns the user with that login as auth.User, with HeadOf
// filled; problem.NotFound if there is none.
func (s *Service) UserByLogin(ctx context.Context, login string) (User, error) {
	u, err := s.db.UserByLogin(ctx, login)
	if err != nil {
		return User{}, dberr.Problem(err, "thing.user", login)
	}
	return s.fromStore(ctx, u)
}

func (s *Service) fromStore(ctx context.Context, u store.User) (User, error) {
	depts, err := s.db.Departments(ctx)
	if err != nil {
		return User{}, err
	}
	dir := process.Directory{Departments: map[string]process.Department{}}
	var heads []string
	for _, d := range depts {
		dir.Departments[d.ID] = process.Department{ID: d.ID, Head: d.HeadLogin, Parent: d.Parent}
		if d.HeadLogin == u.Login {
			heads = append(heads, d.ID)
		}
	}
	return User{ID: u.ID, Login: u.Login, Name: u.Name, Email: u.Email, Dept: u.DeptID, HeadOf: heads,
		Admin: u.Admin, Roles: u.Roles, Lang: u.Lang, EmailNotify: u.EmailNotify, Oversees: dir.Oversees(u.Login), ReadAll: u.DeptID == process.ManagementDept}, nil
}
