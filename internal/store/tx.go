package store

import (
	"context"
	"database/sql"
	"fmt"
)

// Tx is the transaction DB.Tx hands its function. The store's statements
// run in it through In(tx); it cannot be committed or rolled back by the
// function, only by returning.
//
// Besides the statements of a Querier it takes writes whose result nobody
// reads (Q.write): an event, a step, the search entries, the timers, the
// notifications, the audit entry. On PostgreSQL those are held and sent in
// one round trip with whatever statement comes next — a query, an Exec
// whose result is read, or the COMMIT (pgtx.go); on SQLite they run at
// once, the database being in the same process.
type Tx interface {
	Querier
	// write runs or queues a statement whose only outcome is success or
	// failure; what names it in the error. A queued write that fails fails
	// the transaction with its own error, whatever statement revealed it.
	write(ctx context.Context, what, query string, args ...any) error
	// checked is write for a statement that must change exactly one row
	// (a version check): any other count fails the transaction with
	// ErrStale, at once or when the write is sent.
	checked(ctx context.Context, what, query string, args ...any) error
}

// write runs query as a write whose result is not read: through the
// transaction's queue when q runs in a Tx, at once otherwise.
func (q Q) write(ctx context.Context, what, query string, args ...any) error {
	if tx, ok := q.querier.(Tx); ok {
		return tx.write(ctx, what, query, args...)
	}
	return execWrite(ctx, q.querier, what, query, args...)
}

// checked runs query as a write that must change exactly one row, else
// ErrStale: through the transaction's queue when q runs in a Tx.
func (q Q) checked(ctx context.Context, what, query string, args ...any) error {
	if tx, ok := q.querier.(Tx); ok {
		return tx.checked(ctx, what, query, args...)
	}
	return execChecked(ctx, q.querier, what, query, args...)
}

func execChecked(ctx context.Context, q Querier, what, query string, args ...any) error {
	res, err := q.ExecContext(ctx, query, args...)
	if err != nil {
		return fmt.Errorf("store: %s: %w", what, err)
	}
	if n, _ := res.RowsAffected(); n != 1 {
		return ErrStale
	}
	return nil
}

func execWrite(ctx context.Context, q Querier, what, query string, args ...any) error {
	if _, err := q.ExecContext(ctx, query, args...); err != nil {
		return fmt.Errorf("store: %s: %w", what, err)
	}
	return nil
}

// liteTx is a SQLite transaction, or an action's savepoint in the group
// commit's (groupcommit.go): its writes run at once.
type liteTx struct{ tx *sql.Tx }

func (t liteTx) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	return t.tx.ExecContext(ctx, query, args...)
}

func (t liteTx) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	return t.tx.QueryContext(ctx, query, args...)
}

func (t liteTx) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	return t.tx.QueryRowContext(ctx, query, args...)
}

func (t liteTx) write(ctx context.Context, what, query string, args ...any) error {
	return execWrite(ctx, t.tx, what, query, args...)
}

func (t liteTx) checked(ctx context.Context, what, query string, args ...any) error {
	return execChecked(ctx, t.tx, what, query, args...)
}
