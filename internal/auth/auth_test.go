package auth_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/alexedwards/argon2id"

	"github.com/liaison-dev/liaison/internal/auth"
	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// cheap keeps the tests fast; the cost of DefaultParams is measured by the benchmark.
var cheap = &argon2id.Params{Memory: 1024, Iterations: 1, Parallelism: 1, SaltLength: 16, KeyLength: 32}

type clock struct{ t time.Time }

func (c *clock) now() time.Time { return c.t }

func setup(t testing.TB) (*auth.Service, *store.DB, *clock) {
	t.Helper()
	db := storetest.SQLite(t)
	ctx := context.Background()
	c := &clock{t: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)}
	s := auth.New(db, auth.Options{Now: c.now, Wall: c.now, Params: cheap})
	for _, d := range []string{"market", "sales"} {
		if err := db.UpsertDepartment(ctx, store.Department{ID: d, NameZh: d, NameEn: d}); err != nil {
			t.Fatal(err)
		}
	}
	for _, n := range []auth.NewUser{
		{Login: "lina", Name: "李娜", Dept: "market", Head: true, Password: "lina-pass-1"},
		{Login: "zhoumin", Name: "周敏", Dept: "sales", Roles: []string{"account_manager"}, Password: "lina-pass-1"},
		{Login: "gone", Name: "Gone", Dept: "sales", Password: "lina-pass-1"},
	} {
		if _, err := s.CreateUser(ctx, n, "-", ""); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.SetUserDisabled(ctx, "gone", true); err != nil {
		t.Fatal(err)
	}
	return s, db, c
}

func TestLogin(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		login, password string
		want            problem.Code // "" for success
	}{
		{"lina", "lina-pass-1", ""},
		{"lina", "wrong-password", problem.Unauthorized},
		{"nobody", "lina-pass-1", problem.Unauthorized},
		{"gone", "lina-pass-1", problem.Unauthorized},
		{"", "", problem.Unauthorized},
	}
	for _, tc := range tests {
		t.Run(tc.login+"/"+tc.password, func(t *testing.T) {
			s, db, _ := setup(t)
			token, u, err := s.Login(ctx, tc.login, tc.password, "10.0.0.1")
			if tc.want != "" {
				if problem.CodeOf(err) != tc.want {
					t.Fatalf("err = %v, want %s", err, tc.want)
				}
				if msg := problem.As(err).Text("en"); msg != "wrong login or password" {
					t.Errorf("message %q tells failures apart", msg)
				}
				audit, _ := db.RecentAudit(ctx, 1)
				if len(audit) != 1 || audit[0].Action != auth.ActionLoginFailed || audit[0].Target != tc.login || audit[0].IP != "10.0.0.1" {
					t.Errorf("audit = %+v", audit)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(token) != 43 || u.Login != "lina" || !slices.Equal(u.HeadOf, []string{"market"}) || u.Dept != "market" {
				t.Errorf("token %q, user %+v", token, u)
			}
			got, err := s.Authenticate(ctx, token)
			if err != nil || got.Login != "lina" {
				t.Errorf("Authenticate = %+v, %v", got, err)
			}
			audit, _ := db.RecentAudit(ctx, 1)
			if len(audit) != 1 || audit[0].Action != auth.ActionLogin || audit[0].Actor != "lina" {
				t.Errorf("audit = %+v", audit)
			}
		})
	}
}

func TestRateLimitPerLogin(t *testing.T) {
	ctx := context.Background()
	s, _, c := setup(t)
	for i := range auth.LimitPerLogin {
		ip := fmt.Sprintf("10.0.0.%d", i) // different addresses: only the per-login limit applies
		if _, _, err := s.Login(ctx, "lina", "wrong", ip); problem.CodeOf(err) != problem.Unauthorized {
			t.Fatalf("attempt %d: %v", i, err)
		}
	}
	// Even the right password is refused while limited: the limit must not be an oracle.
	if _, _, err := s.Login(ctx, "lina", "lina-pass-1", "10.9.9.9"); problem.CodeOf(err) != problem.RateLimited {
		t.Fatalf("after %d failures: %v, want rate_limited", auth.LimitPerLogin, err)
	}
	// Another login from the same addresses is unaffected.
	if _, _, err := s.Login(ctx, "zhoumin", "lina-pass-1", "10.0.0.1"); err != nil {
		t.Fatalf("other login: %v", err)
	}
	c.t = c.t.Add(auth.LimitWindow + time.Second)
	if _, _, err := s.Login(ctx, "lina", "lina-pass-1", "10.9.9.9"); err != nil {
		t.Fatalf("after the window: %v", err)
	}
}

// TestRateLimitWindowStartsAtAFailure: a successful sign-in gives its
// attempt back; the window of a later run of failures starts at the first
// of them, so the refusal's Retry-After is the whole window, not what was
// left of one begun by the success.
func TestRateLimitWindowStartsAtAFailure(t *testing.T) {
	ctx := context.Background()
	s, _, c := setup(t)
	if _, _, err := s.Login(ctx, "lina", "lina-pass-1", "10.0.0.1"); err != nil {
		t.Fatal(err)
	}
	c.t = c.t.Add(auth.LimitWindow - time.Minute)
	for i := range auth.LimitPerLogin {
		if _, _, err := s.Login(ctx, "lina", "wrong", "10.0.0.1"); problem.CodeOf(err) != problem.Unauthorized {
			t.Fatalf("attempt %d: %v", i, err)
		}
	}
	_, _, err := s.Login(ctx, "lina", "wrong", "10.0.0.1")
	var p *problem.Error
	if errors.As(err, &p) {
		t.Logf("Retry-After %v", p.RetryAfter)
	}
	if !errors.As(err, &p) || p.Code != problem.RateLimited || p.RetryAfter < auth.LimitWindow-time.Second {
		t.Fatalf("after %d failures: %v; want rate_limited with Retry-After the whole window", auth.LimitPerLogin, err)
	}
	c.t = c.t.Add(2 * time.Minute) // past the window the success would have begun
	if _, _, err := s.Login(ctx, "lina", "lina-pass-1", "10.0.0.1"); problem.CodeOf(err) != problem.RateLimited {
		t.Fatalf("two minutes later: %v, want still rate_limited", err)
	}
}

func TestRateLimitPerIP(t *testing.T) {
	ctx := context.Background()
	s, _, _ := setup(t)
	for i := range auth.LimitPerIP {
		login := fmt.Sprintf("guess%d", i)
		if _, _, err := s.Login(ctx, login, "wrong", "10.0.0.1"); problem.CodeOf(err) != problem.Unauthorized {
			t.Fatalf("attempt %d: %v", i, err)
		}
	}
	if _, _, err := s.Login(ctx, "zhoumin", "lina-pass-1", "10.0.0.1"); problem.CodeOf(err) != problem.RateLimited {
		t.Fatalf("after %d failures from one address: %v", auth.LimitPerIP, err)
	}
	if _, _, err := s.Login(ctx, "zhoumin", "lina-pass-1", "10.0.0.2"); err != nil {
		t.Fatalf("another address: %v", err)
	}
}

func TestSessions(t *testing.T) {
	ctx := context.Background()
	s, db, c := setup(t)
	api, _, err := s.Login(ctx, "lina", "lina-pass-1", "ip")
	if err != nil {
		t.Fatal(err)
	}
	browser, _, err := s.LoginBrowser(ctx, "zhoumin", "lina-pass-1", "ip")
	if err != nil {
		t.Fatal(err)
	}
	// Used every 11 hours, a browser session outlives its 12 hours.
	for range 3 {
		c.t = c.t.Add(11 * time.Hour)
		if u, err := s.Authenticate(ctx, browser); err != nil || !u.HasRole("account_manager") {
			t.Fatalf("browser session at %v: %+v, %v", c.t, u, err)
		}
	}
	c.t = c.t.Add(auth.BrowserSessionTTL)
	if _, err := s.Authenticate(ctx, browser); problem.CodeOf(err) != problem.Unauthorized {
		t.Errorf("idle browser session: %v", err)
	}
	// The API token is fixed at 30 days.
	if _, err := s.Authenticate(ctx, api); err != nil {
		t.Errorf("API token after %v: %v", c.t, err)
	}
	c.t = time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC).Add(auth.APITokenTTL)
	if _, err := s.Authenticate(ctx, api); problem.CodeOf(err) != problem.Unauthorized {
		t.Errorf("expired API token: %v", err)
	}
	for _, bad := range []string{"", "garbage", api + "x"} {
		if _, err := s.Authenticate(ctx, bad); problem.CodeOf(err) != problem.Unauthorized {
			t.Errorf("Authenticate(%q) = %v", bad, err)
		}
	}
	// Logout ends the session; a disabled user's tokens stop working.
	c.t = time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	tok, _, _ := s.Login(ctx, "lina", "lina-pass-1", "ip")
	if err := s.Logout(ctx, tok, "ip"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Authenticate(ctx, tok); problem.CodeOf(err) != problem.Unauthorized {
		t.Errorf("after logout: %v", err)
	}
	tok, _, _ = s.Login(ctx, "lina", "lina-pass-1", "ip")
	if err := db.SetUserDisabled(ctx, "lina", true); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Authenticate(ctx, tok); problem.CodeOf(err) != problem.Unauthorized {
		t.Errorf("disabled user: %v", err)
	}
}

func TestCreateUser(t *testing.T) {
	ctx := context.Background()
	s, _, _ := setup(t)
	tests := []struct {
		name   string
		n      auth.NewUser
		code   problem.Code
		fields []string
	}{
		{"ok", auth.NewUser{Login: "wangfang", Name: "王芳", Dept: "market", Password: "long-enough-9"}, "", nil},
		{"admin without dept", auth.NewUser{Login: "root2", Name: "R", Admin: true, Password: "long-enough-9"}, "", nil},
		{"taken", auth.NewUser{Login: "lina", Name: "x", Dept: "market", Password: "long-enough-9"}, problem.Conflict, nil},
		{"unknown dept", auth.NewUser{Login: "x1", Name: "x", Dept: "nowhere", Password: "long-enough-9"}, problem.Invalid, []string{"dept"}},
		{"line break in the name", auth.NewUser{Login: "x2", Name: "王\r\n芳", Dept: "market", Password: "long-enough-9"}, problem.Invalid, []string{"name"}},
		{"bidi override in the name", auth.NewUser{Login: "x3", Name: "王\u202e芳", Dept: "market", Password: "long-enough-9"}, problem.Invalid, []string{"name"}},
		{"line separator in the email", auth.NewUser{Login: "x4", Name: "王芳", Email: "a\u2028@b.example", Dept: "market", Password: "long-enough-9"}, problem.Invalid, []string{"email"}},
		{"everything wrong", auth.NewUser{Login: "X", Email: "no", Head: true, Lang: "fr", Password: "short"}, problem.Invalid,
			[]string{"dept", "email", "head", "lang", "login", "name", "password"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			u, err := s.CreateUser(ctx, tc.n, "admin", "")
			if problem.CodeOf(err) != tc.code && !(tc.code == "" && err == nil) {
				t.Fatalf("err = %v, want %q", err, tc.code)
			}
			if tc.code == "" && u.Login != tc.n.Login {
				t.Errorf("user = %+v", u)
			}
			var got []string
			if err != nil {
				for f := range problem.As(err).Fields {
					got = append(got, f)
				}
			}
			slices.Sort(got)
			if !slices.Equal(got, tc.fields) {
				t.Errorf("fields = %v, want %v", got, tc.fields)
			}
		})
	}
}

// BenchmarkDefaultParams measures what one sign-in costs with the real parameters.
func BenchmarkDefaultParams(b *testing.B) {
	h, err := auth.HashPassword("lina-pass-1")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if ok, _ := argon2id.ComparePasswordAndHash("lina-pass-1", h); !ok {
			b.Fatal("mismatch")
		}
	}
}

// TestLoginAuditClipsLogin: a failed sign-in with a huge login name is
// audited under its first 128 bytes, cut on a character boundary, so that
// nobody can fill the audit trail a megabyte per attempt.
func TestLoginAuditClipsLogin(t *testing.T) {
	ctx := context.Background()
	s, db, _ := setup(t)
	login := "a" + strings.Repeat("测", 100000)
	if _, _, err := s.Login(ctx, login, "whatever-1", "10.0.0.1"); problem.CodeOf(err) != problem.Unauthorized {
		t.Fatalf("err = %v, want unauthorized", err)
	}
	audit, _ := db.RecentAudit(ctx, 1)
	if len(audit) != 1 || audit[0].Action != auth.ActionLoginFailed {
		t.Fatalf("audit = %+v", audit)
	}
	got := audit[0].Target
	if len(got) > 128 || !utf8.ValidString(got) || !strings.HasPrefix(login, got) || got == "" {
		t.Errorf("audited target has %d bytes (valid UTF-8: %v), want a prefix of at most 128", len(got), utf8.ValidString(got))
	}
}
