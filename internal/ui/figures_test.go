package ui

import (
	"context"
	"github.com/liaison-dev/liaison/internal/browsertest"
	"net/http"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/liaison-dev/liaison/internal/cases/casestest"
	"github.com/liaison-dev/liaison/internal/process"
)

// figuresEnv: two requests to chenjie (技术部) opened on Tuesday 1
// December, overdue by Monday 7 December.
func figuresEnv(t *testing.T) (*env, []string) {
	e := newEnv(t, "2026-12-01 10:00")
	var keys []string
	for _, title := range []string{"甲需求", "乙需求"} {
		f := map[string]any{"title": title, "to_dept": "tech", "background": "背景说明。", "expected_by": "2026-12-31", "contact": "chenjie",
			"tasks": []any{map[string]any{"item": "需求分析", "standard": "含流程图"}}}
		v, err := e.cases.Open(context.Background(), casestest.Actor(t, e.db, "wangfang"), "internal-collab", process.Input{Fields: f})
		if err != nil {
			t.Fatal(err)
		}
		keys = append(keys, v.Key)
	}
	e.setClock("2026-12-07 10:00")
	return e, keys
}

func TestFiguresPage(t *testing.T) {
	e, keys := figuresEnv(t)
	b := e.browser().signIn("zhaolei")
	b.want(http.StatusOK, `href="/figures"`)
	b.get("/figures?from=2026-12-01&to=2026-12-07")
	b.want(http.StatusOK, "<svg", "技术部", "跨部门协作请求", `href="/cases?acts=true&amp;dept=tech&amp;due=overdue&amp;process=internal-collab"`, "2个工作日")
	b.lacks("2 workdays")
	b.get("/cases?acts=true&dept=tech&due=overdue&process=internal-collab")
	b.want(http.StatusOK, keys...)
	b.get("/figures?dept=market")
	b.want(http.StatusForbidden)
	m := e.browser().signIn("chenjie")
	m.lacks(`href="/figures"`)
	m.get("/figures")
	m.want(http.StatusForbidden)
}

// TestBrowserFigures: a head opens the figures page, clicks the overdue
// count and lands on the filtered list of those cases.
func TestBrowserFigures(t *testing.T) {
	ctx := browsertest.New(t, chromedp.WindowSize(390, 844))
	e, keys := figuresEnv(t)
	err := chromedp.Do(ctx,
		chromedp.Navigate(e.srv.URL+"/login"),
		chromedp.WaitVisible(chromedp.CSS("#login")),
		chromedp.SendKeys(chromedp.CSS("#login"), "zhaolei"),
		chromedp.SendKeys(chromedp.CSS("#password"), "demo1234"),
		chromedp.Click(chromedp.CSS("main button.primary")),
		chromedp.WaitVisible(chromedp.CSS("#todo-h")),
		chromedp.Click(chromedp.CSS(`header nav a[href="/figures"]`)),
		chromedp.WaitVisible(chromedp.CSS("svg.chart")),
		chromedp.Click(chromedp.CSS("a.overdue-count.late")),
		chromedp.WaitVisible(chromedp.CSS("main table.list")),
	)
	if err != nil {
		t.Fatal(err)
	}
	loc, err := chromedp.Run(ctx, chromedp.Location())
	if err != nil || !strings.Contains(loc, "due=overdue") || !strings.Contains(loc, "dept=tech") {
		t.Fatalf("landed on %s: %v", loc, err)
	}
	list, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("main table.list")))
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range keys {
		if !strings.Contains(list, k) {
			t.Errorf("the overdue list lacks %s: %s", k, list)
		}
	}
}

// TestFiguresPeriodInWords: the period heading writes its dates as the
// manual does (2026年12月1日（周二）), not as 2026-12-01.
func TestFiguresPeriodInWords(t *testing.T) {
	e, _ := figuresEnv(t)
	b := e.browser().signIn("zhaolei")
	b.get("/figures?from=2026-12-01&to=2026-12-07")
	b.want(http.StatusOK, "2026年12月1日（周二）至2026年12月7日（周一）")
	b.lacks(">2026-12-01 至 2026-12-07<")
	b.want(http.StatusOK, "2026年11月30日（周一）当周：到期 2")
}

// TestFiguresWithoutOpenSteps: with no open step anywhere, the workload
// section says so, where it had been a heading over nothing.
func TestFiguresWithoutOpenSteps(t *testing.T) {
	e := newEnv(t, "2026-12-01 10:00")
	b := e.browser().signIn("zhaolei")
	b.get("/figures")
	b.want(http.StatusOK, `id="load-h"`, "目前没有人有待办的环节。")
	e, _ = figuresEnv(t)
	b = e.browser().signIn("zhaolei")
	b.get("/figures")
	b.want(http.StatusOK, `id="load-h"`)
	b.lacks("目前没有人有待办的环节。")
}

// TestFiguresPageSaysDeadlinesInItsLanguage: each step's deadline is said
// in the page's language — 2个工作日 / 2 working days, and a delivery due
// by the committed date as that field's label, never the definition's
// words ("2 workdays", "committed_by").
func TestFiguresPageSaysDeadlinesInItsLanguage(t *testing.T) {
	e := newEnv(t, "2026-12-01 10:00")
	f := map[string]any{"title": "甲需求", "to_dept": "tech", "background": "背景说明。", "expected_by": "2026-12-31", "contact": "chenjie",
		"tasks": []any{map[string]any{"item": "需求分析", "standard": "含流程图"}}}
	v, err := e.cases.Open(context.Background(), casestest.Actor(t, e.db, "wangfang"), "internal-collab", process.Input{Fields: f})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.cases.Act(context.Background(), casestest.Actor(t, e.db, "chenjie"), v.ID, "accept", process.Input{Fields: map[string]any{"committed_by": "2026-12-04"}}); err != nil {
		t.Fatal(err)
	}
	e.setClock("2026-12-07 10:00")
	b := e.browser().signIn("zhaolei")
	b.get("/figures?from=2026-12-01&to=2026-12-07")
	b.want(http.StatusOK, "2个工作日", "至字段 可完成时间 所填日期")
	b.lacks("2 workdays", "committed_by")
	b.setLang("en")
	b.get("/figures?from=2026-12-01&to=2026-12-07")
	b.want(http.StatusOK, "2 working days", "the date in field Committed by")
	b.lacks("2 workdays", "committed_by")
}
