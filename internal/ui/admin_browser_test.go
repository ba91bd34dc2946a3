package ui

import (
	"context"
	"github.com/liaison-dev/liaison/internal/browsertest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/xuri/excelize/v2"

	"github.com/liaison-dev/liaison/internal/cases/casestest"
	"github.com/liaison-dev/liaison/internal/process"
)

// TestBrowserAdministration: an administrator adds a department, imports
// users from an XLSX file, disables a departed user and, from that user's
// open duties, reassigns their request in one click; the new contact sees
// it in 待办.
func TestBrowserAdministration(t *testing.T) {
	ctx := browsertest.New(t)
	e := newEnv(t, "2026-03-02 10:00")
	base := e.srv.URL
	// 陈杰 owes an answer to a request, and then leaves the company.
	v, err := e.cases.Open(context.Background(), casestest.Actor(t, e.db, "wangfang"), "internal-collab", process.Input{Fields: map[string]any{
		"title": "接口联调支持", "to_dept": "tech", "background": "为满足客户对接需求。", "contact": "chenjie",
		"tasks": []any{map[string]any{"item": "联调", "standard": "全部用例通过"}}, "expected_by": "2026-03-20",
	}})
	if err != nil {
		t.Fatal(err)
	}

	// The XLSX file to import: a new engineer with a password.
	book := excelize.NewFile()
	for i, row := range [][]any{{"login", "name", "dept", "email", "head", "admin", "password"}, {"lintao", "林涛", "tech", "lintao@x.example", "否", "否", "lintao-pass-1"}} {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := book.SetSheetRow("Sheet1", cell, &row); err != nil {
			t.Fatal(err)
		}
	}
	file := filepath.Join(t.TempDir(), "users.xlsx")
	if err := book.SaveAs(file); err != nil {
		t.Fatal(err)
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
	signIn := func(login, password string) []chromedp.Action[chromedp.Void] {
		return []chromedp.Action[chromedp.Void]{
			chromedp.Navigate(base + "/login"),
			chromedp.WaitVisible(chromedp.CSS("#login")),
			chromedp.SendKeys(chromedp.CSS("#login"), login),
			chromedp.SendKeys(chromedp.CSS("#password"), password),
			browsertest.Submit(chromedp.Click(chromedp.CSS("main button.primary"))),
			chromedp.WaitVisible(chromedp.CSS("#todo-h")),
		}
	}

	run("admin signs in", signIn("admin", "demo1234")...)
	run("add a department", chromedp.Navigate(base+"/admin"), chromedp.WaitVisible(chromedp.CSS("#add-dept")),
		chromedp.SendKeys(chromedp.CSS(`#add-dept input[name="id"]`), "qa"),
		chromedp.SendKeys(chromedp.CSS(`#add-dept input[name="name"]`), "质量部"),
		chromedp.SetValue(chromedp.CSS(`#add-dept select[name="parent"]`), "tech"),
		browsertest.Submit(chromedp.Click(chromedp.CSS(`#add-dept button`))),
		chromedp.WaitVisible(chromedp.CSS("p.alert.notice")))
	if d := text("#depts table"); !strings.Contains(d, "质量部") || !strings.Contains(d, "技术部") {
		t.Fatalf("departments: %s", d)
	}
	run("import users", chromedp.SetUploadFiles(chromedp.CSS(`#import-users input[type="file"]`), []string{file}),
		browsertest.Submit(chromedp.Click(chromedp.CSS(`#import-users button`))),
		chromedp.WaitVisible(chromedp.CSS("#import-result")))
	if r := text("#import-result"); !strings.Contains(r, "lintao") || !strings.Contains(r, "新建") {
		t.Fatalf("import result: %s", r)
	}
	run("disable 陈杰", chromedp.Navigate(base+"/admin/users/chenjie"), chromedp.WaitVisible(chromedp.CSS("#edit-user")),
		browsertest.Submit(chromedp.Click(chromedp.CSS(`#edit-user button[value="disable"]`))),
		chromedp.WaitVisible(chromedp.CSS("#duties")))
	if d := text("#duties"); !strings.Contains(d, v.Key) {
		t.Fatalf("duties: %s", d)
	}
	run("reassign to 林涛", chromedp.SetValue(chromedp.CSS(`#duties select[name="login"]`), "lintao"),
		browsertest.Submit(chromedp.Click(chromedp.CSS(`#duties button`))),
		chromedp.WaitVisible(chromedp.CSS("p.alert.notice")))
	if n := text("p.alert.notice"); !strings.Contains(n, "已改派") {
		t.Fatalf("notice: %s", n)
	}
	run("sign out", browsertest.Submit(chromedp.Click(chromedp.CSS(`form[action="/logout"] button`))), chromedp.WaitVisible(chromedp.CSS("#login")))
	run("林涛 signs in", signIn("lintao", "lintao-pass-1")...)
	if s := text("main table.list"); !strings.Contains(s, v.Key) {
		t.Fatalf("林涛's 待办 lacks %s: %s", v.Key, s)
	}
}
