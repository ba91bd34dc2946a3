package store

import (
	"context"
	"errors"
	"fmt"
	"os"
)

// ErrUsePgDump is Backup's answer on PostgreSQL, once the connection is
// known to work: its own tools make the consistent copy.
var ErrUsePgDump = errors.New("store: on PostgreSQL, back up with pg_dump (e.g. pg_dump --format=custom --file=liaison.dump 'postgres://…'); the connection works")

// Backup writes a consistent copy of a SQLite database to the new file
// dest, while the server may be running (VACUUM INTO: one read transaction,
// so the copy is the database as of one moment). It refuses an existing
// dest. On PostgreSQL it checks the connection and returns ErrUsePgDump.
func (db *DB) Backup(ctx context.Context, dest string) error {
	if db.dialect == Postgres {
		if err := db.sql.PingContext(ctx); err != nil {
			return fmt.Errorf("store: connect: %w", err)
		}
		return ErrUsePgDump
	}
	if _, err := os.Stat(dest); err == nil {
		return fmt.Errorf("store: backup: %s already exists; choose a new file", dest)
	}
	if _, err := db.sql.ExecContext(ctx, `VACUUM INTO $1`, dest); err != nil {
		return fmt.Errorf("store: backup to %s: %w", dest, err)
	}
	return nil
}
