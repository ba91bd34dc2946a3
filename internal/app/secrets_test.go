package app_test

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/liaison-dev/liaison/internal/app"
	"github.com/liaison-dev/liaison/internal/demo"
	"github.com/liaison-dev/liaison/internal/notify"
	"github.com/liaison-dev/liaison/internal/process"
)

// syncBuffer is a log destination several goroutines write to.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestSecretsNeverShown configures robots whose URLs carry known tokens and
// secrets, makes every kind of failure happen (a closed port, a platform
// that answers 500 quoting the request URL, a refusal), tests each channel
// with 发送测试, and then reads everything a person can: the server's log
// at debug level, the notifications API, the channels API, the channel test
// answers, the admin page and the case page. No known secret may appear.
func TestSecretsNeverShown(t *testing.T) {
	ctx := context.Background()
	// A platform that answers 500 and echoes the URL it was called at.
	echo := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusInternalServerError)
		fmt.Fprintf(w, `{"code":9499,"msg":"busy at %s"}`, r.URL.String())
	}))
	defer echo.Close()
	// DingTalk refusing the signature, quoting the query.
	refuse := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, `{"errcode":310000,"errmsg":"sign not match, more: [%s]"}`, r.URL.RawQuery)
	}))
	defer refuse.Close()
	ln, err := net.Listen("tcp", "127.0.0.1:0") // a port nobody answers on
	if err != nil {
		t.Fatal(err)
	}
	closed := ln.Addr().String()
	ln.Close()

	secrets := map[string]string{ // what must never be shown → where it sits
		"dingtalkToken0a1b2c3d4e5f": "access_token of a robot on a closed port",
		"SECdingtalkSigningSecret9": "a DingTalk signing secret",
		"feishuHookId-77c0ffee":     "a Feishu hook id (in the path)",
		"wecomKey-5a5a5a5a":         "a WeCom key",
		"refusedToken-31337":        "access_token of a robot that refuses",
		"webhookSecret-abcdef":      "a webhook signing secret",
	}
	logs := &syncBuffer{}
	a, err := app.New(ctx, app.Config{Addr: "127.0.0.1:0", DB: filepath.Join(t.TempDir(), "secrets.db"), DevClock: true, PasswordParams: cheap, ManualDelivery: true,
		Logger: slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug})), Getenv: func(string) string { return "" }})
	if err != nil {
		t.Fatal(err)
	}
	if err := demo.Seed(ctx, a.DB(), time.Now(), cheap); err != nil {
		t.Fatal(err)
	}
	if err := a.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer a.Shutdown(ctx)
	admin := signIn(t, a, "admin")
	for _, ch := range []map[string]any{
		{"dept": "tech", "kind": "dingtalk", "name": "closed", "url": "http://" + closed + "/robot/send?access_token=dingtalkToken0a1b2c3d4e5f", "secret": "SECdingtalkSigningSecret9"},
		{"dept": "tech", "kind": "feishu", "name": "echo", "url": echo.URL + "/open-apis/bot/v2/hook/feishuHookId-77c0ffee"},
		{"dept": "tech", "kind": "wecom", "name": "wecom", "url": echo.URL + "/cgi-bin/webhook/send?key=wecomKey-5a5a5a5a"},
		{"dept": "tech", "kind": "dingtalk", "name": "refuse", "url": refuse.URL + "/robot/send?access_token=refusedToken-31337"},
		{"dept": "tech", "kind": "webhook", "name": "hook", "url": "http://" + closed + "/hook", "secret": "webhookSecret-abcdef"},
	} {
		if code := admin.json("POST", "/api/v1/admin/channels", ch, nil); code != http.StatusCreated {
			t.Fatalf("add channel %v: %d", ch["name"], code)
		}
	}
	v, err := a.Cases().Open(ctx, actor(t, a.DB(), "wangfang"), "internal-collab", process.Input{Fields: map[string]any{
		"title": "接口联调支持", "to_dept": "tech", "contact": "chenjie", "background": "新版本需要接口联调。",
		"tasks": []any{map[string]any{"item": "联调订单接口", "standard": "全部用例通过"}}, "expected_by": "2027-03-20",
	}})
	if err != nil {
		t.Fatal(err)
	}
	if n, err := a.DeliverNow(ctx); err != nil || n == 0 {
		t.Fatalf("delivered %d: %v", n, err)
	}

	var seen strings.Builder
	var channels []struct{ ID int64 }
	if code := admin.json("GET", "/api/v1/admin/channels", nil, &channels); code != 200 || len(channels) != 5 {
		t.Fatalf("channels: %d %v", code, channels)
	}
	okCount := 0
	for _, c := range channels {
		var res notify.ProbeResult
		if code := admin.json("POST", fmt.Sprintf("/api/v1/admin/channels/%d/test", c.ID), nil, &res); code != 200 {
			t.Fatalf("test channel %d: %d", c.ID, code)
		}
		if res.OK {
			okCount++
		}
		fmt.Fprintf(&seen, "%+v\n", res)
		_, body := admin.page("GET", "/admin", nil)
		csrf := csrfField.FindStringSubmatch(body)[1]
		code, page := admin.page("POST", fmt.Sprintf("/admin/channels/%d/test", c.ID), url.Values{"csrf": {csrf}})
		if code != 200 || !strings.Contains(page, "未送达") {
			t.Errorf("发送测试 of channel %d: %d, want the failure shown", c.ID, code)
		}
		seen.WriteString(page)
	}
	if okCount != 0 {
		t.Errorf("%d of these broken channels tested fine", okCount)
	}
	for _, path := range []string{"/api/v1/admin/channels", fmt.Sprintf("/api/v1/notifications?case_id=%d", v.ID), "/api/v1/admin/audit?limit=100"} {
		_, body := admin.page("GET", path, nil)
		seen.WriteString(body)
	}
	for _, path := range []string{"/admin", fmt.Sprintf("/cases/%d", v.ID)} {
		_, body := admin.page("GET", path, nil)
		seen.WriteString(body)
	}
	if !strings.Contains(seen.String(), "310000") || !strings.Contains(logs.String(), "notify:") {
		t.Fatalf("the failures did not happen as planned:\n%s", logs.String())
	}
	for secret, what := range secrets {
		if strings.Contains(logs.String(), secret) {
			t.Errorf("the server log shows %s (%s)", secret, what)
		}
		if strings.Contains(seen.String(), secret) {
			t.Errorf("a page or API answer shows %s (%s)", secret, what)
		}
	}
}
