package app

import (
	"context"
	"log/slog"
	"os"
	"time"

	"github.com/liaison-dev/liaison/internal/admin"
	"github.com/liaison-dev/liaison/internal/auth"
	"github.com/liaison-dev/liaison/internal/calendar"
	"github.com/liaison-dev/liaison/internal/demo"
	"github.com/liaison-dev/liaison/internal/integrations"
	"github.com/liaison-dev/liaison/internal/records"
	"github.com/liaison-dev/liaison/internal/store"
)

// Tools is what the command line needs without a server: the database,
// migrated, and the administration service, through which every change of
// the command line goes (the actor recorded is "cli", CONTRACT §1).
type Tools struct {
	db      *store.DB
	Admin   *admin.Service
	Records *records.Service // signing keys and the check of the database
}

// OpenTools opens and migrates the database dsn.
func OpenTools(ctx context.Context, dsn string) (*Tools, error) {
	db, err := store.Open(ctx, dsn)
	if err != nil {
		return nil, err
	}
	if err := db.Migrate(ctx); err != nil {
		db.Close()
		return nil, err
	}
	a := auth.New(db, auth.Options{})
	return &Tools{db: db, Admin: admin.New(admin.Config{DB: db, Auth: a, Integrations: integrations.New(db, os.Getenv, slog.Default())}), Records: records.New(records.Config{DB: db})}, nil
}

// Close closes the database.
func (t *Tools) Close() error { return t.db.Close() }

// SeedDemo adds the demo organisation (CONTRACT.md §5); idempotent.
func (t *Tools) SeedDemo(ctx context.Context) error { return demo.Seed(ctx, t.db, time.Now(), nil) }

// Calendar builds the calendar in force: the default configuration with
// the database's overrides.
func (t *Tools) Calendar(ctx context.Context) (*calendar.Calendar, error) {
	overrides, err := t.Admin.CalendarOverrides(ctx, admin.CLI())
	if err != nil {
		return nil, err
	}
	return calendar.New(calendar.DefaultConfig(), overrides)
}
