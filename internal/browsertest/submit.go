package browsertest

import (
	"context"
	"time"

	"github.com/chromedp/chromedp"
)

// Submit runs click (a button that submits a form, a link) and returns once
// the page it leads to has loaded: the old document is marked first, so a
// wait for an element that both pages have cannot match the old one, and
// the next step cannot act on a node of a page that is going away.
func Submit(click chromedp.Action[chromedp.Void]) chromedp.Action[chromedp.Void] {
	return func(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
		var none chromedp.Void
		if _, err := chromedp.Evaluate[chromedp.Void](`window.__liaisonOld = true`)(ctx, t); err != nil {
			return none, err
		}
		if _, err := click(ctx, t); err != nil {
			return none, err
		}
		for {
			// Errors are expected while the old document goes away.
			fresh, err := chromedp.Evaluate[bool](`window.__liaisonOld !== true && document.readyState === "complete"`)(ctx, t)
			if err == nil && fresh {
				return none, nil
			}
			select {
			case <-ctx.Done():
				return none, ctx.Err()
			case <-time.After(50 * time.Millisecond):
			}
		}
	}
}
