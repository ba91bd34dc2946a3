package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// Group commit on SQLite. SQLite has one writer, and with synchronous=FULL
// every commit waits for an fsync: one transaction per action makes the
// disk's sync rate the ceiling of the whole server. Instead one writer
// goroutine takes the transactions waiting at that moment (up to
// maxBatch), runs each in its own SAVEPOINT inside one transaction, and
// commits them with one fsync:
//
//   - each keeps its own reads, decision and version check, and sees the
//     effects of those before it in the batch, exactly as if they had run
//     one after the other;
//   - one that fails (or panics) is rolled back to its savepoint and gets
//     its error; the others are not affected;
//   - every caller is answered only after the COMMIT, and so the fsync,
//     that holds its work has returned; if the commit fails, every caller
//     whose work was in it gets the error, and none of it is applied.

// maxBatch bounds the transactions committed together.
const maxBatch = 64

// ErrClosed is returned by Tx once the database is closed.
var ErrClosed = errors.New("store: database closed")

// txRequest is one caller's transaction waiting for the writer.
type txRequest struct {
	ctx  context.Context
	fn   func(Tx) error
	done chan txResult
}

type txResult struct {
	err      error
	panicked bool
	panicVal any
}

// startWriter starts the writer goroutine once.
func (db *DB) startWriter() {
	db.writerOnce.Do(func() {
		db.reqs = make(chan *txRequest, maxBatch)
		db.quit = make(chan struct{})
		db.stopped = make(chan struct{})
		go db.writer()
	})
}

// stopWriter ends the writer goroutine, if it was started.
func (db *DB) stopWriter() {
	db.writerOnce.Do(func() {}) // a writer that never started never will
	if db.quit != nil {
		db.stopOnce.Do(func() { close(db.quit) })
		<-db.stopped
	}
}

// groupTx hands fn to the writer and waits for its answer. Once the writer
// has taken fn the caller waits for the outcome whatever its context
// says: the work may already be committed.
func (db *DB) groupTx(ctx context.Context, fn func(Tx) error) error {
	db.startWriter()
	req := &txRequest{ctx: ctx, fn: fn, done: make(chan txResult, 1)}
	select {
	case db.reqs <- req:
	case <-ctx.Done():
		return ctx.Err()
	case <-db.quit:
		return ErrClosed
	}
	var res txResult
	select {
	case res = <-req.done:
	case <-db.stopped:
		// The writer has ended: it answered this request before, or never
		// took it (the database closed meanwhile) and nothing was done.
		select {
		case res = <-req.done:
		default:
			return ErrClosed
		}
	}
	if res.panicked {
		panic(res.panicVal)
	}
	return res.err
}

// writer runs batches until the database is closed.
func (db *DB) writer() {
	defer close(db.stopped)
	batch := make([]*txRequest, 0, maxBatch)
	for {
		select {
		case r := <-db.reqs:
			batch = append(batch[:0], r)
		case <-db.quit:
			// Whatever is still queued was never begun: it is not applied.
			for {
				select {
				case r := <-db.reqs:
					r.done <- txResult{err: ErrClosed}
				default:
					return
				}
			}
		}
	gather:
		for len(batch) < maxBatch {
			select {
			case r := <-db.reqs:
				batch = append(batch, r)
			default:
				break gather
			}
		}
		db.batches.Add(1)
		results := db.runBatch(batch)
		for i, r := range batch {
			r.done <- results[i]
		}
	}
}

// call runs fn, turning a panic into a result.
func call(fn func(Tx) error, tx *sql.Tx) (res txResult) {
	defer func() {
		if p := recover(); p != nil {
			res = txResult{panicked: true, panicVal: p}
		}
	}()
	return txResult{err: fn(liteTx{tx})}
}

func (r txResult) failed() bool { return r.err != nil || r.panicked }

// runBatch runs a batch in one transaction and returns each caller's result.
func (db *DB) runBatch(batch []*txRequest) []txResult {
	db.writeMu.Lock()
	defer db.writeMu.Unlock()
	results := make([]txResult, len(batch))
	all := func(err error) []txResult {
		for i := range results {
			if !results[i].failed() {
				results[i] = txResult{err: err}
			}
		}
		return results
	}
	// The transaction's own context is never a caller's: one caller giving
	// up must not roll back the others' work.
	bg := context.Background()
	tx, err := db.sql.BeginTx(bg, nil)
	if err != nil {
		return all(fmt.Errorf("store: begin: %w", err))
	}
	single := len(batch) == 1 // no savepoint needed: the transaction is the action's
	for i, r := range batch {
		if err := r.ctx.Err(); err != nil {
			results[i] = txResult{err: err} // the caller left before its work began: nothing done
			continue
		}
		if !single {
			if _, err := tx.ExecContext(bg, `SAVEPOINT action`); err != nil {
				tx.Rollback()
				return all(fmt.Errorf("store: savepoint: %w", err))
			}
		}
		results[i] = call(r.fn, tx)
		if single {
			break
		}
		if results[i].failed() {
			if _, err := tx.ExecContext(bg, `ROLLBACK TO action`); err != nil {
				// SQLite rolled the whole transaction back (an I/O error,
				// say): nothing of the batch is applied.
				tx.Rollback()
				return all(fmt.Errorf("store: rollback to savepoint: %w", err))
			}
		}
		if _, err := tx.ExecContext(bg, `RELEASE action`); err != nil {
			tx.Rollback()
			return all(fmt.Errorf("store: release savepoint: %w", err))
		}
	}
	if single && results[0].failed() {
		tx.Rollback()
		return results
	}
	if err := tx.Commit(); err != nil {
		return all(fmt.Errorf("store: commit: %w", err))
	}
	return results
}
