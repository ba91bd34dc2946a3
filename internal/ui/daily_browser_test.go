package ui

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/liaison-dev/liaison/internal/browsertest"
)

// TestBrowserDailyWork measures what the issue asks of the pages people use
// every day: at 375 px the case's action bar starts within the first
// 812 px (and stays in view when scrolled); at 1280 px it stands beside
// the timeline; after a failed submit the focus is on the first field in
// error; opening a message takes the unread badge down by one.
func TestBrowserDailyWork(t *testing.T) {
	ctx := browsertest.Within(t, 4*time.Minute)
	e := tourEnv(t)
	base := e.srv.URL
	dir := t.TempDir()
	if os.Getenv("LIAISON_UPDATE_SCREENSHOTS") == "1" {
		dir = screenshots
	}
	shot := func(name string) chromedp.Action[chromedp.Void] {
		return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			b, err := chromedp.FullScreenshot(100)(ctx, tg)
			if err != nil {
				return err
			}
			return os.WriteFile(filepath.Join(dir, name), b, 0o644)
		})
	}
	run := func(what string, steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, steps...); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	num := func(expr string) float64 {
		t.Helper()
		v, err := chromedp.Run(ctx, chromedp.Evaluate[float64](expr))
		if err != nil {
			t.Fatalf("%s: %v", expr, err)
		}
		return v
	}

	// 李娜 must accept 何平's delivery (case 3).
	run("lina signs in", signInSteps(base, "lina")...)
	run("phone case page", chromedp.EmulateViewport(browsertest.PhoneWidth, browsertest.PhoneHeight),
		chromedp.Navigate(base+"/cases/3"), chromedp.WaitVisible(chromedp.CSS("section.actions")), shot("case-phone.png"))
	if top := num(`document.querySelector("section.actions").getBoundingClientRect().top + window.scrollY`); top >= 812 {
		t.Errorf("at 375 px the action bar starts at %.0f px, want within the first 812", top)
	}
	if d, f := num(`document.getElementById("deciding").getBoundingClientRect().top`), num(`document.querySelector('form[action$="/actions/accept_delivery"]').getBoundingClientRect().top`); d >= f {
		t.Errorf("the delivery (at %.0f) is not above its acceptance (at %.0f)", d, f)
	}
	// Scrolled down to the timeline, the bar is still on screen.
	run("scroll", chromedp.Evaluate[chromedp.Void](`document.getElementById("timeline").scrollIntoView()`))
	if top := num(`document.querySelector("section.actions").getBoundingClientRect().top`); top < -1 || top > 10 {
		t.Errorf("scrolled on a phone, the action bar is at %.0f px from the top of the screen, want 0", top)
	}
	run("desktop case page", chromedp.EmulateViewport(browsertest.DesktopWidth, browsertest.DesktopHeight),
		chromedp.Navigate(base+"/cases/3"), chromedp.WaitVisible(chromedp.CSS("section.actions")), shot("case-actions.png"))
	if a, tl := num(`document.querySelector("section.actions").getBoundingClientRect().left`), num(`document.getElementById("timeline").getBoundingClientRect().right`); a < tl {
		t.Errorf("at 1280 px the actions (left %.0f) are not beside the timeline (right %.0f)", a, tl)
	}

	// A failed submit: the focus is on the first field in error.
	run("empty form", chromedp.Navigate(base+"/new/internal-collab"), chromedp.WaitVisible(chromedp.CSS("#f-title")),
		chromedp.Click(chromedp.CSS("main button.primary")), chromedp.WaitVisible(chromedp.CSS(`[aria-invalid="true"]`)))
	same, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.activeElement === document.querySelector('main [aria-invalid="true"]')`))
	if err != nil || !same {
		id, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.activeElement.id || document.activeElement.tagName`))
		t.Errorf("after a failed submit the focus is on %q, want the first invalid field (%v)", id, err)
	}
	// Fixing the field clears its error at once.
	run("fix the title", chromedp.SendKeys(chromedp.CSS("#f-title"), "展会物料"))
	if n := num(`document.querySelectorAll("#f-title[aria-invalid], #f-title-err").length`); n != 0 {
		t.Errorf("the title's error is still shown after it was typed")
	}

	// The unread badge drops by one when a message is opened.
	before := num(`+(document.getElementById("unread-badge") || {dataset: {unread: 0}}).dataset.unread`)
	if before < 1 {
		t.Fatalf("lina has no unread message")
	}
	run("open a message", chromedp.Navigate(base+"/inbox"), chromedp.WaitVisible(chromedp.CSS("#todo-h")),
		chromedp.Click(chromedp.CSS("li.unread a[data-message]")), chromedp.WaitVisible(chromedp.CSS("#timeline")))
	after := num(`+(document.getElementById("unread-badge") || {dataset: {unread: 0}}).dataset.unread`)
	if after != before-1 {
		t.Errorf("the unread badge went from %.0f to %.0f, want %.0f", before, after, before-1)
	}
}
