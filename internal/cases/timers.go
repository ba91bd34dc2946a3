package cases

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
)

// FireDue fires every timer due at or before now, earliest first, each in
// its own transaction, until none is left (a fired recurring timer may set
// another that is due by now too). It returns how many fired. A timer that
// fails (its process definition was removed, say) is logged and left for
// the next pass; it does not hold up the others.
func (s *Service) FireDue(ctx context.Context, now time.Time) (int, error) {
	fired := 0
	failed := map[int64]bool{}
	for {
		due, err := s.cfg.DB.DueTimers(ctx, now, 100+len(failed))
		if err != nil {
			return fired, err
		}
		var todo []store.TimerRow
		for _, t := range due {
			if !failed[t.ID] {
				todo = append(todo, t)
			}
		}
		progress := len(todo) > 0
		for _, r := range s.fireAll(ctx, todo) {
			if ctx.Err() != nil {
				return fired, ctx.Err()
			}
			if r.err != nil {
				failed[r.timer.ID] = true
				s.cfg.Logger.Error("timer failed", "case", r.timer.CaseID, "timer", r.timer.Name, "err", r.err)
				continue
			}
			if r.fired {
				fired++
			}
		}
		if !progress {
			if len(failed) > 0 {
				return fired, fmt.Errorf("cases: %d timers failed to fire", len(failed))
			}
			return fired, nil
		}
	}
}

// fire runs one timer. Deleting the timer row is the claim: of two replicas
// only one deletes it, and its effects commit with the deletion or not at all.
func (s *Service) fire(ctx context.Context, t store.TimerRow) (bool, error) {
	var took, queued bool
	err := s.cfg.DB.Tx(ctx, func(tx store.Tx) error {
		var err error
		if took, err = store.In(tx).TakeTimer(ctx, t.ID); err != nil || !took {
			return err
		}
		row, err := s.cfg.DB.LockCase(ctx, tx, t.CaseID)
		if err != nil {
			return err
		}
		d, err := s.definition(row.Process)
		if err != nil {
			return err
		}
		// The timer acts at its due time: a reminder that fires late (the
		// server was down, or the dev clock jumped) is recorded when it was due.
		env, err := s.envOf(ctx, tx, row, t.At)
		if err != nil {
			return err
		}
		dec := process.Fire(d, row.Case, t.Timer, env)
		if len(dec.Events) == 0 && len(dec.SetTimers) == 0 {
			return nil
		}
		_, queued, err = s.commit(ctx, tx, d, row, dec, env, process.Actor{Login: process.SystemLogin}, row.Version)
		return err
	})
	if errors.Is(err, store.ErrStale) {
		return false, nil // the timer row is back; the next pass fires it
	}
	if err != nil {
		return false, err
	}
	if queued {
		s.cfg.Delivered()
	}
	if took {
		s.cfg.Logger.Info("timer fired", "case", t.CaseID, "timer", t.Name, "due", t.At)
	}
	return took, nil
}

// RunTimers fires timers as they come due until ctx ends: it sleeps until
// the earliest pending timer (at most a minute, so that timers set by
// another replica are seen), and wakes early when this process sets one
// due before then. An action that sets no timer, or only later ones, costs
// the runner no read of the timers table.
func (s *Service) RunTimers(ctx context.Context) {
	for {
		s.timerSweeps.Add(1)
		now, err := s.Now(ctx)
		if err == nil {
			_, err = s.FireDue(ctx, now)
		}
		if err != nil && ctx.Err() == nil {
			s.cfg.Logger.Error("timers", "err", err)
		}
		planned := time.Now().Add(time.Minute)
		if next, ok, err := s.cfg.DB.NextTimer(ctx); err == nil && ok && !s.cfg.Clock.dev && next.Before(planned) {
			planned = next
		}
		if !s.sleepUntil(ctx, planned) {
			return
		}
	}
}

// sleepUntil waits until planned, or until a wake asks for a look sooner:
// Wake, a timer due before planned, or under --dev-clock (whose time does
// not follow the wall clock) any timer set. It reports false when ctx ends.
func (s *Service) sleepUntil(ctx context.Context, planned time.Time) bool {
	tm := time.NewTimer(max(time.Until(planned), 0))
	defer tm.Stop()
	for {
		select {
		case <-ctx.Done():
			return false
		case <-tm.C:
			return true
		case <-s.wake:
			all, at := s.takeWake()
			switch {
			case all, s.cfg.Clock.dev && !at.IsZero():
				return true
			case !at.IsZero() && at.Before(planned):
				planned = at
				tm.Reset(max(time.Until(at), 0))
			}
		}
	}
}
