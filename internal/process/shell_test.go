package process

import (
	"errors"
	"maps"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/liaison-dev/liaison/internal/calendar"
	"github.com/liaison-dev/liaison/internal/problem"
)

// shell is a test stand-in for the service: it holds one case and its
// pending timers, folds every decision into them as the service does in
// its transaction, and records which transitions the test walked.
type shell struct {
	t       *testing.T
	d       *Definition
	c       Case
	env     Env
	timers  map[string]Timer
	last    Decision
	covered map[string]bool // "state.action→state"
}

// shared holds what every walk reads and none changes, built once: the
// built-in definitions and the real calendar.
var shared struct {
	once sync.Once
	reg  *Registry
	cal  *calendar.Calendar
}

// fullOrg is the demo organisation plus a consulting partner, which the
// demo seed does not have.
func fullOrg() *Directory {
	org := demoOrg()
	org.Parties["zhiyuan"] = Party{ID: "zhiyuan", Kind: "partner", Name: "致远咨询", Contacts: []Contact{{Name: "王磊", Email: "wanglei@zhiyuan.example"}}}
	return org
}

// open starts a case of process id at the given time, failing the test on
// any error.
func open(t *testing.T, id, who, when string, fields map[string]any, covered map[string]bool) *shell {
	t.Helper()
	shared.once.Do(func() { shared.reg, shared.cal = registry(t), testCalendar(t) })
	d, ok := shared.reg.Get(id)
	if !ok {
		t.Fatalf("no process %q", id)
	}
	org := fullOrg()
	s := &shell{t: t, d: d, env: Env{Now: at(when), Time: shared.cal, Org: org}, timers: map[string]Timer{}, covered: covered}
	dec, err := Open(d, s.actor(who), Input{Fields: fields}, s.env)
	if err != nil {
		t.Fatalf("open %s: %v", id, err)
	}
	s.fold(dec)
	return s
}

// actor returns the user with this login, or an external party acting
// through its link when who is "party:ID".
func (s *shell) actor(who string) Actor {
	org := s.env.Org.(*Directory)
	if id, ok := strings.CutPrefix(who, "party:"); ok {
		p := org.Parties[id]
		return Actor{Party: id, Name: p.Contacts[0].Name, Email: p.Contacts[0].Email}
	}
	if _, ok := org.Users[who]; !ok {
		s.t.Fatalf("no user %q", who)
	}
	return actor(org, who)
}

func (s *shell) fold(dec Decision) {
	for _, sc := range dec.CancelScopes {
		for n, tm := range s.timers {
			if tm.Scope == sc {
				delete(s.timers, n)
			}
		}
	}
	for _, n := range dec.CancelTimers {
		delete(s.timers, n)
	}
	for _, tm := range dec.SetTimers {
		s.timers[tm.Name] = tm
	}
	s.c = dec.Case
	s.last = dec
}

// clone branches the walk: the copy shares the coverage record.
func (s *shell) clone() *shell {
	cp := *s
	cp.c = s.c.clone()
	cp.timers = maps.Clone(s.timers)
	return &cp
}

// try performs an action at when ("" keeps the clock) and returns its
// error; on success the decision is folded in and the transition recorded.
func (s *shell) try(when, who, action string, fields map[string]any) error {
	s.t.Helper()
	if when != "" {
		if at(when).Before(s.env.Now) {
			s.t.Fatalf("%s at %s: the clock would go back from %s", action, when, s.env.Now.Format(time.DateTime))
		}
		s.env.Now = at(when)
	}
	from := s.c.State
	dec, err := Apply(s.d, s.c, s.actor(who), action, Input{Fields: fields}, s.env)
	if err != nil {
		return err
	}
	s.fold(dec)
	if s.covered != nil {
		s.covered[from+"."+action+"→"+s.c.State] = true
	}
	return nil
}

// do is try that must succeed and end in state want.
func (s *shell) do(when, who, action string, fields map[string]any, want string) Decision {
	s.t.Helper()
	if err := s.try(when, who, action, fields); err != nil {
		s.t.Fatalf("%s %s by %s: %v", s.c.State, action, who, err)
	}
	if s.c.State != want {
		s.t.Fatalf("%s by %s: state %s, want %s", action, who, s.c.State, want)
	}
	return s.last
}

// refuse is try that must fail with code, naming field if it is not empty;
// the case and timers must not change.
func (s *shell) refuse(when, who, action string, fields map[string]any, code problem.Code, field string) *problem.Error {
	s.t.Helper()
	before, version := s.c.State, s.c.Version
	err := s.try(when, who, action, fields)
	var pe *problem.Error
	if !errors.As(err, &pe) || pe.Code != code {
		s.t.Fatalf("%s by %s in %s: got %v, want %s", action, who, before, err, code)
	}
	if field != "" && pe.Fields[field] == "" {
		s.t.Fatalf("%s by %s: field %q not named in %v", action, who, field, pe.Fields)
	}
	if s.c.State != before || s.c.Version != version {
		s.t.Fatalf("a refused %s changed the case", action)
	}
	return pe
}

// timer returns the pending timer with name.
func (s *shell) timer(name string) Timer {
	s.t.Helper()
	tm, ok := s.timers[name]
	if !ok {
		s.t.Fatalf("no pending timer %q; pending: %v", name, s.pending())
	}
	return tm
}

func (s *shell) pending() []string {
	names := slices.Collect(maps.Keys(s.timers))
	sort.Strings(names)
	return names
}

// noTimer fails if a timer with name is pending.
func (s *shell) noTimer(name string) {
	s.t.Helper()
	if _, ok := s.timers[name]; ok {
		s.t.Fatalf("timer %q still pending", name)
	}
}

// fire runs the pending timer with name at its time.
func (s *shell) fire(name string) Decision {
	s.t.Helper()
	tm := s.timer(name)
	delete(s.timers, name)
	s.env.Now = tm.At
	s.fold(Fire(s.d, s.c, tm, s.env))
	return s.last
}

// fires checks a timer on a branch: firing it tells each of who a notice
// of kind, while the walk itself goes on as if it had not fired yet.
func (s *shell) fires(name, kind string, who ...string) {
	s.t.Helper()
	b := s.clone()
	b.fire(name)
	b.told(kind, who...)
}

// due asserts the case's deadline.
func (s *shell) due(want string) {
	s.t.Helper()
	if want == "" {
		if s.c.DueAt != nil {
			s.t.Fatalf("state %s: due %s, want none", s.c.State, s.c.DueAt.In(shanghai).Format(time.DateTime))
		}
		return
	}
	if s.c.DueAt == nil {
		s.t.Fatalf("state %s: no deadline, want %s", s.c.State, want)
	}
	wantTime(s.t, s.c.State+" due", *s.c.DueAt, want)
}

// at asserts a pending timer's time.
func (s *shell) at(name, want string) {
	s.t.Helper()
	wantTime(s.t, name, s.timer(name).At, want)
}

// told asserts that the last decision tells each recipient (a login or an
// email address) a notice of kind.
func (s *shell) told(kind string, who ...string) {
	s.t.Helper()
	for _, w := range who {
		found := false
		for _, n := range s.last.Notices {
			if n.Kind == kind && (n.Recipient.Login == w || n.Recipient.Email == w) {
				found = true
			}
		}
		if !found {
			s.t.Errorf("no %s notice to %s; notices: %s", kind, w, noticeList(s.last))
		}
	}
}

// notTold asserts that the last decision tells none of who anything of kind.
func (s *shell) notTold(kind string, who ...string) {
	s.t.Helper()
	for _, w := range who {
		for _, n := range s.last.Notices {
			if n.Kind == kind && (n.Recipient.Login == w || n.Recipient.Email == w) {
				s.t.Errorf("unexpected %s notice to %s", kind, w)
			}
		}
	}
}

func noticeList(dec Decision) string {
	var out []string
	for _, n := range dec.Notices {
		r := n.Recipient.Login
		if r == "" {
			r = n.Recipient.Email
		}
		out = append(out, n.Kind+"→"+r)
	}
	return strings.Join(out, ", ")
}

// participant returns the login (or email) playing role.
func (s *shell) participant(role string) string {
	p, ok := s.c.participant(role)
	if !ok {
		return ""
	}
	if p.Login != "" {
		return p.Login
	}
	return p.Email
}

// transitions lists every transition a definition allows: each action of
// each state with each state it may lead to (itself when it stays).
func transitions(d *Definition) []string {
	var out []string
	for _, st := range d.States {
		for _, a := range st.Actions {
			targets := a.Targets()
			if len(targets) == 0 {
				targets = []string{st.ID}
			}
			for _, to := range targets {
				out = append(out, st.ID+"."+a.ID+"→"+to)
			}
		}
	}
	return out
}

// allCovered fails for every transition of process id the test did not walk.
func allCovered(t *testing.T, id string, covered map[string]bool) {
	t.Helper()
	d, _ := registry(t).Get(id)
	for _, tr := range transitions(d) {
		if !covered[tr] {
			t.Errorf("%s: transition %s not walked", id, tr)
		}
	}
}

// quoteIn is a small valid quote.
func quoteIn() map[string]any {
	return map[string]any{"currency": "CNY", "tax_rate": "0.13", "items": []any{
		map[string]any{"name": "需求分析服务", "qty": 1, "unit_price": "20000.00"},
		map[string]any{"name": "开发服务(人天)", "qty": 30, "unit_price": "1500.00"},
	}}
}

func rows(pairs ...string) []any {
	var out []any
	for i := 0; i+1 < len(pairs); i += 2 {
		out = append(out, map[string]any{"name": pairs[i], "date": pairs[i+1]})
	}
	return out
}

// offered checks, per login, whether action of the current state is
// offered to them (Offered), as the case's actions list shows it.
func (s *shell) offered(action string, want map[string]bool) {
	s.t.Helper()
	a := s.d.state(s.c.State).Action(action)
	if a == nil {
		s.t.Fatalf("no action %s in %s", action, s.c.State)
	}
	for login, w := range want {
		if got := Offered(&s.c, a, s.actor(login)); got != w {
			s.t.Errorf("%s offered to %s: %v, want %v", action, login, got, w)
		}
	}
}
