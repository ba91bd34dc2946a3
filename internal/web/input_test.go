package web_test

import (
	"net/http"
	"strconv"
	"strings"
	"testing"

	"github.com/liaison-dev/liaison/internal/demo"
)

// TestSingleLineFieldsRefuseControls: a contact name with a line break was
// accepted, then the mail with the link failed for ever ("bad character
// '\r'"). Control characters and the invisible characters that reorder or
// break text are refused with 422 naming the field, and nothing is made.
func TestSingleLineFieldsRefuseControls(t *testing.T) {
	s := startDev(t)
	admin, zhou := s.login(t, "admin", demo.Password), s.login(t, "zhoumin", demo.Password)
	s.post(t, "/api/v1/dev/clock", `{"now":"2026-03-02T10:00:00+08:00"}`, bearer(admin))
	for _, tc := range []struct{ name, bad, field string }{
		{"CR LF in a contact's name", `张\r\n伟`, "contact.name"},
		{"LF", `张\n伟`, "contact.name"},
		{"tab", `张\t伟`, "contact.name"},
		{"NUL", `张\u0000伟`, "contact.name"},
		{"DEL", "张\u007f伟", "contact.name"},
		{"C1", `张\u0085伟`, "contact.name"},
		{"RLO", `张\u202e伟`, "contact.name"},
		{"LRE", `张\u202a伟`, "contact.name"},
		{"RLI", `张\u2067伟`, "contact.name"},
		{"PDI", `张\u2069伟`, "contact.name"},
		{"LRM", `张\u200e伟`, "contact.name"},
		{"RLM", `张\u200f伟`, "contact.name"},
		{"line separator", `张\u2028伟`, "contact.name"},
		{"paragraph separator", `张\u2029伟`, "contact.name"},
		{"phone", `010\r\n123`, "contact.phone"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			body := requirementBody
			if tc.field == "contact.name" {
				body = strings.Replace(body, `"name":"张伟"`, `"name":"`+tc.bad+`"`, 1)
			} else {
				body = strings.Replace(body, `"phone":"010-12345678"`, `"phone":"`+tc.bad+`"`, 1)
			}
			r := s.post(t, "/api/v1/cases", body, bearer(zhou))
			code, _, fields := r.errorBody(t)
			if r.status != http.StatusUnprocessableEntity || code != "invalid" || fields[tc.field] == "" {
				t.Fatalf("%d %s", r.status, r.body)
			}
		})
	}
	// Line breaks stay welcome where text has lines.
	body := strings.Replace(requirementBody, `"background":"华信科技计划升级客服系统。"`, `"background":"第一行。\n第二行。"`, 1)
	if r := s.post(t, "/api/v1/cases", body, bearer(zhou)); r.status != http.StatusCreated && r.status != http.StatusOK {
		t.Fatalf("a multi-line background: %d %s", r.status, r.body)
	}
}

// TestDatesWithinRange: 9999-12-31 was accepted as a date.
func TestDatesWithinRange(t *testing.T) {
	s := startDev(t)
	admin, zhou := s.login(t, "admin", demo.Password), s.login(t, "zhoumin", demo.Password)
	s.post(t, "/api/v1/dev/clock", `{"now":"2026-03-02T10:00:00+08:00"}`, bearer(admin))
	for _, tc := range []struct {
		date string
		ok   bool
	}{{"9999-12-31", false}, {"2101-01-01", false}, {"1999-12-31", false}, {"2100-12-31", true}, {"2030-06-28", true}} {
		body := strings.Replace(requirementBody, `"expected_by":"2026-06-30"`, `"expected_by":"`+tc.date+`"`, 1)
		r := s.post(t, "/api/v1/cases", body, bearer(zhou))
		if tc.ok != (r.status == http.StatusCreated) {
			t.Errorf("expected_by %s: %d %.300s", tc.date, r.status, r.body)
		}
		if !tc.ok {
			if _, _, fields := r.errorBody(t); fields["expected_by"] == "" {
				t.Errorf("expected_by %s: the field is not named: %s", tc.date, r.body)
			}
		}
	}
}

// TestAPITypesAreStrict: invalid UTF-8 was turned into U+FFFD and a number
// sent as a string was taken as the number. The API refuses both with 400
// naming the field; the pages (whose forms send only strings) stay forgiving.
func TestAPITypesAreStrict(t *testing.T) {
	s := startDev(t)
	admin, wang := s.login(t, "admin", demo.Password), s.login(t, "wangfang", demo.Password)
	s.post(t, "/api/v1/dev/clock", `{"now":"2026-03-02T10:00:00+08:00"}`, bearer(admin))
	resource := func(headcount string) string {
		return `{"process":"resource-request","fields":{"title":"增加测试人员","kind":"headcount","reason":"项目需要。",` +
			`"headcount":` + headcount + `,"plan":"3月10日前到岗,负责回归测试。","needed_by":"2026-03-31"}}`
	}
	for _, tc := range []struct{ name, body, field string }{
		{"number as a string", resource(`"3"`), "headcount"},
		{"invalid UTF-8 in a value", strings.Replace(requirementBody, `"name":"张伟"`, "\"name\":\"张\xff伟\"", 1), "fields.contact.name"},
		{"invalid UTF-8 in a list", strings.Replace(requirementBody, `"item":"工单系统"`, "\"item\":\"工单\xc3\"", 1), "fields.requirements[0].item"},
		{"invalid UTF-8 in a key", strings.Replace(requirementBody, `"source":"meeting"`, "\"sou\xferce\":\"meeting\"", 1), "fields.sou\ufffdrce"},
		{"invalid UTF-8 in the comment", "{\"process\":\"resource-request\",\"comment\":\"\xe4\xb8\",\"fields\":{}}", "comment"},
		// encoding/json keeps the last of a repeated key, other readers the
		// first: {"process":"a","process":"b"} was opened as b without a word.
		{"repeated key", `{"process":"issue-report","process":"resource-request","fields":{}}`, "process"},
		{"repeated key in a field", strings.Replace(requirementBody, `"name":"张伟"`, `"name":"张伟","name":"李四"`, 1), "fields.contact.name"},
		{"repeated key in a list", strings.Replace(requirementBody, `"item":"工单系统"`, `"item":"工单系统","item":"x"`, 1), "fields.requirements[0].item"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := s.post(t, "/api/v1/cases", tc.body, bearer(wang))
			code, _, fields := r.errorBody(t)
			if r.status != http.StatusBadRequest || code != "malformed" || fields[tc.field] == "" {
				t.Fatalf("%d %s", r.status, r.body)
			}
		})
	}
	if r := s.post(t, "/api/v1/cases", resource(`3`), bearer(wang)); r.status != http.StatusCreated {
		t.Fatalf("a number as a number: %d %s", r.status, r.body)
	}
	// One key in two objects is no repetition; an administrator's repeated
	// key makes nothing.
	if r := s.post(t, "/api/v1/cases", requirementBody, bearer(s.login(t, "zhoumin", demo.Password))); r.status != http.StatusCreated {
		t.Fatalf("the requirement: %d %s", r.status, r.body)
	}
	r := s.post(t, "/api/v1/admin/departments", `{"id":"hr","id":"hr2","name":"人事部"}`, bearer(admin))
	if code, _, fields := r.errorBody(t); r.status != http.StatusBadRequest || code != "malformed" || fields["id"] == "" {
		t.Errorf("department: %d %s", r.status, r.body)
	}
	if r := s.do(t, "GET", "/api/v1/admin/departments", nil, bearer(admin)); strings.Contains(r.body, `"hr`) {
		t.Errorf("made: %s", r.body)
	}
}

// TestInvisibleOnlyIsEmpty: a comment, a user's name or a password made of
// zero-width spaces was taken as written (a comment nobody can read, a user
// with no visible name); each is now "required" (or too blank) with a 422.
func TestInvisibleOnlyIsEmpty(t *testing.T) {
	s := startDev(t)
	admin, wang := s.login(t, "admin", demo.Password), s.login(t, "wangfang", demo.Password)
	s.post(t, "/api/v1/dev/clock", `{"now":"2026-03-02T10:00:00+08:00"}`, bearer(admin))
	opened := s.post(t, "/api/v1/cases", collabBody, bearer(wang))
	if opened.status != http.StatusCreated {
		t.Fatalf("open: %d %s", opened.status, opened.body)
	}
	id := strconv.FormatInt(decodeCase(t, opened).ID, 10)
	zw := `\u200b\u200b\ufeff`
	for _, tc := range []struct {
		name, token, method, path, body, field string
	}{
		{"comment", wang, "POST", "/api/v1/cases/" + id + "/actions/comment", `{"comment":"` + zw + `"}`, "comment"},
		{"user name", admin, "POST", "/api/v1/admin/users", `{"login":"blank1","name":"` + zw + `","dept":"tech"}`, "name"},
		{"password", wang, "POST", "/api/v1/me/password", `{"old":"` + demo.Password + `","new":"` + strings.Repeat(`\u200b`, 9) + `"}`, "new"},
	} {
		r := s.do(t, tc.method, tc.path, strings.NewReader(tc.body), bearer(tc.token))
		code, _, fields := r.errorBody(t)
		if r.status != http.StatusUnprocessableEntity || code != "invalid" || fields[tc.field] == "" {
			t.Errorf("%s: %d %s", tc.name, r.status, r.body)
		}
	}
}

// TestReasonsInReadersLanguage: a reassignment to someone of another
// department, and a department head from elsewhere, were explained in
// English on a Chinese answer ("lina is not in department tech").
func TestReasonsInReadersLanguage(t *testing.T) {
	s := startDev(t)
	admin, wang, zhao := s.login(t, "admin", demo.Password), s.login(t, "wangfang", demo.Password), s.login(t, "zhaolei", demo.Password)
	s.post(t, "/api/v1/dev/clock", `{"now":"2026-03-02T10:00:00+08:00"}`, bearer(admin))
	opened := s.post(t, "/api/v1/cases", collabBody, bearer(wang))
	if opened.status != http.StatusCreated {
		t.Fatalf("open: %d %s", opened.status, opened.body)
	}
	id := strconv.FormatInt(decodeCase(t, opened).ID, 10)
	for _, tc := range []struct {
		name, token, method, path, body, field, want string
	}{
		{"reassign", zhao, "POST", "/api/v1/cases/" + id + "/reassign", `{"role":"contact","login":"lina"}`, "login", "lina 不在部门 tech"},
		{"reassign to the same", zhao, "POST", "/api/v1/cases/" + id + "/reassign", `{"role":"contact","login":"chenjie"}`, "login", "chenjie 已担任 contact"},
		{"department head", admin, "PATCH", "/api/v1/admin/departments/tech", `{"head":"lina"}`, "head", "lina 不在部门 tech"},
	} {
		r := s.do(t, tc.method, tc.path, strings.NewReader(tc.body), bearer(tc.token))
		_, _, fields := r.errorBody(t)
		if r.status != http.StatusUnprocessableEntity || fields[tc.field] != tc.want {
			t.Errorf("%s: %d %s, want %s: %q", tc.name, r.status, r.body, tc.field, tc.want)
		}
	}
}
