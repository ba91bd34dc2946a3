package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"sync"

	_ "modernc.org/sqlite" // registers the "sqlite" driver: pure Go, no cgo
)

// cachedDriver is the name of the SQLite driver with a statement cache.
const cachedDriver = "sqlite-cached"

// maxCachedStmts bounds the statements kept per connection: the queries
// that are built at run time (an IN list of n values, say) are few in
// kind, but nothing should grow without bound.
const maxCachedStmts = 256

var registerOnce sync.Once

// registerCachedDriver registers cachedDriver: modernc's SQLite driver, but
// each connection keeps its prepared statements and reuses them, where the
// plain driver prepares every statement anew for every call (a third of
// an action's CPU time went to sqlite3_prepare).
func registerCachedDriver() {
	registerOnce.Do(func() {
		db, err := sql.Open("sqlite", "")
		if err != nil {
			panic(err)
		}
		inner := db.Driver()
		db.Close()
		sql.Register(cachedDriver, &stmtCacheDriver{inner: inner})
	})
}

type stmtCacheDriver struct{ inner driver.Driver }

func (d *stmtCacheDriver) Open(name string) (driver.Conn, error) {
	c, err := d.inner.Open(name)
	if err != nil {
		return nil, err
	}
	return &cachingConn{Conn: c, stmts: map[string]*cachedStmt{}}, nil
}

// cachingConn wraps one SQLite connection. database/sql uses a connection
// from one goroutine at a time, so the map needs no lock.
type cachingConn struct {
	driver.Conn
	stmts map[string]*cachedStmt
	inTx  bool
}

type cachedStmt struct {
	driver.Stmt
	busy bool // rows of it are open: a second use must not reset them
}

// The interfaces modernc's connection implements and database/sql asks for.
var (
	_ driver.ConnBeginTx        = (*cachingConn)(nil)
	_ driver.ConnPrepareContext = (*cachingConn)(nil)
	_ driver.ExecerContext      = (*cachingConn)(nil)
	_ driver.QueryerContext     = (*cachingConn)(nil)
	_ driver.Pinger             = (*cachingConn)(nil)
	_ driver.SessionResetter    = (*cachingConn)(nil)
	_ driver.Validator          = (*cachingConn)(nil)
	_ driver.StmtExecContext    = (*cachedStmt)(nil)
	_ driver.StmtQueryContext   = (*cachedStmt)(nil)
)

func (c *cachingConn) BeginTx(ctx context.Context, opts driver.TxOptions) (driver.Tx, error) {
	tx, err := c.Conn.(driver.ConnBeginTx).BeginTx(ctx, opts)
	if err != nil {
		return nil, err
	}
	c.inTx = true
	return &endingTx{Tx: tx, conn: c}, nil
}

// endingTx notes the end of its transaction on the connection.
type endingTx struct {
	driver.Tx
	conn *cachingConn
}

func (t *endingTx) Commit() error {
	t.conn.inTx = false
	return t.Tx.Commit()
}

func (t *endingTx) Rollback() error {
	t.conn.inTx = false
	return t.Tx.Rollback()
}

// detach keeps a statement inside a transaction from being interrupted when
// its caller's context ends: SQLite answers an interrupted write by rolling
// back the whole transaction, which under group commit holds other
// callers' work too. database/sql still refuses to start a statement for a
// context that has already ended, so a caller that leaves gets its error
// at its next statement and only its savepoint is rolled back.
func (c *cachingConn) detach(ctx context.Context) context.Context {
	if c.inTx {
		return context.WithoutCancel(ctx)
	}
	return ctx
}

// PrepareContext prepares query, its $N parameters made positional where
// that keeps their meaning (placeholders.go).
func (c *cachingConn) PrepareContext(ctx context.Context, query string) (driver.Stmt, error) {
	if q, ok := positional(query); ok {
		query = q
	}
	return c.Conn.(driver.ConnPrepareContext).PrepareContext(ctx, query)
}

func (c *cachingConn) Ping(ctx context.Context) error { return c.Conn.(driver.Pinger).Ping(ctx) }

func (c *cachingConn) ResetSession(ctx context.Context) error {
	return c.Conn.(driver.SessionResetter).ResetSession(ctx)
}

func (c *cachingConn) IsValid() bool { return c.Conn.(driver.Validator).IsValid() }

// stmt returns the cached statement of query, preparing it once; fresh is
// true when the caller must close it after use (the cache is full, or the
// cached one is busy).
func (c *cachingConn) stmt(ctx context.Context, query string) (st *cachedStmt, fresh bool, err error) {
	if s, ok := c.stmts[query]; ok && !s.busy {
		return s, false, nil
	}
	ds, err := c.PrepareContext(ctx, query)
	if err != nil {
		return nil, false, err
	}
	s := &cachedStmt{Stmt: ds}
	if _, ok := c.stmts[query]; ok || len(c.stmts) >= maxCachedStmts {
		return s, true, nil
	}
	c.stmts[query] = s
	return s, false, nil
}

func (c *cachingConn) ExecContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Result, error) {
	ctx = c.detach(ctx)
	s, fresh, err := c.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	if fresh {
		defer s.Close()
	}
	return s.ExecContext(ctx, args)
}

func (c *cachingConn) QueryContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Rows, error) {
	ctx = c.detach(ctx)
	s, fresh, err := c.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	rows, err := s.QueryContext(ctx, args)
	if err != nil {
		if fresh {
			s.Close()
		}
		return nil, err
	}
	s.busy = true
	return &releasingRows{Rows: rows, stmt: s, fresh: fresh}, nil
}

// Close finalises the cached statements, then closes the connection.
func (c *cachingConn) Close() error {
	var errs []error
	for q, s := range c.stmts {
		errs = append(errs, s.Close())
		delete(c.stmts, q)
	}
	return errors.Join(append(errs, c.Conn.Close())...)
}

func (s *cachedStmt) ExecContext(ctx context.Context, args []driver.NamedValue) (driver.Result, error) {
	return s.Stmt.(driver.StmtExecContext).ExecContext(ctx, args)
}

func (s *cachedStmt) QueryContext(ctx context.Context, args []driver.NamedValue) (driver.Rows, error) {
	return s.Stmt.(driver.StmtQueryContext).QueryContext(ctx, args)
}

// releasingRows frees its statement for the next use when closed.
type releasingRows struct {
	driver.Rows
	stmt  *cachedStmt
	fresh bool
}

func (r *releasingRows) Close() error {
	err := r.Rows.Close()
	r.stmt.busy = false
	if r.fresh {
		err = errors.Join(err, r.stmt.Close())
	}
	return err
}
