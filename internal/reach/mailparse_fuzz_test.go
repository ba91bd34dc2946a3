package reach

import (
	"testing"
)

// FuzzParseMail: inbound mail is outside input. Whatever arrives, parseMail
// answers a mail or an error — never a panic — and its text is bounded.
func FuzzParseMail(f *testing.F) {
	for _, s := range []string{
		"From: 张伟 <zw@huaxin.example>\r\nTo: r+abc@liaison.example\r\nSubject: =?GBK?B?suLK1A==?=\r\nMessage-ID: <a@b>\r\nIn-Reply-To: <ntf-1.x@liaison>\r\n\r\n好的,收到。\r\n",
		"From: a@b\r\nContent-Type: multipart/alternative; boundary=x\r\n\r\n--x\r\nContent-Type: text/html; charset=big5\r\n\r\n<p>hi</p>\r\n--x--\r\n",
		"Content-Transfer-Encoding: base64\r\n\r\n!!!!",
		"",
		"From: \r\n\r\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		m, err := parseMail(raw)
		if err != nil {
			return
		}
		if len(m.Text) > 2*maxText {
			t.Fatalf("text of %d bytes", len(m.Text))
		}
	})
}
