package store

import (
	"context"
	crand "crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/jackc/pgx/v5/pgconn"

	"github.com/liaison-dev/liaison/internal/dberr"
)

// DefaultRetryFor is how long Tx keeps retrying a transaction whose
// connection to PostgreSQL was lost (a restart, a failover) before it
// answers problem.Unavailable (503 with Retry-After).
const DefaultRetryFor = 5 * time.Second

// ErrUnavailable is the problem a request gets when the database stayed
// away for the whole retry budget, or a read found it away (dberr).
func ErrUnavailable(cause error) error { return dberr.ErrUnavailable(cause) }

// ConnLost says whether err means the connection to the database was lost
// or could not be made (dberr).
func ConnLost(err error) bool { return dberr.ConnLost(err) }

// retryTx runs fn in a transaction on PostgreSQL, again and again while the
// connection is lost, with backoff, for up to the retry budget.
//
//   - Lost before COMMIT (BEGIN, a statement, or fn's own query failed on a
//     lost connection): nothing was committed, so fn runs again on a fresh
//     connection. fn must therefore be safe to run again: a function of the
//     database only, keeping nothing from a failed attempt.
//
//   - Lost during COMMIT: the outcome is unknown. Every attempt writes a
//     random commit token (table tx_commits) just before COMMIT; the token is
//     read back on a fresh connection: there, the commit happened and Tx
//     returns nil; absent, it did not, and fn runs again. Never guessed.
//
//   - Rolled back by the server to break a deadlock or a serialization
//     conflict (40P01, 40001): nothing was committed; fn runs again.
//
// Beyond the budget it returns ErrUnavailable.
func (db *DB) retryTx(ctx context.Context, fn func(tx Tx) error) error {
	deadline := time.Now().Add(db.retryBudget())
	wait := 25 * time.Millisecond
	for {
		token := commitToken()
		inCommit, err := db.attempt(ctx, fn, token)
		if err == nil || ctx.Err() != nil || !(ConnLost(err) || aborted(err)) {
			return err
		}
		if inCommit && !aborted(err) {
			committed, rerr := db.readBack(ctx, token, deadline)
			if rerr != nil {
				return ErrUnavailable(errors.Join(err, rerr))
			}
			if committed {
				return nil
			}
		}
		if time.Now().Add(wait).After(deadline) {
			return ErrUnavailable(err)
		}
		if err := sleep(ctx, wait); err != nil {
			return err
		}
		wait = min(2*wait, time.Second)
	}
}

// aborted reports whether the server rolled the transaction back to break a
// deadlock or a serialization conflict: nothing was committed, and running
// it again is what PostgreSQL asks of the client.
func aborted(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && (pe.Code == "40P01" || pe.Code == "40001")
}

// readBack learns whether the transaction of token committed, retrying
// while the database is away, until deadline.
func (db *DB) readBack(ctx context.Context, token string, deadline time.Time) (bool, error) {
	wait := 25 * time.Millisecond
	for {
		var n int
		err := db.sql.QueryRowContext(ctx, `SELECT count(*) FROM tx_commits WHERE token = $1`, token).Scan(&n)
		if err == nil {
			return n > 0, nil
		}
		if !ConnLost(err) || time.Now().Add(wait).After(deadline) {
			return false, fmt.Errorf("store: reading back commit %s: %w", token, err)
		}
		if err := sleep(ctx, wait); err != nil {
			return false, err
		}
		wait = min(2*wait, time.Second)
	}
}

// markCommit writes the attempt's commit token in t, and now and then
// forgets tokens older than an hour (no outcome is resolved that late).
//
// A transaction that wrote nothing (no transaction id assigned: a
// dispatcher's claim that found no work, a read) gets no token: its COMMIT
// then needs no WAL flush, and if that COMMIT is lost the read-back finds
// no token and fn runs again, which is safe for work that changed nothing.
// Both are writes sent with the COMMIT (pgTx.commit).
func markCommit(ctx context.Context, t Tx, token string) {
	now := time.Now()
	q := In(t)
	_ = q.write(ctx, "commit token", `INSERT INTO tx_commits (token, at)
		SELECT $1::text, $2::bigint WHERE txid_current_if_assigned() IS NOT NULL`, token, micros(now))
	if rand.IntN(256) == 0 {
		_ = q.write(ctx, "old commit tokens", `DELETE FROM tx_commits WHERE at < $1 AND txid_current_if_assigned() IS NOT NULL`,
			micros(now.Add(-time.Hour)))
	}
}

func commitToken() string {
	var b [16]byte
	_, _ = crand.Read(b[:])
	return hex.EncodeToString(b[:])
}

func sleep(ctx context.Context, d time.Duration) error {
	// Jitter, so that replicas do not come back in step.
	d += time.Duration(rand.Int64N(int64(d)/2 + 1))
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (db *DB) retryBudget() time.Duration {
	if db.RetryFor > 0 {
		return db.RetryFor
	}
	return DefaultRetryFor
}
