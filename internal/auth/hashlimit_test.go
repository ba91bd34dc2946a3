package auth

import (
	"context"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
)

// TestHashesAtOnceAreBounded: however many sign-ins arrive together, no
// more than MaxHashesAtOnce hashes run at the same time, and every one runs.
func TestHashesAtOnceAreBounded(t *testing.T) {
	var inside, most, done atomic.Int32
	var wg sync.WaitGroup
	for range 16 {
		wg.Go(func() {
			_, _ = withHashSlot(context.Background(), func() (bool, error) {
				n := inside.Add(1)
				for m := most.Load(); n > m && !most.CompareAndSwap(m, n); m = most.Load() {
				}
				for range 100 {
					runtime.Gosched()
				}
				inside.Add(-1)
				done.Add(1)
				return true, nil
			})
		})
	}
	wg.Wait()
	if most.Load() > MaxHashesAtOnce || done.Load() != 16 {
		t.Fatalf("%d hashes at once (bound %d), %d of 16 done", most.Load(), MaxHashesAtOnce, done.Load())
	}
}

// TestHashWaitEndsWithTheRequest: a sign-in waiting for a slot gives up
// when its request ends.
func TestHashWaitEndsWithTheRequest(t *testing.T) {
	for range MaxHashesAtOnce {
		hashSlots <- struct{}{}
	}
	defer func() {
		for range MaxHashesAtOnce {
			<-hashSlots
		}
	}()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := comparePassword(ctx, "x", "y"); err != context.Canceled {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}
