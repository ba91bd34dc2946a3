package notify

import (
	"context"
	"fmt"
	"log/slog"
	"maps"
	"sync"
	"time"
)

// DispatcherOptions tunes a Dispatcher; the zero value gives the defaults.
type DispatcherOptions struct {
	Now         func() time.Time                // the clock (the dev clock under --dev-clock); time.Now
	Logger      *slog.Logger                    // slog.Default()
	Location    *time.Location                  // for dates in messages; Asia/Shanghai
	MaxAttempts int                             // attempts before a row is failed; 8
	Backoff     func(attempt int) time.Duration // wait after the attempt-th failure; DefaultBackoff
	Workers     int                             // concurrent sends; 4
	BatchSize   int                             // rows per Claim; 4 × Workers
	Pacer       Pacer                           // robot rate limit; NewPacer(RobotLimit, time.Minute)
	SendTimeout time.Duration                   // per send; 30 s (the store's lease must be longer)
	MaxIdle     time.Duration                   // longest sleep without Wake, to notice rows other replicas wrote; 1 min
	// OnFailed, if set, is called after a row is marked failed for good,
	// with the error recorded (the case service tells the case's owner of a
	// mail to an external contact that failed).
	OnFailed func(ctx context.Context, d Delivery, lastError string) error
	// Expand completes a message just before it is rendered, with what the
	// outbox row must not keep (the portal puts in the link with its token).
	Expand func(ctx context.Context, m Message) (Message, error)
}

// Dispatcher works off the outbox: it claims due rows, sends them through
// their channel with a bounded pool of workers, and marks each sent,
// retried with backoff, deferred by the robot pacer, or failed.
//
// Delivery is at least once: a crash between a send and its MarkSent sends
// the row again when its lease expires, with the same ID, so receivers can
// drop the repeat. Otherwise a row is only sent again after a failure.
type Dispatcher struct {
	ob       Outbox
	channels map[string]Channel
	o        DispatcherOptions
	wake     chan struct{}
}

// NewDispatcher returns a Dispatcher sending ob's rows through channels,
// keyed by channel name (ChannelInbox, ChannelEmail, …).
func NewDispatcher(ob Outbox, channels map[string]Channel, opts DispatcherOptions) *Dispatcher {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	opts.Location = orDefault(opts.Location)
	if opts.MaxAttempts <= 0 {
		opts.MaxAttempts = 8
	}
	if opts.Backoff == nil {
		opts.Backoff = DefaultBackoff
	}
	if opts.Workers <= 0 {
		opts.Workers = 4
	}
	if opts.BatchSize <= 0 {
		opts.BatchSize = 4 * opts.Workers
	}
	if opts.Pacer == nil {
		opts.Pacer = NewPacer(RobotLimit, time.Minute)
	}
	if opts.SendTimeout <= 0 {
		opts.SendTimeout = 30 * time.Second
	}
	if opts.MaxIdle <= 0 {
		opts.MaxIdle = time.Minute
	}
	return &Dispatcher{ob: ob, channels: maps.Clone(channels), o: opts, wake: make(chan struct{}, 1)}
}

// Wake tells Run that new rows were committed; it never blocks.
func (d *Dispatcher) Wake() {
	select {
	case d.wake <- struct{}{}:
	default:
	}
}

// Run delivers rows until ctx is done, sleeping until the next row is due,
// Wake is called, or MaxIdle passes. Store errors are logged and retried.
// On cancellation it lets in-flight sends finish and record their outcome,
// hands back claimed rows it had not started, and returns nil.
func (d *Dispatcher) Run(ctx context.Context) error {
	const (
		errWait = time.Second            // after a store error
		minWait = 200 * time.Millisecond // when rows are due but another worker holds them
	)
	for {
		n, err := d.RunOnce(ctx)
		if ctx.Err() != nil {
			return nil
		}
		wait := d.o.MaxIdle
		if err != nil {
			d.o.Logger.Error("notify: delivering", "err", err)
			wait = errWait
		} else if next, ok, err := d.ob.NextDue(ctx); err != nil {
			d.o.Logger.Error("notify: next due", "err", err)
			wait = errWait
		} else if ok {
			wait = min(wait, next.Sub(d.o.Now()))
		}
		if wait <= 0 && n == 0 {
			wait = minWait
		}
		if wait <= 0 {
			continue
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil
		case <-d.wake:
			t.Stop()
		case <-t.C:
		}
	}
}

// RunOnce delivers every row due now, batch after batch, and returns how
// many rows it handled (sent, retried, deferred or failed).
func (d *Dispatcher) RunOnce(ctx context.Context) (int, error) {
	total := 0
	for ctx.Err() == nil {
		batch, err := d.ob.Claim(ctx, d.o.Now(), d.o.BatchSize)
		if err != nil {
			return total, fmt.Errorf("notify: claim: %w", err)
		}
		if len(batch) == 0 {
			break
		}
		d.deliverAll(ctx, batch)
		total += len(batch)
	}
	return total, nil
}

// deliverAll sends a batch with at most Workers sends at once.
func (d *Dispatcher) deliverAll(ctx context.Context, batch []Delivery) {
	jobs := make(chan Delivery)
	var wg sync.WaitGroup
	for range min(d.o.Workers, len(batch)) {
		wg.Go(func() {
			for dl := range jobs {
				d.deliver(ctx, dl)
			}
		})
	}
	for _, dl := range batch {
		jobs <- dl
	}
	close(jobs)
	wg.Wait()
}

// deliver handles one claimed row. Sends and marks run on a context that
// outlives ctx: once a send has begun its outcome must be recorded, or the
// row would be sent again after a clean shutdown.
func (d *Dispatcher) deliver(ctx context.Context, dl Delivery) {
	bg := context.WithoutCancel(ctx)
	log := d.o.Logger.With("delivery", dl.ID, "channel", dl.Channel)
	mark := func(what string, err error) {
		if err != nil {
			// The lease will expire and the row be claimed again: at least once.
			log.Error("notify: recording "+what, "err", err)
		}
	}
	now := d.o.Now()
	if ctx.Err() != nil { // shutting down: give the row back at once
		mark("release", d.ob.Defer(bg, dl.ID, now))
		return
	}
	failed := func(lastErr string) {
		lastErr = Scrub(lastErr)
		err := d.ob.MarkFailed(bg, dl.ID, lastErr)
		mark("failure", err)
		if err == nil && d.o.OnFailed != nil {
			if err := d.o.OnFailed(bg, dl, lastErr); err != nil {
				log.Error("notify: reporting the failure", "err", err)
			}
		}
	}
	ch, ok := d.channels[dl.Channel]
	if !ok {
		failed(fmt.Sprintf("channel %q is not configured", dl.Channel))
		return
	}
	if key, paced := paceKey(dl); paced {
		if ok, next := d.o.Pacer.Take(key, now); !ok {
			log.Debug("notify: robot busy, deferring", "until", next)
			mark("deferral", d.ob.Defer(bg, dl.ID, next))
			return
		}
	}
	msg := personal(dl)
	if d.o.Expand != nil {
		var err error
		if msg, err = d.o.Expand(bg, msg); err != nil {
			log.Warn("notify: completing the message", "err", err)
			mark("retry", d.ob.MarkRetry(bg, dl.ID, now.Add(d.o.Backoff(dl.Attempts+1)), err.Error()))
			return
		}
	}
	r, err := Render(msg, d.o.Location)
	if err != nil { // a template or kind error will not heal by retrying
		failed(err.Error())
		return
	}
	sctx, cancel := context.WithTimeout(bg, d.o.SendTimeout)
	err = ch.Send(sctx, dl, r)
	cancel()
	if err == nil {
		mark("sent", d.ob.MarkSent(bg, dl.ID, d.o.Now()))
		return
	}
	retry, after := classify(err)
	attempt := dl.Attempts + 1
	if !retry || attempt >= d.o.MaxAttempts {
		log.Warn("notify: delivery failed", "attempt", attempt, "err", Scrub(err.Error()))
		failed(err.Error())
		return
	}
	next := now.Add(max(d.o.Backoff(attempt), after))
	log.Info("notify: will retry", "attempt", attempt, "next", next, "err", Scrub(err.Error()))
	mark("retry", d.ob.MarkRetry(bg, dl.ID, next, Scrub(err.Error())))
}

// paceKey names the robot a delivery goes to, or the person a work
// notification goes to (WeCom allows an app 30 messages a minute to one
// member; the robots' 20 is kept for all three); nothing else is paced.
func paceKey(dl Delivery) (string, bool) {
	if IsApp(dl.Channel) {
		return dl.Channel + " " + dl.Target.ChatID + "|" + dl.Target.Mobile + "|" + dl.Target.Email, true
	}
	switch dl.Channel {
	case ChannelDingTalk, ChannelWeCom, ChannelFeishu:
		if dl.Target.Endpoint != nil {
			return dl.Channel + " " + dl.Target.Endpoint.URL, true
		}
	}
	return "", false
}

// personal returns the message with the recipient's name for the greeting
// on one-to-one channels; robots speak to a group.
func personal(dl Delivery) Message {
	m := dl.Message
	if dl.Channel != ChannelInbox && dl.Channel != ChannelEmail && !IsApp(dl.Channel) {
		return m
	}
	if _, set := m.Fields["recipient"]; set || dl.Target.Name == "" {
		return m
	}
	m.Fields = maps.Clone(m.Fields)
	if m.Fields == nil {
		m.Fields = map[string]string{}
	}
	m.Fields["recipient"] = dl.Target.Name
	return m
}
