package notify

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"mime"
	"net"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestParseSMTP(t *testing.T) {
	tests := []struct {
		in      string
		want    SMTPConfig
		wantErr string
	}{
		{"smtp://mail.example.com", SMTPConfig{Host: "mail.example.com", Port: 587, TLS: "starttls"}, ""},
		{"smtp://127.0.0.1:1025?tls=none", SMTPConfig{Host: "127.0.0.1", Port: 1025, TLS: "none"}, ""},
		{"smtp://mail.example.com?tls=none", SMTPConfig{Host: "mail.example.com", Port: 25, TLS: "none"}, ""},
		{"smtp://bot%40example.com:p%40ss@smtp.exmail.qq.com:465?tls=tls", SMTPConfig{Host: "smtp.exmail.qq.com", Port: 465, Username: "bot@example.com", Password: "p@ss", TLS: "tls"}, ""},
		{"smtps://u:p@mail.example.com", SMTPConfig{Host: "mail.example.com", Port: 465, Username: "u", Password: "p", TLS: "tls"}, ""},
		{"smtp://[::1]:2525/", SMTPConfig{Host: "::1", Port: 2525, TLS: "starttls"}, ""},
		{"http://mail.example.com", SMTPConfig{}, `scheme "http" is not smtp`},
		{"mail.example.com:25", SMTPConfig{}, "is not smtp"},
		{"smtp://", SMTPConfig{}, "no host"},
		{"smtp://mail.example.com:0", SMTPConfig{}, `port "0"`},
		{"smtp://mail.example.com:99999", SMTPConfig{}, `port "99999"`},
		{"smtp://mail.example.com?tls=ssl", SMTPConfig{}, `tls="ssl"`},
		{"smtp://mail.example.com?starttls=1", SMTPConfig{}, `unknown parameter "starttls"`},
		{"smtps://mail.example.com?tls=none", SMTPConfig{}, "smtps:// with tls=none"},
		{"smtp://mail.example.com/inbox", SMTPConfig{}, "unexpected path"},
		{"smtp://:secret@mail.example.com", SMTPConfig{}, "password without a user"},
		{"smtp://%zz", SMTPConfig{}, "not a URL"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseSMTP(tt.in)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) || !strings.HasPrefix(err.Error(), "LIAISON_SMTP: ") {
					t.Fatalf("err = %v, want one mentioning %q", err, tt.wantErr)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Fatalf("ParseSMTP = %+v, %v; want %+v", got, err, tt.want)
			}
			if strings.Contains(got.String(), "p@ss") || (got.Password != "" && strings.Contains(got.String(), got.Password+"@")) {
				t.Errorf("String() %q shows the password", got.String())
			}
		})
	}
}

func FuzzParseSMTP(f *testing.F) {
	for _, s := range []string{"smtp://u:p@h:25?tls=none", "smtps://h", "smtp://[::1]:1", "smtp://h?tls=x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseSMTP(s)
		if err == nil && (c.Host == "" || c.Port < 1 || c.Port > 65535 || defaultPorts[c.TLS] == 0) {
			t.Errorf("ParseSMTP(%q) accepted %+v", s, c)
		}
	})
}

func TestNewEmailErrors(t *testing.T) {
	cfg := SMTPConfig{Host: "h", Port: 25, TLS: "none"}
	for _, tt := range []struct {
		cfg  SMTPConfig
		from string
		want string
	}{
		{SMTPConfig{}, "a@b.c", "no SMTP host"},
		{cfg, "", "LIAISON_MAIL_FROM: empty"},
		{cfg, "not an address", "is not an address"},
	} {
		if _, err := NewEmail(tt.cfg, tt.from); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("NewEmail(%+v, %q) = %v, want %q", tt.cfg, tt.from, err, tt.want)
		}
	}
}

func escalationMail(id string) (Delivery, Rendered) {
	d := Delivery{ID: id, Channel: ChannelEmail, Message: sample(KindEscalation, "zh"),
		Target: Target{Name: "赵磊", Email: "zhaolei@liaison-demo.example"}}
	r, err := Render(personal(d), nil)
	if err != nil {
		panic(err)
	}
	return d, r
}

// TestEmailMessage checks the MIME message itself, without a server.
func TestEmailMessage(t *testing.T) {
	ch, err := NewEmail(SMTPConfig{Host: "h", Port: 25, TLS: "none"}, "liaison 通知 <liaison@liaison-demo.example>")
	if err != nil {
		t.Fatal(err)
	}
	d, r := escalationMail("ntf-42-email")
	m, err := ch.(*Email).message(d, r)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if _, err := m.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	raw := b.String()
	head, _, _ := strings.Cut(raw, "\r\n\r\n")
	for _, want := range []string{"Message-ID: <ntf-42-email@liaison>", "X-Liaison-Delivery: ntf-42-email", "Auto-Submitted: auto-generated", "multipart/alternative"} {
		if !strings.Contains(raw, want) {
			t.Errorf("message lacks %q:\n%s", want, head)
		}
	}
	for _, line := range strings.Split(head, "\r\n") {
		if strings.ContainsFunc(line, func(r rune) bool { return r > 127 }) {
			t.Errorf("raw non-ASCII header line %q: Chinese must be RFC 2047 encoded", line)
		}
	}
	var subj string
	for _, line := range strings.Split(strings.ReplaceAll(head, "\r\n ", " "), "\r\n") {
		if s, ok := strings.CutPrefix(line, "Subject: "); ok {
			subj = s
		}
	}
	dec, err := new(mime.WordDecoder).DecodeHeader(subj)
	if err != nil || dec != r.Subject {
		t.Errorf("Subject decodes to %q (%v), want %q", dec, err, r.Subject)
	}
}

// TestEmailMailpit sends an escalation through a real SMTP server, mailpit,
// and reads it back through mailpit's API.
func TestEmailMailpit(t *testing.T) {
	smtpAddr, api := os.Getenv("LIAISON_TEST_MAILPIT"), os.Getenv("LIAISON_TEST_MAILPIT_API")
	if smtpAddr == "" || api == "" {
		t.Skip("mailpit not configured: set LIAISON_TEST_MAILPIT (SMTP host:port, e.g. 127.0.0.1:1025) and LIAISON_TEST_MAILPIT_API (e.g. http://127.0.0.1:8025); see docs/notifications.md")
	}
	host, port, err := net.SplitHostPort(smtpAddr)
	if err != nil {
		t.Fatalf("LIAISON_TEST_MAILPIT: %v", err)
	}
	cfg, err := ParseSMTP("smtp://" + net.JoinHostPort(host, port) + "?tls=none")
	if err != nil {
		t.Fatal(err)
	}
	ch, err := NewEmail(cfg, "liaison 通知 <liaison@liaison-demo.example>")
	if err != nil {
		t.Fatal(err)
	}
	id := "ntf-" + strconv.FormatInt(time.Now().UnixNano(), 10) + "-email"
	d, r := escalationMail(id)
	// Twice: the repeat a lost acknowledgement causes must carry the same identity.
	for range 2 {
		if err := ch.Send(context.Background(), d, r); err != nil {
			t.Fatal(err)
		}
	}

	var list struct {
		Messages []struct{ ID, MessageID string }
	}
	getJSON(t, api+"/api/v1/search?query="+url.QueryEscape("message-id:"+id+"@liaison"), &list)
	if len(list.Messages) != 2 {
		t.Fatalf("mailpit holds %d messages with Message-ID %s@liaison, want the 2 sends", len(list.Messages), id)
	}
	for _, s := range list.Messages {
		var msg struct {
			MessageID, Subject, Text, HTML string
			From                           struct{ Name, Address string }
			To                             []struct{ Name, Address string }
		}
		getJSON(t, api+"/api/v1/message/"+s.ID, &msg)
		if msg.MessageID != id+"@liaison" {
			t.Errorf("Message-ID %q, want %s@liaison", msg.MessageID, id)
		}
		if len(msg.To) != 1 || msg.To[0].Address != "zhaolei@liaison-demo.example" || msg.To[0].Name != "赵磊" {
			t.Errorf("recipients %+v, want 赵磊 <zhaolei@liaison-demo.example>", msg.To)
		}
		if msg.From.Address != "liaison@liaison-demo.example" || msg.From.Name != "liaison 通知" {
			t.Errorf("from %+v", msg.From)
		}
		wantSubject := "[XZ-2026-0001] 产品V2.0版本开发需求支持 — 已逾期：「确认是否承接」应于2026年12月3日(周四)18:00前完成"
		if msg.Subject != wantSubject {
			t.Errorf("subject %q, want %q", msg.Subject, wantSubject)
		}
		for name, body := range map[string]string{"text": msg.Text, "html": msg.HTML} {
			for _, want := range []string{"赵磊，您好", "陈杰", "2026年12月3日(周四)18:00", "确认是否承接", "https://liaison.example/cases/42"} {
				if !strings.Contains(body, want) {
					t.Errorf("%s body lacks %q", name, want)
				}
			}
		}
		var headers map[string][]string
		getJSON(t, api+"/api/v1/message/"+s.ID+"/headers", &headers)
		if got := headers["X-Liaison-Delivery"]; len(got) != 1 || got[0] != id {
			t.Errorf("X-Liaison-Delivery %v, want %s", got, id)
		}
	}
}

func getJSON(t *testing.T, u string, v any) {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %s", u, resp.Status)
	}
	if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
		t.Fatal(fmt.Errorf("GET %s: %w", u, err))
	}
}

func TestEmailServerDown(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().(*net.TCPAddr)
	l.Close() // nothing listens: connection refused is retryable
	ch, _ := NewEmail(SMTPConfig{Host: "127.0.0.1", Port: addr.Port, TLS: "none"}, "liaison@liaison-demo.example")
	d, r := escalationMail("ntf-1-email")
	checkOutcome(t, ch.Send(context.Background(), d, r), retry, 0)
	d.Target.Email = ""
	checkOutcome(t, ch.Send(context.Background(), d, r), permanent, 0)
}
