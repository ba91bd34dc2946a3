// Package store is liaison's SQL layer: it opens SQLite or PostgreSQL, applies
// the embedded migrations of the matching dialect and runs raw SQL written so
// that the same text (with $1 placeholders) works on both.
package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/pressly/goose/v3"
)

// Dialect names, as returned by DB.Dialect.
const (
	SQLite   = "sqlite"
	Postgres = "postgres"
)

// pgPool is the connections one server keeps to PostgreSQL: each is a
// backend process on the database's machine, and past a few per core they
// only queue for the same CPUs. With two replicas on two cores, 8 each gave
// the mix the same throughput as 12 or 20 and the lowest write p99
// (docs/benchmarks.md, seventh round).
const pgPool = 8

//go:embed migrations
var migrations embed.FS

// Querier is what *sql.DB, *sql.Tx and Tx have in common, so that a write (an
// audit entry, say) can join a caller's transaction.
type Querier interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// querier names Q's embedded Querier without exporting the field.
type querier = Querier

// Q runs the store's statements through one Querier. Every statement of
// the store is a method of Q: In(tx) runs it in a caller's transaction
// (store.In(tx).CreateUser(ctx, u)), and DB, which embeds a Q over its
// pool, runs it on its own (db.CreateUser(ctx, u)). A Q is a Querier
// itself, so that one method can hand it to the next.
type Q struct {
	querier
	// pg is set on a PostgreSQL DB's own Q: the few statements that are
	// written for each planner (ListCases) read it. PostgreSQL plans by
	// its statistics; SQLite has none, and some statements keep an index
	// out of its plan by hand.
	pg bool
}

// In returns the statements of the store run through q, usually the
// transaction of DB.Tx. On SQLite that transaction is the group-commit
// writer's savepoint and its statements go through the statement cache
// like any other.
func In(q Querier) Q { return Q{querier: q} }

// DB is an open database of either dialect. Its methods are those of the
// database as a whole (transactions, migrations, backup, caches and the
// statements whose text depends on the dialect); the statements of the
// embedded Q run on the pool, each in a transaction of its own.
type DB struct {
	Q
	sql     *sql.DB
	dialect string
	// writeMu serialises write transactions on SQLite, which allows one
	// writer at a time: waiting here is fair and cheap, while waiting in
	// SQLite's busy handler is neither.
	writeMu sync.Mutex

	// The group-commit writer of SQLite (groupcommit.go).
	writerOnce, stopOnce sync.Once
	reqs                 chan *txRequest
	quit, stopped        chan struct{}
	batches              atomic.Int64 // batches committed, for tests

	installMu sync.Mutex
	install   string // Installation, once read

	path string   // the SQLite file; "" on PostgreSQL
	lock *os.File // held by LockForServer until Close

	keySeqs sync.Map // "prefix/year" → struct{}: case-key sequences known to exist (PostgreSQL)

	// RetryFor is how long Tx retries a transaction whose PostgreSQL
	// connection was lost; DefaultRetryFor when zero.
	RetryFor time.Duration
}

// Open opens dsn: a postgres:// (or postgresql://) URL selects PostgreSQL,
// anything else is the path of a SQLite file, created if missing.
func Open(ctx context.Context, dsn string) (*DB, error) {
	if dsn == "" {
		return nil, errors.New("store: empty database name")
	}
	var db *DB
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		// JIT compilation costs a short query more than it saves (190 ms
		// on a search at 100,000 cases); a DSN that sets jit keeps its own.
		if !strings.Contains(dsn, "jit=") {
			sep := "?"
			if strings.Contains(dsn, "?") {
				sep = "&"
			}
			dsn += sep + "jit=off"
		}
		conn, err := sql.Open("pgx", dsn)
		if err != nil {
			return nil, fmt.Errorf("store: open postgres: %w", err)
		}
		// Every connection the pool may open, it may also keep: with fewer
		// idle than open, a burst of requests opens connections that are
		// closed as soon as they come back, and each new one costs a
		// backend process, its catalogue caches and every statement
		// prepared again (368 sessions in 20 s of the bench's mix against
		// 41 with the pool kept; 223 against 369 case actions a second).
		conn.SetMaxOpenConns(pgPool)
		conn.SetMaxIdleConns(pgPool)
		conn.SetConnMaxIdleTime(5 * time.Minute)
		db = &DB{Q: Q{querier: conn, pg: true}, sql: conn, dialect: Postgres}
	} else {
		if strings.ContainsAny(dsn, "?#") {
			return nil, fmt.Errorf("store: SQLite path %q must not contain '?' or '#'", dsn)
		}
		// _txlock=immediate makes every BEGIN take the write lock at once, so a
		// transaction that reads then writes cannot fail with SQLITE_BUSY half way.
		// temp_store(MEMORY) keeps the savepoints' sub-journals (group
		// commit) in memory rather than in temporary files; they serve only
		// ROLLBACK TO within a transaction, never recovery.
		q := "?_pragma=foreign_keys(1)&_pragma=journal_mode(WAL)&_pragma=busy_timeout(5000)" +
			"&_pragma=synchronous(FULL)&_pragma=temp_store(MEMORY)&_txlock=immediate"
		registerCachedDriver()
		conn, err := sql.Open(cachedDriver, dsn+q)
		if err != nil {
			return nil, fmt.Errorf("store: open sqlite: %w", err)
		}
		// WAL lets readers run beside the one writer; a handful of
		// connections is plenty for one process.
		conn.SetMaxOpenConns(8)
		conn.SetMaxIdleConns(8)
		db = &DB{Q: In(conn), sql: conn, dialect: SQLite, path: dsn}
	}
	if err := db.sql.PingContext(ctx); err != nil {
		db.sql.Close()
		return nil, fmt.Errorf("store: connect: %w", err)
	}
	return db, nil
}

// Dialect reports "sqlite" or "postgres".
func (db *DB) Dialect() string { return db.dialect }

// SQL returns the underlying pool, for reads that need no transaction.
func (db *DB) SQL() *sql.DB { return db.sql }

// Close stops the writer (on SQLite, after the batch in progress), closes
// the pool and gives up the server lock, if held.
func (db *DB) Close() error {
	db.stopWriter()
	err := db.sql.Close()
	if db.lock != nil {
		err = errors.Join(err, db.lock.Close())
		db.lock = nil
	}
	return err
}

// Migrate applies every embedded migration of the dialect not yet applied.
func (db *DB) Migrate(ctx context.Context) error { return db.MigrateTo(ctx, -1) }

// MigrateTo applies the embedded migrations not yet applied up to and
// including version (every one when version < 0): the upgrade test builds
// databases as each earlier release left them.
func (db *DB) MigrateTo(ctx context.Context, version int64) error {
	p, err := db.provider()
	if err != nil {
		return err
	}
	if db.dialect == SQLite {
		db.writeMu.Lock()
		defer db.writeMu.Unlock()
	}
	if version < 0 {
		_, err = p.Up(ctx)
	} else {
		_, err = p.UpTo(ctx, version)
	}
	if err != nil {
		return fmt.Errorf("store: migrate: %w", err)
	}
	return nil
}

// MigrationVersions lists the versions of the dialect's embedded migrations, in order.
func (db *DB) MigrationVersions() ([]int64, error) {
	p, err := db.provider()
	if err != nil {
		return nil, err
	}
	var out []int64
	for _, s := range p.ListSources() {
		out = append(out, s.Version)
	}
	return out, nil
}

func (db *DB) provider() (*goose.Provider, error) {
	dir, err := fs.Sub(migrations, "migrations/"+db.dialect)
	if err != nil {
		return nil, fmt.Errorf("store: migrations: %w", err)
	}
	d := goose.DialectSQLite3
	if db.dialect == Postgres {
		d = goose.DialectPostgres
	}
	p, err := goose.NewProvider(d, db.sql, dir)
	if err != nil {
		return nil, fmt.Errorf("store: migrations: %w", err)
	}
	return p, nil
}

// Tx runs fn in a transaction: committed if fn returns nil, rolled back if it
// returns an error or panics (the panic continues after the rollback), and
// Tx returns only once the outcome is durable. On SQLite, fn runs on the
// one writer goroutine in a savepoint of a transaction it may share with
// the other callers waiting at that moment (group commit, groupcommit.go):
// fn must do its work through tx and must not call Tx itself. On
// PostgreSQL a transaction whose connection was lost is run again, and a
// COMMIT whose outcome was lost is resolved by reading back (retry.go), so
// fn must be safe to run again.
func (db *DB) Tx(ctx context.Context, fn func(tx Tx) error) error {
	if db.dialect == SQLite {
		return db.groupTx(ctx, fn)
	}
	return db.retryTx(ctx, fn)
}

// attempt runs fn in one transaction; with a token (PostgreSQL) it writes
// the commit token with the COMMIT. inCommit reports that the error came
// with the COMMIT, whose outcome may then be unknown.
func (db *DB) attempt(ctx context.Context, fn func(tx Tx) error, token string) (inCommit bool, err error) {
	t, err := db.beginPg(ctx)
	if err != nil {
		return false, err
	}
	defer func() {
		if p := recover(); p != nil {
			t.rollback()
			panic(p)
		}
	}()
	if err := fn(t); err != nil {
		if t.err != nil {
			err = t.err // the first failure, which the function saw only as its consequence
		}
		t.rollback()
		return false, err
	}
	if inCommit, err := t.commit(ctx, token); err != nil {
		t.rollback()
		return inCommit, err
	}
	t.release()
	return false, nil
}

// micros converts a time to the stored form: unix microseconds, UTC.
// column runs a query of one column and returns its values in order; what
// names the query in the error.
func column[T any](ctx context.Context, q Querier, what, query string, args ...any) ([]T, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("store: %s: %w", what, err)
	}
	defer rows.Close()
	var out []T
	for rows.Next() {
		var v T
		if err := rows.Scan(&v); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

func micros(t time.Time) int64 { return t.UnixMicro() }

// fromMicros converts a stored timestamp back to a UTC time.
func fromMicros(us int64) time.Time { return time.UnixMicro(us).UTC() }
