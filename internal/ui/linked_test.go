package ui

import (
	"context"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/process"
)

// TestRaiseLinkedRequestFromTheCasePage: the customer case's page offers
// the internal request; its form starts from the customer's rows; sent, the
// two pages link to each other.
func TestRaiseLinkedRequestFromTheCasePage(t *testing.T) {
	e := newEnv(t, "2026-12-01 10:00")
	org, err := cases.LoadOrg(context.Background(), e.db.SQL())
	if err != nil {
		t.Fatal(err)
	}
	v, err := e.cases.Open(context.Background(), org.Actor("zhoumin"), "customer-requirement", process.Input{Fields: map[string]any{
		"customer": "huaxin", "contact": map[string]any{"name": "张伟", "email": "zhangwei@huaxin.example"},
		"background": "升级客服系统。", "requirements": []any{map[string]any{"item": "单点登录", "detail": "支持企业微信登录"}},
		"expected_by": "2027-03-31", "source": "meeting"}})
	if err != nil {
		t.Fatal(err)
	}
	id := strconv.FormatInt(v.ID, 10)
	z := e.browser().signIn("zhoumin")
	z.get("/cases/" + id)
	z.want(200, "关联事项", `href="/new/internal-collab?from=`+id+`"`, "发起跨部门协作请求")
	z.get("/new/internal-collab?from=" + id)
	z.want(200, `value="客户需求支持:`, `value="单点登录"`, "支持企业微信登录", `action="/new/internal-collab?from=`+id+`"`)
	form := url.Values{"csrf": {z.csrf()}, "title": {"客户需求支持:单点登录"}, "to_dept": {"tech"},
		"background": {"客户需求 " + v.Key + ":升级客服系统。"}, "tasks.0.item": {"单点登录"}, "tasks.0.standard": {"陈杰于2027年1月15日前完成企业微信登录联调"},
		"expected_by": {"2027-01-29"}, "ack": {"1"}}
	z.post("/new/internal-collab?from="+id, form)
	if z.status != 303 || !strings.HasPrefix(z.loc, "/cases/") {
		t.Fatalf("send: %d %s\n%s", z.status, z.loc, z.body)
	}
	newCase := z.loc
	z.get(newCase)
	z.want(200, "源自客户需求", v.Key)
	z.get("/cases/" + id)
	z.want(200, "已发起协作请求")
	// Not from a case I cannot see.
	w := e.browser().signIn("wangfang")
	w.get("/new/internal-collab?from=" + id)
	if w.status != 404 {
		t.Fatalf("a stranger's prefill: %d", w.status)
	}
}
