package app_test

import (
	"context"
	"fmt"
	"github.com/liaison-dev/liaison/internal/browsertest"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestBrowserCopyLink drives chromium on the case page with email off: the
// warning is on top, the copy button copies the customer's link, the
// copied link opens the customer's page, and the QR code beside it decodes
// (in Go) to the very same link.
func TestBrowserCopyLink(t *testing.T) {
	ctx := browsertest.New(t)
	a, id := customerCase(t)
	if _, err := a.DeliverNow(context.Background()); err != nil {
		t.Fatal(err)
	}

	base := a.URL()
	if err := chromedp.Do(ctx,
		chromedp.Navigate(base+"/login"), chromedp.WaitVisible(chromedp.CSS("#login")),
		chromedp.SendKeys(chromedp.CSS("#login"), "zhoumin"), chromedp.SendKeys(chromedp.CSS("#password"), "demo1234"),
		chromedp.Click(chromedp.CSS("main button.primary")), chromedp.WaitVisible(chromedp.CSS("#todo-h")),
		chromedp.Navigate(fmt.Sprintf("%s/cases/%d", base, id)), chromedp.WaitVisible(chromedp.CSS("#links")),
	); err != nil {
		t.Fatalf("sign in and open the case: %v", err)
	}
	warning, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("[data-delivery-warning]")))
	if err != nil || !strings.Contains(warning, "未能送达") || !strings.Contains(warning, "未配置邮件服务器") {
		t.Fatalf("the warning on top: %q %v", warning, err)
	}
	// The clipboard is the browser's; record what the page hands it.
	if err := chromedp.Do(ctx,
		chromedp.Evaluate[chromedp.Void](`window.__copied = ""; navigator.clipboard.writeText = function (t) { window.__copied = t; return Promise.resolve(); };`),
		chromedp.Click(chromedp.CSS("button[data-copy]")),
	); err != nil {
		t.Fatal(err)
	}
	copied, err := chromedp.Run(ctx, chromedp.Evaluate[string](`window.__copied || (window.getSelection && String(window.getSelection())) || ""`))
	if err != nil || !strings.HasPrefix(copied, base+"/p/") {
		t.Fatalf("copied %q: %v", copied, err)
	}
	label, _ := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("button[data-copy]")))
	if label != "已复制" {
		t.Errorf("the copy button says %q after copying", label)
	}
	src, err := chromedp.Run(ctx, chromedp.AttributeValue(chromedp.CSS("img[data-portal-qr]"), "src"))
	if err != nil {
		t.Fatal(err)
	}
	if got := decodeQR(t, `<img src="`+src.Value+`" data-portal-qr>`); got != copied {
		t.Errorf("the QR code reads %q, the copied link is %q", got, copied)
	}
	key, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("p.key")))
	if err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(copied), chromedp.WaitVisible(chromedp.CSS("body"))); err != nil {
		t.Fatal(err)
	}
	body, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("body")))
	caseKey := strings.Fields(key)[0]
	if err != nil || !strings.Contains(body, caseKey) {
		t.Fatalf("the copied link opens a page without %s: %q %v", caseKey, body, err)
	}
}
