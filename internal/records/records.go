// Package records is the shell around internal/archive: the installation's
// signing keys, the server's signature of every signed document, files
// attached to cases, the archive bundle of a case, the verification of the
// live database, and the case list as an Excel sheet. Every method that a
// front end calls takes the actor and checks what they may do.
package records

import (
	"context"
	"log/slog"
	"time"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/document"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
)

// DefaultMaxAttachment is the largest attachment accepted unless
// LIAISON_MAX_ATTACHMENT says otherwise: 20 MiB.
const DefaultMaxAttachment = 20 << 20

// Config is what the service needs. Cases may be nil for the commands that
// only read the database (verify, keys rotate).
type Config struct {
	DB            *store.DB
	Cases         *cases.Service
	Fonts         document.Fonts
	MaxAttachment int64 // DefaultMaxAttachment if zero
	MaxExport     int   // cases one export holds; MaxExportRows if zero
	// VerifyBudget is how long one check of every case from the API or
	// the page runs before it answers with where to go on (DefaultVerifyBudget
	// if zero); VerifyPage how many cases it reads at once (500 if zero);
	// VerifyList how many problems a check lists, counting the others
	// (1,000 if zero).
	VerifyBudget time.Duration
	VerifyPage   int
	VerifyList   int
	Logger       *slog.Logger
	Now          func() time.Time // time.Now if nil; keys and uploads are dated by it
}

// Service keeps a case's records.
type Service struct{ cfg Config }

// New returns the service.
func New(cfg Config) *Service {
	if cfg.MaxAttachment <= 0 {
		cfg.MaxAttachment = DefaultMaxAttachment
	}
	if cfg.MaxExport <= 0 {
		cfg.MaxExport = MaxExportRows
	}
	if cfg.VerifyBudget <= 0 {
		cfg.VerifyBudget = DefaultVerifyBudget
	}
	if cfg.VerifyList <= 0 {
		cfg.VerifyList = 1000
	}
	if cfg.VerifyPage <= 0 {
		cfg.VerifyPage = 500
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	return &Service{cfg: cfg}
}

// MaxAttachment is the largest attachment accepted, in bytes.
func (s *Service) MaxAttachment() int64 { return s.cfg.MaxAttachment }

// now is the case service's clock when there is one (the simulated clock
// under --dev-clock), else the configured one.
func (s *Service) now(ctx context.Context) time.Time {
	if s.cfg.Cases != nil {
		if t, err := s.cfg.Cases.Now(ctx); err == nil {
			return t
		}
	}
	return s.cfg.Now()
}

// nowIn is now read inside tx: the simulated clock through the
// transaction, not through a second pooled connection (cases.Clock.NowIn).
func (s *Service) nowIn(ctx context.Context, tx store.Tx) time.Time {
	if s.cfg.Cases != nil {
		if t, err := s.cfg.Cases.NowIn(ctx, tx); err == nil {
			return t
		}
	}
	return s.cfg.Now()
}

// who names an actor in the audit trail and in events.
func who(a process.Actor) string {
	if a.Login == "" && a.Party != "" {
		return "party:" + a.Party
	}
	return a.Login
}
