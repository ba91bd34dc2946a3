package web_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/liaison-dev/liaison/internal/app"
	"github.com/liaison-dev/liaison/internal/demo"
)

// TestPprofOnlyForAdministratorsAndOnlyWithTheFlag: without --pprof there
// are no profiles at all; with it, only an administrator gets them.
func TestPprofOnlyForAdministratorsAndOnlyWithTheFlag(t *testing.T) {
	off := start(t)
	if r := off.do(t, "GET", "/debug/pprof/", nil, bearer(off.login(t, "admin", demo.Password))); r.status == http.StatusOK && strings.Contains(r.body, "goroutine") {
		t.Fatalf("profiles served without --pprof: %d", r.status)
	}
	on := startWith(t, func(c *app.Config) { c.Pprof = true })
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
