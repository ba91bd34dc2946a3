package app_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"
)

// TestPageButtonsNoTestPressed presses, through the pages as a browser
// does (session cookie, the form's CSRF token), the buttons no other test
// pressed: 保存 on /me (language, e-mail), 重置 on /me/calendar, and a
// channel's 测试 and 删除 on /admin. Each must answer as its handler says
// and do what it says (the records page's 校验 had answered 500 for as long
// as it existed, unseen, since no test pressed it).
func TestPageButtonsNoTestPressed(t *testing.T) {
	ctx := context.Background()
	a := demoApp(t, nil, nil, false)
	if err := a.Start(ctx); err != nil {
		t.Fatal(err)
	}
	csrfOf := func(c *client, path string) string {
		t.Helper()
		code, body := c.page("GET", path, nil)
		m := csrfField.FindStringSubmatch(body)
		if code != 200 || m == nil {
			t.Fatalf("%s: %d, no form token", path, code)
		}
		return m[1]
	}

	// 保存 on /me: English, no e-mail; the next page speaks English.
	chen := signIn(t, a, "chenjie")
	code, _ := chen.page("POST", "/me/preferences", url.Values{"csrf": {csrfOf(chen, "/me")}, "lang": {"en"}})
	if code != http.StatusSeeOther {
		t.Fatalf("preferences: %d", code)
	}
	var me struct {
		Lang        string `json:"lang"`
		EmailNotify bool   `json:"email_notify"`
		CalendarKey string `json:"calendar_key"`
	}
	if code := chen.json("GET", "/api/v1/me", nil, &me); code != 200 || me.Lang != "en" || me.EmailNotify {
		t.Errorf("after saving English without e-mail: %d %+v", code, me)
	}
	if _, body := chen.page("GET", "/inbox", nil); !strings.Contains(body, `lang="en"`) {
		t.Error("the inbox does not speak English after 保存")
	}

	// 重置 on /me/calendar: a new key; the old feed is gone.
	old := me.CalendarKey
	code, _ = chen.page("POST", "/me/calendar-key", url.Values{"csrf": {csrfOf(chen, "/me/calendar")}})
	if code != http.StatusSeeOther {
		t.Fatalf("calendar key reset: %d", code)
	}
	chen.json("GET", "/api/v1/me", nil, &me)
	if me.CalendarKey == "" || me.CalendarKey == old {
		t.Errorf("the key after 重置: %q (was %q)", me.CalendarKey, old)
	}
	if old != "" {
		if code, _ := chen.page("GET", "/api/v1/me/calendar.ics?key="+url.QueryEscape(old), nil); code != http.StatusNotFound {
			t.Errorf("the old feed: %d, want 404", code)
		}
	}

	// A channel's 测试 and 删除 on /admin.
	got := make(chan string, 4)
	hook := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got <- r.URL.Path
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"errcode":0,"errmsg":"ok"}`)
	}))
	defer hook.Close()
	admin := signIn(t, a, "admin")
	var ch struct {
		ID int64 `json:"id"`
	}
	if code := admin.json("POST", "/api/v1/admin/channels", map[string]any{"dept": "tech", "kind": "dingtalk", "name": "技术部群", "url": hook.URL + "/robot/send?access_token=pagetest0123456789"}, &ch); code != http.StatusCreated || ch.ID == 0 {
		t.Fatalf("add a channel: %d %+v", code, ch)
	}
	code, body := admin.page("POST", fmt.Sprintf("/admin/channels/%d/test", ch.ID), url.Values{"csrf": {csrfOf(admin, "/admin")}})
	if code != 200 || !strings.Contains(body, "data-test-ok") {
		t.Errorf("测试: %d\n%s", code, body)
	}
	select {
	case p := <-got:
		if p != "/robot/send" {
			t.Errorf("the test message went to %s", p)
		}
	default:
		t.Error("测试 sent nothing to the robot")
	}
	code, _ = admin.page("POST", fmt.Sprintf("/admin/channels/%d/delete", ch.ID), url.Values{"csrf": {csrfOf(admin, "/admin")}})
	if code != http.StatusSeeOther {
		t.Errorf("删除: %d", code)
	}
	var left []struct {
		ID int64 `json:"id"`
	}
	if code := admin.json("GET", "/api/v1/admin/channels", nil, &left); code != 200 || len(left) != 0 {
		t.Errorf("channels after 删除: %d %+v", code, left)
	}
	// Without the form's token each button refuses and changes nothing.
	if code, _ := chen.page("POST", "/me/preferences", url.Values{"lang": {"zh"}}); code != http.StatusForbidden {
		t.Errorf("preferences without a token: %d, want 403", code)
	}
}

// TestShutdownTwice: a second Shutdown returns at once with the first's
// result (it waited for ever on Serve's result, which is sent once).
func TestShutdownTwice(t *testing.T) {
	ctx := context.Background()
	a := demoApp(t, nil, nil, false) // its cleanup shuts it down a third time
	if err := a.Start(ctx); err != nil {
		t.Fatal(err)
	}
	first := a.Shutdown(ctx)
	done := make(chan error, 1)
	go func() { done <- a.Shutdown(ctx) }()
	select {
	case err := <-done:
		if err != first {
			t.Errorf("second Shutdown: %v, first %v", err, first)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("a second Shutdown does not return")
	}
}
