package ui

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/liaison-dev/liaison/internal/browsertest"
)

// TestBrowserTour opens every page of the tour in chromium at 1280 px and
// at 375 px: axe-core finds no violation on any of them, and none is wider
// than the phone's 375 px.
func TestBrowserTour(t *testing.T) {
	if os.Getenv("LIAISON_TEST_BROWSER") != "1" {
		t.Skip("browser test skipped: set LIAISON_TEST_BROWSER=1")
	}
	e := tourEnv(t)
	base := e.srv.URL
	// One browser for each visitor, each within browsertest's time bound.
	var order []string
	byLogin := map[string][]stop{}
	for _, s := range tour() {
		if s.post != nil {
			continue // a failed submit is tried in the forms test, with its focus
		}
		if _, ok := byLogin[s.login]; !ok {
			order = append(order, s.login)
		}
		byLogin[s.login] = append(byLogin[s.login], s)
	}
	for _, login := range order {
		t.Run("as "+login, func(t *testing.T) {
			ctx := browsertest.Within(t, 5*time.Minute)
			if login != "" {
				if err := chromedp.Do(ctx, signInSteps(base, login)...); err != nil {
					t.Fatalf("sign in as %q: %v", login, err)
				}
			}
			for _, s := range byLogin[login] {
				for _, w := range []struct{ width, height int64 }{{browsertest.DesktopWidth, browsertest.DesktopHeight}, {browsertest.PhoneWidth, browsertest.PhoneHeight}} {
					checkPage(t, ctx, base, s.path, w.width, w.height)
				}
			}
		})
	}
}

// signInSteps sign in through the form, as a person would.
func signInSteps(base, login string) []chromedp.Action[chromedp.Void] {
	return []chromedp.Action[chromedp.Void]{chromedp.Navigate(base + "/login"), chromedp.WaitVisible(chromedp.CSS("#login")),
		chromedp.SendKeys(chromedp.CSS("#login"), login), chromedp.SendKeys(chromedp.CSS("#password"), "demo1234"),
		chromedp.Click(chromedp.CSS("main button.primary")), chromedp.WaitVisible(chromedp.CSS("#todo-h"))}
}

// checkPage loads path at the given window size and fails the test for
// every axe violation and, on a phone, for a page wider than the phone.
func checkPage(t *testing.T, ctx context.Context, base, path string, width, height int64) {
	t.Helper()
	where := fmt.Sprintf("%s at %d px", path, width)
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(width, height), chromedp.Navigate(base+path), chromedp.WaitReady(chromedp.CSS("main"))); err != nil {
		t.Fatalf("%s: %v", where, err)
	}
	vs, err := chromedp.Run(ctx, browsertest.Axe())
	if err != nil {
		t.Fatalf("%s: axe: %v", where, err)
	}
	for _, v := range vs {
		t.Errorf("%s: %s", where, v)
	}
	if width != browsertest.PhoneWidth {
		return
	}
	sw, err := chromedp.Run(ctx, browsertest.ScrollWidth())
	if err != nil {
		t.Fatal(err)
	}
	if sw > browsertest.PhoneWidth {
		wide, _ := chromedp.Run(ctx, browsertest.WidestElements(browsertest.PhoneWidth))
		t.Errorf("%s: the page is %d px wide (%s)", where, sw, strings.Join(wide, "; "))
	}
}
