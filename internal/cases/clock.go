package cases

import (
	"context"
	"time"

	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/store"
)

// Clock is the service's time: the real one, or under --dev-clock a
// simulated one kept in the database so every replica shares it. The
// simulated clock stands still until it is set.
type Clock struct {
	db  *store.DB
	dev bool
}

// RealClock returns the wall clock.
func RealClock() *Clock { return &Clock{} }

// DevClock returns a simulated clock in db, starting at the real time on a
// fresh database.
func DevClock(ctx context.Context, db *store.DB) (*Clock, error) {
	c := &Clock{db: db, dev: true}
	err := db.Tx(ctx, func(tx store.Tx) error {
		if _, ok, err := store.In(tx).DevClock(ctx); err != nil || ok {
			return err
		}
		return store.In(tx).SetDevClock(ctx, time.Now())
	})
	return c, err
}

// Now returns the current time. Inside a transaction use NowIn.
func (c *Clock) Now(ctx context.Context) (time.Time, error) {
	if !c.dev {
		return time.Now(), nil
	}
	return c.read(ctx, c.db.Q)
}

// NowIn returns the current time, reading the simulated clock through tx.
// Read through the pool instead, it would need a second connection while
// tx holds one: with every pooled connection held by such a transaction
// (PostgreSQL under load), each would wait on the pool for ever.
func (c *Clock) NowIn(ctx context.Context, tx store.Tx) (time.Time, error) {
	if !c.dev {
		return time.Now(), nil
	}
	return c.read(ctx, store.In(tx))
}

func (c *Clock) read(ctx context.Context, q store.Q) (time.Time, error) {
	t, ok, err := q.DevClock(ctx)
	if err != nil {
		return time.Time{}, err
	}
	if !ok {
		return time.Now(), nil
	}
	return t, nil
}

// SetClock moves the simulated clock to now and fires every timer due by
// then: forward at any time, backward only while there is no case.
func (s *Service) SetClock(ctx context.Context, now time.Time) error {
	if !s.cfg.Clock.dev {
		return problem.Key(problem.NotFound, "problem.nothing_found")
	}
	err := s.cfg.DB.Tx(ctx, func(tx store.Tx) error {
		cur, _, err := store.In(tx).DevClock(ctx)
		if err != nil {
			return err
		}
		if now.Before(cur) {
			n, err := store.In(tx).CountCases(ctx)
			if err != nil {
				return err
			}
			if n > 0 {
				return problem.Key(problem.Conflict, "problem.clock_back_only_without_cases", cur.In(s.Calendar().Location()).Format(time.RFC3339))
			}
		}
		return store.In(tx).SetDevClock(ctx, now)
	})
	if err != nil {
		return err
	}
	_, err = s.FireDue(ctx, now)
	return err
}
