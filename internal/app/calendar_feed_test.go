package app_test

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/url"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	ical "github.com/emersion/go-ical"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/demo"
	"github.com/liaison-dev/liaison/internal/process"
)

// fetchFeed gets a calendar feed without any credential but the key.
func fetchFeed(t *testing.T, base, key string) (int, string, []byte) {
	t.Helper()
	resp, err := http.Get(base + "/api/v1/me/calendar.ics?key=" + url.QueryEscape(key))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, resp.Header.Get("Content-Type"), b
}

// TestCalendarFeed: the contact's open step is an event at its deadline in
// Asia/Shanghai, read back by an independent iCalendar parser; the key is
// in GET /api/v1/me, a reset ends the old key, a wrong key is a 404.
func TestCalendarFeed(t *testing.T) {
	ctx := context.Background()
	a, _ := customerCase(t) // zhoumin's customer case waits for the customer, not for her
	v, err := a.Cases().Open(ctx, actor(t, a.DB(), "wangfang"), "internal-collab", process.Input{Fields: map[string]any{
		"title": "接口联调支持; 含逗号,与反斜杠\\", "to_dept": "tech", "contact": "chenjie", "background": "新版本需要接口联调。",
		"tasks": []any{map[string]any{"item": "联调订单接口", "standard": "全部用例通过"}}, "expected_by": "2027-03-20",
	}})
	if err != nil {
		t.Fatal(err)
	}
	chen := signIn(t, a, "chenjie")
	var me struct {
		Login       string `json:"login"`
		CalendarKey string `json:"calendar_key"`
	}
	if code := chen.json("GET", "/api/v1/me", nil, &me); code != 200 || len(me.CalendarKey) < 20 {
		t.Fatalf("me: %d %+v", code, me)
	}
	key := me.CalendarKey
	if chen.json("GET", "/api/v1/me", nil, &me); me.CalendarKey != key {
		t.Fatalf("the key changed between two reads: %q, %q", key, me.CalendarKey)
	}
	code, ctype, body := fetchFeed(t, a.URL(), key)
	if code != 200 || !strings.HasPrefix(ctype, "text/calendar") {
		t.Fatalf("feed: %d %s", code, ctype)
	}
	for i, line := range strings.Split(strings.TrimSuffix(string(body), "\r\n"), "\r\n") {
		if len(line) > 75 || strings.Contains(line, "\n") {
			t.Errorf("line %d is %d octets or holds a bare LF: %q", i+1, len(line), line)
		}
	}
	if !bytes.Contains(body, []byte("BEGIN:VTIMEZONE\r\nTZID:Asia/Shanghai")) {
		t.Error("no VTIMEZONE for Asia/Shanghai")
	}
	cal, err := ical.NewDecoder(bytes.NewReader(body)).Decode()
	if err != nil {
		t.Fatalf("an iCalendar parser refuses the feed: %v\n%s", err, body)
	}
	events := cal.Events()
	if len(events) != 1 {
		t.Fatalf("%d events, want chenjie's one waiting step:\n%s", len(events), body)
	}
	ev := events[0]
	summary, _ := ev.Props.Text(ical.PropSummary)
	if !strings.Contains(summary, v.Key) || !strings.Contains(summary, v.Title) {
		t.Errorf("SUMMARY %q lacks the key %s or the title %q", summary, v.Key, v.Title)
	}
	// Chinese text with the manual's full-width punctuation.
	if desc, _ := ev.Props.Text(ical.PropDescription); !strings.HasPrefix(desc, "待办：") {
		t.Errorf("DESCRIPTION %q does not start with 待办：", desc)
	}
	start, err := ev.DateTimeStart(nil)
	if err != nil {
		t.Fatal(err)
	}
	if p := ev.Props.Get(ical.PropDateTimeStart); p == nil || p.Params.Get(ical.ParamTimezoneID) != "Asia/Shanghai" {
		t.Errorf("DTSTART is not in Asia/Shanghai: %+v", p)
	}
	// iCalendar's DATE-TIME holds whole seconds (RFC 5545 §3.3.5); a case
	// opened inside working hours is due at a time with a fraction of a
	// second, written down to its second.
	due := v.DueAt.Truncate(time.Second)
	if !start.Equal(due) {
		t.Errorf("DTSTART %s, the step is due %s", start, due)
	}
	if u := ev.Props.Get(ical.PropURL); u == nil || u.Value != a.URL()+"/cases/"+strconv.FormatInt(v.ID, 10) {
		t.Errorf("URL %+v", u)
	}
	// Another user's feed does not hold chenjie's step.
	wang := signIn(t, a, "wangfang")
	wang.json("GET", "/api/v1/me", nil, &me)
	if _, _, b := fetchFeed(t, a.URL(), me.CalendarKey); bytes.Contains(b, []byte(v.Key)) {
		t.Error("wangfang's feed holds chenjie's step")
	}

	// Reset: the old key is a 404, the new one works.
	var reset struct {
		CalendarKey string `json:"calendar_key"`
	}
	if code := chen.json("POST", "/api/v1/me/calendar-key", nil, &reset); code != 200 || reset.CalendarKey == key || reset.CalendarKey == "" {
		t.Fatalf("reset: %d %+v", code, reset)
	}
	for _, bad := range []string{key, "", "x", strings.Repeat("k", 200), reset.CalendarKey + "x"} {
		if code, _, _ := fetchFeed(t, a.URL(), bad); code != http.StatusNotFound {
			t.Errorf("key %q: %d, want 404", bad, code)
		}
	}
	if code, _, b := fetchFeed(t, a.URL(), reset.CalendarKey); code != 200 || !bytes.Contains(b, []byte(v.Key)) {
		t.Errorf("the new key: %d", code)
	}
	// The page links to the feed with the current key.
	if _, page := chen.page("GET", "/me/calendar", nil); !strings.Contains(page, "calendar.ics?key="+reset.CalendarKey) {
		t.Error("the calendar page does not show the feed address")
	}
	if _, page := chen.page("GET", "/inbox", nil); !strings.Contains(page, `href="/me/calendar"`) {
		t.Error("the inbox does not link to the calendar page")
	}
}

// TestCalendarFeedEveryStep: one VEVENT per waiting step, not per case. In
// after-sales with a feedback open, the after-sales owner owes the
// feedback's answer in 48 hours and the callback by the state's 7 days:
// two events on one case, each at its own deadline, with distinct UIDs (the
// callback's keeps the per-state form). Someone who owes nothing has none.
func TestCalendarFeedEveryStep(t *testing.T) {
	ctx := context.Background()
	a := newApp(t, filepath.Join(t.TempDir(), "feed.db"))
	if err := demo.Seed(ctx, a.DB(), time.Now(), cheap); err != nil {
		t.Fatal(err)
	}
	if err := a.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = a.Shutdown(context.Background()) })
	id := walkToAfterSales(t, a) // delivered 2026-10-21 10:00: the callback is due 10-28 10:00
	sh, _ := time.LoadLocation("Asia/Shanghai")
	opened := time.Date(2026, 10, 22, 10, 0, 0, 0, sh)
	if err := a.Cases().SetClock(ctx, opened); err != nil {
		t.Fatal(err)
	}
	customer := cases.PartyActor("huaxin", "张伟", "zhangwei@huaxin.example")
	v, err := a.Cases().PortalAct(ctx, id, customer, "feedback", process.Input{Fields: map[string]any{"description": "导出报表乱码", "severity": "major"}})
	if err != nil {
		t.Fatal(err)
	}
	fid := v.Feedback[0].ID
	events := func(login string) []ical.Event {
		t.Helper()
		key, err := a.Reach().CalendarKey(ctx, actor(t, a.DB(), login))
		if err != nil {
			t.Fatal(err)
		}
		code, _, body := fetchFeed(t, a.URL(), key)
		if code != 200 {
			t.Fatalf("%s's feed: %d", login, code)
		}
		cal, err := ical.NewDecoder(bytes.NewReader(body)).Decode()
		if err != nil {
			t.Fatalf("%s's feed does not parse: %v\n%s", login, err, body)
		}
		return cal.Events()
	}
	evs := events("xuting")
	if len(evs) != 2 {
		t.Fatalf("xuting's feed has %d events, want 2 (the feedback's answer and the callback)", len(evs))
	}
	host := strings.TrimPrefix(a.URL(), "http://")
	want := []struct{ uid, what, due string }{
		{"case-" + strconv.FormatInt(id, 10) + "-after_sales-respond-item-" + strconv.Itoa(fid) + "@" + host, "响应并制定方案（反馈 #" + strconv.Itoa(fid) + "）", "2026-10-24 10:00"},
		{"case-" + strconv.FormatInt(id, 10) + "-after_sales-record_callback@" + host, "登记回访", "2026-10-28 10:00"},
	}
	for i, ev := range evs {
		uid, _ := ev.Props.Text(ical.PropUID)
		summary, _ := ev.Props.Text(ical.PropSummary)
		start, err := ev.DateTimeStart(sh)
		if err != nil {
			t.Fatal(err)
		}
		if uid != want[i].uid || !strings.HasSuffix(summary, " — "+want[i].what) || !strings.HasPrefix(summary, v.Key+" ") ||
			start.In(sh).Format("2006-01-02 15:04") != want[i].due {
			t.Errorf("event %d: UID %q SUMMARY %q DTSTART %s; want %q, %q, %s", i+1, uid, summary, start, want[i].uid, want[i].what, want[i].due)
		}
	}
	if evs := events("wangfang"); len(evs) != 0 {
		t.Errorf("wangfang owes nothing, yet her feed has %d events", len(evs))
	}
}
