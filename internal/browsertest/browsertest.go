// Package browsertest starts Debian's chromium for the browser tests, or
// skips them when LIAISON_TEST_BROWSER is not 1.
package browsertest

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// New returns a chromedp context on a headless chromium (LIAISON_CHROMIUM,
// else /usr/bin/chromium) with its own profile, bounded to 90 seconds; it
// skips the test unless LIAISON_TEST_BROWSER=1 and fails it when chromium
// is missing. opts come after the defaults, so they can change them (a
// phone's chromedp.WindowSize, say).
func New(t *testing.T, opts ...chromedp.ExecAllocatorOption) context.Context {
	t.Helper()
	return Within(t, 90*time.Second, opts...)
}

// Within is New with another bound than 90 seconds: for a test that runs
// axe-core over many pages, which takes seconds a page on a busy machine.
func Within(t *testing.T, bound time.Duration, opts ...chromedp.ExecAllocatorOption) context.Context {
	t.Helper()
	if os.Getenv("LIAISON_TEST_BROWSER") != "1" {
		t.Skip("browser test skipped: set LIAISON_TEST_BROWSER=1 (needs /usr/bin/chromium)")
	}
	exe := "/usr/bin/chromium"
	if p := os.Getenv("LIAISON_CHROMIUM"); p != "" {
		exe = p
	}
	if _, err := os.Stat(exe); err != nil {
		t.Fatalf("no chromium at %s: apt-get install -y chromium", exe)
	}
	all := append([]chromedp.ExecAllocatorOption{
		chromedp.ExecPath(exe), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true), chromedp.NoFirstRun, chromedp.NoDefaultBrowserCheck,
		chromedp.WindowSize(1200, 900), chromedp.UserDataDir(t.TempDir()),
	}, opts...)
	actx, cancel := chromedp.NewExecAllocator(context.Background(), all...)
	t.Cleanup(cancel)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(cancel)
	ctx, cancel = context.WithTimeout(ctx, bound)
	t.Cleanup(cancel)
	return ctx
}
