package app_test

import (
	"context"
	"net/http"
	"path/filepath"
	"testing"
	"time"

	"github.com/liaison-dev/liaison/internal/demo"
)

// TestDevClockKeepsSessions: a scenario that signs in once and then moves
// the simulated clock months ahead (a weekly report, a one-week callback, a
// milestone in spring) keeps its API token and browser session: their
// lifetimes run on the wall clock, the audit trail on the simulated one.
func TestDevClockKeepsSessions(t *testing.T) {
	ctx := context.Background()
	a := newApp(t, filepath.Join(t.TempDir(), "clock.db"))
	if err := demo.Seed(ctx, a.DB(), time.Now(), cheap); err != nil {
		t.Fatal(err)
	}
	if err := a.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer a.Shutdown(ctx)
	admin := signIn(t, a, "admin")
	lina := signIn(t, a, "lina")
	browser := signIn(t, a, "zhoumin") // its token also opens pages as the session cookie
	start := time.Now()
	for _, ahead := range []time.Duration{13 * time.Hour, 31 * 24 * time.Hour, 120 * 24 * time.Hour} {
		now := start.Add(ahead).Format(time.RFC3339)
		if code := admin.json("POST", "/api/v1/dev/clock", map[string]string{"now": now}, nil); code != 200 {
			t.Fatalf("clock to %s: %d", now, code)
		}
		var me struct{ Login string }
		if code := lina.json("GET", "/api/v1/me", nil, &me); code != 200 || me.Login != "lina" {
			t.Errorf("%v ahead: lina's token answers %d %+v", ahead, code, me)
		}
		if code, _ := browser.page("GET", "/inbox", nil); code != http.StatusOK {
			t.Errorf("%v ahead: the inbox page answers %d", ahead, code)
		}
	}
	// The audit trail keeps the simulated time line: a sign-in now is
	// recorded at the simulated time.
	signIn(t, a, "sunli")
	var entries []struct {
		At     time.Time `json:"at"`
		Action string    `json:"action"`
		Actor  string    `json:"actor"`
	}
	if code := admin.json("GET", "/api/v1/admin/audit", nil, &entries); code != 200 {
		t.Fatalf("audit list answered %d", code)
	}
	found := false
	for _, e := range entries {
		if e.Actor == "sunli" && e.At.After(start.Add(119*24*time.Hour)) {
			found = true
		}
	}
	if !found {
		t.Errorf("sunli's sign-in is not on the simulated time line: %+v", entries)
	}
}
