package ui

import (
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/liaison-dev/liaison/internal/browsertest"
)

// TestBrowserAnchorBelowActionsBar: on a phone the case's actions stay at
// the top of the screen; the part of the page a link leads to (#timeline
// after an action, #attachments-h after an upload) starts below that bar,
// where it had started under it, out of sight.
func TestBrowserAnchorBelowActionsBar(t *testing.T) {
	ctx := browsertest.Within(t, 2*time.Minute)
	e := tourEnv(t)
	if err := chromedp.Do(ctx, signInSteps(e.srv.URL, "chenjie")...); err != nil {
		t.Fatal(err)
	}
	for _, anchor := range []string{"timeline", "attachments-h"} {
		if err := chromedp.Do(ctx, chromedp.EmulateViewport(browsertest.PhoneWidth, browsertest.PhoneHeight),
			chromedp.Navigate(e.srv.URL+"/cases/1?done=comment#"+anchor), chromedp.WaitVisible(chromedp.CSS("#"+anchor)), chromedp.Sleep(300*time.Millisecond)); err != nil {
			t.Fatal(err)
		}
		got, err := chromedp.Run(ctx, chromedp.Evaluate[[]float64](`(() => {
			const bar = document.querySelector(".sheet.has-actions > .actions");
			if (!bar) { return []; }
			return [bar.getBoundingClientRect().bottom, document.getElementById(`+"`"+anchor+"`"+`).getBoundingClientRect().top, window.scrollY];
		})()`))
		if err != nil {
			t.Fatal(err)
		}
		if len(got) == 0 {
			t.Fatal("case 1 shows chenjie no actions bar")
		}
		if got[2] == 0 {
			t.Errorf("#%s: the page did not move to it", anchor)
		}
		if got[1] < got[0]-1 {
			t.Errorf("#%s starts at %.0f px, under the actions bar that ends at %.0f px", anchor, got[1], got[0])
		}
	}
}
