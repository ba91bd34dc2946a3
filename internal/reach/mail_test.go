package reach

import (
	"strings"
	"testing"
)

func TestParseIMAP(t *testing.T) {
	for _, tc := range []struct {
		raw  string
		want Mailbox
		bad  bool
	}{
		{raw: "imaps://bot%40corp.example:p%40ss@mail.corp.example/INBOX", want: Mailbox{Addr: "mail.corp.example:993", User: "bot@corp.example", Pass: "p@ss", Folder: "INBOX", TLS: "tls"}},
		{raw: "imap://bot:secret-pw@mail.corp.example/回复?starttls", want: Mailbox{Addr: "mail.corp.example:143", User: "bot", Pass: "secret-pw", Folder: "回复", TLS: "starttls"}},
		{raw: "imap://bot:secret-pw@127.0.0.1:1143", want: Mailbox{Addr: "127.0.0.1:1143", User: "bot", Pass: "secret-pw", Folder: "INBOX", TLS: "none"}},
		{raw: "pop3://bot:secret-pw@mail", bad: true},
		{raw: "imaps://mail.corp.example/INBOX", bad: true},
		{raw: "imaps://bot:secret-pw@/INBOX", bad: true},
		{raw: "imaps://bot:secret-pw@%zz/", bad: true},
	} {
		got, err := ParseIMAP(tc.raw)
		if tc.bad {
			if err == nil {
				t.Errorf("%s: accepted", tc.raw)
			} else if strings.Contains(err.Error(), "secret-pw") {
				t.Errorf("%s: the error shows the password: %v", tc.raw, err)
			}
			continue
		}
		if err != nil || got != tc.want {
			t.Errorf("%s: %+v %v", tc.raw, got, err)
		}
		if strings.Contains(got.String(), got.Pass) {
			t.Errorf("String() shows the password: %s", got)
		}
	}
}

func TestTrimReply(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"gmail", "Fine by me.\n\nOn Mon, 30 Nov 2026 at 10:00, liaison <l@x> wrote:\n> ask\n", "Fine by me."},
		{"qq", "好的\r\n\r\n------------------ 原始邮件 ------------------\r\n发件人: liaison\r\n", "好的"},
		{"outlook", "同意。\n\n-----Original Message-----\nFrom: liaison\n", "同意。"},
		{"outlook zh", "同意。\n\n发件人: liaison 通知\n发送时间: 2026年11月30日\n", "同意。"},
		{"inline quotes kept out", "> 请确认\n确认无误\n> 谢谢\n", "确认无误"},
		{"signature", "收到\n-- \n张伟\n华信科技\n", "收到"},
		{"163 full-width colon", "请再排查一下\n\n司马云\n\n在 2027年4月6日，联络系统 写道：\n> 已交付", "请再排查一下\n\n司马云"},
		{"header full-width colon", "同意\n\n发件人：联络系统\n主题：确认", "同意"},
		{"foxmail", "已处理\n\n在 2026-11-30 10:00:00,\"liaison\" 写道:\n> x", "已处理"},
	} {
		if got := trimReply(tc.in); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
	if got := htmlText(`<div>第一行<br>第二行</div><style>p{}</style><blockquote>引用</blockquote><p>&lt;好&gt;&nbsp;</p>`); got != "第一行\n第二行\n\n<好>" {
		t.Errorf("htmlText: %q", got)
	}
}
