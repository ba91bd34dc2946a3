package web_test

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/liaison-dev/liaison/internal/app"
	"github.com/liaison-dev/liaison/internal/demo"
)

// startPprof is start with --pprof.
func startPprof(t *testing.T) *server {
	t.Helper()
	ctx := context.Background()
	c := &clock{t: time.Date(2026, 3, 2, 1, 0, 0, 0, time.UTC)}
	a, err := app.New(ctx, app.Config{Addr: "127.0.0.1:0", DB: t.TempDir() + "/liaison.db", Now: c.Now, Pprof: true,
		PasswordParams: cheap, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	if err := demo.Seed(ctx, a.DB(), c.Now(), cheap); err != nil {
		t.Fatal(err)
	}
	if err := a.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Shutdown(context.Background()) })
	return &server{App: a, clock: c}
}

// TestPprofOnlyForAdministratorsAndOnlyWithTheFlag: without --pprof there
// are no profiles at all; with it, only an administrator gets them.
func TestPprofOnlyForAdministratorsAndOnlyWithTheFlag(t *testing.T) {
	off := start(t)
	if r := off.do(t, "GET", "/debug/pprof/", nil, bearer(off.login(t, "admin", demo.Password))); r.status == http.StatusOK && strings.Contains(r.body, "goroutine") {
		t.Fatalf("profiles served without --pprof: %d", r.status)
	}
	on := startPprof(t)
	tests := []struct {
		who  string
		want int
	}{
		{"", http.StatusUnauthorized},
		{"chenjie", http.StatusForbidden},
		{"admin", http.StatusOK},
	}
	for _, tc := range tests {
		h := map[string]string{}
		if tc.who != "" {
			h = bearer(on.login(t, tc.who, demo.Password))
		}
		r := on.do(t, "GET", "/debug/pprof/", nil, h)
		if r.status != tc.want {
			t.Errorf("%q: %d, want %d", tc.who, r.status, tc.want)
		}
		if tc.want == http.StatusOK && !strings.Contains(r.body, "goroutine") {
			t.Errorf("the index lists no profiles: %.200s", r.body)
		}
	}
}
