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
