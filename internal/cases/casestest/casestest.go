// Package casestest builds a case service for tests: a migrated database
// with the demo organisation, the built-in processes, the official calendar
// and a simulated clock set to a given time.
package casestest

import (
	"context"
	"github.com/liaison-dev/liaison/internal/i18n"
	"testing"
	"time"

	"github.com/alexedwards/argon2id"

	"github.com/liaison-dev/liaison/internal/calendar"
	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/demo"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
)

// Cheap is a password cost that keeps sign-ins in tests fast.
var Cheap = &argon2id.Params{Memory: 1024, Iterations: 1, Parallelism: 1, SaltLength: 16, KeyLength: 32}

// Shanghai is the default zone of the product, the calendar's.
var Shanghai = i18n.Zone()

// At reads "2006-01-02 15:04" in Asia/Shanghai.
func At(s string) time.Time {
	t, err := time.ParseInLocation("2006-01-02 15:04", s, Shanghai)
	if err != nil {
		panic(err)
	}
	return t
}

// Stamp writes a view's time as the API does (RFC 3339 in the time's own
// zone, the calendar's), "" when there is none, so that a test compares
// both the instant and the zone the service handed out.
func Stamp(t *time.Time) string {
	if t == nil {
		return ""
	}
	return t.Format(time.RFC3339)
}

// New seeds db with the demo organisation and returns a service on it
// whose simulated clock stands at start. configure, if given, may amend the
// service's configuration (a portal linker, say) before it is built.
func New(t testing.TB, db *store.DB, start time.Time, configure func(*cases.Config)) *cases.Service {
	t.Helper()
	ctx := context.Background()
	if err := demo.Seed(ctx, db, start, Cheap); err != nil {
		t.Fatal(err)
	}
	clock, err := cases.DevClock(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	svc := Service(t, db, clock, configure)
	if err := svc.SetClock(ctx, start); err != nil {
		t.Fatal(err)
	}
	return svc
}

// Service returns a service on db (seeded or not) with the built-in
// processes, the official calendar and clock.
func Service(t testing.TB, db *store.DB, clock *cases.Clock, configure func(*cases.Config)) *cases.Service {
	t.Helper()
	reg, err := process.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	cal, err := calendar.New(calendar.DefaultConfig(), nil)
	if err != nil {
		t.Fatal(err)
	}
	cfg := cases.Config{DB: db, Processes: reg, Calendar: cal, Clock: clock, PublicURL: "http://liaison.test"}
	if configure != nil {
		configure(&cfg)
	}
	return cases.New(cfg)
}

// Actor is the demo user with login as they act.
func Actor(t testing.TB, db *store.DB, login string) process.Actor {
	t.Helper()
	org, err := cases.LoadOrg(context.Background(), db.SQL())
	if err != nil {
		t.Fatal(err)
	}
	a := org.Actor(login)
	a.Admin = login == "admin"
	return a
}
