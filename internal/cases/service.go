// Package cases is the case service: it runs one action in one transaction
// (load, process.Apply, store the case, its events, timers and outgoing
// notifications) and fires timers when they come due.
package cases

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/liaison-dev/liaison/internal/calendar"
	"github.com/liaison-dev/liaison/internal/dberr"
	"github.com/liaison-dev/liaison/internal/i18n"
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
	// ChatApps names the platforms (dingtalk, wecom, feishu) with a company
	// app configured now: users reachable there get a personal work
	// notification. Nil: none.
	ChatApps  func(ctx context.Context) []string
	Delivered func() // called after a commit that queued notifications
	// Portal makes the links external parties act through; without it
	// they are told by mail without a link.
	Portal PortalLinker
	// Sealer records the server's signature when an action signs a
	// document (internal/records); without it nothing is sealed.
	Sealer Sealer
}

// Service runs cases.
type Service struct {
	cfg  Config
	mu   sync.RWMutex
	cal  *calendar.Calendar
	wake chan struct{}

	// What the timer runner is woken for: wakeAll after timers set outside
	// an action (Wake), else wakeAt, the earliest timer an action set since
	// the runner last looked (zero when none did).
	wakeMu  sync.Mutex
	wakeAll bool
	wakeAt  time.Time
	// timerSweeps counts the runner's reads of the timers table (tests).
	timerSweeps atomic.Int64

	orgMu  sync.Mutex
	org    *Org  // the organisation as last read, never changed once read
	orgVer int64 // its version (store.OrgVersion)

	// aheadDecided, when set (tests), runs after decideAhead has decided
	// and before it joins the writer's batch.
	aheadDecided func()
	aheadStats   struct{ committed, inside atomic.Int64 }
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

// NowIn is Now read inside tx (Clock.NowIn).
func (s *Service) NowIn(ctx context.Context, tx store.Tx) (time.Time, error) {
	return s.cfg.Clock.NowIn(ctx, tx)
}

func (s *Service) env(ctx context.Context, q store.Querier, now time.Time) (process.Env, error) {
	return s.envOf(ctx, q, store.CaseRow{}, now)
}

// envOf is env for an action on row, read in q's transaction: the
// organisation's version read with the case (store.CaseRow.OrgVersion)
// spares a read of its own.
func (s *Service) envOf(ctx context.Context, q store.Querier, row store.CaseRow, now time.Time) (process.Env, error) {
	var org *Org
	var err error
	if row.OrgVersion > 0 {
		org, err = s.orgAt(ctx, q, row.OrgVersion)
	} else {
		org, err = s.currentOrg(ctx, q)
	}
	if err != nil {
		return process.Env{}, err
	}
	return process.Env{Now: now, Time: s.Calendar(), Org: org}, nil
}

// currentOrg returns the organisation as of q's transaction: the copy in
// memory while the organisation's version (one row, raised by triggers in
// every transaction that changes it, on any replica) is unchanged, else a
// fresh read. A change of head is seen by the next action, as before.
func (s *Service) currentOrg(ctx context.Context, q store.Querier) (*Org, error) {
	org, _, err := s.currentOrgVersion(ctx, q)
	return org, err
}

// currentOrgVersion is currentOrg with the version it is current at.
func (s *Service) currentOrgVersion(ctx context.Context, q store.Querier) (*Org, int64, error) {
	v, err := store.In(q).OrgVersion(ctx)
	if err != nil {
		return nil, 0, err
	}
	org, err := s.orgAt(ctx, q, v)
	return org, v, err
}

// orgAt returns the organisation at version v, read in q's transaction:
// the copy in memory if it is that version's, else a fresh read.
func (s *Service) orgAt(ctx context.Context, q store.Querier, v int64) (*Org, error) {
	s.orgMu.Lock()
	org, ver := s.org, s.orgVer
	s.orgMu.Unlock()
	if org != nil && ver == v {
		return org, nil
	}
	org, err := LoadOrg(ctx, q)
	if err != nil {
		return nil, err
	}
	s.orgMu.Lock()
	if v >= s.orgVer {
		s.org, s.orgVer = org, v
	}
	s.orgMu.Unlock()
	return org, nil
}

func (s *Service) definition(id string) (*process.Definition, error) {
	if id == "" {
		return nil, problem.FieldsKey("problem.invalid_fields", map[string]string{"process": "reason.required"})
	}
	d, ok := s.cfg.Processes.Get(id)
	if !ok {
		return nil, problem.FieldsKey("problem.unknown_process", map[string]string{"process": i18n.Ref("reason.unknown_process_named", id)})
	}
	return d, nil
}

// Open starts a case of process as actor.
func (s *Service) Open(ctx context.Context, actor process.Actor, processID string, in process.Input) (View, error) {
	return s.OpenRecorded(ctx, actor, processID, in, nil)
}

// OpenRecorded opens a case like Open and runs record (when not nil) in the
// same transaction once the case has its id and key: a caller that must
// open exactly once (an inbound webhook's event) stores its own row there,
// and an error from record undoes the opening.
func (s *Service) OpenRecorded(ctx context.Context, actor process.Actor, processID string, in process.Input, record func(tx store.Tx, id int64, key string) error) (View, error) {
	d, err := s.definition(processID)
	if err != nil {
		return View{}, err
	}
	// The key's sequence exists before the transaction (PostgreSQL); a
	// year that turns meanwhile is made inside it.
	if now, err := s.Now(ctx); err != nil {
		return View{}, err
	} else if err := s.cfg.DB.PrepareCaseKey(ctx, d.KeyPrefix, now.In(s.Calendar().Location()).Year()); err != nil {
		return View{}, err
	}
	var final store.CaseRow
	var queued bool
	var app appended
	err = s.cfg.DB.Tx(ctx, func(tx store.Tx) error {
		// The time is read once the transaction holds the case, so that
		// events are in the order of their times.
		now, err := s.NowIn(ctx, tx)
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
		if c.Key, err = s.cfg.DB.NextCaseKey(ctx, tx, d.KeyPrefix, year); err != nil {
			return err
		}
		if c.ID, err = store.In(tx).InsertCase(ctx, &c, false); err != nil {
			return err
		}
		if record != nil {
			if err := record(tx, c.ID, c.Key); err != nil {
				return err
			}
		}
		dec.Case = c
		final, queued, err = s.commit(ctx, tx, d, store.CaseRow{Case: c}, dec, env, actor, 0)
		app = appended{events: dec.Events}
		return err
	})
	if err != nil {
		return View{}, err
	}
	app.keep(final)
	s.after(queued)
	return s.viewAfter(ctx, d, actor, final)
}

// Act performs action on case id as actor.
func (s *Service) Act(ctx context.Context, actor process.Actor, id int64, action string, in process.Input) (View, error) {
	peek := func(q store.Querier) (store.CaseRow, error) {
		row, err := s.visibleCase(ctx, q, ViewerOf(actor), id)
		if err != nil {
			return row, err
		}
		return row, s.needFile(ctx, q, row, actor, action)
	}
	load := func(tx store.Tx) (store.CaseRow, error) { return peek(tx) }
	row, err := s.runAhead(ctx, load, peek, actor, action, in, nil)
	if err != nil {
		return View{}, err
	}
	d, err := s.definition(row.Process)
	if err != nil {
		return View{}, err
	}
	return s.viewAfter(ctx, d, actor, row)
}

// viewAfter is the answer to an action: the case as the action stored it
// (not read back) with its events, as actor sees it.
func (s *Service) viewAfter(ctx context.Context, d *process.Definition, actor process.Actor, row store.CaseRow) (View, error) {
	now, err := s.Now(ctx)
	if err != nil {
		return View{}, err
	}
	v := ViewerOf(actor)
	out := s.view(d, row, actorOf(v), now)
	err = s.addEvents(ctx, s.cfg.DB.SQL(), d, row, &out)
	keepWarnings(d, row, actorOf(v), &out)
	return out, err
}

// storedCase is the case as commit stores a decision about row.
func storedCase(d *process.Definition, row store.CaseRow, dec process.Decision) store.CaseRow {
	c := dec.Case
	c.ID = row.ID
	if c.Key == "" {
		c.Key = row.Key
	}
	st := d.State(c.State)
	return store.CaseRow{Case: c, Terminal: st != nil && st.Terminal}
}

// run performs one action in one transaction: load the case, apply the
// action, let adjust amend the decision (may be nil), store it all.
// It returns the case as stored.
func (s *Service) run(ctx context.Context, load func(store.Tx) (store.CaseRow, error), actor process.Actor, action string, in process.Input, adjust func(*process.Decision)) (store.CaseRow, error) {
	return s.runAhead(ctx, load, nil, actor, action, in, adjust)
}

// runAhead is run with peek: load's reads alone, without its writes (nil
// if load writes), so that the decision may be made before the
// transaction (decideAhead).
func (s *Service) runAhead(ctx context.Context, load func(store.Tx) (store.CaseRow, error), peek func(store.Querier) (store.CaseRow, error), actor process.Actor, action string, in process.Input, adjust func(*process.Decision)) (store.CaseRow, error) {
	return s.decideWith(ctx, load, peek, actor, func(d *process.Definition, c process.Case, env process.Env) (process.Decision, error) {
		if action == "comment" {
			if err := readOnly(&c, actor); err != nil {
				return process.Decision{}, err
			}
		}
		dec, err := process.Apply(d, c, actor, action, in, env)
		if err == nil && adjust != nil {
			adjust(&dec)
		}
		return dec, err
	})
}

// participates reports whether the actor plays a role in c or opened it.
func participates(c *process.Case, a process.Actor) bool {
	if c.Opener == a.Login {
		return true
	}
	for _, p := range c.Participants {
		if p.Login == a.Login || (p.Any && p.Dept != "" && p.Dept == a.Dept) {
			return true
		}
	}
	return false
}

// Reassign gives a case role to another user (CONTRACT §10): the head of
// the role's department (or above) or an administrator; both are told.
func (s *Service) Reassign(ctx context.Context, actor process.Actor, id int64, role, login string) (View, error) {
	load := func(tx store.Tx) (store.CaseRow, error) {
		// A stale session of a disabled (or no) user is refused before
		// anything about the case is told.
		if u, err := store.In(tx).UserByLogin(ctx, actor.Login); actor.Login == "" || errors.Is(err, store.ErrNotFound) || (err == nil && u.Disabled) {
			return store.CaseRow{}, problem.Key(problem.Unauthorized, "problem.not_signed_in_or_disabled")
		} else if err != nil {
			return store.CaseRow{}, err
		}
		return s.visibleCase(ctx, tx, ViewerOf(actor), id)
	}
	row, err := s.decide(ctx, load, actor, func(d *process.Definition, c process.Case, env process.Env) (process.Decision, error) {
		return process.Reassign(d, c, actor, role, login, env)
	})
	if err != nil {
		return View{}, err
	}
	d, err := s.definition(row.Process)
	if err != nil {
		return View{}, err
	}
	return s.viewAfter(ctx, d, actor, row)
}

// decide runs one change of a case in one transaction: load it, let apply
// decide (pure), store the decision.
func (s *Service) decide(ctx context.Context, load func(store.Tx) (store.CaseRow, error), actor process.Actor, apply func(*process.Definition, process.Case, process.Env) (process.Decision, error)) (store.CaseRow, error) {
	return s.decideWith(ctx, load, nil, actor, apply)
}

// decideWith is decide, first trying decideAhead when peek is given.
func (s *Service) decideWith(ctx context.Context, load func(store.Tx) (store.CaseRow, error), peek func(store.Querier) (store.CaseRow, error), actor process.Actor, apply func(*process.Definition, process.Case, process.Env) (process.Decision, error)) (store.CaseRow, error) {
	if peek != nil && s.cfg.DB.Dialect() == store.SQLite {
		final, queued, err := s.decideAhead(ctx, peek, actor, apply)
		if !errors.Is(err, errDecideInside) {
			if errors.Is(err, store.ErrStale) {
				return final, dberr.Problem(err, "thing.case")
			}
			if err != nil {
				return final, err
			}
			s.after(queued)
			return final, nil
		}
	}
	var queued bool
	var final store.CaseRow
	var app appended
	err := s.cfg.DB.Tx(ctx, func(tx store.Tx) error {
		row, err := load(tx)
		if err != nil {
			return err
		}
		d, err := s.definition(row.Process)
		if err != nil {
			return err
		}
		now, err := s.NowIn(ctx, tx)
		if err != nil {
			return err
		}
		env, err := s.envOf(ctx, tx, row, now)
		if err != nil {
			return err
		}
		dec, err := apply(d, row.Case, env)
		if err != nil {
			return err
		}
		final, queued, err = s.commit(ctx, tx, d, row, dec, env, actor, row.Version)
		app = appended{from: row, events: dec.Events}
		return err
	})
	if err != nil {
		return final, dberr.Problem(err, "thing.case")
	}
	app.keep(final)
	s.after(queued)
	return final, nil
}

// errDecideInside sends an action back to be decided inside the
// transaction: what decideAhead read has changed, or it met an error
// (which the authoritative path answers).
var errDecideInside = errors.New("cases: decide inside the transaction")

// decideAhead takes the reading and the deciding of an action out of
// SQLite's single writer (issue 16): it reads the case and the
// organisation and applies the action on a reader connection, and gives
// the writer only the check and the writes. Inside the batch it checks, in
// one statement, that the case row (version, event sequence, state and
// data) and the organisation's version are exactly those it decided on; if
// anything changed it returns errDecideInside and nothing is written, and
// the action is decided again inside the transaction, as before. So every
// action still decides on what a serial execution would show it, and the
// writer spends its time on writes. Any error of the reading or the
// deciding also returns errDecideInside: the answer to a refused action
// is always the one made inside the transaction.
func (s *Service) decideAhead(ctx context.Context, peek func(store.Querier) (store.CaseRow, error), actor process.Actor, apply func(*process.Definition, process.Case, process.Env) (process.Decision, error)) (store.CaseRow, bool, error) {
	q := s.cfg.DB.SQL()
	row, err := peek(q)
	if err != nil {
		return store.CaseRow{}, false, errDecideInside
	}
	d, err := s.definition(row.Process)
	if err != nil {
		return store.CaseRow{}, false, errDecideInside
	}
	now, err := s.Now(ctx)
	if err != nil {
		return store.CaseRow{}, false, errDecideInside
	}
	org, orgVer, err := s.currentOrgVersion(ctx, q)
	if err != nil {
		return store.CaseRow{}, false, errDecideInside
	}
	env := process.Env{Now: now, Time: s.Calendar(), Org: org}
	dec, err := apply(d, row.Case, env)
	if err != nil {
		return store.CaseRow{}, false, errDecideInside
	}
	if s.aheadDecided != nil {
		s.aheadDecided()
	}
	var queued bool
	var final store.CaseRow
	err = s.cfg.DB.Tx(ctx, func(tx store.Tx) error {
		same, err := store.In(tx).CaseUnchanged(ctx, row, orgVer)
		if err != nil {
			return err
		}
		if !same {
			return errDecideInside
		}
		final, queued, err = s.commit(ctx, tx, d, row, dec, env, actor, row.Version)
		return err
	})
	if errors.Is(err, errDecideInside) {
		s.aheadStats.inside.Add(1)
	} else if err == nil {
		s.aheadStats.committed.Add(1)
		appended{from: row, events: dec.Events}.keep(final)
	}
	return final, queued, err
}

// after a commit: the dispatcher delivers what was queued, and the timer
// runner hears of the timers the commit set (timersSet).
func (s *Service) after(queued bool) {
	if queued {
		s.cfg.Delivered()
	}
	s.signalTimers()
}

// visibleCase loads a case the viewer may see (locked for change in a
// transaction, store.LockCase); any other is NotFound.
func (s *Service) visibleCase(ctx context.Context, q store.Querier, v store.Viewer, id int64) (store.CaseRow, error) {
	row, ok, err := s.cfg.DB.LockVisibleCase(ctx, q, v, id)
	if err == nil && !ok {
		err = problem.Key(problem.NotFound, "problem.case_not_found", id)
	}
	return row, err
}

// commit stores a decision: the case (guarded by its old version), its
// events, who may see and must act, timers, and the outbox rows. It
// returns the case as stored, with its events' new head, and whether it
// queued rows for the dispatcher.
func (s *Service) commit(ctx context.Context, tx store.Tx, d *process.Definition, row store.CaseRow, dec process.Decision, env process.Env, actor process.Actor, oldVersion int) (store.CaseRow, bool, error) {
	c := dec.Case
	c.ID = row.ID
	if c.Key == "" {
		c.Key = row.Key
	}
	inserted := oldVersion == 0 // the case was inserted in this transaction
	open, err := openSteps(ctx, tx, c.ID, inserted)
	if err != nil {
		return store.CaseRow{}, false, err
	}
	seq, hash, err := store.In(tx).AppendEvents(ctx, c.ID, row.EventSeq, row.EventHash, dec.Events)
	if err != nil {
		return store.CaseRow{}, false, err
	}
	terminal := d.State(c.State) != nil && d.State(c.State).Terminal
	oldTitle := row.Title
	if inserted {
		oldTitle = ""
		err = store.In(tx).FillNewCase(ctx, &c, terminal, seq, hash)
	} else {
		err = store.In(tx).UpdateCase(ctx, &c, oldVersion, terminal, seq, hash)
	}
	if err != nil {
		return store.CaseRow{}, false, err
	}
	if err := index(ctx, tx, &c, oldTitle, dec.Events); err != nil {
		return store.CaseRow{}, false, err
	}
	tally := store.Tally{Slot: s.cfg.DB.FigureSlot(c.ID)}
	if inserted {
		tally.CaseOpened(c.Process, c.Opener, c.CreatedAt)
	}
	if row.Terminal {
		tally.CaseClosed(row.Process, row.Opener, row.StateSince, -1)
	}
	if terminal {
		tally.CaseClosed(c.Process, c.Opener, c.StateSince, 1)
	}
	if err := s.recordSteps(ctx, tx, &tally, d, &c, open, terminal, actor.Login == process.SystemLogin, env.Now); err != nil {
		return store.CaseRow{}, false, err
	}
	if err := store.In(tx).InsertAudit(ctx, auditEntry(ctx, &c, dec, env, actor)); err != nil {
		return store.CaseRow{}, false, err
	}
	// Who takes part and who must act change with few actions (a progress
	// update changes neither): the rows are rewritten only when they differ.
	rewritten := false
	if rows := access(d, &c); inserted || !slices.Equal(rows, access(d, &row.Case)) {
		if err := store.In(tx).ReplaceAccess(ctx, c.ID, rows); err != nil {
			return store.CaseRow{}, false, err
		}
		rewritten = true
	}
	// The access rows carry the stored deadline (NextDue) too, for the
	// inbox's order; rewritten ones took it already.
	if !rewritten && !sameInstant(c.NextDue(), row.Case.NextDue()) {
		if err := store.In(tx).SyncAccessDue(ctx, c.ID); err != nil {
			return store.CaseRow{}, false, err
		}
	}
	if err := store.In(tx).CancelTimers(ctx, c.ID, dec.CancelScopes, dec.CancelTimers); err != nil {
		return store.CaseRow{}, false, err
	}
	if err := store.In(tx).SetTimers(ctx, c.ID, dec.SetTimers); err != nil {
		return store.CaseRow{}, false, err
	}
	s.timersSet(dec.SetTimers)
	if err := s.seal(ctx, tx, d, row, dec, actor); err != nil {
		return store.CaseRow{}, false, err
	}
	var rows []store.Notification
	// The action decided, for what a party may read of who took it.
	var done string
	for _, e := range dec.Events {
		if e.Type == "action" {
			done = e.Action
		}
	}
	for _, n := range dec.Notices {
		r, err := s.outboxRows(ctx, tx, d, &c, seq, n, env, actor, done)
		if err != nil {
			return store.CaseRow{}, false, err
		}
		rows = append(rows, r...)
	}
	if err := store.In(tx).QueueNotifications(ctx, rows, env.Now); err != nil {
		return store.CaseRow{}, false, err
	}
	// Wake the dispatcher only for what it delivers: an in-app message due
	// now was delivered by its insertion, and a claim that finds nothing
	// still costs a transaction. (A row already queued, repeated, wakes it
	// for nothing: the insertion does not say which were new.)
	queued := slices.ContainsFunc(rows, func(r store.Notification) bool { return r.ForDispatcher(env.Now) })
	// Last, so that the totals' rows stay locked (PostgreSQL) only until
	// the commit that follows.
	if err := tally.Save(ctx, tx); err != nil {
		return store.CaseRow{}, false, err
	}
	stored := storedCase(d, row, dec)
	stored.EventSeq, stored.EventHash = seq, hash
	return stored, queued, nil
}

// appended is what an action appended to a case's history after the
// head of from (none for a new case); once its transaction has
// committed, keep extends the history kept in memory with it
// (store.KeepHistory), so that the answer reads none of it.
type appended struct {
	from   store.CaseRow
	events []process.Event
}

func (a appended) keep(to store.CaseRow) {
	store.KeepHistory(to.ID, a.from.EventSeq, a.from.EventHash, a.events, to.EventSeq, to.EventHash)
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
		if ev.Type == "reassigned" {
			e.Detail["before"] = map[string]any{"role": ev.Fields["role"], "login": ev.Fields["from"]}
			e.Detail["after"] = map[string]any{"role": ev.Fields["role"], "login": ev.Fields["to"]}
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
	return store.Viewer{Login: a.Login, Dept: a.Dept, HeadOf: a.HeadOf, Admin: a.Admin, Oversees: a.Oversees, ReadAll: a.ReadAll}
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
	s.wakeMu.Lock()
	s.wakeAll = true
	s.wakeMu.Unlock()
	s.signalTimers()
}

// timersSet notes the earliest of the timers a commit sets, for the timer
// runner: only a timer due before its next planned look makes it look
// sooner. A commit that is then rolled back at worst wakes it early.
func (s *Service) timersSet(ts []process.Timer) {
	if len(ts) == 0 {
		return
	}
	first := ts[0].At
	for _, t := range ts[1:] {
		if t.At.Before(first) {
			first = t.At
		}
	}
	s.wakeMu.Lock()
	if s.wakeAt.IsZero() || first.Before(s.wakeAt) {
		s.wakeAt = first
	}
	s.wakeMu.Unlock()
}

// takeWake returns and clears what the runner was woken for.
func (s *Service) takeWake() (all bool, at time.Time) {
	s.wakeMu.Lock()
	defer s.wakeMu.Unlock()
	all, at = s.wakeAll, s.wakeAt
	s.wakeAll, s.wakeAt = false, time.Time{}
	return all, at
}

func (s *Service) signalTimers() {
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

// sameInstant reports whether two optional times are both absent or equal.
func sameInstant(a, b *time.Time) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.Equal(*b)
}
