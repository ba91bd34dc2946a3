package web_test

import (
	"encoding/json"
	"mime/multipart"
	"net/http"
	"strings"
	"testing"

	"github.com/liaison-dev/liaison/internal/demo"
)

// TestAdministrationAPI walks CONTRACT §10 over HTTP: statuses and shapes.
func TestAdministrationAPI(t *testing.T) {
	s := start(t)
	admin, lina := s.login(t, "admin", demo.Password), s.login(t, "lina", demo.Password)
	ct := map[string]string{"Content-Type": "text/csv"}
	steps := []struct {
		method, path, body string
		token              string
		status             int
		want               string // a fragment of the answer
	}{
		{"POST", "/api/v1/admin/departments", `{"id":"hr","name":"人力资源部","head":null,"parent":"management"}`, admin, 201, `"parent":"management"`},
		{"POST", "/api/v1/admin/departments", `{"id":"hr","name":"x"}`, admin, 409, `"conflict"`},
		{"POST", "/api/v1/admin/departments", `{"id":"hr2","name":"x"}`, lina, 403, `"forbidden"`},
		{"PATCH", "/api/v1/admin/departments/management", `{"parent":"hr"}`, admin, 422, `"parent"`},
		{"POST", "/api/v1/admin/users", `{"login":"hrboss","name":"赵红","dept":"hr","head":true,"email":"hr@x.example"}`, admin, 201, `"initial_password"`},
		{"POST", "/api/v1/admin/users", `{"login":"hrboss","name":"x","dept":"hr"}`, admin, 409, `"conflict"`},
		{"PATCH", "/api/v1/admin/users/hrboss", `{"name":"赵红红","roles":["recruiter"]}`, admin, 200, `"赵红红"`},
		{"GET", "/api/v1/admin/departments", "", admin, 200, `"head":"hrboss"`},
		{"DELETE", "/api/v1/admin/departments/hr", "", admin, 409, `"conflict"`},
		{"POST", "/api/v1/admin/parties", `{"id":"acme","kind":"partner","name":"Acme","contacts":[{"name":"王五","email":"w@acme.example","phone":""}]}`, admin, 201, `"contacts":[{"name":"王五"`},
		{"PATCH", "/api/v1/admin/parties/acme", `{"kind":"customer"}`, admin, 200, `"kind":"customer"`},
		// A contact's unknown field is refused as a top-level one is (it was dropped).
		{"PATCH", "/api/v1/admin/parties/acme", `{"contacts":[{"name":"王五","fax":"010-1"}]}`, admin, 400, `"fields":{"fax":`},
		{"POST", "/api/v1/admin/parties", `{"id":"acme2","kind":"partner","name":"Acme2","contacts":[{"name":"王五","fax":"010-1"}]}`, admin, 400, `"fields":{"fax":`},
		{"POST", "/api/v1/admin/import/users?dry_run=1", "login,name,dept,email,head,admin\nnew1,新一,hr,,,\n", admin, 200, `"dry_run":true`},
		{"POST", "/api/v1/admin/import/users", "login,name,dept,email,head,admin\nnew1,新一,hr,,,\nnew2,新二,nowhere,,,\n", admin, 422, `"row 3: dept"`},
		{"POST", "/api/v1/admin/import/users", "login,name,dept,email,head,admin\nnew1,新一,hr,,,\n", admin, 200, `"created":1`},
		{"GET", "/api/v1/admin/users/lina/duties", "", admin, 200, `[]`},
		{"GET", "/api/v1/admin/users/lina/duties", "", lina, 403, `"forbidden"`},
		{"PATCH", "/api/v1/admin/users/admin", `{"disabled":true}`, admin, 409, `"message":"admin 是最后一位在用的管理员"`},
		// The message is in the caller's language: after admin chooses English, English.
		{"PATCH", "/api/v1/me", `{"lang":"en"}`, admin, 200, `"lang":"en"`},
		{"PATCH", "/api/v1/admin/users/admin", `{"disabled":true}`, admin, 409, `"message":"admin is the last active administrator"`},
		{"PATCH", "/api/v1/admin/users/lina", `{"dept":"nowhere"}`, admin, 422, `"fields":{"dept":"no department nowhere"}`},
	}
	for _, st := range steps {
		h := bearer(st.token)
		if strings.Contains(st.path, "/import/") {
			h["Content-Type"] = ct["Content-Type"]
		}
		r := s.do(t, st.method, st.path, strings.NewReader(st.body), h)
		if r.status != st.status || !strings.Contains(r.body, st.want) {
			t.Errorf("%s %s: %d %s, want %d with %s", st.method, st.path, r.status, r.body, st.status, st.want)
		}
	}
	// A disabled user's token stops at once and their sign-in answers as a wrong password does.
	hr := s.login(t, "new1", initialPassword(t, s, admin))
	if r := s.do(t, "PATCH", "/api/v1/admin/users/new1", strings.NewReader(`{"disabled":true}`), bearer(admin)); r.status != 200 {
		t.Fatalf("disable: %d %s", r.status, r.body)
	}
	if r := s.do(t, "GET", "/api/v1/me", nil, bearer(hr)); r.status != 401 {
		t.Errorf("disabled token: %d", r.status)
	}
	wrong := s.post(t, "/api/v1/login", `{"login":"lina","password":"wrong-one"}`, nil)
	gone := s.post(t, "/api/v1/login", `{"login":"new1","password":"whatever1"}`, nil)
	if wrong.status != gone.status || wrong.body != gone.body {
		t.Errorf("disabled sign-in %d %s differs from wrong password %d %s", gone.status, gone.body, wrong.status, wrong.body)
	}
	if r := s.do(t, "DELETE", "/api/v1/admin/departments/legal", nil, bearer(admin)); r.status != 409 {
		t.Errorf("delete a department with users: %d", r.status)
	}
}

// initialPassword resets new1's password through the API and returns it.
func initialPassword(t *testing.T, s *server, admin string) string {
	t.Helper()
	if r := s.do(t, "PATCH", "/api/v1/admin/users/new1", strings.NewReader(`{"password":"first-pass-1"}`), bearer(admin)); r.status != 200 {
		t.Fatalf("reset: %d %s", r.status, r.body)
	}
	return "first-pass-1"
}

// TestOwnPassword: 204; the other sessions end, the one used stays.
func TestOwnPassword(t *testing.T) {
	s := start(t)
	one, two := s.login(t, "wangfang", demo.Password), s.login(t, "wangfang", demo.Password)
	if r := s.post(t, "/api/v1/me/password", `{"old":"wrong","new":"new-password-1"}`, bearer(one)); r.status != 422 {
		t.Fatalf("wrong old: %d %s", r.status, r.body)
	}
	if r := s.post(t, "/api/v1/me/password", `{"old":"demo1234","new":"short"}`, bearer(one)); r.status != 422 {
		t.Fatalf("short new: %d %s", r.status, r.body)
	}
	if r := s.post(t, "/api/v1/me/password", `{"old":"demo1234","new":"new-password-1"}`, bearer(one)); r.status != 204 {
		t.Fatalf("change: %d %s", r.status, r.body)
	}
	if r := s.do(t, "GET", "/api/v1/me", nil, bearer(one)); r.status != 200 {
		t.Errorf("the session used: %d", r.status)
	}
	if r := s.do(t, "GET", "/api/v1/me", nil, bearer(two)); r.status != 401 {
		t.Errorf("another session: %d", r.status)
	}
	s.login(t, "wangfang", "new-password-1")
}

// TestReassignAndVisibility: heads above in the tree and management see a
// case; only a head of the role's department (or above) or an
// administrator reassigns; both people are told; notifications are shown
// to whoever sees the case.
func TestReassignAndVisibility(t *testing.T) {
	s := start(t)
	admin := s.login(t, "admin", demo.Password)
	wang, gao, zhao, liu := s.login(t, "wangfang", demo.Password), s.login(t, "gaojun", demo.Password), s.login(t, "zhaolei", demo.Password), s.login(t, "liuyang", demo.Password)
	r := s.post(t, "/api/v1/cases", `{"process":"internal-collab","fields":{"title":"接口联调","to_dept":"tech","background":"为满足客户对接需求。","tasks":[{"item":"联调","standard":"全部用例通过"}],"expected_by":"2027-03-19"}}`, bearer(wang))
	if r.status != 201 {
		t.Fatalf("open: %d %s", r.status, r.body)
	}
	var c struct {
		ID int64 `json:"id"`
	}
	_ = json.Unmarshal([]byte(r.body), &c)
	path := "/api/v1/cases/" + itoa(c.ID)
	if r := s.do(t, "GET", path, nil, bearer(liu)); r.status != 404 {
		t.Errorf("sales head sees it: %d", r.status)
	}
	// 管理层 reads every case, read-only.
	if r := s.do(t, "GET", path, nil, bearer(gao)); r.status != 200 {
		t.Errorf("management: %d", r.status)
	}
	if r := s.post(t, path+"/actions/comment", `{"comment":"请加快进度。"}`, bearer(gao)); r.status != 403 {
		t.Errorf("management comments: %d %s", r.status, r.body)
	}
	if r := s.do(t, "GET", "/api/v1/notifications?case_id="+itoa(c.ID), nil, bearer(gao)); r.status != 200 {
		t.Errorf("notifications for whoever sees the case: %d", r.status)
	}
	// Put 技术部 under 销售部: its head now sees it and may reassign.
	if r := s.do(t, "PATCH", "/api/v1/admin/departments/tech", strings.NewReader(`{"parent":"sales"}`), bearer(admin)); r.status != 200 {
		t.Fatalf("parent: %d %s", r.status, r.body)
	}
	liu = s.login(t, "liuyang", demo.Password)
	if r := s.do(t, "GET", path, nil, bearer(liu)); r.status != 200 {
		t.Errorf("head above: %d", r.status)
	}
	if r := s.post(t, path+"/reassign", `{"role":"contact","login":"chenjie"}`, bearer(gao)); r.status != 403 {
		t.Errorf("management reassigns: %d", r.status)
	}
	if r := s.post(t, path+"/reassign", `{"role":"contact","login":"zhoumin"}`, bearer(liu)); r.status != 422 {
		t.Errorf("to someone outside the department: %d %s", r.status, r.body)
	}
	if r := s.post(t, path+"/reassign", `{"role":"contact","login":"chenjie"}`, bearer(liu)); r.status != 200 || !strings.Contains(r.body, `"login":"chenjie"`) {
		t.Fatalf("reassign by the head above: %d %s", r.status, r.body)
	}
	var told []struct{ Kind, Recipient, Channel string }
	r = s.do(t, "GET", "/api/v1/notifications?case_id="+itoa(c.ID), nil, bearer(zhao))
	_ = json.Unmarshal([]byte(r.body), &told)
	got := map[string]bool{}
	for _, n := range told {
		if n.Channel == "inbox" {
			got[n.Recipient+":"+n.Kind] = true
		}
	}
	if !got["chenjie:assigned"] || !got["zhaolei:decided"] {
		t.Errorf("both told? %v", got)
	}
	a := s.do(t, "GET", "/api/v1/admin/audit?limit=5", nil, bearer(admin))
	if !strings.Contains(a.body, `"action":"case_reassigned","target":`) || !strings.Contains(a.body, `"actor":"liuyang"`) || !strings.Contains(a.body, `"ip":"127.0.0.1"`) {
		t.Errorf("audit %s", a.body)
	}
	chen := s.login(t, "chenjie", demo.Password)
	if r := s.do(t, "GET", "/api/v1/inbox", nil, bearer(chen)); !strings.Contains(r.body, `"case_id":`+itoa(c.ID)) {
		t.Errorf("陈杰's inbox: %s", r.body)
	}
}

func itoa(n int64) string { b, _ := json.Marshal(n); return string(b) }

// TestImportRefusalsInWords: a form upload was read as CSV and refused with
// encoding/csv's English ("bare \" in non-quoted-field"), as were a CSV's
// misplaced quotes and a broken XLSX ("zip: not a valid zip file"); each
// is now said in the reader's language, and nothing is imported.
func TestImportRefusalsInWords(t *testing.T) {
	s := start(t)
	admin := bearer(s.login(t, "admin", demo.Password))
	var b strings.Builder
	mw := multipart.NewWriter(&b)
	fw, _ := mw.CreateFormFile("file", "users.csv")
	fw.Write([]byte("login,name,dept,email,head,admin\nnew1,新一,market,,,\n"))
	mw.Close()
	r := s.do(t, "POST", "/api/v1/admin/import/users", strings.NewReader(b.String()), with(admin, map[string]string{"Content-Type": mw.FormDataContentType()}))
	if code, msg, _ := r.errorBody(t); r.status != http.StatusBadRequest || code != "malformed" || !strings.Contains(msg, "text/csv") {
		t.Errorf("a form: %d %s", r.status, r.body)
	}
	csv := with(admin, map[string]string{"Content-Type": "text/csv"})
	xlsx := with(admin, map[string]string{"Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
	for _, tc := range []struct {
		body  string
		h     map[string]string
		field string
	}{
		{"login,name,dept,email,head,admin\nnew1,\"新一,market,,,\n", csv, "row 2"},
		{"login,name,dept,email,head,admin\nnew1,新\"一,market,,,\n", csv, "row 2"},
		{"PK\x03\x04not a workbook", xlsx, "file"},
	} {
		r := s.do(t, "POST", "/api/v1/admin/import/users", strings.NewReader(tc.body), tc.h)
		_, _, fields := r.errorBody(t)
		if r.status != http.StatusUnprocessableEntity || !strings.ContainsFunc(fields[tc.field], func(c rune) bool { return c > 127 }) {
			t.Errorf("%q: %d %s", tc.body, r.status, r.body)
		}
	}
	if r := s.do(t, "GET", "/api/v1/admin/users?limit=500", nil, admin); strings.Contains(r.body, `"new1"`) {
		t.Errorf("imported: %s", r.body)
	}
}
