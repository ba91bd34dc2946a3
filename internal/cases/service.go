// Package cases is the case service: it runs one action in one transaction
// (load, process.Apply, store the case, its events, timers and outgoing
// notifications) and fires timers when they come due.
package cases

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"sync"
	"time"

	"github.com/liaison-dev/liaison/internal/calendar"
	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
)

// Config holds what the service needs.
type Config struct {
	DB        *store.DB
	Processes *process.Registry
	Calendar  *calendar.Calendar
	Clock     *Clock
	Logger    *slog.Logger
	PublicURL string // base of links in messages, e.g. http://127.0.0.1:8080
	Email     bool   // email is configured: users with email on get a mail too
	Delivered func() // called after a commit that queued notifications
	// Portal makes the links external parties act through; without it
	// they are told by mail without a link.
	Portal PortalLinker
}

// Service runs cases.
type Service struct {
	cfg  Config
	mu   sync.RWMutex
	cal  *calendar.Calendar
	wake chan struct{}
}

// New returns a service.
func New(cfg Config) *Service {
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.Delivered == nil {
		cfg.Delivered = func() {}
	}
	return &Service{cfg: cfg, cal: cfg.Calendar, wake: make(chan struct{}, 1)}
}

// Processes returns the process definitions.
func (s *Service) Processes() *process.Registry { return s.cfg.Processes }

// Calendar returns the working-time calendar in force.
func (s *Service) Calendar() *calendar.Calendar {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.cal
}

// SetCalendar replaces the calendar, e.g. after an administrator's import.
func (s *Service) SetCalendar(c *calendar.Calendar) {
	s.mu.Lock()
	s.cal = c
	s.mu.Unlock()
}

// Now is the service's clock: real, or the simulated one under --dev-clock.
func (s *Service) Now(ctx context.Context) (time.Time, error) { return s.cfg.Clock.Now(ctx) }

func (s *Service) env(ctx context.Context, q store.Querier, now time.Time) (process.Env, error) {
	org, err := LoadOrg(ctx, q)
	if err != nil {
		return process.Env{}, err
	}
	return process.Env{Now: now, Time: s.Calendar(), Org: org}, nil
}

func (s *Service) definition(id string) (*process.Definition, error) {
	d, ok := s.cfg.Processes.Get(id)
	if !ok {
		return nil, problem.Fields("没有这个流程 (unknown process)", map[string]string{"process": "unknown process " + strconv.Quote(id)})
	}
	return d, nil
}

// Open starts a case of process as actor.
func (s *Service) Open(ctx context.Context, actor process.Actor, processID string, in process.Input) (View, error) {
	d, err := s.definition(processID)
	if err != nil {
		return View{}, err
	}
	var id int64
	var queued bool
	err = s.cfg.DB.Tx(ctx, func(tx *sql.Tx) error {
		// The time is read once the transaction holds the case, so that
		// events are in the order of their times.
		now, err := s.Now(ctx)
		if err != nil {
			return err
		}
		env, err := s.env(ctx, tx, now)
		if err != nil {
			return err
		}
		dec, err := process.Open(d, actor, in, env)
		if err != nil {
			return err
		}
		c := dec.Case
		year := now.In(s.Calendar().Location()).Year()
		if c.Key, err = store.NextCaseKey(ctx, tx, d.KeyPrefix, year); err != nil {
			return err
		}
		if c.ID, err = store.InsertCase(ctx, tx, &c, false); err != nil {
			return err
		}
		id = c.ID
		dec.Case = c
		queued, err = s.commit(ctx, tx, d, store.CaseRow{Case: c}, dec, env, actor, 0)
		return err
	})
	if err != nil {
		return View{}, err
	}
	s.after(queued)
	return s.Get(ctx, ViewerOf(actor), id)
}

// Act performs action on case id as actor.
func (s *Service) Act(ctx context.Context, actor process.Actor, id int64, action string, in process.Input) (View, error) {
	load := func(tx *sql.Tx) (store.CaseRow, error) { return s.visibleCase(ctx, tx, ViewerOf(actor), id) }
	if err := s.run(ctx, load, actor, action, in, nil); err != nil {
		return View{}, err
	}
	return s.Get(ctx, ViewerOf(actor), id)
}

// run performs one action in one transaction: load the case, apply the
// action, let adjust amend the decision (may be nil), store it all.
func (s *Service) run(ctx context.Context, load func(*sql.Tx) (store.CaseRow, error), actor process.Actor, action string, in process.Input, adjust func(*process.Decision)) error {
	var queued bool
	err := s.cfg.DB.Tx(ctx, func(tx *sql.Tx) error {
		row, err := load(tx)
		if err != nil {
			return err
		}
		d, err := s.definition(row.Process)
		if err != nil {
			return err
		}
		now, err := s.Now(ctx)
		if err != nil {
			return err
		}
		env, err := s.env(ctx, tx, now)
		if err != nil {
			return err
		}
		dec, err := process.Apply(d, row.Case, actor, action, in, env)
		if err != nil {
			return err
		}
		if adjust != nil {
			adjust(&dec)
		}
		queued, err = s.commit(ctx, tx, d, row, dec, env, actor, row.Version)
		return err
	})
	if errors.Is(err, store.ErrStale) {
		return problem.New(problem.Conflict, "案件已被他人更新,请刷新后重试 (the case changed meanwhile)")
	}
	if err != nil {
		return err
	}
	s.after(queued)
	return nil
}

// after a commit: the dispatcher delivers what was queued, and the timer
// runner looks at the timers that may have been set.
func (s *Service) after(queued bool) {
	if queued {
		s.cfg.Delivered()
	}
	s.Wake()
}

// visibleCase loads a case the viewer may see; any other is NotFound.
func (s *Service) visibleCase(ctx context.Context, q store.Querier, v store.Viewer, id int64) (store.CaseRow, error) {
	if err := visible(ctx, q, v, id); err != nil {
		return store.CaseRow{}, err
	}
	return s.cfg.DB.LockCase(ctx, q, id)
}

// commit stores a decision: the case (guarded by its old version), its
// events, who may see and must act, timers, and the outbox rows.
func (s *Service) commit(ctx context.Context, tx *sql.Tx, d *process.Definition, row store.CaseRow, dec process.Decision, env process.Env, actor process.Actor, oldVersion int) (bool, error) {
	c := dec.Case
	c.ID = row.ID
	if c.Key == "" {
		c.Key = row.Key
	}
	seq, hash, err := store.AppendEvents(ctx, tx, c.ID, row.EventSeq, row.EventHash, dec.Events)
	if err != nil {
		return false, err
	}
	terminal := d.State(c.State) != nil && d.State(c.State).Terminal
	oldTitle := row.Title
	if oldVersion == 0 { // the case was inserted in this transaction
		oldVersion, oldTitle = c.Version, ""
	}
	if err := store.UpdateCase(ctx, tx, &c, oldVersion, terminal, seq, hash); err != nil {
		return false, err
	}
	if err := index(ctx, tx, &c, oldTitle, dec.Events); err != nil {
		return false, err
	}
	if err := s.recordSteps(ctx, tx, d, &c, terminal, env.Now); err != nil {
		return false, err
	}
	if err := store.InsertAudit(ctx, tx, auditEntry(ctx, &c, dec, env, actor)); err != nil {
		return false, err
	}
	if err := store.ReplaceAccess(ctx, tx, c.ID, access(d, &c)); err != nil {
		return false, err
	}
	if err := store.CancelTimers(ctx, tx, c.ID, dec.CancelScopes, dec.CancelTimers); err != nil {
		return false, err
	}
	if err := store.SetTimers(ctx, tx, c.ID, dec.SetTimers); err != nil {
		return false, err
	}
	queued := false
	for _, n := range dec.Notices {
		q, err := s.queue(ctx, tx, d, &c, seq, n, env, actor)
		if err != nil {
			return false, err
		}
		queued = queued || q
	}
	return queued, nil
}

// auditEntry records a change of a case in the audit trail, in the same
// transaction: who (a login, party:ID or system), what, from where.
func auditEntry(ctx context.Context, c *process.Case, dec process.Decision, env process.Env, actor process.Actor) store.AuditEntry {
	who := actor.Login
	if who == "" && actor.Party != "" {
		who = "party:" + actor.Party
	}
	e := store.AuditEntry{At: env.Now, Actor: who, Action: "case", Target: c.Key, IP: store.IPFrom(ctx), Detail: map[string]any{"state": c.State, "process": c.Process}}
	if len(dec.Events) > 0 {
		ev := dec.Events[0]
		e.Action = "case_" + ev.Type
		if ev.Action != "" {
			e.Detail["action"] = ev.Action
		}
	}
	return e
}

// access lists who has a part in c and who must act now.
func access(d *process.Definition, c *process.Case) []store.Access {
	waiting := map[string]bool{}
	for _, r := range process.Waiting(d, c) {
		waiting[r] = true
	}
	var out []store.Access
	for _, p := range c.Participants {
		if p.Party != "" {
			out = append(out, store.Access{Role: p.Role, Party: p.Party})
			continue
		}
		out = append(out, store.Access{Role: p.Role, Login: p.Login, Dept: p.Dept, Anyone: p.Any, Acts: waiting[p.Role]})
	}
	return out
}

// ViewerOf returns the store's view of an actor: whose cases they may see.
func ViewerOf(a process.Actor) store.Viewer {
	return store.Viewer{Login: a.Login, Dept: a.Dept, HeadOf: a.HeadOf, Admin: a.Admin}
}

func caseURL(base string, id int64) string {
	return fmt.Sprintf("%s/cases/%d", base, id)
}

// SetPublicURL sets the base of links in messages once the server knows
// its address.
func (s *Service) SetPublicURL(u string) {
	s.mu.Lock()
	s.cfg.PublicURL = u
	s.mu.Unlock()
}

// PublicURL is the base of links in messages.
func (s *Service) PublicURL() string { return s.publicURL() }

func (s *Service) publicURL() string {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.cfg.PublicURL
}

// Wake makes the timer runner look at the timers again at once, e.g. after
// timers were set outside an action.
func (s *Service) Wake() {
	select {
	case s.wake <- struct{}{}:
	default:
	}
}
