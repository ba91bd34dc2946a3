package app_test

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/liaison-dev/liaison/internal/app"
)

// TestSecondServerOnOneSQLiteFileRefused: a second server on the same
// SQLite file is refused at start with a clear message, and may start once
// the first has stopped.
func TestSecondServerOnOneSQLiteFileRefused(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "one.db")
	cfg := app.Config{Addr: "127.0.0.1:0", DB: path, PasswordParams: cheap, Logger: slog.New(slog.NewTextHandler(io.Discard, nil)),
		Getenv: func(string) string { return "" }}
	a1, err := app.New(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := app.New(ctx, cfg); err == nil || !strings.Contains(err.Error(), "another liaison server is already using") {
		t.Fatalf("second server on %s: %v", path, err)
	}
	if err := a1.Shutdown(ctx); err != nil {
		t.Fatal(err)
	}
	a2, err := app.New(ctx, cfg)
	if err != nil {
		t.Fatalf("after the first stopped: %v", err)
	}
	if err := a2.Shutdown(ctx); err != nil {
		t.Fatal(err)
	}
}

// TestHealthzNeedsAWrite: /healthz said ok while the disk was full. It now
// commits a write; a database that cannot take one (here: read-only) is 503.
func TestHealthzNeedsAWrite(t *testing.T) {
	ctx := context.Background()
	a, err := app.New(ctx, app.Config{Addr: "127.0.0.1:0", DB: filepath.Join(t.TempDir(), "h.db"), PasswordParams: cheap,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil)), Getenv: func(string) string { return "" }})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Shutdown(ctx)
	// Not started: no timer runner or dispatcher shares the pool's one connection below.
	get := func() *http.Response {
		w := httptest.NewRecorder()
		a.Handler().ServeHTTP(w, httptest.NewRequest("GET", "/healthz", nil))
		return w.Result()
	}
	if r := get(); r.StatusCode != 200 {
		t.Fatalf("healthy: %d", r.StatusCode)
	}
	// One connection, made read-only: every write fails as on a full disk.
	a.DB().SQL().SetMaxOpenConns(1)
	if _, err := a.DB().SQL().ExecContext(ctx, `PRAGMA query_only = 1`); err != nil {
		t.Fatal(err)
	}
	if r := get(); r.StatusCode != http.StatusServiceUnavailable || r.Header.Get("Retry-After") == "" {
		t.Fatalf("read-only database: %d %v", r.StatusCode, r.Header)
	}
	if _, err := a.DB().SQL().ExecContext(ctx, `PRAGMA query_only = 0`); err != nil {
		t.Fatal(err)
	}
	if r := get(); r.StatusCode != 200 {
		t.Fatalf("writable again: %d", r.StatusCode)
	}
}
