package store

import (
	"context"
	"fmt"
	"time"
)

// ProbeWrite commits one small write (the single row of health_probe), so
// that readiness means "can take a write", not only "answers a ping": a full
// disk or a read-only database fails here.
func (db *DB) ProbeWrite(ctx context.Context, now time.Time) error {
	if db.dialect == SQLite {
		db.writeMu.Lock()
		defer db.writeMu.Unlock()
	}
	_, err := db.sql.ExecContext(ctx, `
		INSERT INTO health_probe (id, at) VALUES (1, $1)
		ON CONFLICT (id) DO UPDATE SET at = excluded.at`, micros(now))
	if err != nil {
		return fmt.Errorf("store: write probe: %w", err)
	}
	return nil
}
