package web_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"
)

func TestLoginErrors(t *testing.T) {
	s := start(t)
	if err := s.DB().SetUserDisabled(context.Background(), "chenjie", true); err != nil {
		t.Fatal(err)
	}
	big := `{"login":"lina","password":"` + strings.Repeat("x", 1<<20) + `"}`
	tests := []struct {
		name   string
		body   string
		header map[string]string
		status int
		code   string
		field  string // a field the error must name
	}{
		{"empty body", ``, nil, 400, "malformed", ""},
		{"garbage", `hello`, nil, 400, "malformed", ""},
		{"truncated JSON", `{"login":"lina",`, nil, 400, "malformed", ""},
		{"not an object", `["lina","demo1234"]`, nil, 400, "malformed", ""},
		{"two values", `{"login":"lina","password":"demo1234"} {}`, nil, 400, "malformed", ""},
		{"unknown field", `{"login":"lina","password":"demo1234","remember":true}`, nil, 400, "malformed", "remember"},
		{"wrong type", `{"login":42,"password":"demo1234"}`, nil, 400, "malformed", "login"},
		{"null password", `{"login":"lina","password":null}`, nil, 422, "invalid", "password"},
		{"missing both", `{}`, nil, 422, "invalid", "login"},
		{"missing password", `{"login":"lina"}`, nil, 422, "invalid", "password"},
		{"too large", big, nil, 413, "too_large", ""},
		{"wrong password", `{"login":"lina","password":"demo12345"}`, nil, 401, "unauthorized", ""},
		{"unknown login", `{"login":"nobody","password":"demo1234"}`, nil, 401, "unauthorized", ""},
		{"disabled user", `{"login":"chenjie","password":"demo1234"}`, nil, 401, "unauthorized", ""},
		{"cross-site browser post", `{"login":"lina","password":"demo1234"}`, map[string]string{"Sec-Fetch-Site": "cross-site"}, 403, "forbidden", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := s.post(t, "/api/v1/login", tc.body, tc.header)
			if r.status != tc.status {
				t.Fatalf("status %d, want %d: %s", r.status, tc.status, r.body)
			}
			if ct := r.header.Get("Content-Type"); ct != "application/json; charset=utf-8" {
				t.Errorf("Content-Type %q", ct)
			}
			code, msg, fields := r.errorBody(t)
			if code != tc.code || msg == "" {
				t.Errorf("code %q message %q, want %q", code, msg, tc.code)
			}
			if _, ok := fields[tc.field]; tc.field != "" && !ok {
				t.Errorf("fields %v do not name %q", fields, tc.field)
			}
		})
	}
	// None of the refused requests signed anybody in.
	audit, err := s.DB().RecentAudit(context.Background(), 100)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range audit {
		if e.Action == "login" {
			t.Errorf("a refused request signed in: %+v", e)
		}
	}
}

func TestLogin(t *testing.T) {
	s := start(t)
	tok := s.login(t, "lina", "demo1234")
	if len(tok) != 43 {
		t.Errorf("token %q is not 32 bytes of base64url", tok)
	}
	r := s.do(t, http.MethodGet, "/api/v1/me", nil, bearer(tok))
	if r.status != 200 {
		t.Fatalf("me: %d %s", r.status, r.body)
	}
}

// TestWrongPasswordLooksLikeUnknownLogin: a caller must not learn which
// logins exist. Status and body are compared; the durations are only logged,
// since timing assertions are flaky (both paths check one argon2id hash).
func TestWrongPasswordLooksLikeUnknownLogin(t *testing.T) {
	s := start(t)
	var rs [2]response
	var ds [2]time.Duration
	for i, login := range []string{"lina", "nobody"} {
		t0 := time.Now()
		rs[i] = s.post(t, "/api/v1/login", `{"login":"`+login+`","password":"not-the-password"}`, nil)
		ds[i] = time.Since(t0)
	}
	if rs[0].status != rs[1].status || rs[0].body != rs[1].body {
		t.Errorf("wrong password: %d %s\nunknown login: %d %s", rs[0].status, rs[0].body, rs[1].status, rs[1].body)
	}
	for _, h := range []string{"Content-Type", "WWW-Authenticate", "Content-Length"} {
		if rs[0].header.Get(h) != rs[1].header.Get(h) {
			t.Errorf("header %s differs: %q vs %q", h, rs[0].header.Get(h), rs[1].header.Get(h))
		}
	}
	t.Logf("wrong password took %v, unknown login took %v", ds[0], ds[1])
}

func TestLoginRateLimit(t *testing.T) {
	t.Run("per login", func(t *testing.T) {
		s := start(t)
		for i := range 5 {
			if r := s.post(t, "/api/v1/login", `{"login":"lina","password":"wrong-`+fmt.Sprint(i)+`"}`, nil); r.status != 401 {
				t.Fatalf("attempt %d: %d", i, r.status)
			}
		}
		s.clock.Add(4 * time.Minute)
		r := s.post(t, "/api/v1/login", `{"login":"lina","password":"demo1234"}`, nil)
		if code, _, _ := r.errorBody(t); r.status != 429 || code != "rate_limited" {
			t.Fatalf("6th attempt: %d %s", r.status, r.body)
		}
		// Retry-After (RFC 9110 §10.2.3): the 15 minutes' window began 4
		// minutes ago, and its count starts again just after it ends.
		if got := r.header.Get("Retry-After"); got != "661" {
			t.Errorf("Retry-After %q, want 661 seconds", got)
		}
		s.login(t, "wangfang", "demo1234") // other logins still work from this address
		s.clock.Add(660 * time.Second)
		if r := s.post(t, "/api/v1/login", `{"login":"lina","password":"demo1234"}`, nil); r.status != 429 || r.header.Get("Retry-After") != "1" {
			t.Fatalf("a second early: %d, Retry-After %q", r.status, r.header.Get("Retry-After"))
		}
		s.clock.Add(time.Second)
		s.login(t, "lina", "demo1234")
		audit, _ := s.DB().RecentAudit(context.Background(), 100)
		counts := map[string]int{}
		for _, e := range audit {
			counts[e.Action]++
		}
		if counts["login_failed"] != 5 || counts["login_limited"] != 2 || counts["login"] != 2 {
			t.Errorf("audit actions %v", counts)
		}
	})
	t.Run("per address", func(t *testing.T) {
		s := start(t)
		for i := range 20 {
			if r := s.post(t, "/api/v1/login", fmt.Sprintf(`{"login":"guess%d","password":"x"}`, i), nil); r.status != 401 {
				t.Fatalf("attempt %d: %d", i, r.status)
			}
		}
		if r := s.post(t, "/api/v1/login", `{"login":"lina","password":"demo1234"}`, nil); r.status != 429 || r.header.Get("Retry-After") != "901" {
			t.Fatalf("21st attempt from one address: %d %s, Retry-After %q (want the window's 900 seconds and one)", r.status, r.body, r.header.Get("Retry-After"))
		}
	})
}

// TestAnswerLanguage: an answer is in the signed-in caller's language, else
// in the request's Accept-Language, else Chinese; the portal's JSON answers
// alike.
func TestAnswerLanguage(t *testing.T) {
	s := start(t)
	lina := s.login(t, "lina", "demo1234") // before the wrong passwords below count against her
	wrong := `{"login":"lina","password":"demo12345"}`
	for _, tc := range []struct {
		name, method, path, body, accept, token string
		want                                    string
		field, reason                           string
	}{
		{"no header", "POST", "/api/v1/login", wrong, "", "", "登录名或密码错误", "", ""},
		{"english", "POST", "/api/v1/login", wrong, "en-US,en;q=0.9", "", "wrong login or password", "", ""},
		{"english preferred by q", "POST", "/api/v1/login", wrong, "zh;q=0.4, en;q=0.8", "", "wrong login or password", "", ""},
		{"chinese preferred by q", "POST", "/api/v1/login", wrong, "en;q=0.3, zh-CN", "", "登录名或密码错误", "", ""},
		{"only a language we lack", "POST", "/api/v1/login", wrong, "fr-FR", "", "登录名或密码错误", "", ""},
		{"the fields too", "POST", "/api/v1/login", `{}`, "en", "", "login and password are required", "password", "required"},
		{"the fields in Chinese", "POST", "/api/v1/login", `{}`, "", "", "请填写登录名和密码", "password", "必填"},
		{"a decode error", "POST", "/api/v1/login", `{"login":42,"password":"x"}`, "en", "", "a field has the wrong type", "login", "must be a string, not a number"},
		{"a decode error in Chinese", "POST", "/api/v1/login", `{"login":42,"password":"x"}`, "zh", "", "有字段的类型不对", "login", "应为字符串，而不是数字"},
		{"no endpoint", "GET", "/api/v1/nowhere", "", "en", "", "no endpoint GET /api/v1/nowhere", "", ""},
		{"the portal", "GET", "/api/v1/portal/nothing-here", "", "en", "", "<en>", "", ""},
		{"the portal in Chinese", "GET", "/api/v1/portal/nothing-here", "", "", "", "<zh>", "", ""},
		{"a signed-in user's own language first", "GET", "/api/v1/cases/999999", "", "en", "yes", "<zh>", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			header := map[string]string{}
			if tc.accept != "" {
				header["Accept-Language"] = tc.accept
			}
			if tc.token != "" {
				header = bearer(lina)
				header["Accept-Language"] = tc.accept
			}
			var body io.Reader
			if tc.body != "" {
				body = strings.NewReader(tc.body)
			}
			r := s.do(t, tc.method, tc.path, body, header)
			_, msg, fields := r.errorBody(t)
			// "<zh>" and "<en>": whatever the refusal, it is said in that language
			if han := regexp.MustCompile(`\p{Han}`).MatchString(msg); tc.want == "<zh>" || tc.want == "<en>" {
				if msg == "" || han != (tc.want == "<zh>") {
					t.Errorf("message %q, want it in %s (%d %s)", msg, tc.want, r.status, r.body)
				}
				return
			}
			if msg != tc.want {
				t.Errorf("message %q, want %q (%s)", msg, tc.want, r.body)
			}
			if tc.field != "" && fields[tc.field] != tc.reason {
				t.Errorf("fields %v, want %s: %q", fields, tc.field, tc.reason)
			}
		})
	}
}
