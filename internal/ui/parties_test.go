package ui

import (
	"context"
	"net/url"
	"strconv"
	"testing"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/process"
)

func TestPartyPages(t *testing.T) {
	e := newEnv(t, "2026-12-01 10:00")
	org, err := cases.LoadOrg(context.Background(), e.db.SQL())
	if err != nil {
		t.Fatal(err)
	}
	v, err := e.cases.Open(context.Background(), org.Actor("zhoumin"), "customer-requirement", process.Input{Fields: map[string]any{
		"customer": "huaxin", "contact": map[string]any{"name": "张伟", "email": "zhangwei@huaxin.example"},
		"background": "升级客服系统。", "requirements": []any{map[string]any{"item": "工单系统", "detail": "支持邮件渠道"}},
		"expected_by": "2027-03-31", "source": "meeting"}})
	if err != nil {
		t.Fatal(err)
	}
	z := e.browser().signIn("zhoumin")
	z.get("/parties")
	z.want(200, "华信科技", "东方电子", "张伟")
	z.get("/parties/huaxin")
	z.want(200, "华信科技", "zhangwei@huaxin.example", "往来事项", v.Key)
	w := e.browser().signIn("wangfang")
	w.get("/parties/huaxin")
	w.want(200, "华信科技")
	w.lacks(v.Key)
	// A complaint confirmed solved with a score: the party's page shows it, to those who see the case.
	ctx := context.Background()
	zhou := org.Actor("zhoumin")
	c, err := e.cases.Open(ctx, zhou, "customer-complaint", process.Input{Fields: map[string]any{
		"customer": "huaxin", "contact": map[string]any{"name": "张伟", "email": "zhangwei@huaxin.example"},
		"title": "发票开错", "description": "发票抬头有误。", "severity": "minor"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, step := range []struct {
		action string
		fields map[string]any
	}{
		{"respond", map[string]any{"response": "已核实。", "plan": "周敏于12月3日前重开发票。", "fix_by": "2026-12-03"}},
		{"resolve", map[string]any{"resolution": "已重开发票。"}},
		{"confirm_solved", map[string]any{"satisfaction": 3, "satisfaction_comment": "处理偏慢。", "evidence": "张伟电话确认"}},
	} {
		if _, err := e.cases.Act(ctx, zhou, c.ID, step.action, process.Input{Fields: step.fields}); err != nil {
			t.Fatalf("%s: %v", step.action, err)
		}
	}
	z.get("/parties/huaxin")
	z.want(200, "客户满意度", "3.0", "处理偏慢。", c.Key)
	w.get("/parties/huaxin")
	w.want(200, "尚无满意度评分")
	w.lacks("处理偏慢。")
	z.get("/parties/nobody")
	if z.status != 404 {
		t.Fatalf("unknown party: %d", z.status)
	}
}

func TestSendLinkNeedsMail(t *testing.T) {
	e := newEnv(t, "2026-12-01 10:00")
	org, _ := cases.LoadOrg(context.Background(), e.db.SQL())
	v, err := e.cases.Open(context.Background(), org.Actor("zhoumin"), "customer-requirement", process.Input{Fields: map[string]any{
		"customer": "huaxin", "contact": map[string]any{"name": "张伟", "email": "zhangwei@huaxin.example"},
		"background": "升级客服系统。", "requirements": []any{map[string]any{"item": "工单系统", "detail": "支持邮件渠道"}},
		"expected_by": "2027-03-31", "source": "meeting"}})
	if err != nil {
		t.Fatal(err)
	}
	z := e.browser().signIn("zhoumin")
	z.get("/cases/" + strconv.FormatInt(v.ID, 10))
	z.want(200, "重新发送外部联系人链接")
	// This server has no mail: the page says why nothing was sent.
	z.post("/cases/"+strconv.FormatInt(v.ID, 10)+"/link", url.Values{"csrf": {z.csrf()}})
	z.want(409, "LIAISON_SMTP")
}

// TestOutsiderSeesNothing: a case page and its action forms are a 404 to
// someone with no part in the case, exactly like a case that does not exist.
func TestOutsiderSeesNothing(t *testing.T) {
	e := newEnv(t, "2026-12-01 10:00")
	org, _ := cases.LoadOrg(context.Background(), e.db.SQL())
	v, err := e.cases.Open(context.Background(), org.Actor("wangfang"), "internal-collab", process.Input{Fields: map[string]any{
		"title": "保密项目支持", "to_dept": "tech", "background": "内部保密事项。",
		"tasks": []any{map[string]any{"item": "评估", "standard": "书面报告"}}, "expected_by": "2026-12-18"}})
	if err != nil {
		t.Fatal(err)
	}
	s := e.browser().signIn("sunli")
	s.get("/cases/" + strconv.FormatInt(v.ID, 10))
	s.want(404)
	s.lacks("保密项目支持")
	s.post("/cases/"+strconv.FormatInt(v.ID, 10)+"/actions/comment", url.Values{"csrf": {s.csrf()}, "comment": {"看看"}})
	s.want(404)
	got, _ := e.cases.Get(context.Background(), cases.ViewerOf(org.Actor("wangfang")), v.ID)
	if len(got.Events) != 1 {
		t.Fatalf("the outsider's comment was recorded: %d events", len(got.Events))
	}
}
