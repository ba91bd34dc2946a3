package ui

import (
	"html"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/liaison-dev/liaison/internal/browsertest"
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
