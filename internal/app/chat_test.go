package app_test

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/liaison-dev/liaison/internal/demo"
	"github.com/liaison-dev/liaison/internal/notify/platformtest"
	"github.com/liaison-dev/liaison/internal/process"
)

// TestWorkNotificationsEndToEnd configures the company's apps on the three
// platforms (stand-ins of their APIs), gives the contact a DingTalk id on
// the admin API, leaves WeCom and Feishu to find him by mobile and email,
// and opens a case that waits for him: each platform gets one card that
// names the case, what he must do by when, and opens the case at that
// action. The notifications API lists the three deliveries as sent, and no
// secret or token reaches the log.
func TestWorkNotificationsEndToEnd(t *testing.T) {
	ctx := context.Background()
	email := "chenjie@" + demo.EmailDomain
	ding := platformtest.New(t, "dingtalk", platformtest.User{ID: "ding-chenjie"})
	we := platformtest.New(t, "wecom", platformtest.User{ID: "ChenJie", Mobile: "13800000001"})
	fs := platformtest.New(t, "feishu", platformtest.User{ID: "9a7c2e", Email: email})
	env := map[string]string{
		"LIAISON_DINGTALK_APP": ding.Setting(), "LIAISON_WECOM_APP": we.Setting(), "LIAISON_FEISHU_APP": fs.Setting(),
	}
	logs := &syncBuffer{}
	a := demoApp(t, env, slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug})), false)
	if err := a.Start(ctx); err != nil {
		t.Fatal(err)
	}
	admin := signIn(t, a, "admin")

	// Bad input changes nothing.
	var bad struct {
		Error struct{ Fields map[string]string }
	}
	for _, in := range []map[string]any{
		{"chat_ids": map[string]string{"slack": "x"}},
		{"chat_ids": map[string]string{"dingtalk": "has space"}},
		{"mobile": "call me"},
	} {
		if code := admin.json("PATCH", "/api/v1/admin/users/chenjie", in, &bad); code != http.StatusUnprocessableEntity {
			t.Fatalf("PATCH %v: %d, want 422", in, code)
		}
	}
	var u struct {
		Mobile  string            `json:"mobile"`
		ChatIDs map[string]string `json:"chat_ids"`
	}
	if code := admin.json("PATCH", "/api/v1/admin/users/chenjie", map[string]any{"mobile": "13800000001", "chat_ids": map[string]string{"dingtalk": "ding-chenjie"}}, &u); code != 200 {
		t.Fatalf("PATCH: %d", code)
	}
	if u.Mobile != "13800000001" || u.ChatIDs["dingtalk"] != "ding-chenjie" || len(u.ChatIDs) != 1 {
		t.Fatalf("user after PATCH: %+v", u)
	}

	v, err := a.Cases().Open(ctx, actor(t, a.DB(), "wangfang"), "internal-collab", process.Input{Fields: map[string]any{
		"title": "接口联调支持", "to_dept": "tech", "contact": "chenjie", "background": "新版本需要接口联调。",
		"tasks": []any{map[string]any{"item": "联调订单接口", "standard": "全部用例通过"}}, "expected_by": "2027-03-20",
	}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := a.DeliverNow(ctx); err != nil {
		t.Fatal(err)
	}
	var actURL string
	for _, c := range []struct {
		p  *platformtest.Platform
		to string
	}{{ding, "ding-chenjie"}, {we, "ChenJie"}, {fs, "9a7c2e"}} {
		sent := c.p.Sent()
		if len(sent) != 1 || sent[0].To != c.to {
			t.Fatalf("%s: sent %+v, want one card to %s", c.p.Name, sent, c.to)
		}
		b, _ := json.Marshal(sent[0].Body)
		body := string(b) + fmt.Sprint(sent[0].Body["content"])
		body = strings.ReplaceAll(body, `\u0026`, "&")
		for _, want := range []string{v.Key, "接口联调支持", "/cases/" + fmt.Sprint(v.ID) + "?act="} {
			if !strings.Contains(body, want) {
				t.Errorf("%s card lacks %q: %s", c.p.Name, want, body)
			}
		}
		if i := strings.Index(body, a.URL()+"/cases/"); i >= 0 && actURL == "" {
			actURL = strings.SplitN(strings.SplitN(body[i:], `"`, 2)[0], `\`, 2)[0]
		}
	}

	var list []struct{ Channel, Status, Recipient string }
	if code := admin.json("GET", fmt.Sprintf("/api/v1/notifications?case_id=%d", v.ID), nil, &list); code != 200 {
		t.Fatalf("notifications: %d", code)
	}
	sent := map[string]string{}
	for _, n := range list {
		if strings.HasSuffix(n.Channel, "_app") && n.Recipient == "chenjie" {
			sent[n.Channel] = n.Status + " " + n.Recipient
		}
	}
	for _, ch := range []string{"dingtalk_app", "wecom_app", "feishu_app"} {
		if sent[ch] != "sent chenjie" {
			t.Errorf("%s: %q, want sent to chenjie (all: %v)", ch, sent[ch], list)
		}
	}

	// The button opens the case at the action, for whoever signs in.
	u2, err := url.Parse(actURL)
	if err != nil || u2.Query().Get("act") == "" {
		t.Fatalf("button URL %q", actURL)
	}
	chen := signIn(t, a, "chenjie")
	code, page := chen.page("GET", u2.RequestURI(), nil)
	if code != 200 || !strings.Contains(page, `id="act-`+u2.Query().Get("act")+`" open`) {
		t.Fatalf("the case page at %s (%d) does not open the action's form", u2.RequestURI(), code)
	}

	// 发送测试 per app: the API and the admin page's button.
	var apps []struct{ Platform, ID, Channel string }
	if code := admin.json("GET", "/api/v1/admin/apps", nil, &apps); code != 200 || len(apps) != 3 {
		t.Fatalf("apps: %d %+v", code, apps)
	}
	var res struct {
		OK     bool
		Answer string
		Error  string
	}
	if code := admin.json("POST", "/api/v1/admin/apps/feishu/test", map[string]string{"login": "chenjie"}, &res); code != 200 || !res.OK || !strings.Contains(res.Answer, "success") {
		t.Fatalf("test card: %d %+v", code, res)
	}
	if code := admin.json("POST", "/api/v1/admin/apps/wecom/test", map[string]string{"login": "wangfang"}, &res); code != 200 || res.OK || !strings.Contains(res.Error, "46004") {
		t.Fatalf("test card to someone WeCom does not know: %d %+v", code, res)
	}
	if code := chen.json("POST", "/api/v1/admin/apps/wecom/test", nil, nil); code != http.StatusForbidden {
		t.Fatalf("a test by a non-administrator: %d", code)
	}
	_, page = admin.page("GET", "/admin", nil)
	if !strings.Contains(page, `data-app-test="dingtalk"`) || !strings.Contains(page, ding.ID) || strings.Contains(page, ding.Secret) {
		t.Fatal("the admin page does not list the apps (or shows a secret)")
	}
	csrf := csrfField.FindStringSubmatch(page)
	code, page = admin.page("POST", "/admin/apps/dingtalk/test", url.Values{"csrf": {csrf[1]}, "login": {"chenjie"}})
	if code != 200 || !strings.Contains(page, "data-test-ok") {
		t.Fatalf("the admin page's 发送测试: %d", code)
	}
	if n := len(ding.Sent()); n != 2 {
		t.Fatalf("dingtalk got %d messages, want the case's card and the test", n)
	}

	for _, p := range []*platformtest.Platform{ding, we, fs} {
		for _, s := range append(p.Tokens(), p.Secret) {
			if strings.Contains(logs.String(), s) {
				t.Errorf("the log shows a %s secret or token", p.Name)
			}
		}
	}
}
