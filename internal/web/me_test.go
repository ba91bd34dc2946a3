package web_test

import (
	"context"
	"encoding/json"
	"net/http"
	"reflect"
	"testing"
	"time"
)

func TestMeErrors(t *testing.T) {
	s := start(t)
	expired := s.login(t, "lina", "demo1234")
	s.clock.Add(30*24*time.Hour + time.Second) // API tokens live 30 days
	loggedOut := s.login(t, "lina", "demo1234")
	if r := s.post(t, "/api/v1/logout", "", bearer(loggedOut)); r.status != http.StatusNoContent {
		t.Fatalf("logout: %d %s", r.status, r.body)
	}
	disabled := s.login(t, "chenjie", "demo1234")
	if err := s.DB().SetUserDisabled(context.Background(), "chenjie", true); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		header map[string]string
	}{
		{"no credentials", nil},
		{"garbage token", bearer("garbage")},
		{"empty bearer", map[string]string{"Authorization": "Bearer "}},
		{"basic auth", map[string]string{"Authorization": "Basic bGluYTpkZW1vMTIzNA=="}},
		{"expired token", bearer(expired)},
		{"logged-out token", bearer(loggedOut)},
		{"disabled user", bearer(disabled)},
		{"bad cookie", map[string]string{"Cookie": "liaison_session=nope"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := s.do(t, http.MethodGet, "/api/v1/me", nil, tc.header)
			if code, _, _ := r.errorBody(t); r.status != 401 || code != "unauthorized" {
				t.Errorf("%d %s", r.status, r.body)
			}
			if r.header.Get("WWW-Authenticate") == "" {
				t.Error("no WWW-Authenticate header")
			}
		})
	}
}

func TestMe(t *testing.T) {
	s := start(t)
	tests := []struct {
		login string
		want  map[string]any
	}{
		{"lina", map[string]any{"login": "lina", "name": "李娜", "department": "market", "head_of": []any{"market"},
			"admin": false, "email": "lina@liaison-demo.example", "roles": []any{}, "lang": "zh"}},
		{"zhoumin", map[string]any{"login": "zhoumin", "name": "周敏", "department": "sales", "head_of": []any{},
			"admin": false, "email": "zhoumin@liaison-demo.example", "roles": []any{"account_manager"}, "lang": "zh"}},
		{"admin", map[string]any{"login": "admin", "name": "系统管理员", "department": nil, "head_of": []any{},
			"admin": true, "email": "admin@liaison-demo.example", "roles": []any{}, "lang": "zh"}},
	}
	for _, tc := range tests {
		t.Run(tc.login, func(t *testing.T) {
			r := s.do(t, http.MethodGet, "/api/v1/me", nil, bearer(s.login(t, tc.login, "demo1234")))
			var got map[string]any
			if err := json.Unmarshal([]byte(r.body), &got); err != nil || r.status != 200 {
				t.Fatalf("%d %s %v", r.status, r.body, err)
			}
			// The calendar feed key is random: present and long, then compared no further.
			if k, _ := got["calendar_key"].(string); len(k) < 20 {
				t.Errorf("calendar_key %q", k)
			}
			delete(got, "calendar_key")
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got  %v\nwant %v", got, tc.want)
			}
		})
	}
}

func TestBrowserSessionCookie(t *testing.T) {
	s := start(t)
	tok, _, err := s.Auth().LoginBrowser(context.Background(), "lina", "demo1234", "127.0.0.1")
	if err != nil {
		t.Fatal(err)
	}
	cookie := map[string]string{"Cookie": "liaison_session=" + tok}
	if r := s.do(t, http.MethodGet, "/api/v1/me", nil, cookie); r.status != 200 {
		t.Fatalf("me by cookie: %d %s", r.status, r.body)
	}
	r := s.post(t, "/api/v1/logout", "", cookie)
	if r.status != http.StatusNoContent || r.header.Get("Set-Cookie") == "" {
		t.Fatalf("logout by cookie: %d %v", r.status, r.header)
	}
	if r := s.do(t, http.MethodGet, "/api/v1/me", nil, cookie); r.status != 401 {
		t.Fatalf("me after logout: %d", r.status)
	}
}
