package app

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"time"

	"github.com/liaison-dev/liaison/internal/calendar"
	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/notify"
	"github.com/liaison-dev/liaison/internal/portal"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
)

// buildCases builds the calendar (with the administrator's overrides), the
// process definitions, the clock, the case service and the delivery
// dispatcher.
func (a *App) buildCases(ctx context.Context) error {
	cfg := a.cfg
	overrides, err := a.db.CalendarOverrides(ctx)
	if err != nil {
		return err
	}
	cal, err := calendar.New(calendar.DefaultConfig(), overrides)
	if err != nil {
		return fmt.Errorf("app: calendar: %w", err)
	}
	if next := time.Now().In(cal.Location()).Year() + 1; !cal.HasOfficialData(next) {
		cfg.Logger.Warn("the calendar has no official holiday data for the coming year: import the State Council notice with 'liaison calendar import FILE'", "year", next)
	}
	reg, err := process.Load(cfg.Processes)
	if err != nil {
		return fmt.Errorf("app: process definitions: %w", err)
	}
	clock := cases.RealClock()
	if cfg.DevClock {
		if clock, err = cases.DevClock(ctx, a.db); err != nil {
			return err
		}
	}
	getenv := cfg.Getenv
	if getenv == nil {
		getenv = os.Getenv
	}
	email, err := notify.EmailFromEnv(getenv)
	if err != nil {
		return fmt.Errorf("app: mail: %w", err)
	}
	public := cfg.PublicURL
	if public == "" {
		public = getenv("LIAISON_PUBLIC_URL")
	}
	a.public = public
	if len(a.cfg.Secret) == 0 {
		a.cfg.Secret = []byte(getenv("LIAISON_SECRET"))
	}
	var links *portal.Portal // the service and the portal need each other
	a.cases = cases.New(cases.Config{
		DB: a.db, Processes: reg, Calendar: cal, Clock: clock, Logger: cfg.Logger,
		PublicURL: public, Email: email != nil,
		Portal: func(ctx context.Context, tx *sql.Tx, id int64, party, email string, now time.Time) (string, time.Time, error) {
			return links.Linker()(ctx, tx, id, party, email, now)
		},
		Delivered: func() {
			if a.outbox != nil {
				a.outbox.Wake()
			}
		},
	})
	links = portal.New(portal.Config{DB: a.db, Cases: a.cases, BaseURL: a.cases.PublicURL, Logger: cfg.Logger})
	a.portal = links.Handler()
	now := func() time.Time {
		t, err := clock.Now(context.Background())
		if err != nil {
			return time.Now()
		}
		return t
	}
	a.outbox = notify.NewDispatcher(&store.Outbox{DB: a.db}, notify.Channels(notify.HTTPOptions{}, email),
		notify.DispatcherOptions{Now: now, Logger: cfg.Logger, Location: cal.Location(), Expand: links.Expand})
	a.links = links
	return nil
}

// Portal returns the portal (links made, checked and expanded).
func (a *App) Portal() *portal.Portal { return a.links }

// Cases returns the case service.
func (a *App) Cases() *cases.Service { return a.cases }

// startWorkers runs the timer runner and the delivery dispatcher until
// Shutdown.
func (a *App) startWorkers() {
	ctx, cancel := context.WithCancel(context.Background())
	a.stop = cancel
	a.workers = make(chan struct{})
	done := make(chan struct{}, 4)
	go func() { a.cases.RunTimers(ctx); done <- struct{}{} }()
	go func() { _ = a.outbox.Run(ctx); done <- struct{}{} }()
	go func() { a.sweepSessions(ctx); done <- struct{}{} }()
	go func() { a.cases.WatchCalendar(ctx, time.Minute); done <- struct{}{} }()
	go func() {
		for range 4 {
			<-done
		}
		close(a.workers)
	}()
}

// stopWorkers stops them and waits for in-flight sends to be recorded.
func (a *App) stopWorkers(ctx context.Context) {
	if a.stop == nil {
		return
	}
	a.stop()
	select {
	case <-a.workers:
	case <-ctx.Done():
	}
}

// sweepSessions deletes expired sign-in sessions every hour, so that the
// table holds only live ones.
func (a *App) sweepSessions(ctx context.Context) {
	tick := time.NewTicker(time.Hour)
	defer tick.Stop()
	for {
		if n, err := a.db.DeleteExpiredSessions(ctx, a.cfg.Now()); err != nil && ctx.Err() == nil {
			a.cfg.Logger.Error("sessions", "err", err)
		} else if n > 0 {
			a.cfg.Logger.Info("expired sessions deleted", "count", n)
		}
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}
