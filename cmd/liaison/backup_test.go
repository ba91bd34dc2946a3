package main

import (
	"context"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/liaison-dev/liaison/internal/app"
	"github.com/liaison-dev/liaison/internal/cases/casestest"
	"github.com/liaison-dev/liaison/internal/demo"
	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// TestBackupWhileServing: `liaison backup FILE` copies the database while
// the server runs on it (and holds its lock), without the sqlite3 program;
// the copy opens and holds the same users; an existing FILE is refused.
func TestBackupWhileServing(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path, out := filepath.Join(dir, "live.db"), filepath.Join(dir, "copy.db")
	a, err := app.New(ctx, app.Config{Addr: "127.0.0.1:0", DB: path, Logger: slog.New(slog.NewTextHandler(io.Discard, nil)),
		Getenv: func(string) string { return "" }})
	if err != nil {
		t.Fatal(err)
	}
	if err := demo.Seed(ctx, a.DB(), time.Now(), casestest.Cheap); err != nil {
		t.Fatal(err)
	}
	if err := a.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer a.Shutdown(ctx)
	code, stdout, stderr := runCmd(t, "", "backup", "--db", path, out)
	if code != 0 || !strings.Contains(stdout, "backed up") {
		t.Fatalf("backup: %d %s %s", code, stdout, stderr)
	}
	c, err := store.Open(ctx, out)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	live, _ := a.DB().Users(ctx)
	copied, err := c.Users(ctx)
	if err != nil || len(copied) != len(live) || len(live) == 0 {
		t.Fatalf("copy has %d users (%v), the live database %d", len(copied), err, len(live))
	}
	if code, _, stderr := runCmd(t, "", "backup", out, "--db", path); code == 0 || !strings.Contains(stderr, "already exists") {
		t.Fatalf("backup over an existing file: %d %s", code, stderr)
	}
	if code, _, _ := runCmd(t, "", "backup", "--db", path); code != exitUsage {
		t.Fatalf("backup without FILE: %d", code)
	}
	if _, err := os.Stat(out); err != nil {
		t.Fatal(err)
	}
}

// TestBackupOnPostgresPointsToPgDump: on PostgreSQL the command checks the
// connection and says to use pg_dump.
func TestBackupOnPostgresPointsToPgDump(t *testing.T) {
	u := storetest.PostgresURL(t)
	code, _, stderr := runCmd(t, "", "backup", "--db", u, filepath.Join(t.TempDir(), "x"))
	if code != exitError || !strings.Contains(stderr, "pg_dump") || !strings.Contains(stderr, "connection works") {
		t.Fatalf("%d %s", code, stderr)
	}
}

// TestBackupOfAMistypedPathRefused: backing up a path with no database at
// it is a bad value (exit 2) that writes nothing; it used to create an empty
// database there, copy it and report success.
func TestBackupOfAMistypedPathRefused(t *testing.T) {
	dir := t.TempDir()
	typo, out := filepath.Join(dir, "liason.db"), filepath.Join(dir, "copy.db")
	code, stdout, stderr := runCmd(t, "", "backup", "--db", typo, out)
	if code != exitUsage || !strings.Contains(stderr, "no database there") || strings.Contains(stdout, "backed up") {
		t.Fatalf("backup of a missing database: %d %q %q", code, stdout, stderr)
	}
	for _, p := range []string{typo, out} {
		if _, err := os.Stat(p); err == nil {
			t.Errorf("%s was written", p)
		}
	}
}
