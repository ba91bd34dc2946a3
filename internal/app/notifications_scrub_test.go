package app_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/liaison-dev/liaison/internal/demo"
)

// TestNotificationErrorsAreScrubbed: a delivery error stored before the
// dispatcher hid a URL's user and password (a webhook with basic auth)
// does not show them to the readers of the case, on the API or the page.
func TestNotificationErrorsAreScrubbed(t *testing.T) {
	ctx := context.Background()
	a := demoApp(t, nil, nil, false)
	if err := demo.SeedCases(ctx, a.DB(), a.Cases()); err != nil {
		t.Fatal(err)
	}
	if err := a.Start(ctx); err != nil {
		t.Fatal(err)
	}
	var id int64
	if err := a.DB().SQL().QueryRowContext(ctx, `SELECT MIN(case_id) FROM notifications WHERE case_id IN (SELECT case_id FROM case_access WHERE login = 'wangfang')`).Scan(&id); err != nil {
		t.Fatal(err)
	}
	if _, err := a.DB().SQL().ExecContext(ctx, `UPDATE notifications SET last_error = $1 WHERE case_id = $2`,
		"retryable: POST https://hookuser:leak-pw@hooks.example.com/x?…: no such host", id); err != nil {
		t.Fatal(err)
	}
	wang := signIn(t, a, "wangfang")
	var list []struct {
		LastError string `json:"last_error"`
	}
	if code := wang.json("GET", fmt.Sprintf("/api/v1/notifications?case_id=%d", id), nil, &list); code != 200 || len(list) == 0 {
		t.Fatalf("notifications: %d %d", code, len(list))
	}
	for _, n := range list {
		if strings.Contains(n.LastError, "leak-pw") || !strings.Contains(n.LastError, "https://***@hooks.example.com") {
			t.Fatalf("last_error: %q", n.LastError)
		}
	}
	if code, page := wang.page("GET", fmt.Sprintf("/cases/%d", id), nil); code != 200 || strings.Contains(page, "leak-pw") {
		t.Errorf("case page: %d, shows the password: %v", code, strings.Contains(page, "leak-pw"))
	}
}
