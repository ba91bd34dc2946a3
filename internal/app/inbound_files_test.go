package app_test

import (
	"context"
	"encoding/base64"
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/liaison-dev/liaison/internal/reach"
)

type part struct{ name, ctype, disposition string }

// multipartMail writes a reply with a text part and files, as mail clients do.
func multipartMail(id, from, to, text string, files []part, data map[string][]byte) string {
	var b strings.Builder
	fmt.Fprintf(&b, "From: %s\r\nTo: %s\r\nSubject: Re: 请确认需求\r\nMessage-ID: <%s>\r\nDate: Mon, 30 Nov 2026 10:00:00 +0800\r\nMIME-Version: 1.0\r\n", from, to, id)
	b.WriteString("Content-Type: multipart/mixed; boundary=\"BOUNDARY\"\r\n\r\n")
	b.WriteString("--BOUNDARY\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + text + "\r\n")
	for _, f := range files {
		fmt.Fprintf(&b, "--BOUNDARY\r\nContent-Type: %s; name=\"%s\"\r\nContent-Disposition: %s; filename=\"%s\"\r\nContent-Transfer-Encoding: base64\r\n\r\n",
			f.ctype, f.name, f.disposition, f.name)
		enc := base64.StdEncoding.EncodeToString(data[f.name])
		for len(enc) > 76 {
			b.WriteString(enc[:76] + "\r\n")
			enc = enc[76:]
		}
		b.WriteString(enc + "\r\n")
	}
	b.WriteString("--BOUNDARY--\r\n")
	return b.String()
}

// TestInboundMailAttachments: the files of a reply that becomes a comment
// are the case's attachments, from the sender, once — however often the
// mail is read — within the type, size and count limits; the files of a mail
// that is only queued are not kept; what was skipped is noted on the mail.
func TestInboundMailAttachments(t *testing.T) {
	ctx := context.Background()
	mb := newMemMailbox(t, false)
	env := map[string]string{
		"LIAISON_IMAP":           "imap://liaison:pw-imap-9@" + mb.addr + "/INBOX",
		"LIAISON_MAIL_FROM":      "liaison 通知 <liaison@liaison-demo.example>",
		"LIAISON_MAX_ATTACHMENT": "64KiB",
	}
	a := demoApp(t, env, nil, true)
	v := sentToCustomer(t, a)
	list, err := a.DB().CaseNotifications(ctx, v.ID)
	if err != nil {
		t.Fatal(err)
	}
	var toCustomer string
	for _, n := range list {
		if n.Login == "" && n.Channel == "email" {
			toCustomer = n.Payload.ID
		}
	}
	reply := a.Reach().ReplyAddress(toCustomer)
	pdf := append([]byte("%PDF-1.4\n"), []byte(strings.Repeat("0", 2000))...)
	png := append([]byte("\x89PNG\r\n\x1a\n"), make([]byte, 500)...)
	data := map[string][]byte{
		"需求确认单.pdf": pdf, "截图.png": png, "setup.exe": []byte("MZ\x90\x00 program"),
		"大文件.zip": append([]byte("PK\x03\x04"), make([]byte, 70<<10)...), "空.txt": {},
	}
	files := []part{
		{"需求确认单.pdf", "application/pdf", "attachment"},
		{"截图.png", "image/png", "inline"},
		{"setup.exe", "application/octet-stream", "attachment"},
		{"大文件.zip", "application/zip", "attachment"},
		{"空.txt", "text/plain", "attachment"},
	}
	customer := multipartMail("f1@huaxin.example", "张伟 <zhangwei@huaxin.example>", reply, "附件是签字的确认单。", files, data)
	stranger := multipartMail("f2@evil.example", "someone@evil.example", reply, "请查收", files[:1], data)
	mb.deliver(t, customer)
	mb.deliver(t, stranger)
	mb.deliver(t, customer) // the same mail again (a client re-filed it)
	if _, err := a.Reach().ReadMailbox(ctx, *a.Mailbox()); err != nil {
		t.Fatal(err)
	}
	// Filed once more and read again, as after a restart.
	mb.deliver(t, customer)
	if _, err := a.Reach().ReadMailbox(ctx, *a.Mailbox()); err != nil {
		t.Fatal(err)
	}

	rows, err := a.DB().CaseAttachments(ctx, v.ID)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range rows {
		got = append(got, r.Name+" "+r.Type+" "+r.Uploader)
	}
	sort.Strings(got)
	want := []string{"截图.png image/png party:huaxin", "需求确认单.pdf application/pdf party:huaxin"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("attachments %q, want %q", got, want)
	}
	m, err := a.DB().InboundByMessageID(ctx, "f1@huaxin.example")
	if err != nil || m.Status != reach.MailCommented {
		t.Fatalf("the reply: %+v %v", m, err)
	}
	for _, w := range []string{"setup.exe: type not accepted", "大文件.zip: larger than 65536 bytes", "空.txt: empty"} {
		if !strings.Contains(m.Reason, w) {
			t.Errorf("the mail's note %q lacks %q", m.Reason, w)
		}
	}
	q, err := a.DB().InboundByMessageID(ctx, "f2@evil.example")
	if err != nil || q.Status != reach.MailQueued {
		t.Fatalf("the stranger's mail: %+v %v", q, err)
	}
	// The case page lists them for whoever may see the case.
	if err := a.Start(ctx); err != nil {
		t.Fatal(err)
	}
	code, page := signIn(t, a, "zhoumin").page("GET", fmt.Sprintf("/cases/%d", v.ID), nil)
	if code != 200 || !strings.Contains(page, "需求确认单.pdf") || !strings.Contains(page, "截图.png") || strings.Contains(page, "setup.exe") {
		t.Fatalf("the case page (%d) does not list the kept files", code)
	}
}

// TestInboundMailAttachmentsAllOrNothing: a reply's comment and its files
// are kept in one transaction. Storing the second file fails (a trigger
// stands in for a crash or a full disk between the two): nothing of the
// mail is kept — no comment, no file, no record — and it stays unseen in
// the mailbox. Read again once the fault is gone, it becomes one comment
// with both files: nothing lost, nothing twice.
func TestInboundMailAttachmentsAllOrNothing(t *testing.T) {
	ctx := context.Background()
	mb := newMemMailbox(t, false)
	env := map[string]string{
		"LIAISON_IMAP":      "imap://liaison:pw-imap-9@" + mb.addr + "/INBOX",
		"LIAISON_MAIL_FROM": "liaison 通知 <liaison@liaison-demo.example>",
	}
	a := demoApp(t, env, nil, true)
	v := sentToCustomer(t, a)
	list, err := a.DB().CaseNotifications(ctx, v.ID)
	if err != nil {
		t.Fatal(err)
	}
	var toCustomer string
	for _, n := range list {
		if n.Login == "" && n.Channel == "email" {
			toCustomer = n.Payload.ID
		}
	}
	data := map[string][]byte{"第一份.pdf": []byte("%PDF-1.4\nfirst"), "第二份.pdf": []byte("%PDF-1.4\nsecond")}
	files := []part{{"第一份.pdf", "application/pdf", "attachment"}, {"第二份.pdf", "application/pdf", "attachment"}}
	mb.deliver(t, multipartMail("both@huaxin.example", "张伟 <zhangwei@huaxin.example>", a.Reach().ReplyAddress(toCustomer), "两份文件请查收。", files, data))

	count := func(query string) int {
		t.Helper()
		var n int
		if err := a.DB().SQL().QueryRowContext(ctx, query, v.ID).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	comments := `SELECT count(*) FROM case_events WHERE case_id = $1 AND type = 'comment'`
	attached := `SELECT count(*) FROM attachments WHERE case_id = $1`
	before := count(comments)

	if _, err := a.DB().SQL().ExecContext(ctx, `CREATE TRIGGER second_file_fails BEFORE INSERT ON attachments
		WHEN NEW.name = '第二份.pdf' BEGIN SELECT RAISE(ABORT, 'simulated failure between the comment and its files'); END`); err != nil {
		t.Fatal(err)
	}
	if n, err := a.Reach().ReadMailbox(ctx, *a.Mailbox()); err != nil || n != 0 {
		t.Fatalf("read with the fault: %d handled, %v", n, err)
	}
	if c, f := count(comments), count(attached); c != before || f != 0 {
		t.Fatalf("after the failure: %d new comments, %d files kept; want none", c-before, f)
	}
	if _, err := a.DB().InboundByMessageID(ctx, "both@huaxin.example"); err == nil {
		t.Fatal("the failed mail is recorded as handled")
	}

	if _, err := a.DB().SQL().ExecContext(ctx, `DROP TRIGGER second_file_fails`); err != nil {
		t.Fatal(err)
	}
	for range 2 { // the retry, and a read after it that finds nothing new
		if _, err := a.Reach().ReadMailbox(ctx, *a.Mailbox()); err != nil {
			t.Fatal(err)
		}
	}
	mb.deliver(t, multipartMail("both@huaxin.example", "张伟 <zhangwei@huaxin.example>", a.Reach().ReplyAddress(toCustomer), "两份文件请查收。", files, data))
	if _, err := a.Reach().ReadMailbox(ctx, *a.Mailbox()); err != nil { // the same mail filed again
		t.Fatal(err)
	}
	rows, err := a.DB().CaseAttachments(ctx, v.ID)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range rows {
		got = append(got, r.Name)
	}
	sort.Strings(got)
	if c := count(comments); c != before+1 || strings.Join(got, "|") != "第一份.pdf|第二份.pdf" || count(attached) != 2 {
		t.Fatalf("after the retry: %d new comments, files %q; want one comment and both files once", c-before, got)
	}
	m, err := a.DB().InboundByMessageID(ctx, "both@huaxin.example")
	if err != nil || m.Status != reach.MailCommented {
		t.Fatalf("the mail: %+v %v", m, err)
	}
}
