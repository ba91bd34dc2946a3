package app_test

import (
	"bytes"
	"context"
	"encoding/base64"
	"fmt"
	"io"
	"log/slog"
	"net"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"

	"github.com/liaison-dev/liaison/internal/app"
	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/demo"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/reach"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// memMailbox is go-imap's in-memory IMAP server with one mailbox.
type memMailbox struct {
	user *imapmemserver.User
	addr string
}

func newMemMailbox(t *testing.T, idle bool) *memMailbox {
	t.Helper()
	mem := imapmemserver.New()
	user := imapmemserver.NewUser("liaison", "pw-imap-9")
	if err := user.Create("INBOX", nil); err != nil {
		t.Fatal(err)
	}
	mem.AddUser(user)
	caps := imap.CapSet{imap.CapIMAP4rev1: {}}
	if idle {
		caps[imap.CapIdle] = struct{}{}
	}
	srv := imapserver.New(&imapserver.Options{
		NewSession: func(*imapserver.Conn) (imapserver.Session, *imapserver.GreetingData, error) {
			return idleFlush{mem.NewSession()}, nil, nil
		},
		InsecureAuth: true,
		Caps:         caps,
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go func() { _ = srv.Serve(ln) }()
	t.Cleanup(func() { srv.Close() })
	return &memMailbox{user: user, addr: ln.Addr().String()}
}

// idleFlush reports mail that arrived since the client's last command as
// soon as it starts to IDLE, as Dovecot and the other servers liaison meets
// do. imapmemserver announces only mail arriving during the IDLE, so a mail
// delivered between the reader's last command and its IDLE would wait for
// the next one.
type idleFlush struct{ imapserver.Session }

func (s idleFlush) Idle(w *imapserver.UpdateWriter, stop <-chan struct{}) error {
	if err := s.Session.Poll(w, true); err != nil {
		return err
	}
	return s.Session.Idle(w, stop)
}

// deliver puts a raw mail in the INBOX, as the company's mail server would.
func (m *memMailbox) deliver(t *testing.T, raw string) {
	t.Helper()
	if _, err := m.user.Append("INBOX", literal{bytes.NewReader([]byte(raw)), int64(len(raw))}, &imap.AppendOptions{}); err != nil {
		t.Fatal(err)
	}
}

type literal struct {
	*bytes.Reader
	n int64
}

func (l literal) Size() int64 { return l.n }

// mailApp starts a server on a database with inbound mail from mb.
func mailApp(t *testing.T, db string, mb *memMailbox) *app.App {
	t.Helper()
	env := map[string]string{
		"LIAISON_IMAP":      "imap://liaison:pw-imap-9@" + mb.addr + "/INBOX",
		"LIAISON_MAIL_FROM": "liaison 通知 <liaison@liaison-demo.example>",
	}
	a, err := app.New(context.Background(), app.Config{Addr: "127.0.0.1:0", DB: db, DevClock: true, PasswordParams: cheap, ManualDelivery: true,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil)), Getenv: func(k string) string { return env[k] }})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

type mailOpts struct {
	id, from, to, subject, inReplyTo string
	body                             []byte
	ctype, extra                     string
}

// rawMail writes a mail as a client would.
func rawMail(o mailOpts) string {
	if o.ctype == "" {
		o.ctype = "text/plain; charset=utf-8"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "From: %s\r\nTo: %s\r\nSubject: %s\r\nMessage-ID: <%s>\r\nDate: Mon, 30 Nov 2026 10:00:00 +0800\r\nMIME-Version: 1.0\r\n", o.from, o.to, o.subject, o.id)
	if o.inReplyTo != "" {
		fmt.Fprintf(&b, "In-Reply-To: <%s>\r\nReferences: <%s>\r\n", o.inReplyTo, o.inReplyTo)
	}
	b.WriteString(o.extra)
	fmt.Fprintf(&b, "Content-Type: %s\r\nContent-Transfer-Encoding: base64\r\n\r\n", o.ctype)
	enc := base64.StdEncoding.EncodeToString(o.body)
	for len(enc) > 76 {
		b.WriteString(enc[:76] + "\r\n")
		enc = enc[76:]
	}
	b.WriteString(enc + "\r\n")
	return b.String()
}

func gbk(t *testing.T, s string) []byte {
	b, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func big5(t *testing.T, s string) []byte {
	b, err := traditionalchinese.Big5.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// comments lists a case's comment events: who and what.
func comments(t *testing.T, a *app.App, id int64) []string {
	t.Helper()
	v, err := a.Cases().Get(context.Background(), cases.ViewerOf(process.Actor{Admin: true}), id)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range v.Events {
		if e.Type == "comment" {
			out = append(out, e.Actor+": "+e.Comment)
		}
	}
	return out
}

// TestInboundMail reads replies from a real IMAP server (go-imap's
// in-memory one): a customer's reply through its signed reply address (GBK,
// with quoted history and a signature) and a colleague's HTML-only Big5
// reply matched by our Message-ID become comments from them; every bad
// input is kept and never acted on; reading again, after a restart and by
// two replicas at once, makes no second comment.
func TestInboundMail(t *testing.T) {
	t.Run("sqlite", func(t *testing.T) { testInboundMail(t, filepath.Join(t.TempDir(), "inbound.db")) })
	t.Run("postgres", func(t *testing.T) { testInboundMail(t, storetest.PostgresURL(t)) })
}

func testInboundMail(t *testing.T, db string) {
	ctx := context.Background()
	mb := newMemMailbox(t, false)
	a := mailApp(t, db, mb)
	if err := demo.Seed(ctx, a.DB(), time.Now(), cheap); err != nil {
		t.Fatal(err)
	}
	v := sentToCustomer(t, a)
	list, err := a.DB().CaseNotifications(ctx, v.ID)
	if err != nil {
		t.Fatal(err)
	}
	var toCustomer, toColleague string
	for _, n := range list {
		if n.Login == "" && n.Channel == "email" {
			toCustomer = n.Payload.ID
		}
		if n.Login == "liuyang" {
			toColleague = n.Payload.ID
		}
	}
	if toCustomer == "" || toColleague == "" {
		t.Fatalf("deliveries: %+v", list)
	}
	reply := a.Reach().ReplyAddress(toCustomer)
	if !strings.HasPrefix(reply, "liaison+r."+toCustomer+".") || !strings.HasSuffix(reply, "@liaison-demo.example") {
		t.Fatalf("reply address %q", reply)
	}
	local := reply[:strings.Index(reply, "@")]
	forged := local[:strings.LastIndex(local, ".")] + ".aaaaaaaaaaaaaaaa@liaison-demo.example"
	customerText := "需求理解无误,请按此推进。\r\n\r\n张伟\r\n-- \r\n华信科技 张伟 138-0000-0000\r\n\r\n在 2026年11月30日 10:00,liaison 通知 写道:\r\n> 请确认需求\r\n> 谢谢\r\n"
	big := strings.Repeat("x", 30<<20)
	mails := []struct {
		name, raw  string
		status     string
		commentBy  string // the comment's actor, when one is made
		commentHas string
	}{
		{"customer reply, GBK, quotes and signature", rawMail(mailOpts{id: "c1@huaxin.example", from: "张伟 <ZhangWei@huaxin.example>", to: reply, subject: "Re: 请确认需求",
			body: gbk(t, customerText), ctype: "text/plain; charset=GBK"}), reach.MailCommented, "party:huaxin", "需求理解无误,请按此推进。\n\n张伟"},
		{"colleague reply, HTML only, Big5, by Message-ID", rawMail(mailOpts{id: "l1@liaison-demo.example", from: "liuyang@liaison-demo.example", to: "liaison@liaison-demo.example", subject: "回覆",
			inReplyTo: toColleague + "@liaison", body: big5(t, "<html><body><p>已知悉,我會跟進。</p><blockquote>原文</blockquote></body></html>"), ctype: "text/html; charset=Big5"}), reach.MailCommented, "liuyang", "已知悉,我會跟進。"},
		{"sender mismatch", rawMail(mailOpts{id: "x1@evil.example", from: "someone@evil.example", to: reply, subject: "Re: 请确认需求", body: []byte("确认")}), reach.MailQueued, "", ""},
		{"forged reply address", rawMail(mailOpts{id: "x2@huaxin.example", from: "zhangwei@huaxin.example", to: forged, subject: "Re", body: []byte("确认")}), reach.MailRefused, "", ""},
		{"auto-reply", rawMail(mailOpts{id: "x3@huaxin.example", from: "zhangwei@huaxin.example", to: reply, subject: "自动回复:外出", body: []byte("我正在休假。"), extra: "Auto-Submitted: auto-replied\r\n"}), reach.MailIgnored, "", ""},
		{"bounce", rawMail(mailOpts{id: "x4@mx.example", from: "MAILER-DAEMON@mx.example", to: reply, subject: "Undelivered", body: []byte("550 no such user"), extra: "Return-Path: <>\r\n"}), reach.MailIgnored, "", ""},
		{"subject only (never matched by subject)", rawMail(mailOpts{id: "x5@huaxin.example", from: "zhangwei@huaxin.example", to: "liaison@liaison-demo.example", subject: "Re: [" + v.Key + "] " + v.Title, body: []byte("确认")}), reach.MailQueued, "", ""},
		{"30 MB mail", rawMail(mailOpts{id: "x6@huaxin.example", from: "zhangwei@huaxin.example", to: reply, subject: "附件", body: []byte(big)}), reach.MailQueued, "", ""},
	}
	for _, m := range mails {
		mb.deliver(t, m.raw)
	}
	n, err := a.Reach().ReadMailbox(ctx, *a.Mailbox())
	if err != nil || n != len(mails) {
		t.Fatalf("read %d of %d mails: %v", n, len(mails), err)
	}
	got := comments(t, a, v.ID)
	for _, m := range mails {
		stored, err := a.DB().InboundByMessageID(ctx, strings.SplitN(strings.SplitN(m.raw, "Message-ID: <", 2)[1], ">", 2)[0])
		if err != nil {
			t.Errorf("%s: not kept: %v", m.name, err)
			continue
		}
		if stored.Status != m.status {
			t.Errorf("%s: %s (%s), want %s", m.name, stored.Status, stored.Reason, m.status)
		}
		if m.commentBy != "" {
			want := m.commentBy + ": " + m.commentHas
			found := false
			for _, c := range got {
				found = found || c == want
			}
			if !found {
				t.Errorf("%s: no comment %q among %q", m.name, want, got)
			}
		}
	}
	if len(got) != 2 {
		t.Fatalf("%d comments, want the two good replies only: %q", len(got), got)
	}

	// The same mails again (a crash before \Seen), read by a restarted
	// server and a second replica at once: still two comments.
	for _, m := range mails[:2] {
		mb.deliver(t, m.raw)
	}
	if err := a.Shutdown(ctx); err != nil {
		t.Fatal(err)
	}
	a1 := mailApp(t, db, mb)
	defer a1.Shutdown(ctx)
	readers := []*app.App{a1, a1} // on SQLite, one server per file: it reads twice at once
	if strings.HasPrefix(db, "postgres") {
		a2 := mailApp(t, db, mb)
		defer a2.Shutdown(ctx)
		readers[1] = a2
	}
	var wg sync.WaitGroup
	for _, r := range readers {
		wg.Go(func() {
			if _, err := r.Reach().ReadMailbox(ctx, *r.Mailbox()); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if got := comments(t, a1, v.ID); len(got) != 2 {
		t.Fatalf("after reading again: %d comments: %q", len(got), got)
	}

	// The administrator's queue: API and page; dismissing keeps the mail.
	if err := a1.Start(ctx); err != nil {
		t.Fatal(err)
	}
	admin := signIn(t, a1, "admin")
	var queue []struct {
		ID     int64  `json:"id"`
		From   string `json:"from"`
		Reason string `json:"reason"`
	}
	if code := admin.json("GET", "/api/v1/admin/inbound?status=queued", nil, &queue); code != 200 || len(queue) != 3 {
		t.Fatalf("queue: %d %+v", code, queue)
	}
	if code := signIn(t, a1, "zhoumin").json("GET", "/api/v1/admin/inbound", nil, nil); code != 403 {
		t.Errorf("a non-administrator reads the queue: %d", code)
	}
	code, page := admin.page("GET", "/admin/inbound", nil)
	if code != 200 || !strings.Contains(page, "someone@evil.example") {
		t.Fatalf("queue page: %d", code)
	}
	csrf := csrfField.FindStringSubmatch(page)[1]
	if code, _ := admin.page("POST", fmt.Sprintf("/admin/inbound/%d/dismiss", queue[0].ID), map[string][]string{"csrf": {csrf}}); code != 303 {
		t.Errorf("dismiss: %d", code)
	}
	if admin.json("GET", "/api/v1/admin/inbound?status=queued", nil, &queue); len(queue) != 2 {
		t.Errorf("after dismissing one: %d queued", len(queue))
	}
	if code := admin.json("POST", fmt.Sprintf("/api/v1/admin/inbound/%d/dismiss", queue[0].ID+1000), nil, nil); code != 404 {
		t.Errorf("dismissing an unknown mail: %d", code)
	}
}

func quietLogger() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }
