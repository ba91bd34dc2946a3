package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/stdlib"
)

// pgTx is a PostgreSQL transaction that sends its statements in as few
// round trips as it can. Each statement sent alone is a round trip between
// two processes on the same cores (an action ran about twenty,
// docs/benchmarks.md); so the BEGIN and the writes whose result nobody
// reads are held and sent, in order, in one pipelined batch (pgx.Batch)
// with the next statement whose answer is needed:
//
//   - an Exec whose result is read (a version check) goes in the batch;
//   - a query is sent just after the batch, as database/sql's rows cannot
//     come from a batch;
//   - the commit token and COMMIT close the last batch.
//
// The order of the statements and what each sees are those of running
// them one by one: a batch is the same statements, in order, on the same
// connection, and PostgreSQL skips what follows a failed one until the
// batch's end. What changes is when a failed write is seen: at the next
// statement sent. The first failure is kept (err), is what every later
// statement returns, and is what the transaction returns, whatever the
// function made of the error it saw.
//
// The transaction is the connection's own (BEGIN and COMMIT are sent as
// statements, not through database/sql's Tx): a connection handed back
// still inside a transaction is dropped by the driver (stdlib's
// ResetSession), never reused.
type pgTx struct {
	conn   *sql.Conn
	queue  []pending
	begun  bool  // BEGIN has been sent
	err    error // the first failure: the transaction is lost
	closed bool
}

// pending is a statement held for the next batch.
type pending struct {
	what, query string
	args        []any
	one         bool // must change exactly one row, else ErrStale (checked)
}

var errTxDone = errors.New("store: transaction already ended")

func (db *DB) beginPg(ctx context.Context) (*pgTx, error) {
	conn, err := db.sql.Conn(ctx)
	if err != nil {
		return nil, fmt.Errorf("store: begin: %w", err)
	}
	return &pgTx{conn: conn, queue: []pending{{what: "begin", query: "BEGIN"}}}, nil
}

func (t *pgTx) write(_ context.Context, what, query string, args ...any) error {
	return t.hold(pending{what: what, query: query, args: args})
}

// checked holds query so that the server itself refuses a count other
// than one: the COMMIT may be in the same batch, and PostgreSQL runs what
// follows a statement unless the statement fails. The write becomes a
// data-modifying WITH whose SELECT divides by zero unless exactly one row
// changed (not a constant, so never folded at planning); that error, from
// this statement, is ErrStale.
func (t *pgTx) checked(_ context.Context, what, query string, args ...any) error {
	return t.hold(pending{what: what, args: args, one: true,
		query: `WITH changed AS (` + query + ` RETURNING 1) SELECT 1 / (CASE WHEN (SELECT COUNT(*) FROM changed) = 1 THEN 1 ELSE 0 END)`})
}

func (t *pgTx) hold(p pending) error {
	if t.err != nil {
		return t.err
	}
	if t.closed {
		return errTxDone
	}
	// The arguments are copied: a caller may reuse its slice for the next
	// statement before this one is sent.
	p.args = slices.Clone(p.args)
	t.queue = append(t.queue, p)
	return nil
}

func (t *pgTx) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	if err := t.hold(pending{query: query, args: args}); err != nil {
		return nil, err
	}
	tag, err := t.send(ctx)
	if err != nil {
		return nil, err
	}
	return rowsAffected(tag.RowsAffected()), nil
}

func (t *pgTx) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	if _, err := t.send(ctx); err != nil {
		return nil, err
	}
	rows, err := t.conn.QueryContext(ctx, query, args...)
	if err != nil {
		t.fail(err)
	}
	return rows, err
}

// QueryRowContext sends the held statements, then the query. A *sql.Row
// cannot be made to carry an error from here: after a failed batch the
// query still runs and meets the aborted transaction (25P02), and the
// transaction then returns the batch's own error (attempt).
func (t *pgTx) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	_, _ = t.send(ctx)
	return t.conn.QueryRowContext(ctx, query, args...)
}

// fail keeps err as the transaction's failure, unless one came first.
func (t *pgTx) fail(err error) {
	if t.err == nil {
		t.err = err
	}
}

// send sends the held statements as one batch and returns the last one's
// command tag. Nothing held: nothing sent.
func (t *pgTx) send(ctx context.Context) (pgconn.CommandTag, error) {
	if t.err != nil {
		return pgconn.CommandTag{}, t.err
	}
	if len(t.queue) == 0 {
		return pgconn.CommandTag{}, nil
	}
	q := t.queue
	t.queue = t.queue[:0]
	var last pgconn.CommandTag
	err := t.conn.Raw(func(dc any) error {
		c := dc.(*stdlib.Conn).Conn()
		b := &pgx.Batch{}
		for _, p := range q {
			b.Queue(p.query, p.args...)
		}
		br := c.SendBatch(ctx, b)
		for _, p := range q {
			tag, err := br.Exec()
			if pe := (*pgconn.PgError)(nil); p.one && errors.As(err, &pe) && pe.Code == "22012" {
				err = ErrStale // division_by_zero: not exactly one row (checked)
			}
			if err != nil {
				br.Close()
				if p.what != "" {
					err = fmt.Errorf("store: %s: %w", p.what, err)
				}
				return err
			}
			last = tag
		}
		return br.Close()
	})
	if q[0].query == "BEGIN" {
		t.begun = true
	}
	if err != nil {
		t.fail(err)
		return pgconn.CommandTag{}, err
	}
	return last, nil
}

// commit sends what is held, the commit token (markCommit) and COMMIT in
// one batch. inCommit reports an error whose batch held the COMMIT and
// may have reached the server: its outcome is unknown unless read back.
func (t *pgTx) commit(ctx context.Context, token string) (inCommit bool, err error) {
	if t.err != nil {
		return false, t.err
	}
	if token != "" {
		markCommit(ctx, t, token)
	}
	t.queue = append(t.queue, pending{what: "commit", query: "COMMIT"})
	// The commit is not the caller's to cancel half way (database/sql's
	// Tx.Commit takes no context either): a caller that leaves now gets
	// its answer from the outcome, not an unknown one.
	tag, err := t.send(context.WithoutCancel(ctx))
	if err != nil {
		return ConnLost(err), err
	}
	if tag.String() != "COMMIT" {
		// PostgreSQL answers ROLLBACK to the COMMIT of a failed
		// transaction; a failure would have been seen before, but a
		// commit is never assumed.
		return false, fmt.Errorf("store: commit: the transaction was rolled back (%s)", tag)
	}
	t.closed = true
	return false, nil
}

// rollback ends a transaction that did not commit, and hands the
// connection back. After a failed batch the server is inside an aborted
// transaction, which the ROLLBACK ends; one that cannot be sent (the
// connection lost) leaves the connection inside its transaction, and the
// driver drops it.
func (t *pgTx) rollback() {
	if t.begun && !t.closed {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		_, _ = t.conn.ExecContext(ctx, "ROLLBACK")
		cancel()
	}
	t.closed = true
	t.release()
}

func (t *pgTx) release() { _ = t.conn.Close() }

// rowsAffected is the sql.Result of a statement sent in a batch.
type rowsAffected int64

func (n rowsAffected) RowsAffected() (int64, error) { return int64(n), nil }

func (rowsAffected) LastInsertId() (int64, error) {
	return 0, errors.New("store: LastInsertId is not supported by PostgreSQL")
}
