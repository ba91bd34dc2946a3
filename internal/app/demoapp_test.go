package app_test

import (
	"context"
	"io"
	"log/slog"
	"path/filepath"
	"testing"
	"time"

	"github.com/liaison-dev/liaison/internal/app"
	"github.com/liaison-dev/liaison/internal/demo"
)

// demoApp makes a server on a fresh SQLite database with the demo
// organisation, env as its environment and manual delivery; logger nil
// discards the log. It is shut down with the test; start it with a.Start.
func demoApp(t *testing.T, env map[string]string, logger *slog.Logger, devClock bool) *app.App {
	t.Helper()
	ctx := context.Background()
	if logger == nil {
		logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	a, err := app.New(ctx, app.Config{Addr: "127.0.0.1:0", DB: filepath.Join(t.TempDir(), "demo.db"), DevClock: devClock, PasswordParams: cheap,
		ManualDelivery: true, Logger: logger, Getenv: func(k string) string { return env[k] }})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Shutdown(context.Background()) })
	if err := demo.Seed(ctx, a.DB(), time.Now(), cheap); err != nil {
		t.Fatal(err)
	}
	return a
}
