package app_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/liaison-dev/liaison/internal/app"
	"github.com/liaison-dev/liaison/internal/demo"
	"github.com/liaison-dev/liaison/internal/process"
)

type mailpitMessage struct {
	ID      string
	Subject string
	To      []struct{ Name, Address string }
}

func mailpitSearch(t *testing.T, api, query string) []mailpitMessage {
	t.Helper()
	resp, err := http.Get(api + "/api/v1/search?query=" + url.QueryEscape(query))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var list struct{ Messages []mailpitMessage }
	if err := json.NewDecoder(resp.Body).Decode(&list); err != nil {
		t.Fatal(err)
	}
	return list.Messages
}

// TestEscalationMailThroughTheServer: a deadline passes on the dev clock;
// the escalation reaches both heads by mail through the real SMTP server,
// with the case key, the overdue step and a link back in it.
func TestEscalationMailThroughTheServer(t *testing.T) {
	smtpAddr, api := os.Getenv("LIAISON_TEST_MAILPIT"), os.Getenv("LIAISON_TEST_MAILPIT_API")
	if smtpAddr == "" || api == "" {
		t.Skip("mail tests skipped: set LIAISON_TEST_MAILPIT (e.g. 127.0.0.1:1025) and LIAISON_TEST_MAILPIT_API (e.g. http://127.0.0.1:8025) to a running mailpit")
	}
	ctx := context.Background()
	env := map[string]string{"LIAISON_SMTP": "smtp://" + smtpAddr + "?tls=none", "LIAISON_MAIL_FROM": "liaison <liaison@liaison-demo.example>"}
	a, err := app.New(ctx, app.Config{Addr: "127.0.0.1:0", DB: filepath.Join(t.TempDir(), "mail.db"), DevClock: true, PasswordParams: cheap,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil)), Getenv: func(k string) string { return env[k] }})
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
	sh, _ := time.LoadLocation("Asia/Shanghai")
	if err := a.Cases().SetClock(ctx, time.Date(2026, 2, 13, 16, 0, 0, 0, sh)); err != nil {
		t.Fatal(err)
	}
	title := fmt.Sprintf("接口联调支持-%d", time.Now().UnixNano())
	v, err := a.Cases().Open(ctx, actor(t, a.DB(), "wangfang"), "internal-collab", process.Input{Fields: map[string]any{
		"title": title, "to_dept": "tech", "contact": "chenjie", "background": "新版本需要接口联调。",
		"tasks": []any{map[string]any{"item": "联调订单接口", "standard": "全部用例通过"}}, "expected_by": "2026-03-20",
	}})
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Cases().SetClock(ctx, time.Date(2026, 2, 24, 16, 0, 0, 0, sh)); err != nil {
		t.Fatal(err)
	}
	var got []mailpitMessage
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		got = mailpitSearch(t, api, `subject:"`+title+`" subject:"已逾期"`)
		if len(got) >= 3 {
			break
		}
	}
	to := map[string]bool{}
	for _, m := range got {
		for _, r := range m.To {
			to[r.Address] = true
		}
		if !strings.Contains(m.Subject, v.Key) {
			t.Errorf("subject %q lacks the key %s", m.Subject, v.Key)
		}
	}
	for _, who := range []string{"chenjie", "lina", "zhaolei"} {
		if !to[who+"@liaison-demo.example"] {
			t.Fatalf("no escalation mail to %s: %+v", who, got)
		}
	}
	resp, err := http.Get(api + "/api/v1/message/" + got[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var msg struct{ Text string }
	_ = json.NewDecoder(resp.Body).Decode(&msg)
	for _, part := range []string{v.Key, "2026年2月24日(周二)16:00", a.URL() + "/cases/"} {
		if !strings.Contains(msg.Text, part) {
			t.Errorf("mail body lacks %q:\n%s", part, msg.Text)
		}
	}
}
