package ui

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/liaison-dev/liaison/internal/admin"
	"github.com/liaison-dev/liaison/internal/auth"
	"github.com/liaison-dev/liaison/internal/cases/casestest"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/records"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// TestVerifyDBPageGoesOn: when a check of every case runs out of its time,
// the records page says how far it got and offers to go on from there;
// going on until it stops offering checks every case and says they hold.
// A forged starting point is refused.
func TestVerifyDBPageGoesOn(t *testing.T) {
	e := verifyEnv(t, records.Config{VerifyPage: 1, VerifyBudget: time.Nanosecond}, "第一件", "第二件", "第三件")
	db := e.db
	b := e.browser().signIn("admin")
	hidden := regexp.MustCompile(`<input type="hidden" name="(after|events|signatures|attachments|problems)" value="(\d+)">`)
	// check runs the passes, pressing 继续检查 until it is gone.
	check := func() (passes int) {
		b.get("/admin/records").want(http.StatusOK)
		b.post("/admin/records", url.Values{"csrf": {b.csrf()}})
		for passes = 1; passes < 10; passes++ {
			b.want(http.StatusOK)
			ms := hidden.FindAllStringSubmatch(b.body, -1)
			if ms == nil {
				return passes
			}
			b.want(http.StatusOK, `id="verify-partial"`, "尚未查完全部事项", `id="verify-more"`)
			b.lacks("校验通过") // not "every hash holds" before every case is checked
			form := url.Values{"csrf": {b.csrf()}}
			for _, m := range ms {
				form.Set(m[1], m[2])
			}
			b.post("/admin/records", form)
		}
		t.Fatal("the check does not end")
		return 0
	}
	if passes := check(); passes != 3 {
		t.Errorf("%d passes for 3 cases, one a pass; want 3", passes)
	}
	// The verdict counts every pass's events, not the last one's.
	b.want(http.StatusOK, `id="verify-result"`, "校验通过：3 条事件")
	b.lacks(`id="verify-more"`)
	// A problem found by the first pass is still the verdict after the last.
	if _, err := db.SQL().ExecContext(context.Background(), `UPDATE case_events SET body = REPLACE(body, '第一件', '第一桩') WHERE case_id = 1`); err != nil {
		t.Fatal(err)
	}
	check()
	b.want(http.StatusOK, `id="verify-earlier"`, "共发现 1 处问题")
	b.lacks(`id="verify-result"`, "校验通过")
	b.post("/admin/records", url.Values{"csrf": {b.csrf()}, "after": {"abc"}})
	if b.status != http.StatusUnprocessableEntity {
		t.Errorf("after=abc: %d, want 422", b.status)
	}
	b.lacks(`id="verify-result"`)
}

// TestVerifyDBPageCountsUnlisted: when a check finds more problems than it
// lists, the page's verdict counts every one found and says how many are
// not listed; the running total carried to the next pass counts them too.
func TestVerifyDBPageCountsUnlisted(t *testing.T) {
	e := verifyEnv(t, records.Config{VerifyPage: 3, VerifyList: 1, VerifyBudget: time.Nanosecond}, "第一件", "第二件", "第三件", "第四件")
	// Every case's opening edited behind the application's back.
	if _, err := e.db.SQL().ExecContext(context.Background(), `UPDATE case_events SET body = REPLACE(body, '分批校验', '分批核对')`); err != nil {
		t.Fatal(err)
	}
	b := e.browser().signIn("admin")
	b.get("/admin/records").want(http.StatusOK)
	b.post("/admin/records", url.Values{"csrf": {b.csrf()}})
	// The first pass: three cases, three problems, one listed.
	b.want(http.StatusOK, `id="verify-result"`, "校验失败：发现 3 处问题", `id="verify-unlisted"`, "另有 2 处问题未列出",
		`<input type="hidden" name="problems" value="3">`, `id="verify-more"`)
	if n := strings.Count(b.body, "<li><strong>"); n != 1 {
		t.Errorf("%d problems listed, want 1", n)
	}
	form := url.Values{"csrf": {b.csrf()}}
	for _, m := range regexp.MustCompile(`<input type="hidden" name="(after|events|signatures|attachments|problems)" value="(\d+)">`).FindAllStringSubmatch(b.body, -1) {
		form.Set(m[1], m[2])
	}
	b.post("/admin/records", form)
	// The last pass: the fourth case; the verdict counts all four.
	b.want(http.StatusOK, `id="verify-earlier"`, "共发现 4 处问题", "校验失败：发现 1 处问题")
	b.lacks(`id="verify-unlisted"`, `id="verify-more"`)
}

// verifyEnv serves the pages with a records service of cfg (its database
// and cases filled in) over requests opened with the given titles.
func verifyEnv(t *testing.T, cfg records.Config, titles ...string) *env {
	t.Helper()
	db := storetest.SQLite(t)
	svc := casestest.New(t, db, at("2026-12-01 10:00"), nil)
	a := auth.New(db, auth.Options{Params: cheap})
	adm := admin.New(admin.Config{DB: db, Auth: a, Now: svc.Now, CalendarChanged: svc.ReloadCalendar})
	cfg.DB, cfg.Cases = db, svc
	srv := httptest.NewServer(New(Deps{Auth: a, Cases: svc, Admin: adm, Records: records.New(cfg)}))
	t.Cleanup(srv.Close)
	for _, title := range titles {
		f := map[string]any{"title": title, "to_dept": "tech", "background": "分批校验",
			"tasks": []any{map[string]any{"item": "需求分析", "standard": "说明书"}}, "expected_by": "2026-12-31"}
		if _, err := svc.Open(context.Background(), casestest.Actor(t, db, "wangfang"), "internal-collab", process.Input{Fields: f}); err != nil {
			t.Fatal(err)
		}
	}
	return &env{t: t, db: db, cases: svc, srv: srv}
}
