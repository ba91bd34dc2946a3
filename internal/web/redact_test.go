package web_test

import (
	"bytes"
	"context"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/liaison-dev/liaison/internal/app"
)

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string { s.mu.Lock(); defer s.mu.Unlock(); return s.b.String() }

// TestRequestLogsRedactTokens: every request log line carried /p/TOKEN, so
// anyone reading the logs could open the customer's case.
func TestRequestLogsRedactTokens(t *testing.T) {
	ctx := context.Background()
	var logs syncBuffer
	a, err := app.New(ctx, app.Config{Addr: "127.0.0.1:0", DB: t.TempDir() + "/liaison.db",
		Now:            func() time.Time { return time.Date(2026, 3, 2, 1, 0, 0, 0, time.UTC) },
		PasswordParams: cheap, Logger: slog.New(slog.NewTextHandler(&logs, nil))})
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = a.Shutdown(context.Background()) })
	s := &server{App: a}
	const tok = "AAAAAAAAAAEKNN8BcVw8p1IBUVa726Y-SfcuxPw2Lek"
	for _, path := range []string{"/p/" + tok, "/p/" + tok + "/renew", "/api/v1/portal/" + tok, "/api/v1/portal/" + tok + "/actions/confirm"} {
		method := "GET"
		if strings.Contains(path, "/actions/") || strings.HasSuffix(path, "/renew") {
			method = "POST"
		}
		s.do(t, method, path, strings.NewReader("{}"), map[string]string{"Content-Type": "application/json"})
	}
	out := logs.String()
	if strings.Contains(out, tok) || strings.Contains(out, tok[:20]) {
		t.Errorf("a portal token is in the request log:\n%s", out)
	}
	if !strings.Contains(out, "/p/REDACTED") || !strings.Contains(out, "/api/v1/portal/REDACTED/actions/confirm") {
		t.Errorf("the log does not say which portal route was asked for:\n%s", out)
	}
}
