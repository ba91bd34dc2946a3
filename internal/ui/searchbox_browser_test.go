package ui

import (
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/liaison-dev/liaison/internal/browsertest"
)

// TestBrowserSearchBoxHint: the top bar's search box shows its whole hint
// ("Search cases or a key", 搜索事项或编号) at 1280 px and on a phone; in
// English it had been cut to "Search cases or a k".
func TestBrowserSearchBoxHint(t *testing.T) {
	ctx := browsertest.Within(t, 2*time.Minute)
	e := tourEnv(t)
	if err := chromedp.Do(ctx, signInSteps(e.srv.URL, "wangfang")...); err != nil {
		t.Fatal(err)
	}
	measure := chromedp.Evaluate[[]float64](`(() => {
		const i = document.querySelector("form.search input"), cs = getComputedStyle(i);
		const c = document.createElement("canvas").getContext("2d");
		c.font = cs.font;
		return [c.measureText(i.placeholder).width, i.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight)];
	})()`)
	for _, lang := range []string{"zh", "en"} {
		if lang == "en" {
			if err := chromedp.Do(ctx, chromedp.Navigate(e.srv.URL+"/inbox"), chromedp.WaitVisible(chromedp.CSS(`form[action="/lang"] button`)),
				browsertest.Submit(chromedp.Click(chromedp.CSS(`form[action="/lang"] button`)))); err != nil {
				t.Fatal(err)
			}
		}
		for _, width := range []int64{browsertest.DesktopWidth, browsertest.PhoneWidth} {
			if err := chromedp.Do(ctx, chromedp.EmulateViewport(width, browsertest.DesktopHeight), chromedp.Navigate(e.srv.URL+"/inbox"), chromedp.WaitVisible(chromedp.CSS("form.search input"))); err != nil {
				t.Fatal(err)
			}
			got, err := chromedp.Run(ctx, measure)
			if err != nil {
				t.Fatal(err)
			}
			if got[0] > got[1]-8 { // room for the caret and the field's own edge
				t.Errorf("%s at %d px: the hint is %.0f px wide in a box of %.0f px", lang, width, got[0], got[1])
			}
		}
	}
}
