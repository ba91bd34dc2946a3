package web_test

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/liaison-dev/liaison/internal/app"
	"github.com/liaison-dev/liaison/internal/demo"
)

// startDev runs the whole server with the simulated clock, as acceptance
// tests do with `liaison serve --dev-clock`.
func startDev(t *testing.T) *server {
	t.Helper()
	ctx := context.Background()
	a, err := app.New(ctx, app.Config{Addr: "127.0.0.1:0", DB: t.TempDir() + "/liaison.db", DevClock: true,
		PasswordParams: cheap, Logger: slog.New(slog.NewTextHandler(io.Discard, nil)), Getenv: func(string) string { return "" }})
	if err != nil {
		t.Fatal(err)
	}
	if err := demo.Seed(ctx, a.DB(), time.Now(), cheap); err != nil {
		t.Fatal(err)
	}
	if err := a.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = a.Shutdown(context.Background()) })
	return &server{App: a}
}

type caseJSON struct {
	ID      int64   `json:"id"`
	Key     string  `json:"key"`
	State   string  `json:"state"`
	DueAt   *string `json:"due_at"`
	Overdue bool    `json:"overdue"`
	Version int     `json:"version"`
	Events  []struct {
		Seq    int    `json:"seq"`
		Type   string `json:"type"`
		Action string `json:"action"`
		Actor  string `json:"actor"`
	} `json:"events"`
	Participants []struct{ Role, Login string } `json:"participants"`
}

func decodeCase(t *testing.T, r response) caseJSON {
	t.Helper()
	var c caseJSON
	if err := json.Unmarshal([]byte(r.body), &c); err != nil {
		t.Fatalf("case body %q: %v", r.body, err)
	}
	return c
}

const collabBody = `{"process":"internal-collab","fields":{"title":"产品V2.0版本开发需求支持","to_dept":"tech","contact":"chenjie",
 "background":"为满足Q3客户引流需求,需开发功能模块。","tasks":[{"item":"需求分析","standard":"输出《需求规格说明书》"}],"expected_by":"2026-03-20"}}`

func TestCaseAPIWalk(t *testing.T) {
	s := startDev(t)
	admin, wang, chen, sun := s.login(t, "admin", demo.Password), s.login(t, "wangfang", demo.Password), s.login(t, "chenjie", demo.Password), s.login(t, "sunli", demo.Password)
	if r := s.post(t, "/api/v1/dev/clock", `{"now":"2026-02-13T16:00:00+08:00"}`, bearer(wang)); r.status != http.StatusForbidden {
		t.Fatalf("clock by a non-admin: %d", r.status)
	}
	if r := s.post(t, "/api/v1/dev/clock", `{"now":"2026-02-13T16:00:00+08:00"}`, bearer(admin)); r.status != http.StatusOK {
		t.Fatalf("clock: %d %s", r.status, r.body)
	}
	r := s.post(t, "/api/v1/cases", collabBody, bearer(wang))
	if r.status != http.StatusCreated {
		t.Fatalf("open: %d %s", r.status, r.body)
	}
	c := decodeCase(t, r)
	if c.Key != "XZ-2026-0001" || c.State != "requested" || c.DueAt == nil || *c.DueAt != "2026-02-24T16:00:00+08:00" || c.Overdue {
		t.Fatalf("opened %+v", c)
	}
	path := "/api/v1/cases/" + strconv.FormatInt(c.ID, 10)
	// Outsiders get 404, the same as for a case that does not exist.
	if r := s.do(t, "GET", path, nil, bearer(sun)); r.status != http.StatusNotFound {
		t.Fatalf("outsider read: %d", r.status)
	}
	if r := s.post(t, path+"/actions/accept", `{"fields":{"committed_by":"2026-03-06"}}`, bearer(sun)); r.status != http.StatusNotFound {
		t.Fatalf("outsider act: %d", r.status)
	}
	tests := []struct {
		name, who, action, body string
		status                  int
		field                   string
	}{
		{"vague date", chen, "accept", `{"fields":{"committed_by":"尽快"}}`, 422, "committed_by"},
		{"unknown body field", chen, "accept", `{"fields":{"committed_by":"2026-03-06"},"extra":1}`, 400, ""},
		{"wrong type", chen, "accept", `{"fields":{"committed_by":"2026-03-06"},"version":"one"}`, 400, ""},
		{"not the contact", wang, "accept", `{"fields":{"committed_by":"2026-03-06"}}`, 403, ""},
		{"wrong state", chen, "deliver", `{"fields":{"summary":"x","deliverables":"y"}}`, 409, ""},
		{"stale version", chen, "accept", `{"fields":{"committed_by":"2026-03-06"},"version":9}`, 409, ""},
		{"decline without alternative", chen, "decline", `{"fields":{"reason":"人手不足"}}`, 422, "alternative"},
		{"unknown action", chen, "fly", `{}`, 404, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := s.post(t, path+"/actions/"+tc.action, tc.body, bearer(tc.who))
			if r.status != tc.status {
				t.Fatalf("status %d, want %d: %s", r.status, tc.status, r.body)
			}
			if tc.field != "" {
				if _, _, fields := r.errorBody(t); fields[tc.field] == "" {
					t.Fatalf("field %s not named: %s", tc.field, r.body)
				}
			}
		})
	}
	// Nothing of that changed the case.
	if got := decodeCase(t, s.do(t, "GET", path, nil, bearer(wang))); got.Version != 1 || len(got.Events) != 1 {
		t.Fatalf("refusals changed the case: %+v", got)
	}
	// The inbox of the contact shows it; at the deadline it is overdue and escalated.
	r = s.do(t, "GET", "/api/v1/inbox", nil, bearer(chen))
	if !strings.Contains(r.body, `"action":"accept"`) || !strings.Contains(r.body, `"overdue":false`) {
		t.Fatalf("inbox: %s", r.body)
	}
	s.post(t, "/api/v1/dev/clock", `{"now":"2026-02-24T16:00:00+08:00"}`, bearer(admin))
	if r = s.do(t, "GET", "/api/v1/inbox", nil, bearer(chen)); !strings.Contains(r.body, `"overdue":true`) {
		t.Fatalf("inbox after deadline: %s", r.body)
	}
	r = s.do(t, "GET", "/api/v1/notifications?case_id="+strconv.FormatInt(c.ID, 10), nil, bearer(wang))
	var notes []struct{ Kind, Recipient, Channel, Status string }
	if err := json.Unmarshal([]byte(r.body), &notes); err != nil {
		t.Fatalf("notifications %d %s", r.status, r.body)
	}
	esc := map[string]bool{}
	for _, n := range notes {
		if n.Kind == "escalation" && n.Channel == "inbox" {
			esc[n.Recipient] = true
		}
	}
	if !esc["chenjie"] || !esc["lina"] || !esc["zhaolei"] {
		t.Fatalf("escalations %v in %s", esc, r.body)
	}
	if r := s.do(t, "GET", "/api/v1/notifications?case_id="+strconv.FormatInt(c.ID, 10), nil, bearer(sun)); r.status != http.StatusNotFound {
		t.Fatalf("outsider notifications: %d", r.status)
	}
	// Accept with the current version, then the clock cannot go back.
	r = s.post(t, path+"/actions/accept", `{"fields":{"committed_by":"2026-03-06"},"comment":"可以支持","version":1}`, bearer(chen))
	if r.status != http.StatusOK || decodeCase(t, r).State != "in_progress" {
		t.Fatalf("accept: %d %s", r.status, r.body)
	}
	if r := s.post(t, "/api/v1/dev/clock", `{"now":"2026-01-01T00:00:00+08:00"}`, bearer(admin)); r.status != http.StatusConflict {
		t.Fatalf("clock back: %d", r.status)
	}
	// Lists and filters.
	r = s.do(t, "GET", "/api/v1/cases?process=internal-collab&state=in_progress", nil, bearer(wang))
	if !strings.Contains(r.body, `"key":"XZ-2026-0001"`) {
		t.Fatalf("list: %s", r.body)
	}
	if r := s.do(t, "GET", "/api/v1/cases?overdue=maybe", nil, bearer(wang)); r.status != 422 {
		t.Fatalf("bad filter: %d", r.status)
	}
	if r := s.do(t, "GET", "/api/v1/cases", nil, bearer(sun)); r.body != "[]\n" {
		t.Fatalf("outsider list: %s", r.body)
	}
	// The work is visible to operators.
	if r := s.do(t, "GET", "/metrics", nil, nil); !strings.Contains(r.body, "liaison_cases_open 1") || !strings.Contains(r.body, `liaison_notifications{channel="inbox",status=`) {
		t.Errorf("metrics lack the case figures:\n%s", r.body)
	}
	// Every change is in the audit trail, with who and from where.
	if r := s.do(t, "GET", "/api/v1/admin/audit", nil, bearer(wang)); r.status != http.StatusForbidden {
		t.Fatalf("audit for a non-admin: %d", r.status)
	}
	if r := s.do(t, "GET", "/api/v1/admin/audit?limit=0", nil, bearer(admin)); r.status != 422 {
		t.Fatalf("bad limit: %d", r.status)
	}
	var entries struct {
		Items []struct{ Actor, Action, Target, IP string }
		Next  *string
	}
	if r := s.do(t, "GET", "/api/v1/admin/audit?limit=200", nil, bearer(admin)); json.Unmarshal([]byte(r.body), &entries) != nil || entries.Next != nil {
		t.Fatalf("audit: %d %s", r.status, r.body)
	}
	seen := map[string]bool{}
	for _, e := range entries.Items {
		if e.Target == "XZ-2026-0001" {
			seen[e.Action+"/"+e.Actor+"/"+e.IP] = true
		}
	}
	for _, want := range []string{"case_opened/wangfang/127.0.0.1", "case_action/chenjie/127.0.0.1", "case_escalation/system/127.0.0.1"} {
		if !seen[want] {
			t.Errorf("audit lacks %s: %v", want, seen)
		}
	}
}

func TestDevClockIsOffWithoutTheFlag(t *testing.T) {
	s := start(t)
	admin := s.login(t, "admin", demo.Password)
	if r := s.post(t, "/api/v1/dev/clock", `{"now":"2026-02-13T16:00:00+08:00"}`, bearer(admin)); r.status != http.StatusNotFound {
		t.Fatalf("dev clock without --dev-clock: %d", r.status)
	}
}

func TestDeadlineEndpoint(t *testing.T) {
	s := start(t)
	tok := s.login(t, "wangfang", demo.Password)
	tests := []struct {
		query  string
		status int
		due    string
	}{
		{"from=2026-02-13T16:00:00%2B08:00&workdays=2", 200, "2026-02-24T16:00:00+08:00"},
		{"from=2026-02-13T08:00:00Z&workdays=2", 200, "2026-02-24T16:00:00+08:00"},
		{"from=2026-09-30T10:00:00%2B08:00&workdays=1", 200, "2026-10-08T10:00:00+08:00"},
		{"from=2026-02-13T16:00:00%2B08:00&hours=24", 200, "2026-02-14T16:00:00+08:00"},
		{"from=2026-02-13T16:00:00%2B08:00&workhours=4", 200, "2026-02-14T11:00:00+08:00"},
		{"from=yesterday&workdays=2", 422, ""},
		{"from=2026-02-13T16:00:00%2B08:00", 422, ""},
		{"from=2026-02-13T16:00:00%2B08:00&workdays=-1", 422, ""},
		{"from=2026-02-13T16:00:00%2B08:00&workdays=2&hours=3", 422, ""},
		// The outside tester got 10013-… and +08:05 (the zone's 1901 offset).
		{"from=9999-12-31T10:00:00%2B08:00&workdays=3650", 422, ""},
		{"from=1900-01-01T10:00:00%2B08:00&workdays=1", 422, ""},
		{"from=0001-01-01T00:00:00Z&hours=1", 422, ""},
		{"from=2100-12-31T10:00:00%2B08:00&workdays=3650", 422, ""},
		{"from=2026-02-13T16:00:00%2B08:00&workdays=99999999999999999999", 422, ""},
		{"from=2026-02-13T16:00:00-05:00&hours=1", 200, "2026-02-14T06:00:00+08:00"},
	}
	for _, tc := range tests {
		r := s.do(t, "GET", "/api/v1/calendar/deadline?"+tc.query, nil, bearer(tok))
		if r.status != tc.status || (tc.due != "" && !strings.Contains(r.body, tc.due)) {
			t.Errorf("%s: %d %s", tc.query, r.status, r.body)
		}
		if r.status == 200 && !strings.Contains(r.body, "+08:00") {
			t.Errorf("%s: not in the calendar's zone: %s", tc.query, r.body)
		}
	}
	// No span at all: the reason asks for one (it said "only one may be given").
	r := s.do(t, "GET", "/api/v1/calendar/deadline?from=2026-02-13T16:00:00%2B08:00&workdays=", nil, bearer(tok))
	if _, _, fields := r.errorBody(t); r.status != 422 || !strings.Contains(fields["workdays"], "须给出") {
		t.Errorf("no span: %d %s", r.status, r.body)
	}
}

func TestCheckEndpoint(t *testing.T) {
	s := start(t)
	tok := s.login(t, "wangfang", demo.Password)
	r := s.post(t, "/api/v1/check", `{"text":"请尽快处理!!!"}`, bearer(tok))
	if r.status != 200 || !strings.Contains(r.body, `"rule":"vague-time"`) || !strings.Contains(r.body, `"rule":"shouting"`) {
		t.Fatalf("check: %d %s", r.status, r.body)
	}
	r = s.post(t, "/api/v1/check", `{"text":"请于12月4日18:00前提交。","kind":"poem"}`, bearer(tok))
	if r.status != 422 {
		t.Fatalf("bad kind: %d", r.status)
	}
	if r := s.post(t, "/api/v1/check", `{"text":"x"}`, nil); r.status != 401 {
		t.Fatalf("anonymous: %d", r.status)
	}
}
