package web_test

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/liaison-dev/liaison/internal/store"
)

// TestListPaging: CONTRACT §2 — with limit or cursor a list answers
// {"items","next"}; without, the bare array and a Next-Cursor header.
func TestListPaging(t *testing.T) {
	s := start(t)
	tok := bearer(s.login(t, "lina", "demo1234"))
	var ids []string
	cursor := ""
	for pages := 0; pages < 5; pages++ {
		path := "/api/v1/parties?limit=1"
		if cursor != "" {
			path += "&cursor=" + url.QueryEscape(cursor)
		}
		r := s.do(t, "GET", path, nil, tok)
		var p struct {
			Items []struct{ ID string }
			Next  *string
		}
		if r.status != http.StatusOK || json.Unmarshal([]byte(r.body), &p) != nil || len(p.Items) != 1 {
			t.Fatalf("%s: %d %s", path, r.status, r.body)
		}
		ids = append(ids, p.Items[0].ID)
		if p.Next == nil {
			break
		}
		cursor = *p.Next
	}
	if len(ids) < 2 || !slices.IsSorted(ids) {
		t.Fatalf("parties page by page: %v", ids)
	}
	r := s.do(t, "GET", "/api/v1/parties", nil, tok)
	var bare []struct{ ID string }
	if json.Unmarshal([]byte(r.body), &bare) != nil || len(bare) != len(ids) || r.header.Get("Next-Cursor") != "" {
		t.Fatalf("bare list: %s %v", r.body, r.header)
	}
	for _, path := range []string{"/api/v1/cases?limit=0", "/api/v1/cases?cursor=xyz", "/api/v1/inbox?limit=900", "/api/v1/cases?due=later", "/api/v1/parties?cursor=eyJzIjoibXNnIn0"} {
		if r := s.do(t, "GET", path, nil, tok); r.status != http.StatusUnprocessableEntity {
			t.Errorf("%s: %d %s", path, r.status, r.body)
		}
	}
	r = s.do(t, "GET", "/api/v1/cases?limit=5", nil, tok)
	if r.status != http.StatusOK || r.body != "{\"items\":[],\"next\":null}\n" {
		t.Errorf("empty page: %q", r.body)
	}
}

// TestAdminListsPaged: the administration's lists of departments, users
// and parties page like every list, and stay the administrators' (§10).
func TestAdminListsPaged(t *testing.T) {
	s := start(t)
	adm := bearer(s.login(t, "admin", "demo1234"))
	for _, list := range []struct{ path, key string }{{"/api/v1/admin/users", "login"}, {"/api/v1/admin/departments", "id"}, {"/api/v1/admin/parties", "id"}} {
		var bare []map[string]any
		r := s.do(t, "GET", list.path, nil, adm)
		if r.status != http.StatusOK || json.Unmarshal([]byte(r.body), &bare) != nil || len(bare) < 2 {
			t.Fatalf("%s: %d %s", list.path, r.status, r.body)
		}
		var keys []string
		path := list.path + "?limit=1"
		for range len(bare) + 1 {
			r := s.do(t, "GET", path, nil, adm)
			var p struct {
				Items []map[string]any
				Next  *string
			}
			if r.status != http.StatusOK || json.Unmarshal([]byte(r.body), &p) != nil || len(p.Items) != 1 {
				t.Fatalf("%s: %d %s", path, r.status, r.body)
			}
			keys = append(keys, p.Items[0][list.key].(string))
			if p.Next == nil {
				break
			}
			path = list.path + "?limit=1&cursor=" + url.QueryEscape(*p.Next)
		}
		if len(keys) != len(bare) || !slices.IsSorted(keys) {
			t.Fatalf("%s page by page: %v, all at once %d", list.path, keys, len(bare))
		}
		if r := s.do(t, "GET", list.path+"?cursor=eyJzIjoibXNnIn0", nil, adm); r.status != http.StatusUnprocessableEntity {
			t.Errorf("%s with another list's cursor: %d", list.path, r.status)
		}
	}
	lina := bearer(s.login(t, "lina", "demo1234"))
	for _, path := range []string{"/api/v1/admin/users", "/api/v1/admin/departments", "/api/v1/admin/parties?limit=5"} {
		if r := s.do(t, "GET", path, nil, lina); r.status != http.StatusForbidden {
			t.Errorf("%s by a member: %d", path, r.status)
		}
	}
}

// TestRepeatedQueryParameter: a parameter given twice (?limit=1&limit=2,
// ?state=a&state=b) or a query that does not parse is a 400 naming it —
// every handler reads one value, so the other was ignored without a word.
func TestRepeatedQueryParameter(t *testing.T) {
	s := start(t)
	tok := bearer(s.login(t, "lina", "demo1234"))
	for _, tc := range []struct{ path, field string }{
		{"/api/v1/cases?limit=1&limit=2", "limit"},
		{"/api/v1/cases?state=requested&state=archived&process=internal-collab", "state"},
		{"/api/v1/calendar/deadline?from=2026-12-01T10:00:00%2B08:00&workdays=1&workdays=2", "workdays"},
		{"/api/v1/parties?cursor=&cursor=", "cursor"},
		{"/api/v1/cases?limit=%zz", ""},
	} {
		r := s.do(t, "GET", tc.path, nil, tok)
		code, msg, fields := r.errorBody(t)
		if r.status != http.StatusBadRequest || code != "malformed" || msg == "" || (tc.field != "" && fields[tc.field] == "") {
			t.Errorf("%s: %d %s", tc.path, r.status, r.body)
		}
	}
	if r := s.do(t, "GET", "/api/v1/cases?limit=1&state=requested", nil, tok); r.status != http.StatusOK {
		t.Errorf("distinct parameters: %d %s", r.status, r.body)
	}
	// In the caller's language, as every other problem: it was Chinese for
	// a user who chose English, the check running before the sign-in.
	if r := s.do(t, "PATCH", "/api/v1/me", strings.NewReader(`{"lang":"en"}`), tok); r.status != http.StatusOK {
		t.Fatalf("lang en: %d %s", r.status, r.body)
	}
	for _, path := range []string{"/api/v1/cases?limit=1&limit=2", "/api/v1/cases?limit=%zz"} {
		r := s.do(t, "GET", path, nil, tok)
		if _, msg, fields := r.errorBody(t); r.status != http.StatusBadRequest || !isASCII(msg) || !isASCII(fields["limit"]) {
			t.Errorf("%s for an English user: %d %s", path, r.status, r.body)
		}
	}
	// So is an unknown path, or a known one with another method.
	for _, mp := range [][2]string{{"GET", "/api/v1/cases/1/actions/accept"}, {"PUT", "/api/v1/cases/1/actions/accept"}, {"GET", "/api/v1/nowhere"}} {
		r := s.do(t, mp[0], mp[1], nil, tok)
		if code, msg, _ := r.errorBody(t); r.status != http.StatusNotFound || code != "not_found" || !isASCII(msg) {
			t.Errorf("%s %s for an English user: %d %s", mp[0], mp[1], r.status, r.body)
		}
	}
}

func isASCII(s string) bool {
	for _, c := range s {
		if c > 127 {
			return false
		}
	}
	return true
}

// TestInboundQueueLimit: the inbound mail queue took ?limit=abc, ?limit=-1
// and any cursor as "the newest 500", without a word.
func TestInboundQueueLimit(t *testing.T) {
	s := start(t)
	admin := bearer(s.login(t, "admin", "demo1234"))
	for _, q := range []string{"limit=abc", "limit=-1", "limit=0", "limit=501", "cursor=x", "cursor=eyJzIjoibmV3IiwiaSI6MjN9"} {
		r := s.do(t, "GET", "/api/v1/admin/inbound?"+q, nil, admin)
		if code, _, _ := r.errorBody(t); r.status != http.StatusUnprocessableEntity || code != "invalid" {
			t.Errorf("%s: %d %s", q, r.status, r.body)
		}
	}
	if r := s.do(t, "GET", "/api/v1/admin/inbound?limit=10", nil, admin); r.status != http.StatusOK {
		t.Errorf("limit=10: %d %s", r.status, r.body)
	}
}

// TestInboundQueuePaged: the inbound mail list pages like every list
// (CONTRACT §2) — it answered a bare array of the newest N even with
// ?limit, and refused every cursor, so mail kept beyond the newest 500
// was out of reach.
func TestInboundQueuePaged(t *testing.T) {
	s := start(t)
	admin := bearer(s.login(t, "admin", "demo1234"))
	ctx := context.Background()
	for i := range 5 {
		m := store.InboundMail{MessageID: fmt.Sprintf("<m%d@example>", i), ReceivedAt: time.Date(2026, 3, 1, 9, i, 0, 0, time.UTC),
			From: "x@example.com", Subject: fmt.Sprint("mail ", i), Status: "queued"}
		if _, err := s.App.DB().InsertInboundMail(ctx, m); err != nil {
			t.Fatal(err)
		}
	}
	var subjects []string
	path := "/api/v1/admin/inbound?status=queued&limit=2"
	for range 5 {
		r := s.do(t, "GET", path, nil, admin)
		var p struct {
			Items []struct{ Subject string }
			Next  *string
		}
		if r.status != http.StatusOK || json.Unmarshal([]byte(r.body), &p) != nil || len(p.Items) == 0 || len(p.Items) > 2 {
			t.Fatalf("%s: %d %s", path, r.status, r.body)
		}
		for _, m := range p.Items {
			subjects = append(subjects, m.Subject)
		}
		if p.Next == nil {
			break
		}
		path = "/api/v1/admin/inbound?status=queued&limit=2&cursor=" + url.QueryEscape(*p.Next)
	}
	if want := []string{"mail 4", "mail 3", "mail 2", "mail 1", "mail 0"}; !slices.Equal(subjects, want) {
		t.Fatalf("page by page: %q, want %q", subjects, want)
	}
	// Another status's list does not take this one's cursor.
	r := s.do(t, "GET", "/api/v1/admin/inbound?status=queued&limit=2", nil, admin)
	var p struct{ Next *string }
	if json.Unmarshal([]byte(r.body), &p) != nil || p.Next == nil {
		t.Fatalf("first page: %s", r.body)
	}
	if r := s.do(t, "GET", "/api/v1/admin/inbound?status=refused&cursor="+url.QueryEscape(*p.Next), nil, admin); r.status != http.StatusUnprocessableEntity {
		t.Errorf("another status's cursor: %d %s", r.status, r.body)
	}
	// Without limit and cursor: the bare array, as before.
	if r := s.do(t, "GET", "/api/v1/admin/inbound", nil, admin); r.status != http.StatusOK || !strings.HasPrefix(r.body, "[") {
		t.Errorf("bare list: %d %s", r.status, r.body)
	}
}

// TestCursorOfAnotherListOrEdited: a cursor belongs to one list (its
// filter, its case, its query) and is refused when it comes from another
// list of the same order or was edited — before, case 1's notifications
// cursor paged case 2's, a cursor of state=requested paged another
// filter, and {"s":"new","i":-5} answered an empty page.
func TestCursorOfAnotherListOrEdited(t *testing.T) {
	s := startDev(t)
	wang := bearer(s.login(t, "wangfang", "demo1234"))
	adm := bearer(s.login(t, "admin", "demo1234"))
	if r := s.post(t, "/api/v1/dev/clock", `{"now":"2026-02-13T16:00:00+08:00"}`, adm); r.status != http.StatusOK {
		t.Fatalf("clock: %d %s", r.status, r.body)
	}
	for range 3 {
		if r := s.post(t, "/api/v1/cases", collabBody, wang); r.status != http.StatusCreated {
			t.Fatalf("open: %d %s", r.status, r.body)
		}
	}
	next := func(path string) string {
		t.Helper()
		r := s.do(t, "GET", path, nil, adm)
		var p struct{ Next *string }
		if r.status != http.StatusOK || json.Unmarshal([]byte(r.body), &p) != nil || p.Next == nil {
			t.Fatalf("%s: %d %s", path, r.status, r.body)
		}
		return *p.Next
	}
	cases := next("/api/v1/cases?process=internal-collab&limit=1")
	ntf := next("/api/v1/notifications?case_id=1&limit=1")
	for _, tc := range []struct{ path, cursor string }{
		{"/api/v1/cases?process=internal-collab&state=declined&limit=1", cases},
		{"/api/v1/cases?limit=1", cases},
		{"/api/v1/notifications?case_id=2&limit=1", ntf},
		{"/api/v1/cases?process=internal-collab&limit=1", base64.RawURLEncoding.EncodeToString([]byte(`{"s":"new","i":-5}`))},
		{"/api/v1/cases?process=internal-collab&limit=1", edited(t, cases)},
	} {
		r := s.do(t, "GET", tc.path+"&cursor="+url.QueryEscape(tc.cursor), nil, adm)
		if _, _, fields := r.errorBody(t); r.status != http.StatusUnprocessableEntity || fields["cursor"] == "" {
			t.Errorf("%s with cursor %s: %d %s", tc.path, tc.cursor, r.status, r.body)
		}
	}
	// The list's own cursor still pages.
	if r := s.do(t, "GET", "/api/v1/cases?process=internal-collab&limit=1&cursor="+url.QueryEscape(cases), nil, adm); r.status != http.StatusOK {
		t.Errorf("own cursor: %d %s", r.status, r.body)
	}
}

// edited returns cursor with its id changed by one, everything else kept.
func edited(t *testing.T, cursor string) string {
	t.Helper()
	b, err := base64.RawURLEncoding.DecodeString(cursor)
	if err != nil {
		t.Fatal(err)
	}
	var k map[string]any
	if err := json.Unmarshal(b, &k); err != nil {
		t.Fatal(err)
	}
	k["i"] = k["i"].(float64) - 1
	b, _ = json.Marshal(k)
	return base64.RawURLEncoding.EncodeToString(b)
}

// TestDutiesPaged: a user's duties page like every list (CONTRACT §2) —
// they were one unbounded array, whatever limit asked — in the same order
// as all at once, a case with two of the user's roles included.
func TestDutiesPaged(t *testing.T) {
	s := startDev(t)
	wang := bearer(s.login(t, "wangfang", "demo1234"))
	adm := bearer(s.login(t, "admin", "demo1234"))
	if r := s.post(t, "/api/v1/dev/clock", `{"now":"2026-02-13T16:00:00+08:00"}`, adm); r.status != http.StatusOK {
		t.Fatalf("clock: %d %s", r.status, r.body)
	}
	for _, body := range []string{collabBody, collabBody, strings.Replace(collabBody, `"contact":"chenjie"`, `"contact":"zhaolei"`, 1)} {
		if r := s.post(t, "/api/v1/cases", body, wang); r.status != http.StatusCreated {
			t.Fatalf("open: %d %s", r.status, r.body)
		}
		s.post(t, "/api/v1/dev/clock", `{"now":"2026-02-13T17:00:00+08:00"}`, adm)
	}
	type duty struct {
		CaseID int64 `json:"case_id"`
		Role   string
	}
	var all []duty
	r := s.do(t, "GET", "/api/v1/admin/users/zhaolei/duties", nil, adm)
	if r.status != http.StatusOK || json.Unmarshal([]byte(r.body), &all) != nil || len(all) != 4 {
		t.Fatalf("all duties: %d %s", r.status, r.body)
	}
	var paged []duty
	path := "/api/v1/admin/users/zhaolei/duties?limit=1"
	for range 10 {
		r := s.do(t, "GET", path, nil, adm)
		var p struct {
			Items []duty
			Next  *string
		}
		if r.status != http.StatusOK || json.Unmarshal([]byte(r.body), &p) != nil || len(p.Items) != 1 {
			t.Fatalf("%s: %d %s", path, r.status, r.body)
		}
		paged = append(paged, p.Items...)
		if p.Next == nil {
			break
		}
		path = "/api/v1/admin/users/zhaolei/duties?limit=1&cursor=" + url.QueryEscape(*p.Next)
	}
	if !slices.Equal(paged, all) {
		t.Fatalf("page by page %v, all at once %v", paged, all)
	}
	if r := s.do(t, "GET", "/api/v1/admin/users/lina/duties?"+strings.TrimPrefix(path, "/api/v1/admin/users/zhaolei/duties?"), nil, adm); r.status != http.StatusUnprocessableEntity {
		t.Errorf("another user's cursor: %d %s", r.status, r.body)
	}
}

// TestSmallListsPaged: the lists held whole in memory — a case's documents
// (CONTRACT §2's table), the process definitions, a case's portal links
// and follow-ups,
// the channels, hook sources and identities — answered the bare array
// even with ?limit; they page like every list now, walking to the same
// items as all at once.
func TestSmallListsPaged(t *testing.T) {
	s := startDev(t)
	adm := bearer(s.login(t, "admin", "demo1234"))
	wang := bearer(s.login(t, "wangfang", "demo1234"))
	chen := bearer(s.login(t, "chenjie", "demo1234"))
	if r := s.post(t, "/api/v1/dev/clock", `{"now":"2026-02-13T16:00:00+08:00"}`, adm); r.status != http.StatusOK {
		t.Fatalf("clock: %d %s", r.status, r.body)
	}
	if r := s.post(t, "/api/v1/cases", collabBody, wang); r.status != http.StatusCreated {
		t.Fatalf("open: %d %s", r.status, r.body)
	}
	if r := s.post(t, "/api/v1/cases/1/actions/accept", `{"fields":{"committed_by":"2026-03-10"}}`, chen); r.status != http.StatusOK {
		t.Fatalf("accept: %d %s", r.status, r.body)
	}
	for _, tc := range []struct {
		path string
		min  int
	}{
		{"/api/v1/cases/1/documents", 2}, {"/api/v1/processes", 2}, {"/api/v1/cases/1/links", 0}, {"/api/v1/cases/1/follow-ups", 0},
		{"/api/v1/admin/channels", 0}, {"/api/v1/admin/hook-sources", 0}, {"/api/v1/admin/users/lina/identities", 0},
	} {
		var all []json.RawMessage
		r := s.do(t, "GET", tc.path, nil, adm)
		if r.status != http.StatusOK || json.Unmarshal([]byte(r.body), &all) != nil || len(all) < tc.min {
			t.Fatalf("%s: %d %s", tc.path, r.status, r.body)
		}
		var paged []json.RawMessage
		path := tc.path + "?limit=1"
		for range len(all) + 1 {
			r := s.do(t, "GET", path, nil, adm)
			var p struct {
				Items []json.RawMessage
				Next  *string
			}
			if r.status != http.StatusOK || json.Unmarshal([]byte(r.body), &p) != nil || p.Items == nil || len(p.Items) > 1 {
				t.Fatalf("%s: %d %s", path, r.status, r.body)
			}
			paged = append(paged, p.Items...)
			if p.Next == nil {
				break
			}
			path = tc.path + "?limit=1&cursor=" + url.QueryEscape(*p.Next)
		}
		if len(paged) != len(all) {
			t.Errorf("%s: %d page by page, %d at once", tc.path, len(paged), len(all))
		}
		if r := s.do(t, "GET", tc.path+"?cursor=x", nil, adm); r.status != http.StatusUnprocessableEntity {
			t.Errorf("%s with a bad cursor: %d", tc.path, r.status)
		}
	}
}
