package app_test

import (
	"context"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"

	"github.com/liaison-dev/liaison/internal/app"
	"github.com/liaison-dev/liaison/internal/archive"
	"github.com/liaison-dev/liaison/internal/browsertest"
	"github.com/liaison-dev/liaison/internal/cases/casestest"
	"github.com/liaison-dev/liaison/internal/demo"
	"github.com/liaison-dev/liaison/internal/process"
)

// TestBrowserSignAndArchive drives chromium through the end of a
// collaboration: chenjie signs on the case page, the archive link appears,
// the browser downloads the bundle, and the bundle verifies with the
// installation's key.
func TestBrowserSignAndArchive(t *testing.T) {
	bctx := browsertest.New(t)
	ctx := context.Background()
	a, err := app.New(ctx, app.Config{Addr: "127.0.0.1:0", DB: filepath.Join(t.TempDir(), "x.db"),
		PasswordParams: casestest.Cheap, Logger: slog.New(slog.NewTextHandler(io.Discard, nil)), Getenv: func(string) string { return "" }})
	if err != nil {
		t.Fatal(err)
	}
	if err := demo.Seed(ctx, a.DB(), time.Now(), casestest.Cheap); err != nil {
		t.Fatal(err)
	}
	if err := a.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = a.Shutdown(context.Background()) })
	// To the signing step through the service: the browser does the last signature.
	act := func(login string) process.Actor { return casestest.Actor(t, a.DB(), login) }
	v, err := a.Cases().Open(ctx, act("wangfang"), "internal-collab", process.Input{Fields: map[string]any{
		"title": "浏览器签字归档", "to_dept": "tech", "contact": "chenjie", "background": "为满足Q3客户引流需求,需开发功能模块。",
		"tasks": []any{map[string]any{"item": "需求分析", "standard": "输出《需求规格说明书》"}}, "expected_by": "2030-03-20"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range []struct {
		who, action string
		fields      map[string]any
	}{{"chenjie", "accept", map[string]any{"committed_by": "2030-03-13"}}, {"chenjie", "deliver", map[string]any{"summary": "完成", "deliverables": "《需求规格说明书》"}},
		{"wangfang", "accept_delivery", nil}, {"wangfang", "sign", nil}} {
		if _, err := a.Cases().Act(ctx, act(st.who), v.ID, st.action, process.Input{Fields: st.fields}); err != nil {
			t.Fatalf("%s: %v", st.action, err)
		}
	}

	downloads := t.TempDir()
	if _, err := chromedp.CallBrowser(bctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior: browser.SetDownloadBehaviorBehaviorAllow, DownloadPath: downloads}); err != nil {
		t.Fatal(err)
	}
	casePage := a.URL() + "/cases/" + strconv.FormatInt(v.ID, 10)
	err = chromedp.Do(bctx,
		chromedp.Navigate(a.URL()+"/login"), chromedp.WaitVisible(chromedp.CSS("#login")),
		chromedp.SendKeys(chromedp.CSS("#login"), "chenjie"), chromedp.SendKeys(chromedp.CSS("#password"), demo.Password),
		chromedp.Click(chromedp.CSS("main button.primary")), chromedp.WaitVisible(chromedp.CSS("#todo-h")),
		chromedp.Navigate(casePage), chromedp.WaitVisible(chromedp.CSS("#timeline")),
		chromedp.Click(chromedp.CSS(`details.action:has(form[action$="/actions/sign"]) summary`)), // open the action
		chromedp.Click(chromedp.CSS(`form[action$="/actions/sign"] input[name="confirm_sign"]`)),  // what is signed was checked
		browsertest.Submit(chromedp.Click(chromedp.CSS(`form[action$="/actions/sign"] button.primary`))),
		chromedp.WaitVisible(chromedp.CSS("#archive-link")),
		chromedp.Click(chromedp.CSS("#archive-link")))
	if err != nil {
		t.Fatalf("sign and download: %v", err)
	}
	var path string
	for deadline := time.Now().Add(30 * time.Second); path == "" && time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		if m, _ := filepath.Glob(filepath.Join(downloads, "*-archive.zip")); len(m) == 1 {
			path = m[0]
		}
	}
	if path == "" {
		t.Fatal("the archive bundle was not downloaded")
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	st, _ := f.Stat()
	fp, err := a.Records().EnsureKey(ctx)
	if err != nil {
		t.Fatal(err)
	}
	rep := archive.Verify(f, st.Size(), archive.Options{Key: fp})
	if !rep.OK() || rep.Signatures != 2 || !strings.HasPrefix(filepath.Base(path), v.Key) {
		t.Fatalf("downloaded bundle %s: %+v", path, rep)
	}
}
