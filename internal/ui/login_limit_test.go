package ui

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
)

// TestLoginLimitedSaysWhen: the sign-in page refused for too many failures
// answers 429 with Retry-After, the seconds until a sign-in can succeed
// (RFC 9110), as the JSON API does.
func TestLoginLimitedSaysWhen(t *testing.T) {
	e := newEnv(t, "2026-12-01 10:00")
	b := e.browser()
	for range 10 {
		b.get("/login")
		if b.status == http.StatusTooManyRequests {
			break
		}
		req, _ := http.NewRequest("POST", e.srv.URL+"/login", strings.NewReader(url.Values{"csrf": {b.csrf()}, "login": {"lina"}, "password": {"wrong-password"}}.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		resp, err := b.c.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusTooManyRequests {
			continue
		}
		secs, err := strconv.Atoi(resp.Header.Get("Retry-After"))
		if err != nil || secs < 1 || secs > 15*60+1 {
			t.Fatalf("429 with Retry-After %q, want seconds up to the 15-minute window", resp.Header.Get("Retry-After"))
		}
		return
	}
	t.Fatal("ten wrong passwords were never refused with 429")
}
