package store

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
)

// Installation returns this database's random identity, made on first use
// and shared by every replica on the database.
func (db *DB) Installation(ctx context.Context) (string, error) {
	db.installMu.Lock()
	defer db.installMu.Unlock()
	if db.install != "" {
		return db.install, nil
	}
	b := make([]byte, 6)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	if _, err := db.sql.ExecContext(ctx, `INSERT INTO installation (id, uid) VALUES (1, $1) ON CONFLICT (id) DO NOTHING`, hex.EncodeToString(b)); err != nil {
		return "", fmt.Errorf("store: installation: %w", err)
	}
	if err := db.sql.QueryRowContext(ctx, `SELECT uid FROM installation WHERE id = 1`).Scan(&db.install); err != nil {
		return "", fmt.Errorf("store: installation: %w", err)
	}
	return db.install, nil
}
