package web_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/liaison-dev/liaison/internal/demo"
)

const requirementBody = `{"process":"customer-requirement","fields":{"customer":"huaxin",
 "contact":{"name":"张伟","email":"zhangwei@huaxin.example","phone":"010-12345678"},
 "background":"华信科技计划升级客服系统。","requirements":[{"item":"工单系统","detail":"支持邮件和微信两个渠道"}],
 "expected_by":"2026-06-30","source":"meeting"}}`

func TestPartyHistory(t *testing.T) {
	s := startDev(t)
	admin, zhou, wang := s.login(t, "admin", demo.Password), s.login(t, "zhoumin", demo.Password), s.login(t, "wangfang", demo.Password)
	s.post(t, "/api/v1/dev/clock", `{"now":"2026-03-02T10:00:00+08:00"}`, bearer(admin))
	if r := s.post(t, "/api/v1/cases", requirementBody, bearer(wang)); r.status != http.StatusForbidden {
		t.Fatalf("opened by someone who is no account manager: %d %s", r.status, r.body)
	}
	r := s.post(t, "/api/v1/cases", requirementBody, bearer(zhou))
	if r.status != http.StatusCreated {
		t.Fatalf("open: %d %s", r.status, r.body)
	}
	c := decodeCase(t, r)
	// 24 hours to send the requirement back for confirmation.
	if c.Key != "KH-2026-0001" || c.State != "collecting" || *c.DueAt != "2026-03-03T10:00:00+08:00" {
		t.Fatalf("opened %+v", c)
	}
	r = s.do(t, "GET", "/api/v1/parties/huaxin", nil, bearer(zhou))
	if r.status != 200 || !strings.Contains(r.body, `"key":"KH-2026-0001"`) || !strings.Contains(r.body, "华信科技") {
		t.Fatalf("party history: %d %s", r.status, r.body)
	}
	if r := s.do(t, "GET", "/api/v1/parties/huaxin", nil, bearer(wang)); strings.Contains(r.body, "KH-2026-0001") || !strings.Contains(r.body, `"cases":[]`) {
		t.Fatalf("an outsider sees the customer's case, or no empty list: %s", r.body)
	}
	if r := s.do(t, "GET", "/api/v1/parties/nobody", nil, bearer(zhou)); r.status != 404 {
		t.Fatalf("unknown party: %d", r.status)
	}
	if r := s.do(t, "GET", "/api/v1/parties", nil, bearer(wang)); !strings.Contains(r.body, "东方电子") {
		t.Fatalf("parties: %s", r.body)
	}
}
