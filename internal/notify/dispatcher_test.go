package notify

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

var t0 = time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC)

// recorder is a Channel that records each send and answers with reply.
type recorder struct {
	mu    sync.Mutex
	sends []sent
	reply func(d Delivery, n int) error // n: how many times this ID was sent before
	clock *fakeClock
}

type sent struct {
	id      string
	at      time.Time
	subject string
}

func (r *recorder) Send(_ context.Context, d Delivery, rd Rendered) error {
	r.mu.Lock()
	n := 0
	for _, s := range r.sends {
		if s.id == d.ID {
			n++
		}
	}
	r.sends = append(r.sends, sent{d.ID, r.clock.Now(), rd.Subject})
	r.mu.Unlock()
	if r.reply == nil {
		return nil
	}
	return r.reply(d, n)
}

func quiet() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

func delivery(id, channel string) Delivery {
	d := Delivery{ID: id, Channel: channel, Target: Target{Name: "陈杰", Email: "chenjie@liaison-demo.example"}, Message: sample(KindReminder, "zh")}
	if channel == ChannelDingTalk || channel == ChannelWeCom || channel == ChannelFeishu {
		d.Target = Target{Name: "技术部群", Endpoint: &Endpoint{Kind: channel, URL: "https://robot.example/" + id[:1], Name: "技术部群"}}
	}
	return d
}

// drain runs the dispatcher on the fake clock, jumping to each NextDue,
// until nothing is pending; it returns the number of RunOnce rounds.
func drain(t *testing.T, disp *Dispatcher, ob *fakeOutbox, clock *fakeClock) int {
	t.Helper()
	ctx := context.Background()
	for round := 1; round < 10000; round++ {
		if _, err := disp.RunOnce(ctx); err != nil {
			t.Fatal(err)
		}
		next, ok, err := ob.NextDue(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if !ok {
			return round
		}
		if !next.After(clock.Now()) {
			t.Fatalf("NextDue %v not after now %v: RunOnce left due rows", next, clock.Now())
		}
		clock.Set(next)
	}
	t.Fatal("dispatcher did not drain the outbox")
	return 0
}

func TestDispatcherOutcomes(t *testing.T) {
	errFlaky := errors.New("503 busy")
	tests := []struct {
		name         string
		channel      string
		reply        func(d Delivery, n int) error
		maxAttempts  int
		wantStatus   string
		wantAttempts int      // failed attempts recorded on the row
		wantGaps     []string // time between successive sends
		wantErr      string   // in last_error
	}{
		{
			name: "sent at once", channel: ChannelEmail,
			wantStatus: "sent",
		},
		{
			name: "inbox is marked sent", channel: ChannelInbox,
			wantStatus: "sent",
		},
		{
			name: "retries with exponential backoff, then fails with the last error", channel: ChannelEmail,
			reply:       func(_ Delivery, n int) error { return Retryable(fmt.Errorf("try %d: %w", n+1, errFlaky), 0) },
			maxAttempts: 5, wantStatus: "failed", wantAttempts: 5,
			wantGaps: []string{"30s", "1m0s", "2m0s", "4m0s"}, wantErr: "try 5: 503 busy",
		},
		{
			name: "unclassified errors are retried too", channel: ChannelEmail,
			reply:       func(_ Delivery, n int) error { return errFlaky },
			maxAttempts: 3, wantStatus: "failed", wantAttempts: 3, wantGaps: []string{"30s", "1m0s"}, wantErr: "503 busy",
		},
		{
			name: "recovers after two failures", channel: ChannelEmail,
			reply: func(_ Delivery, n int) error {
				if n < 2 {
					return Retryable(errFlaky, 0)
				}
				return nil
			},
			wantStatus: "sent", wantAttempts: 2, wantGaps: []string{"30s", "1m0s"},
		},
		{
			name: "a permanent error fails at once", channel: ChannelEmail,
			reply:      func(Delivery, int) error { return Permanent(errors.New("550 no such user")) },
			wantStatus: "failed", wantAttempts: 1, wantErr: "550 no such user",
		},
		{
			name: "the platform's Retry-After wins over a shorter backoff", channel: ChannelEmail,
			reply: func(_ Delivery, n int) error {
				if n == 0 {
					return Retryable(errors.New("429"), 10*time.Minute)
				}
				return nil
			},
			wantStatus: "sent", wantAttempts: 1, wantGaps: []string{"10m0s"},
		},
		{
			name: "a channel that is not configured fails the row", channel: "pager",
			wantStatus: "failed", wantAttempts: 1, wantErr: `channel "pager" is not configured`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clock := &fakeClock{t: t0}
			ob := newFakeOutbox()
			d := delivery("ntf-1-"+tt.channel, tt.channel)
			ob.add(d, t0)
			rec := &recorder{reply: tt.reply, clock: clock}
			disp := NewDispatcher(ob, map[string]Channel{ChannelEmail: rec, ChannelInbox: Inbox{}},
				DispatcherOptions{Now: clock.Now, Logger: quiet(), MaxAttempts: tt.maxAttempts, Backoff: ExponentialBackoff})
			drain(t, disp, ob, clock)
			row := ob.row(d.ID)
			if row.status != tt.wantStatus || row.d.Attempts != tt.wantAttempts {
				t.Errorf("status %s after %d failed attempts, want %s after %d", row.status, row.d.Attempts, tt.wantStatus, tt.wantAttempts)
			}
			if !strings.Contains(row.lastErr, tt.wantErr) {
				t.Errorf("last_error %q, want it to contain %q", row.lastErr, tt.wantErr)
			}
			var gaps []string
			for i := 1; i < len(rec.sends); i++ {
				gaps = append(gaps, rec.sends[i].at.Sub(rec.sends[i-1].at).String())
			}
			if fmt.Sprint(gaps) != fmt.Sprint(tt.wantGaps) {
				t.Errorf("gaps between sends %v, want %v", gaps, tt.wantGaps)
			}
			for _, s := range rec.sends {
				if s.id != d.ID || !strings.HasPrefix(s.subject, "[XZ-2026-0001]") {
					t.Errorf("send %+v: wrong identity or subject", s)
				}
			}
		})
	}
}

func TestDefaultBackoff(t *testing.T) {
	for attempt := 1; attempt <= 12; attempt++ {
		base := ExponentialBackoff(attempt)
		for range 50 {
			got := DefaultBackoff(attempt)
			if got < base*8/10 || got > min(base*12/10, time.Hour) {
				t.Fatalf("DefaultBackoff(%d) = %v, want %v ± 20%% capped at 1h", attempt, got, base)
			}
		}
	}
	want := []time.Duration{30 * time.Second, time.Minute, 2 * time.Minute, 4 * time.Minute, 8 * time.Minute, 16 * time.Minute, 32 * time.Minute, time.Hour, time.Hour}
	for i, w := range want {
		if got := ExponentialBackoff(i + 1); got != w {
			t.Errorf("ExponentialBackoff(%d) = %v, want %v", i+1, got, w)
		}
	}
}

func TestDispatcherPacesRobots(t *testing.T) {
	clock := &fakeClock{t: t0}
	ob := newFakeOutbox()
	// 50 messages for robot A and 7 for robot B, all due at once.
	for i := range 50 {
		ob.add(delivery(fmt.Sprintf("a-%02d", i), ChannelDingTalk), t0)
	}
	for i := range 7 {
		ob.add(delivery(fmt.Sprintf("b-%02d", i), ChannelDingTalk), t0)
	}
	rec := &recorder{clock: clock}
	disp := NewDispatcher(ob, map[string]Channel{ChannelDingTalk: rec},
		DispatcherOptions{Now: clock.Now, Logger: quiet(), Workers: 3, BatchSize: 10})
	drain(t, disp, ob, clock)

	byRobot := map[string][]time.Time{}
	seen := map[string]int{}
	for _, s := range rec.sends {
		byRobot[s.id[:1]] = append(byRobot[s.id[:1]], s.at)
		seen[s.id]++
	}
	if len(seen) != 57 {
		t.Fatalf("%d distinct messages sent, want all 57", len(seen))
	}
	for id, n := range seen {
		if n != 1 {
			t.Errorf("%s sent %d times", id, n)
		}
		if r := ob.row(id); r.status != "sent" || r.d.Attempts != 0 {
			t.Errorf("%s: status %s attempts %d; pacing must not count as a failed attempt", id, r.status, r.d.Attempts)
		}
	}
	for robot, times := range byRobot {
		for i := range times {
			n := 0
			for _, u := range times {
				if !u.Before(times[i]) && u.Before(times[i].Add(time.Minute)) {
					n++
				}
			}
			if n > RobotLimit {
				t.Fatalf("robot %s: %d sends in the minute from %v, limit %d", robot, n, times[i], RobotLimit)
			}
		}
	}
	if last := byRobot["a"][49]; last.Sub(t0) != 2*time.Minute {
		t.Errorf("robot A's 50th message at +%v, want +2m0s (20 per minute, no idle time)", last.Sub(t0))
	}
	if last := byRobot["b"][6]; !last.Equal(t0) {
		t.Errorf("robot B waited for robot A: last at +%v", last.Sub(t0))
	}
}

func TestWindowPacer(t *testing.T) {
	p := NewPacer(2, time.Minute)
	steps := []struct {
		key      string
		at       time.Duration
		ok       bool
		nextFree time.Duration
	}{
		{"x", 0, true, 0},
		{"x", 10 * time.Second, true, 10 * time.Second},
		{"x", 20 * time.Second, false, time.Minute},
		{"y", 20 * time.Second, true, 20 * time.Second},
		{"x", time.Minute, true, time.Minute},
		{"x", 61 * time.Second, false, 70 * time.Second},
		{"x", 70 * time.Second, true, 70 * time.Second},
	}
	for i, s := range steps {
		ok, next := p.Take(s.key, t0.Add(s.at))
		if ok != s.ok || !next.Equal(t0.Add(s.nextFree)) {
			t.Errorf("step %d: Take(%s, +%v) = %v, +%v; want %v, +%v", i, s.key, s.at, ok, next.Sub(t0), s.ok, s.nextFree)
		}
	}
}

// TestDispatcherRepeatKeepsIdentity plays a crash between a send and its
// acknowledgement: the row is sent again after its lease expires, with the
// same ID and Message-ID, and never a third time.
func TestDispatcherRepeatKeepsIdentity(t *testing.T) {
	clock := &fakeClock{t: t0}
	ob := newFakeOutbox()
	ob.add(delivery("ntf-7-email", ChannelEmail), t0)
	ob.failMarkSent = 1
	rec := &recorder{clock: clock}
	disp := NewDispatcher(ob, map[string]Channel{ChannelEmail: rec}, DispatcherOptions{Now: clock.Now, Logger: quiet()})
	if _, err := disp.RunOnce(context.Background()); err != nil {
		t.Fatal(err)
	}
	if r := ob.row("ntf-7-email"); r.status != "pending" {
		t.Fatalf("after a lost acknowledgement the row is %s, want pending", r.status)
	}
	ob.expireLeases()
	drain(t, disp, ob, clock)
	if len(rec.sends) != 2 || rec.sends[0].id != rec.sends[1].id || rec.sends[0].subject != rec.sends[1].subject {
		t.Fatalf("sends %+v, want the same delivery twice", rec.sends)
	}
	if r := ob.row("ntf-7-email"); r.status != "sent" || r.d.Attempts != 0 {
		t.Errorf("row %s attempts %d, want sent with no failed attempt", r.status, r.d.Attempts)
	}
}

func TestDispatcherBoundsWorkers(t *testing.T) {
	clock := &fakeClock{t: t0}
	ob := newFakeOutbox()
	for i := range 30 {
		ob.add(delivery(fmt.Sprintf("w-%02d", i), ChannelEmail), t0)
	}
	var active, peak atomic.Int32
	gate := make(chan struct{})
	ch := ChannelFunc(func(context.Context, Delivery, Rendered) error {
		n := active.Add(1)
		for p := peak.Load(); n > p && !peak.CompareAndSwap(p, n); p = peak.Load() {
		}
		<-gate
		active.Add(-1)
		return nil
	})
	disp := NewDispatcher(ob, map[string]Channel{ChannelEmail: ch}, DispatcherOptions{Now: clock.Now, Logger: quiet(), Workers: 3})
	done := make(chan int)
	go func() { n, _ := disp.RunOnce(context.Background()); done <- n }()
	deadline := time.Now().Add(10 * time.Second)
	for active.Load() < 3 && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	close(gate)
	if n := <-done; n != 30 {
		t.Errorf("RunOnce handled %d rows, want 30", n)
	}
	if p := peak.Load(); p != 3 {
		t.Errorf("peak concurrent sends %d, want exactly Workers=3", p)
	}
}

// TestDispatcherRun checks that Wake starts delivery and that cancelling Run
// waits for the send in flight and records it.
func TestDispatcherRun(t *testing.T) {
	ob := newFakeOutbox()
	started := make(chan string, 10)
	release := make(chan struct{})
	ch := ChannelFunc(func(_ context.Context, d Delivery, _ Rendered) error {
		started <- d.ID
		<-release
		return nil
	})
	disp := NewDispatcher(ob, map[string]Channel{ChannelEmail: ch}, DispatcherOptions{Logger: quiet(), MaxIdle: time.Hour, Workers: 1})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- disp.Run(ctx) }()

	ob.add(delivery("ntf-9-email", ChannelEmail), time.Now())
	disp.Wake()
	select {
	case id := <-started:
		if id != "ntf-9-email" {
			t.Fatalf("sent %s", id)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Wake did not start a delivery")
	}
	cancel()
	select {
	case <-done:
		t.Fatal("Run returned while a send was in flight")
	default:
	}
	close(release)
	if err := <-done; err != nil {
		t.Fatalf("Run returned %v", err)
	}
	if r := ob.row("ntf-9-email"); r.status != "sent" {
		t.Errorf("in-flight delivery is %s after shutdown, want sent", r.status)
	}
}
