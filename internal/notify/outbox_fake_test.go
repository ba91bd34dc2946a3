package notify

import (
	"context"
	"errors"
	"slices"
	"sort"
	"sync"
	"time"
)

// fakeRow is one outbox row in fakeOutbox, with what the SQL store keeps.
type fakeRow struct {
	d       Delivery
	status  string // pending, sent, failed
	nextAt  time.Time
	lastErr string
	leased  bool
	sentAt  time.Time
	defers  int
}

// fakeOutbox is the in-memory Outbox the dispatcher tests run against. It
// follows the contract in outbox.go: Claim leases, Mark* release.
type fakeOutbox struct {
	mu   sync.Mutex
	rows map[string]*fakeRow
	// failMarkSent makes the next n MarkSent calls fail, as if the process
	// died between the send and its acknowledgement.
	failMarkSent int
}

func newFakeOutbox() *fakeOutbox { return &fakeOutbox{rows: map[string]*fakeRow{}} }

func (f *fakeOutbox) add(d Delivery, at time.Time) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.rows[d.ID] = &fakeRow{d: d, status: "pending", nextAt: at}
}

func (f *fakeOutbox) row(id string) fakeRow {
	f.mu.Lock()
	defer f.mu.Unlock()
	return *f.rows[id]
}

// expireLeases plays the lease timeout: rows whose worker vanished are due again.
func (f *fakeOutbox) expireLeases() {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, r := range f.rows {
		r.leased = false
	}
}

func (f *fakeOutbox) Claim(_ context.Context, now time.Time, limit int) ([]Delivery, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	var due []*fakeRow
	for _, r := range f.rows {
		if r.status == "pending" && !r.leased && !r.nextAt.After(now) {
			due = append(due, r)
		}
	}
	sort.Slice(due, func(i, j int) bool {
		if !due[i].nextAt.Equal(due[j].nextAt) {
			return due[i].nextAt.Before(due[j].nextAt)
		}
		return due[i].d.ID < due[j].d.ID
	})
	var out []Delivery
	for _, r := range due[:min(limit, len(due))] {
		r.leased = true
		out = append(out, r.d)
	}
	return out, nil
}

func (f *fakeOutbox) get(id string) (*fakeRow, error) {
	r, ok := f.rows[id]
	if !ok || !r.leased {
		return nil, errors.New("fake outbox: " + id + " not leased")
	}
	return r, nil
}

func (f *fakeOutbox) MarkSent(_ context.Context, id string, at time.Time) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.failMarkSent > 0 {
		f.failMarkSent--
		return errors.New("fake outbox: crash before acknowledgement")
	}
	r, err := f.get(id)
	if err != nil {
		return err
	}
	r.status, r.sentAt, r.leased = "sent", at, false
	return nil
}

func (f *fakeOutbox) MarkRetry(_ context.Context, id string, next time.Time, lastErr string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	r, err := f.get(id)
	if err != nil {
		return err
	}
	r.d.Attempts++
	r.nextAt, r.lastErr, r.leased = next, lastErr, false
	return nil
}

func (f *fakeOutbox) MarkFailed(_ context.Context, id string, lastErr string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	r, err := f.get(id)
	if err != nil {
		return err
	}
	r.d.Attempts++
	r.status, r.lastErr, r.leased = "failed", lastErr, false
	return nil
}

func (f *fakeOutbox) Defer(_ context.Context, id string, next time.Time) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	r, err := f.get(id)
	if err != nil {
		return err
	}
	r.nextAt, r.leased = next, false
	r.defers++
	return nil
}

func (f *fakeOutbox) NextDue(context.Context) (time.Time, bool, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	var times []time.Time
	for _, r := range f.rows {
		if r.status == "pending" && !r.leased {
			times = append(times, r.nextAt)
		}
	}
	if len(times) == 0 {
		return time.Time{}, false, nil
	}
	return slices.MinFunc(times, func(a, b time.Time) int { return a.Compare(b) }), true, nil
}

// fakeClock is a settable clock for the dispatcher.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fakeClock) Set(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = t
}
