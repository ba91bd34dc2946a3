package ui_test

import (
	"testing"

	"github.com/liaison-dev/liaison/internal/ui"
	"github.com/liaison-dev/liaison/internal/web"
)

// One sign-in must serve both the pages and the JSON API.
func TestSessionCookieIsTheAPIs(t *testing.T) {
	if ui.SessionCookie != web.SessionCookie {
		t.Fatalf("ui uses %q, web %q", ui.SessionCookie, web.SessionCookie)
	}
}
