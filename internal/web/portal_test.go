package web_test

import (
	"context"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"github.com/liaison-dev/liaison/internal/demo"
)

// TestCustomerConfirmsThroughTheLink walks the customer's part through the
// whole server: the link is made when the customer is told, and it opens
// only its own case.
func TestCustomerConfirmsThroughTheLink(t *testing.T) {
	s := startDev(t)
	admin, zhou := s.login(t, "admin", demo.Password), s.login(t, "zhoumin", demo.Password)
	s.post(t, "/api/v1/dev/clock", `{"now":"2026-03-02T10:00:00+08:00"}`, bearer(admin))
	c := decodeCase(t, s.post(t, "/api/v1/cases", requirementBody, bearer(zhou)))
	other := decodeCase(t, s.post(t, "/api/v1/cases", requirementBody, bearer(zhou)))
	path := "/api/v1/cases/" + strconv.FormatInt(c.ID, 10)
	r := s.post(t, path+"/actions/send_confirmation", `{"fields":{"summary":"需求复述:工单系统支持邮件和微信两个渠道。"}}`, bearer(zhou))
	if r.status != 200 || decodeCase(t, r).State != "confirming" {
		t.Fatalf("send_confirmation: %d %s", r.status, r.body)
	}
	link := ""
	list, err := s.DB().CaseNotifications(context.Background(), c.ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range list {
		if n.Recipient == "zhangwei@huaxin.example" && n.Payload.Message.Fields["link_id"] != "" {
			m, err := s.Portal().Expand(context.Background(), n.Payload.Message)
			if err != nil {
				t.Fatal(err)
			}
			link = m.Fields["link"]
		}
	}
	i := strings.Index(link, "/p/")
	if i < 0 {
		t.Fatalf("no link in the customer's message: %+v", list)
	}
	token := link[i+3:]
	if r := s.do(t, "GET", "/api/v1/portal/"+token, nil, nil); r.status != 200 || !strings.Contains(r.body, c.Key) || strings.Contains(r.body, other.Key) {
		t.Fatalf("portal view: %d %s", r.status, r.body)
	}
	if r := s.do(t, "GET", "/p/"+token, nil, nil); r.status != 200 || !strings.Contains(r.body, "华信科技") {
		t.Fatalf("portal page: %d", r.status)
	}
	tampered := token[:len(token)-2] + "AA"
	if tampered == token {
		tampered = token[:len(token)-2] + "BB"
	}
	if r := s.do(t, "GET", "/api/v1/portal/"+tampered, nil, nil); r.status != http.StatusNotFound {
		t.Fatalf("tampered token: %d", r.status)
	}
	r = s.post(t, "/api/v1/portal/"+token+"/actions/confirm", `{"fields":{}}`, nil)
	if r.status != 200 {
		t.Fatalf("confirm: %d %s", r.status, r.body)
	}
	got := decodeCase(t, s.do(t, "GET", path, nil, bearer(zhou)))
	if got.State != "drafting" || got.Events[len(got.Events)-1].Actor != "party:huaxin" {
		t.Fatalf("after the customer confirmed: %+v", got)
	}
	// The account manager recording for the customer must give evidence.
	op := "/api/v1/cases/" + strconv.FormatInt(other.ID, 10)
	s.post(t, op+"/actions/send_confirmation", `{}`, bearer(zhou))
	if r := s.post(t, op+"/actions/confirm", `{}`, bearer(zhou)); r.status != 422 {
		t.Fatalf("confirm for the customer without evidence: %d %s", r.status, r.body)
	}
	if r := s.post(t, op+"/actions/confirm", `{"fields":{"evidence":"3月2日张伟邮件确认"}}`, bearer(zhou)); r.status != 200 {
		t.Fatalf("confirm with evidence: %d %s", r.status, r.body)
	}
}
