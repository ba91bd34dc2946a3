package web_test

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/liaison-dev/liaison/internal/demo"
)

func TestChannelAdministration(t *testing.T) {
	s := startDev(t)
	admin, wang := s.login(t, "admin", demo.Password), s.login(t, "wangfang", demo.Password)
	body := `{"dept":"tech","kind":"dingtalk","name":"技术部群","url":"https://oapi.dingtalk.com/robot/send?access_token=abc123","secret":"SECxyz"}`
	if r := s.post(t, "/api/v1/admin/channels", body, bearer(wang)); r.status != http.StatusForbidden {
		t.Fatalf("non-admin: %d", r.status)
	}
	r := s.post(t, "/api/v1/admin/channels", body, bearer(admin))
	if r.status != http.StatusCreated {
		t.Fatalf("add: %d %s", r.status, r.body)
	}
	if strings.Contains(r.body, "abc123") || strings.Contains(r.body, "SECxyz") {
		t.Fatalf("secret shown: %s", r.body)
	}
	if r := s.post(t, "/api/v1/admin/channels", body, bearer(admin)); r.status != 422 {
		t.Fatalf("duplicate name: %d", r.status)
	}
	for _, bad := range []string{
		`{"dept":"moon","kind":"dingtalk","name":"x","url":"https://a.example"}`,
		`{"dept":"tech","kind":"pager","name":"x","url":"https://a.example"}`,
		`{"dept":"tech","kind":"webhook","name":"x","url":"ftp://a.example"}`,
		`{"dept":"tech","kind":"webhook","name":"x","url":"https://a.example","kinds":["gossip"]}`,
	} {
		if r := s.post(t, "/api/v1/admin/channels", bad, bearer(admin)); r.status != 422 {
			t.Errorf("%s: %d", bad, r.status)
		}
	}
	r = s.do(t, "GET", "/api/v1/admin/channels", nil, bearer(admin))
	var list []struct {
		ID     int64
		Name   string
		URL    string
		Signed bool
	}
	if err := json.Unmarshal([]byte(r.body), &list); err != nil || len(list) != 1 || !list[0].Signed || strings.Contains(list[0].URL, "abc123") {
		t.Fatalf("list: %s", r.body)
	}
	if r := s.do(t, "DELETE", "/api/v1/admin/channels/999", nil, bearer(admin)); r.status != 404 {
		t.Fatalf("delete unknown: %d", r.status)
	}
	if r := s.do(t, "DELETE", "/api/v1/admin/channels/"+jsonNumber(list[0].ID), nil, bearer(admin)); r.status != 204 {
		t.Fatalf("delete: %d", r.status)
	}
}

func jsonNumber(n int64) string { b, _ := json.Marshal(n); return string(b) }

func TestPreferencesAndMessages(t *testing.T) {
	s := startDev(t)
	admin, wang, chen := s.login(t, "admin", demo.Password), s.login(t, "wangfang", demo.Password), s.login(t, "chenjie", demo.Password)
	if r := s.do(t, "PATCH", "/api/v1/me", strings.NewReader(`{"lang":"fr"}`), bearer(wang)); r.status != 422 {
		t.Fatalf("bad lang: %d", r.status)
	}
	if r := s.do(t, "PATCH", "/api/v1/me", strings.NewReader(`{"lang":"en","email_notify":false}`), bearer(wang)); r.status != 200 {
		t.Fatalf("prefs: %d %s", r.status, r.body)
	}
	if r := s.do(t, "GET", "/api/v1/me", nil, bearer(wang)); !strings.Contains(r.body, `"lang":"en"`) {
		t.Fatalf("me after prefs: %s", r.body)
	}
	if r := s.do(t, "PATCH", "/api/v1/admin/users/chenjie", strings.NewReader(`{"email_notify":false}`), bearer(wang)); r.status != 403 {
		t.Fatalf("non-admin prefs of another: %d", r.status)
	}
	if r := s.do(t, "PATCH", "/api/v1/admin/users/nobody", strings.NewReader(`{"email_notify":false}`), bearer(admin)); r.status != 404 {
		t.Fatalf("unknown user: %d", r.status)
	}
	s.post(t, "/api/v1/dev/clock", `{"now":"2026-02-13T16:00:00+08:00"}`, bearer(admin))
	if r := s.post(t, "/api/v1/cases", collabBody, bearer(wang)); r.status != 201 {
		t.Fatalf("open: %d %s", r.status, r.body)
	}
	r := s.do(t, "GET", "/api/v1/messages", nil, bearer(chen))
	var msgs []struct {
		ID      int64
		Kind    string
		Subject string
		Read    bool
	}
	if err := json.Unmarshal([]byte(r.body), &msgs); err != nil || len(msgs) != 1 || msgs[0].Kind != "assigned" || msgs[0].Read || !strings.Contains(msgs[0].Subject, "XZ-2026-0001") {
		t.Fatalf("messages: %s", r.body)
	}
	if r := s.post(t, "/api/v1/messages/read", `{"ids":[`+jsonNumber(msgs[0].ID)+`]}`, bearer(chen)); r.status != 204 {
		t.Fatalf("read: %d", r.status)
	}
	if r := s.do(t, "GET", "/api/v1/messages", nil, bearer(chen)); !strings.Contains(r.body, `"read":true`) {
		t.Fatalf("after read: %s", r.body)
	}
}

func TestCalendarImportTakesEffectAtOnce(t *testing.T) {
	s := startDev(t)
	admin, wang := s.login(t, "admin", demo.Password), s.login(t, "wangfang", demo.Password)
	q := "/api/v1/calendar/deadline?from=2027-03-04T10:00:00%2B08:00&workdays=1"
	if r := s.do(t, "GET", q, nil, bearer(wang)); !strings.Contains(r.body, "2027-03-05T10:00:00+08:00") {
		t.Fatalf("before: %s", r.body)
	}
	day := `{"year":2027,"days":[{"name":"公司年会","date":"2027-03-05","isOffDay":true}]}`
	if r := s.post(t, "/api/v1/admin/calendar", day, bearer(wang)); r.status != http.StatusForbidden {
		t.Fatalf("non-admin import: %d", r.status)
	}
	bad := `{"year":2027,"days":[{"name":"x","date":"2027-03-06","isOffDay":true},{"name":"y","date":"2027-02-30","isOffDay":true}]}`
	if r := s.post(t, "/api/v1/admin/calendar", bad, bearer(admin)); r.status != 422 || !strings.Contains(r.body, "2027-02-30") {
		t.Fatalf("bad file: %d %s", r.status, r.body)
	}
	if r := s.post(t, "/api/v1/admin/calendar", day, bearer(admin)); r.status != 200 || !strings.Contains(r.body, `"imported":1`) {
		t.Fatalf("import: %d %s", r.status, r.body)
	}
	// Friday 2027-03-05 is now a day off: one working day from Thursday is Monday.
	if r := s.do(t, "GET", q, nil, bearer(wang)); !strings.Contains(r.body, "2027-03-08T10:00:00+08:00") {
		t.Fatalf("after: %s", r.body)
	}
	r := s.do(t, "GET", "/api/v1/admin/calendar", nil, bearer(admin))
	if !strings.Contains(r.body, "公司年会") || strings.Contains(r.body, "2027-03-06") {
		t.Fatalf("overrides: %s", r.body)
	}
}

// TestAdminChecks: GET /api/v1/admin/checks names a department the processes
// need the head of when it has none, and nothing for the demo organisation.
func TestAdminChecks(t *testing.T) {
	s := startDev(t)
	admin, wang := s.login(t, "admin", demo.Password), s.login(t, "wangfang", demo.Password)
	if r := s.do(t, "GET", "/api/v1/admin/checks", nil, bearer(wang)); r.status != http.StatusForbidden {
		t.Fatalf("non-admin: %d", r.status)
	}
	if r := s.do(t, "GET", "/api/v1/admin/checks", nil, bearer(admin)); r.status != 200 || strings.TrimSpace(r.body) != `{"departments":[]}` {
		t.Fatalf("demo: %d %s", r.status, r.body)
	}
	if r := s.do(t, "PATCH", "/api/v1/admin/departments/purchasing", strings.NewReader(`{"head":null}`), bearer(admin)); r.status != 200 {
		t.Fatalf("clear head: %d %s", r.status, r.body)
	}
	r := s.do(t, "GET", "/api/v1/admin/checks", nil, bearer(admin))
	var c struct {
		Departments []struct {
			Dept    string
			Missing bool
			Needs   []struct {
				Process, Role string
				Head          bool
				Uses          []struct{ Zh, En string }
			}
		}
	}
	if err := json.Unmarshal([]byte(r.body), &c); err != nil || len(c.Departments) != 1 || c.Departments[0].Dept != "purchasing" || c.Departments[0].Missing || len(c.Departments[0].Needs) != 3 {
		t.Fatalf("checks: %s", r.body)
	}
	if n := c.Departments[0].Needs[2]; n.Process != "supplier-order" || n.Role != "purchasing_head" || !n.Head || n.Uses[len(n.Uses)-1].En != "escalation to Head of purchasing" {
		t.Errorf("need: %+v", n)
	}
}
