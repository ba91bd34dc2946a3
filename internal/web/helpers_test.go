package web_test

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/alexedwards/argon2id"

	"github.com/liaison-dev/liaison/internal/app"
	"github.com/liaison-dev/liaison/internal/demo"
)

// cheap keeps sign-ins fast in tests; production cost is auth.DefaultParams.
var cheap = &argon2id.Params{Memory: 1024, Iterations: 1, Parallelism: 1, SaltLength: 16, KeyLength: 32}

type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }

func (c *clock) Add(d time.Duration) { c.mu.Lock(); c.t = c.t.Add(d); c.mu.Unlock() }

type server struct {
	*app.App
	clock *clock
}

// start runs the whole server on a free port over a fresh SQLite database
// holding the demo organisation.
func start(t *testing.T) *server {
	t.Helper()
	return startWith(t, nil)
}

// startWith is start with configure (may be nil) amending the server's
// configuration first.
func startWith(t *testing.T, configure func(*app.Config)) *server {
	t.Helper()
	ctx := context.Background()
	c := &clock{t: time.Date(2026, 3, 2, 1, 0, 0, 0, time.UTC)}
	cfg := app.Config{Addr: "127.0.0.1:0", DB: t.TempDir() + "/liaison.db", Now: c.Now,
		PasswordParams: cheap, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
	if configure != nil {
		configure(&cfg)
	}
	a, err := app.New(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := demo.Seed(ctx, a.DB(), c.Now(), cheap); err != nil {
		t.Fatal(err)
	}
	if err := a.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := a.Shutdown(context.Background()); err != nil {
			t.Errorf("shutdown: %v", err)
		}
	})
	return &server{App: a, clock: c}
}

type response struct {
	status int
	header http.Header
	body   string
}

// errorBody decodes the contract's error shape.
func (r response) errorBody(t *testing.T) (code, message string, fields map[string]string) {
	t.Helper()
	var b struct {
		Error struct {
			Code    string            `json:"code"`
			Message string            `json:"message"`
			Fields  map[string]string `json:"fields"`
		} `json:"error"`
	}
	if err := json.Unmarshal([]byte(r.body), &b); err != nil {
		t.Fatalf("error body %q: %v", r.body, err)
	}
	return b.Error.Code, b.Error.Message, b.Error.Fields
}

func (s *server) do(t *testing.T, method, path string, body io.Reader, header map[string]string) response {
	t.Helper()
	req, err := http.NewRequest(method, s.URL()+path, body)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range header {
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return response{resp.StatusCode, resp.Header, string(b)}
}

func (s *server) post(t *testing.T, path, body string, header map[string]string) response {
	t.Helper()
	return s.do(t, http.MethodPost, path, strings.NewReader(body), header)
}

// login signs in and returns the bearer token.
func (s *server) login(t *testing.T, login, password string) string {
	t.Helper()
	r := s.post(t, "/api/v1/login", `{"login":"`+login+`","password":"`+password+`"}`, nil)
	if r.status != http.StatusOK {
		t.Fatalf("login %s: %d %s", login, r.status, r.body)
	}
	var b struct{ Token string }
	if err := json.Unmarshal([]byte(r.body), &b); err != nil || b.Token == "" {
		t.Fatalf("login body %q: %v", r.body, err)
	}
	return b.Token
}

func bearer(token string) map[string]string {
	return map[string]string{"Authorization": "Bearer " + token}
}
