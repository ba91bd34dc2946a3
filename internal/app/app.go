// Package app wires liaison together: it opens and migrates the database,
// builds the services and serves HTTP. It is what `liaison serve` runs and
// what the HTTP tests start on port 0.
package app

import (
	"context"
	"errors"
	"fmt"
	"github.com/liaison-dev/liaison/internal/i18n"
	"log/slog"
	"net"
	"net/http"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/alexedwards/argon2id"

	"github.com/liaison-dev/liaison/internal/admin"
	"github.com/liaison-dev/liaison/internal/auth"
	"github.com/liaison-dev/liaison/internal/calendar"
	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/demo"
	"github.com/liaison-dev/liaison/internal/document"
	"github.com/liaison-dev/liaison/internal/integrations"
	"github.com/liaison-dev/liaison/internal/links"
	"github.com/liaison-dev/liaison/internal/notify"
	"github.com/liaison-dev/liaison/internal/reach"
	"github.com/liaison-dev/liaison/internal/records"
	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/ui"
	"github.com/liaison-dev/liaison/internal/web"
)

// Config is what a server needs to start.
type Config struct {
	Addr     string // host:port to listen on; "127.0.0.1:0" picks a free port
	DB       string // SQLite path or postgres:// URL
	DevClock bool   // enables the simulated clock (POST /api/v1/dev/clock)
	Pprof    bool   // serves /debug/pprof/ to administrators
	Logger   *slog.Logger
	// Processes is a folder of *.yaml definitions that add to or override
	// the built-in ones (LIAISON_PROCESSES); empty for the built-ins only.
	Processes string
	// PublicURL is the base of links in messages; http://Addr if empty.
	PublicURL string
	// Getenv reads LIAISON_SMTP and LIAISON_MAIL_FROM; os.Getenv if nil.
	Getenv func(string) string
	// Secret keys the web forms' CSRF tokens; replicas behind one address
	// must share it (LIAISON_SECRET). Random per process if empty.
	Secret []byte

	// Command is for a command that acts once and serves nothing (liaison
	// link): it does not take the server's lock on a SQLite file, so it
	// runs beside the server, as user add and backup do; Start refuses.
	Command bool

	// ManualDelivery keeps the delivery dispatcher and the mailbox reader
	// from running in the background; tests then deliver with DeliverNow
	// and read mail with Reach().ReadMailbox, deterministically.
	ManualDelivery bool

	// Now is the clock; time.Now if nil. Tests set it.
	Now func() time.Time
	// PasswordParams is the argon2id cost; auth.DefaultParams if nil. Tests lower it.
	PasswordParams *argon2id.Params
	// ShutdownTimeout bounds how long Run waits for in-flight requests; 30s if zero.
	ShutdownTimeout time.Duration
}

// App is a running (or ready to run) liaison server.
type App struct {
	cfg     Config
	db      *store.DB
	auth    *auth.Service
	cases   *cases.Service
	fonts   document.Fonts
	records *records.Service
	admin   *admin.Service
	outbox  *notify.Dispatcher
	stop    context.CancelFunc // stops the timer runner and the dispatcher
	workers chan struct{}      // closed when both have returned
	public  string
	portal  http.Handler
	links   cases.Links    // the portal's link service for staff (case page, API, CLI)
	pt      *links.Service // the links service: links made, checked and expanded
	reach   *reach.Service
	// settings are the identity provider's and chat apps' settings in
	// force (environment, else what an administrator stored).
	settings *integrations.Settings
	mailbox  *reach.Mailbox // LIAISON_IMAP, nil when inbound mail is off
	handler  http.Handler
	srv      *http.Server
	ln       net.Listener
	served   chan error // receives Serve's result once it returns

	shutdown    sync.Once // Shutdown's work runs once
	shutdownErr error
}

// New opens and migrates the database and builds the services; nothing
// listens until Start.
func New(ctx context.Context, cfg Config) (*App, error) {
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.ShutdownTimeout == 0 {
		cfg.ShutdownTimeout = 30 * time.Second
	}
	db, err := store.Open(ctx, cfg.DB)
	if err != nil {
		return nil, err
	}
	if !cfg.Command {
		if err := db.LockForServer(); err != nil {
			db.Close()
			return nil, err
		}
	}
	if err := db.Migrate(ctx); err != nil {
		db.Close()
		return nil, err
	}
	a := &App{cfg: cfg, db: db}
	getenv := cfg.Getenv
	if getenv == nil {
		getenv = os.Getenv
	}
	// A bad variable stops the server here; stored settings were checked
	// when an administrator saved them.
	if err := integrations.CheckEnv(getenv); err != nil {
		db.Close()
		return nil, fmt.Errorf("app: %w", err)
	}
	a.settings = integrations.New(db, getenv, cfg.Logger)
	a.settings.Load(ctx)
	if err := a.buildCases(ctx); err != nil {
		db.Close()
		return nil, err
	}
	// Sign-in limits and the audit trail run on the server's clock: the
	// simulated one under --dev-clock, so that the audit trail has one time
	// line. Session lifetimes run on the wall clock (auth.Options.Wall): a
	// scenario that moves the simulated clock weeks ahead keeps its tokens.
	now := cfg.Now
	if cfg.DevClock {
		// A read of the simulated clock that fails (a busy database under
		// load) answers the last time read, never the wall clock: that would
		// expire, and delete, every session made on the simulated clock.
		var mu sync.Mutex
		var last time.Time
		now = func() time.Time {
			t, err := a.cases.Now(context.Background())
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				if last.IsZero() {
					return time.Now()
				}
				return last
			}
			last = t
			return t
		}
	}
	a.auth = auth.New(db, auth.Options{Now: now, Wall: cfg.Now, Params: cfg.PasswordParams, Logger: cfg.Logger})
	sso := a.auth.NewSSO(a.settings.OIDC, func() string {
		base := a.public
		if base == "" {
			base = a.URL()
		}
		return strings.TrimRight(base, "/") + "/auth/oidc/callback"
	})
	if oc, ok := a.settings.OIDC(ctx); ok {
		cfg.Logger.Info("sign-in with the identity provider on", "issuer", oc.Issuer, "client_id", oc.ClientID, "match", oc.Match, "create", oc.Create)
	}
	a.admin = admin.New(admin.Config{DB: db, Auth: a.auth, Now: a.cases.Now, Calendar: func() calendar.Config { return a.cases.Calendar().Config() },
		CalendarChanged: a.cases.ReloadCalendar, Logger: cfg.Logger, Integrations: a.settings})
	pages := ui.New(ui.Deps{Auth: a.auth, Cases: a.cases, Admin: a.admin, Links: a.links, Reach: a.reach, Logger: cfg.Logger, Secure: strings.HasPrefix(a.public, "https://"), Secret: a.cfg.Secret, Records: a.records, SSO: sso})
	a.handler = web.New(web.Deps{Auth: a.auth, Admin: a.admin, Cases: a.cases, DevClock: cfg.DevClock, UI: pages, Portal: a.portal, Links: a.links, Reach: a.reach, Logger: cfg.Logger, Now: cfg.Now, Pprof: cfg.Pprof, Fonts: a.fonts, Records: a.records})
	return a, nil
}

// DB returns the database.
func (a *App) DB() *store.DB { return a.db }

// Auth returns the sign-in service.
func (a *App) Auth() *auth.Service { return a.auth }

// Handler returns the complete HTTP handler.
func (a *App) Handler() http.Handler { return a.handler }

// Start listens on cfg.Addr and serves in the background.
func (a *App) Start(ctx context.Context) error {
	if a.cfg.Command {
		return errors.New("app: started for a command, without the server's lock: it does not serve")
	}
	ln, err := net.Listen("tcp", a.cfg.Addr)
	if err != nil {
		return fmt.Errorf("app: listen: %w", err)
	}
	a.ln = ln
	a.srv = &http.Server{
		Handler:           a.handler,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
		ErrorLog:          slog.NewLogLogger(a.cfg.Logger.Handler(), slog.LevelWarn),
		// Requests get their own context, not ctx: on shutdown in-flight
		// requests finish instead of being cancelled.
	}
	a.served = make(chan error, 1)
	go func() { a.served <- a.srv.Serve(ln) }()
	if a.public == "" {
		a.cases.SetPublicURL(a.URL())
	}
	a.startWorkers()
	a.cfg.Logger.InfoContext(ctx, "listening", "addr", a.Addr(), "db", a.db.Dialect())
	if none, err := a.admin.NeedsFirstAdmin(ctx); err == nil && none {
		// In Chinese and then English, as the command line writes problems.
		a.cfg.Logger.WarnContext(ctx, i18n.T("zh", "admin.first_admin")+" ("+i18n.T("en", "admin.first_admin")+")")
	}
	// The department ids the process definitions rely on that the
	// organisation lacks (or lacks the head of): one warning, the facts the
	// admin page shows.
	if gaps, err := a.admin.DeptGaps(ctx, a.cases.Processes().All()); err != nil {
		a.cfg.Logger.WarnContext(ctx, "departments the processes need: not checked", "err", err)
	} else if len(gaps) > 0 {
		var zh, en, ids []string
		for _, g := range gaps {
			zh, en, ids = append(zh, g.In("zh")), append(en, g.In("en")), append(ids, g.Dept)
		}
		a.cfg.Logger.WarnContext(ctx, strings.Join(zh, "；")+" ("+strings.Join(en, "; ")+")", "departments", strings.Join(ids, ","))
	}
	return nil
}

// Addr returns the address actually listened on (useful with port 0).
func (a *App) Addr() string {
	if a.ln == nil {
		return a.cfg.Addr
	}
	return a.ln.Addr().String()
}

// URL returns http://Addr.
func (a *App) URL() string { return "http://" + a.Addr() }

// Shutdown stops accepting connections, waits for in-flight requests (until
// ctx ends) and closes the database. A second call returns the first's
// result (it used to wait for ever on Serve's result, read once).
func (a *App) Shutdown(ctx context.Context) error {
	a.shutdown.Do(func() {
		var err error
		if a.srv != nil {
			err = a.srv.Shutdown(ctx)
			if serr := <-a.served; serr != nil && !errors.Is(serr, http.ErrServerClosed) {
				err = errors.Join(err, serr)
			}
		}
		a.stopWorkers(ctx)
		a.shutdownErr = errors.Join(err, a.db.Close())
	})
	return a.shutdownErr
}

// Run starts the server and serves until ctx is cancelled (SIGINT/SIGTERM
// in the binary), then shuts down gracefully.
func (a *App) Run(ctx context.Context) error {
	if err := a.Start(ctx); err != nil {
		a.db.Close()
		return err
	}
	return a.Wait(ctx)
}

// Wait serves until ctx is cancelled or the server fails, then shuts down
// gracefully, giving in-flight requests up to cfg.ShutdownTimeout.
func (a *App) Wait(ctx context.Context) error {
	var serveErr error
	select {
	case <-ctx.Done():
	case serveErr = <-a.served:
		a.served <- serveErr // Shutdown reads it again
	}
	a.cfg.Logger.Info("shutting down")
	sctx, cancel := context.WithTimeout(context.Background(), a.cfg.ShutdownTimeout)
	defer cancel()
	if err := a.Shutdown(sctx); err != nil {
		return err
	}
	if serveErr != nil && !errors.Is(serveErr, http.ErrServerClosed) {
		return serveErr
	}
	return nil
}

// SeedDemo adds the demo organisation (CONTRACT.md §5) to db; idempotent.
func SeedDemo(ctx context.Context, db *store.DB) error {
	return demo.Seed(ctx, db, time.Now(), nil)
}

// Backup copies the database dsn to file while a server may be running on
// it (SQLite's VACUUM INTO); on PostgreSQL it checks the connection and
// answers ErrUsePgDump.
func Backup(ctx context.Context, dsn, file string) error {
	d, err := store.Open(ctx, dsn)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Backup(ctx, file)
}

// ErrUsePgDump is Backup's answer on PostgreSQL: use pg_dump.
var ErrUsePgDump = store.ErrUsePgDump
