package app

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"time"

	"github.com/liaison-dev/liaison/internal/calendar"
	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/links"
	"github.com/liaison-dev/liaison/internal/notify"
	"github.com/liaison-dev/liaison/internal/portal"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/reach"
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
	for _, c := range a.settings.Apps(ctx) {
		cfg.Logger.Info("personal work notifications on", "app", c.String())
	}
	public := cfg.PublicURL
	if public == "" {
		public = getenv("LIAISON_PUBLIC_URL")
	}
	a.public = public
	if len(a.cfg.Secret) == 0 {
		a.cfg.Secret = []byte(getenv("LIAISON_SECRET"))
	}
	var lk *links.Service // the case service and the links need each other
	a.cases = cases.New(cases.Config{
		DB: a.db, Processes: reg, Calendar: cal, Clock: clock, Logger: cfg.Logger,
		PublicURL: public, Email: email != nil, ChatApps: a.settings.Platforms,
		Portal: func(ctx context.Context, tx store.Tx, id int64, party, email string, now time.Time) (string, time.Time, error) {
			return lk.Linker()(ctx, tx, id, party, email, now)
		},
		Sealer: func(ctx context.Context, tx store.Tx, d *process.Definition, v cases.View, sg cases.Signing) error {
			return a.records.Seal(ctx, tx, d, v, sg)
		},
		Delivered: func() {
			if a.outbox != nil {
				a.outbox.Wake()
			}
		},
	})
	if err := a.buildRecords(ctx); err != nil {
		return err
	}
	lk = links.New(links.Config{DB: a.db, Cases: a.cases, BaseURL: a.cases.PublicURL, Logger: cfg.Logger})
	a.portal = portal.New(portal.Config{Links: lk, Cases: a.cases, Logger: cfg.Logger, Records: a.records}).Handler()
	a.links = lk
	a.reach = reach.New(reach.Config{DB: a.db, Cases: a.cases, Logger: cfg.Logger, Records: a.records, Apps: a.settings.Apps})
	if err := a.inboundMail(ctx, getenv, email); err != nil {
		return err
	}
	now := func() time.Time {
		t, err := clock.Now(context.Background())
		if err != nil {
			return time.Now()
		}
		return t
	}
	channels := notify.Channels(notify.HTTPOptions{}, email)
	// Work notifications go through the app in force when each is sent:
	// an administrator may set, change or remove it while the server runs.
	ho := notify.HTTPOptions{ChatIDs: chatIDs{a.db}}
	for _, p := range notify.Platforms {
		channels[notify.AppChannel(p)] = notify.NewAppSwitch(ho, p, func(ctx context.Context) (notify.AppConfig, bool) { return a.settings.App(ctx, p) })
	}
	ob := &store.Outbox{DB: a.db}
	if cfg.DevClock {
		ob.Wall = time.Now // the simulated clock stands still: a lease would never run out
	}
	a.outbox = notify.NewDispatcher(ob, channels,
		notify.DispatcherOptions{Now: now, Logger: cfg.Logger, Location: cal.Location(), OnFailed: a.cases.DeliveryFailed, Expand: lk.Expand})
	a.pt = lk
	return nil
}

// Portal returns the portal (links made, checked and expanded).
func (a *App) Portal() *links.Service { return a.pt }

// Cases returns the case service.
func (a *App) Cases() *cases.Service { return a.cases }

// startWorkers runs the timer runner and the delivery dispatcher until
// Shutdown.
func (a *App) startWorkers() {
	ctx, cancel := context.WithCancel(context.Background())
	a.stop = cancel
	a.workers = make(chan struct{})
	const workers = 7
	done := make(chan struct{}, workers)
	go func() { a.cases.RunTimers(ctx); done <- struct{}{} }()
	go func() {
		if !a.cfg.ManualDelivery {
			_ = a.outbox.Run(ctx)
		}
		done <- struct{}{}
	}()
	go func() { a.sweepSessions(ctx); done <- struct{}{} }()
	go func() { a.cases.WatchCalendar(ctx, time.Minute); done <- struct{}{} }()
	go func() { a.reindex(ctx); done <- struct{}{} }()
	go func() { a.cases.RunDigests(ctx); done <- struct{}{} }()
	go func() {
		if a.mailbox != nil && !a.cfg.ManualDelivery {
			a.reach.RunMailbox(ctx, *a.mailbox, time.Minute, 10*time.Minute)
		}
		done <- struct{}{}
	}()
	go func() {
		for range workers {
			<-done
		}
		close(a.workers)
	}()
}

// reindex builds the search entries of cases from before the search index.
func (a *App) reindex(ctx context.Context) {
	n, err := a.cases.Reindex(ctx)
	if err != nil && ctx.Err() == nil {
		a.cfg.Logger.Error("search: reindex", "err", err)
	}
	if n > 0 {
		a.cfg.Logger.Info("search: indexed older cases", "cases", n)
	}
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

// Links returns the staff's portal-link service (liaison link …).
func (a *App) Links() cases.Links { return a.links }

// DeliverNow delivers every outbox row due now, as the dispatcher's next
// pass would, and returns how many it handled; tests call it instead of
// waiting for the background dispatcher.
func (a *App) DeliverNow(ctx context.Context) (int, error) { return a.outbox.RunOnce(ctx) }

// inboundMail configures replies by mail: signed reply addresses on every
// mail we send, and the mailbox read for answers (LIAISON_IMAP).
func (a *App) inboundMail(ctx context.Context, getenv func(string) string, email notify.Channel) error {
	raw := getenv("LIAISON_IMAP")
	if raw == "" {
		return nil
	}
	mb, err := reach.ParseIMAP(raw)
	if err != nil {
		return fmt.Errorf("app: %w", err)
	}
	install, err := a.db.Installation(ctx)
	if err != nil {
		return err
	}
	var fresh [32]byte
	if _, err := rand.Read(fresh[:]); err != nil {
		return err
	}
	// The portal's stored secret, shared by the replicas, keys the reply
	// addresses too, under its own label.
	secret, _, err := a.db.PortalSecret(ctx, hex.EncodeToString(fresh[:]), time.Now())
	if err != nil {
		return err
	}
	m := hmac.New(sha256.New, []byte(secret))
	m.Write([]byte("liaison reply addresses v1"))
	a.reach.SetMail(reach.MailConfig{Key: m.Sum(nil), Install: install, From: getenv("LIAISON_MAIL_FROM")})
	if em, ok := email.(*notify.Email); ok {
		em.SetReplyTo(a.reach.ReplyAddress)
	}
	a.mailbox = &mb
	a.cfg.Logger.Info("inbound mail on", "mailbox", mb.String())
	return nil
}

// Reach returns the service of channel tests, calendar feeds and inbound mail.
func (a *App) Reach() *reach.Service { return a.reach }

// Mailbox returns the inbound mailbox (LIAISON_IMAP), nil when off.
func (a *App) Mailbox() *reach.Mailbox { return a.mailbox }

// chatIDs keeps on the users the chat identities the apps look up.
type chatIDs struct{ db *store.DB }

func (c chatIDs) ChatID(ctx context.Context, login, platform string) (string, error) {
	return c.db.UserChatID(ctx, login, platform)
}

func (c chatIDs) SaveChatID(ctx context.Context, login, platform, id string) error {
	_, err := c.db.SaveFoundChatID(ctx, login, platform, id, time.Now())
	return err
}
