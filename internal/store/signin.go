package store

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"
)

// SignInKey is one thing sign-in attempts are counted against (a login, an
// address) and how many attempts it may have within the window.
type SignInKey struct {
	Name  string
	Limit int
}

var errOverLimit = errors.New("store: over the sign-in limit")

// ReserveSignIn counts one attempt against every key, in one transaction of
// one upsert per key, and reports "" — or, when a key would pass its limit,
// the name of that key and when its window began, counting nothing (an
// attempt can succeed once that window has passed). A key's count starts again when
// its window (which began before windowStart) has passed, or when every
// attempt of it was given back (n = 0): a window begins with its first
// counted attempt, never with a sign-in that succeeded. The upsert takes
// the key's row lock on PostgreSQL (and SQLite has one writer), so parallel
// attempts on any number of replicas are counted one after the other.
func (db *DB) ReserveSignIn(ctx context.Context, keys []SignInKey, now, windowStart time.Time) (string, time.Time, error) {
	keys = slices.Clone(keys)
	// One order for everybody: two attempts never wait on each other's rows crosswise.
	slices.SortFunc(keys, func(a, b SignInKey) int {
		if a.Name < b.Name {
			return -1
		}
		if a.Name > b.Name {
			return 1
		}
		return 0
	})
	over, began := "", time.Time{}
	err := db.Tx(ctx, func(tx Tx) error {
		for _, k := range keys {
			var n int
			var since int64
			err := tx.QueryRowContext(ctx, `
				INSERT INTO signin_limits (name, since, n) VALUES ($1, $2, 1)
				ON CONFLICT (name) DO UPDATE SET
					n = CASE WHEN signin_limits.since < $3 OR signin_limits.n = 0 THEN 1 ELSE signin_limits.n + 1 END,
					since = CASE WHEN signin_limits.since < $3 OR signin_limits.n = 0 THEN $2 ELSE signin_limits.since END
				RETURNING n, since`, k.Name, micros(now), micros(windowStart)).Scan(&n, &since)
			if err != nil {
				return fmt.Errorf("store: reserve sign-in: %w", err)
			}
			if n > k.Limit {
				over, began = k.Name, fromMicros(since)
				return errOverLimit
			}
		}
		return nil
	})
	if errors.Is(err, errOverLimit) {
		return over, began, nil
	}
	return "", time.Time{}, err
}

// ReleaseSignIn gives back one reserved attempt of every key (a sign-in
// that succeeded, or was not checked at all), unless its window has since
// started again. It is a transaction, so that a lost connection is retried
// (and a lost COMMIT read back) rather than leaving the attempt counted as
// a failure: a database outage must not lock people out.
func (db *DB) ReleaseSignIn(ctx context.Context, names []string, windowStart time.Time) error {
	names = slices.Clone(names)
	slices.Sort(names) // the order ReserveSignIn locks them in: no deadlock between the two
	return db.Tx(ctx, func(tx Tx) error {
		for _, name := range names {
			_, err := tx.ExecContext(ctx, `
				UPDATE signin_limits SET n = n - 1 WHERE name = $1 AND n > 0 AND since >= $2`, name, micros(windowStart))
			if err != nil {
				return fmt.Errorf("store: release sign-in: %w", err)
			}
		}
		return nil
	})
}
