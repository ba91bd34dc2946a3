package ui

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/liaison-dev/liaison/internal/browsertest"
)

// screenshots is where the browser test keeps the pictures of the main
// pages when LIAISON_UPDATE_SCREENSHOTS=1; otherwise it takes them into a
// temporary folder, so that a test run leaves the work tree as it was.
const screenshots = "../../docs/screenshots"

// TestBrowserCollab drives Debian's chromium through the manual's first
// process: wangfang raises a request, the checker flags 尽快, she fixes it;
// chenjie finds it in 待办 and accepts; the timeline shows both.
func TestBrowserCollab(t *testing.T) {
	ctx := browsertest.New(t)
	e := newEnv(t, "2026-03-02 10:00")
	base := e.srv.URL

	dir := t.TempDir()
	if os.Getenv("LIAISON_UPDATE_SCREENSHOTS") == "1" {
		dir = screenshots
	}
	shot := func(name string) chromedp.Action[chromedp.Void] {
		return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			b, err := chromedp.FullScreenshot(100)(ctx, tg) // 100: PNG; below, JPEG
			if err != nil {
				return err
			}
			return os.WriteFile(filepath.Join(dir, name), b, 0o644)
		})
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	signIn := func(login string, pic string) []chromedp.Action[chromedp.Void] {
		steps := []chromedp.Action[chromedp.Void]{
			chromedp.Navigate(base + "/login"),
			chromedp.WaitVisible(chromedp.CSS("#login")),
			chromedp.SendKeys(chromedp.CSS("#login"), login),
			chromedp.SendKeys(chromedp.CSS("#password"), "demo1234"),
		}
		if pic != "" {
			steps = append(steps, shot(pic))
		}
		return append(steps, chromedp.Click(chromedp.CSS("main button.primary")), chromedp.WaitVisible(chromedp.CSS("#todo-h")))
	}
	run := func(what string, steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, steps...); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	text := func(sel string) string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(sel)))
		if err != nil {
			t.Fatalf("text of %s: %v", sel, err)
		}
		return s
	}

	run("wangfang signs in", signIn("wangfang", "login.png")...)
	run("the form", chromedp.Navigate(base+"/new/internal-collab"), chromedp.WaitVisible(chromedp.CSS("#f-title")),
		chromedp.SendKeys(chromedp.CSS("#f-title"), "产品V2.0版本开发需求支持"),
		chromedp.SetValue(chromedp.CSS("#f-to_dept"), "tech"),
		chromedp.SendKeys(chromedp.CSS("#f-background"), "为满足Q3客户引流需求,请尽快处理。"),
		chromedp.SendKeys(chromedp.CSS("#f-tasks-0-item"), "请技术部陈杰负责需求分析,2026年3月13日前输出《需求规格说明书》"),
		chromedp.SendKeys(chromedp.CSS("#f-tasks-0-standard"), "含用户故事、功能流程图"),
		chromedp.SetValue(chromedp.CSS("#f-expected_by"), "2026-03-20"),
		chromedp.SetValue(chromedp.CSS("#f-contact"), "chenjie"),
		chromedp.Click(chromedp.CSS("main button.primary")),
		chromedp.WaitVisible(chromedp.CSS("ul.findings q")),
		shot("new-form.png"))
	if q := text("ul.findings q"); !strings.Contains(q, "尽快") {
		t.Fatalf("the checker flagged %q, want 尽快", q)
	}
	run("fix and submit", chromedp.Clear(chromedp.CSS("#f-background")),
		chromedp.SendKeys(chromedp.CSS("#f-background"), "为满足Q3客户引流需求,需开发功能模块。"),
		chromedp.Click(chromedp.CSS("main button.primary")),
		chromedp.WaitVisible(chromedp.CSS("#timeline")))
	loc, err := chromedp.Run(ctx, chromedp.Location())
	if err != nil || !strings.Contains(loc, "/cases/") {
		t.Fatalf("after submit at %s: %v", loc, err)
	}
	run("sign out", chromedp.Click(chromedp.CSS(`form[action="/logout"] button`)), chromedp.WaitVisible(chromedp.CSS("#login")))

	run("chenjie signs in", signIn("chenjie", "")...)
	if s := text("main table.list"); !strings.Contains(s, "XZ-2026-0001") || !strings.Contains(s, "剩余") {
		t.Fatalf("待办 lacks the case: %s", s)
	}
	run("inbox picture", shot("inbox.png"))
	run("phone inbox", chromedp.EmulateViewport(375, 740), chromedp.Reload(), chromedp.WaitVisible(chromedp.CSS("#todo-h")), shot("inbox-phone.png"), chromedp.EmulateViewport(1200, 900))
	run("accept", chromedp.Click(chromedp.CSS("main table.list a")), chromedp.WaitVisible(chromedp.CSS("#timeline")),
		chromedp.Click(chromedp.CSS(`details.action summary`)),
		chromedp.SetValue(chromedp.CSS(`form[action$="/actions/accept"] input[name="committed_by"]`), "2026-03-13"),
		chromedp.Click(chromedp.CSS(`form[action$="/actions/accept"] button.primary`)),
		// Accepted, the case no longer offers accept: the new page is in.
		chromedp.WaitNotPresent(chromedp.CSS(`form[action$="/actions/accept"]`)),
		chromedp.WaitVisible(chromedp.CSS("#timeline")))
	tl := text("#timeline")
	if !strings.Contains(tl, "王芳") || !strings.Contains(tl, "发起") || !strings.Contains(tl, "陈杰") || !strings.Contains(tl, "承接") {
		t.Fatalf("timeline: %s", tl)
	}
	run("case picture", shot("case.png"))
}
