package web

import (
	"errors"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/liaison-dev/liaison/internal/cases"
)

// TestWorkCountsAtMostEveryInterval: however often /metrics is scraped,
// and however many scrapes arrive at once, the work is counted at most
// once every workCountsEvery; a failed count is not kept.
func TestWorkCountsAtMostEveryInterval(t *testing.T) {
	var w workCounts
	var counted atomic.Int64
	count := func() (cases.Metrics, error) {
		n := counted.Add(1)
		time.Sleep(5 * time.Millisecond) // scrapes meet while it counts
		return cases.Metrics{OpenCases: int(n)}, nil
	}
	t0 := time.Date(2026, 12, 2, 9, 0, 0, 0, time.UTC)
	var wg sync.WaitGroup
	for range 32 {
		wg.Go(func() {
			if m, err := w.get(t0, count); err != nil || m.OpenCases != 1 {
				t.Errorf("a scrape got %+v, %v; want the first count", m, err)
			}
		})
	}
	wg.Wait()
	if m, _ := w.get(t0.Add(workCountsEvery-time.Millisecond), count); m.OpenCases != 1 || counted.Load() != 1 {
		t.Errorf("within the interval: %+v after %d counts, want the first count only", m, counted.Load())
	}
	if m, _ := w.get(t0.Add(workCountsEvery), count); m.OpenCases != 2 {
		t.Errorf("after the interval: %+v, want a new count", m)
	}
	// A clock set back counts again rather than trusting figures "from the future".
	if m, _ := w.get(t0, count); m.OpenCases != 3 {
		t.Errorf("after the clock went back: %+v, want a new count", m)
	}
	failed := errors.New("database gone")
	if _, err := w.get(t0.Add(time.Hour), func() (cases.Metrics, error) { return cases.Metrics{}, failed }); err != failed {
		t.Errorf("a failed count: %v, want its error", err)
	}
	if m, _ := w.get(t0.Add(time.Hour), count); m.OpenCases != 4 {
		t.Errorf("after a failed count: %+v, want a new count", m)
	}
}
