package ui

import (
	"context"
	"html"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/liaison-dev/liaison/internal/browsertest"
	"github.com/liaison-dev/liaison/internal/store"
)

// TestBrowserAttachmentOnAPhone: a file's SHA-256 in the timeline (64
// characters without a break) wraps instead of making the case page
// 705 px wide on a phone, as it did.
func TestBrowserAttachmentOnAPhone(t *testing.T) {
	ctx := browsertest.Within(t, 2*time.Minute)
	e := tourEnv(t)
	chen := e.browser().signIn("chenjie")
	chen.get("/cases/1")
	m := uploadRE.FindStringSubmatch(chen.body)
	if m == nil {
		t.Fatal("no upload form on case 1")
	}
	chen.upload(html.UnescapeString(m[1]), "", "需求规格说明书.txt", strings.Repeat("需求规格说明书 v1\n", 3))
	if chen.status != http.StatusSeeOther {
		t.Fatalf("upload: %d", chen.status)
	}
	if err := chromedp.Do(ctx, signInSteps(e.srv.URL, "chenjie")...); err != nil {
		t.Fatal(err)
	}
	checkPage(t, ctx, e.srv.URL, "/cases/1", browsertest.PhoneWidth, browsertest.PhoneHeight)
}

// TestBrowserNoticesStayReadable: a robot's delivery error (a long URL)
// in the case's notices wraps in its own column; at 1280 px the kind,
// recipient and channel each stay on one line, where they had been
// squeezed to one character a line (抄/送, 市/场/部/群).
func TestBrowserNoticesStayReadable(t *testing.T) {
	ctx := browsertest.Within(t, 2*time.Minute)
	e := tourEnv(t)
	bg := context.Background()
	now, err := e.cases.Now(bg)
	if err != nil {
		t.Fatal(err)
	}
	n := store.Notification{CaseID: 1, EventSeq: 1, Kind: "cc", Recipient: "市场部群", Channel: "dingtalk", Status: "pending", NextAt: now}
	if _, err := store.In(e.db.SQL()).InsertNotification(bg, n, now); err != nil {
		t.Fatal(err)
	}
	long := "retryable: POST https://oapi.dingtalk.com/robot/send?access_token=0123456789abcdef0123456789abcdef: dial tcp: lookup oapi.dingtalk.com: no such host"
	if _, err := e.db.SQL().ExecContext(bg, `UPDATE notifications SET last_error = $1, attempts = 1 WHERE channel = 'dingtalk'`, long); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, signInSteps(e.srv.URL, "chenjie")...); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(browsertest.DesktopWidth, browsertest.DesktopHeight),
		chromedp.Navigate(e.srv.URL+"/cases/1"), chromedp.WaitVisible(chromedp.CSS(`section[aria-labelledby="notices-h"] table`))); err != nil {
		t.Fatal(err)
	}
	// Lines per cell: the client rectangles of its text.
	lines, err := chromedp.Run(ctx, chromedp.Evaluate[[]float64](`[...document.querySelectorAll('section[aria-labelledby="notices-h"] tbody tr')].flatMap(tr =>
		[...tr.cells].slice(1, 4).map(td => { const r = document.createRange(); r.selectNodeContents(td); return new Set([...r.getClientRects()].map(x => Math.round(x.top))).size; }))`))
	if err != nil {
		t.Fatal(err)
	}
	for i, l := range lines {
		if l > 1 {
			t.Errorf("notice cell %d (kind, recipient or channel) spans %.0f lines at 1280 px", i, l)
		}
	}
	checkPage(t, ctx, e.srv.URL, "/cases/1", browsertest.PhoneWidth, browsertest.PhoneHeight)
}
