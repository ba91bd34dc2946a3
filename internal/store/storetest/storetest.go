// Package storetest opens migrated test databases: a fresh SQLite file per
// test, and, when LIAISON_TEST_POSTGRES names a server, a fresh PostgreSQL
// schema per test, so that every store test runs on both dialects.
package storetest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	"github.com/liaison-dev/liaison/internal/store"
)

// PostgresEnv names the environment variable holding a PostgreSQL URL for tests.
const PostgresEnv = "LIAISON_TEST_POSTGRES"

// SQLite returns a migrated SQLite database in t's temporary directory.
func SQLite(t testing.TB) *store.DB {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatalf("open sqlite: %v", err)
	}
	t.Cleanup(func() { db.Close() })
	if err := db.Migrate(ctx); err != nil {
		t.Fatalf("migrate sqlite: %v", err)
	}
	return db
}

// Postgres returns a migrated database in a fresh schema of the server named
// by LIAISON_TEST_POSTGRES, dropped when the test ends; it skips the test
// when the variable is unset.
func Postgres(t testing.TB) *store.DB {
	t.Helper()
	return PostgresReplicas(t, 1)[0]
}

// PostgresReplicas returns n connection pools to one fresh schema, as n
// replicas of the server would have; it skips like Postgres.
func PostgresReplicas(t testing.TB, n int) []*store.DB {
	t.Helper()
	dsn := PostgresURL(t)
	ctx := context.Background()
	var dbs []*store.DB
	for range n {
		db, err := store.Open(ctx, dsn)
		if err != nil {
			t.Fatalf("open postgres schema: %v", err)
		}
		t.Cleanup(func() { db.Close() }) // registered after the drop, so it runs before it
		if err := db.Migrate(ctx); err != nil {
			t.Fatalf("migrate postgres: %v", err)
		}
		dbs = append(dbs, db)
	}
	return dbs
}

// PostgresThrough is Postgres with the pool's connections made through a
// new proxy (to count round trips, or lose them); it skips like Postgres.
func PostgresThrough(t testing.TB) (*store.DB, *Proxy) {
	t.Helper()
	direct, through, p := PostgresURLThrough(t)
	ctx := context.Background()
	for _, dsn := range []string{direct, through} {
		db, err := store.Open(ctx, dsn)
		if err != nil {
			t.Fatalf("open postgres schema: %v", err)
		}
		t.Cleanup(func() { db.Close() })
		if err := db.Migrate(ctx); err != nil {
			t.Fatalf("migrate postgres: %v", err)
		}
		if dsn == through {
			return db, p
		}
	}
	panic("unreachable")
}

// PostgresURL makes a fresh schema, dropped when the test ends, and
// returns the URL that opens it (for a whole server: app.Config.DB); it
// skips like Postgres.
func PostgresURL(t testing.TB) string {
	t.Helper()
	base := os.Getenv(PostgresEnv)
	if base == "" {
		t.Skipf("PostgreSQL tests skipped: set %s to a URL such as postgres://postgres@127.0.0.1:5432/test?sslmode=disable", PostgresEnv)
	}
	ctx := context.Background()
	admin, err := store.Open(ctx, base)
	if err != nil {
		t.Fatalf("open %s: %v", PostgresEnv, err)
	}
	t.Cleanup(func() { admin.Close() })
	var b [6]byte
	_, _ = rand.Read(b[:])
	schema := "t_" + hex.EncodeToString(b[:])
	if _, err := admin.SQL().ExecContext(ctx, `CREATE SCHEMA `+schema); err != nil {
		t.Fatalf("create schema: %v", err)
	}
	t.Cleanup(func() {
		if _, err := admin.SQL().ExecContext(context.Background(), `DROP SCHEMA `+schema+` CASCADE`); err != nil {
			t.Errorf("drop schema %s: %v", schema, err)
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("parse %s: %v", PostgresEnv, err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

// Each runs fn once per dialect as subtests "sqlite" and "postgres".
func Each(t *testing.T, fn func(t *testing.T, db *store.DB)) {
	t.Helper()
	t.Run("sqlite", func(t *testing.T) { fn(t, SQLite(t)) })
	t.Run("postgres", func(t *testing.T) { fn(t, Postgres(t)) })
}
