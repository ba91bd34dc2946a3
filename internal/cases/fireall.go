package cases

import (
	"context"
	"sync"

	"github.com/liaison-dev/liaison/internal/store"
)

// firers bounds the timers fired at once. Timers of different cases are
// independent, and firing them side by side lets their transactions share
// commits (group commit on SQLite; on PostgreSQL each has its own): one
// at a time, a thousand timers due together would wait for a thousand
// fsyncs one after the other.
const firers = 16

// fired is the outcome of one timer.
type fired struct {
	timer store.TimerRow
	fired bool
	err   error
}

// fireAll fires timers, those of one case one after another in the order
// given (earliest first), different cases side by side, and returns the
// outcomes in the order given.
func (s *Service) fireAll(ctx context.Context, timers []store.TimerRow) []fired {
	out := make([]fired, len(timers))
	byCase := map[int64][]int{}
	var order []int64
	for i, t := range timers {
		if _, ok := byCase[t.CaseID]; !ok {
			order = append(order, t.CaseID)
		}
		byCase[t.CaseID] = append(byCase[t.CaseID], i)
	}
	work := make(chan []int)
	var wg sync.WaitGroup
	for range min(firers, len(order)) {
		wg.Go(func() {
			for idx := range work {
				for _, i := range idx {
					ok, err := s.fire(ctx, timers[i])
					out[i] = fired{timer: timers[i], fired: ok, err: err}
				}
			}
		})
	}
	for _, id := range order {
		work <- byCase[id]
	}
	close(work)
	wg.Wait()
	return out
}
