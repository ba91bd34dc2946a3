package notify

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
)

func TestScrub(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"POST https://oapi.dingtalk.com/robot/send?access_token=abc123&timestamp=1&sign=xyz%3D: EOF", "POST https://oapi.dingtalk.com/robot/send?access_token=***&timestamp=1&sign=***: EOF"},
		{"https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k-1", "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=***"},
		{"https://open.feishu.cn/open-apis/bot/v2/hook/1234-abcd said no", "https://open.feishu.cn/open-apis/bot/v2/hook/*** said no"},
		{"/api/v1/me/calendar.ics?key=K9", "/api/v1/me/calendar.ics?key=***"},
		{"gettoken?corpid=ww1&corpsecret=S3", "gettoken?corpid=ww1&corpsecret=***"},
		{"retryable: POST https://user:pw@hooks.example.com/x?…: dial tcp: no such host", "retryable: POST https://***@hooks.example.com/x?…: dial tcp: no such host"},
		{"smtp://mailer:S3cret@mail.example:587 refused", "smtp://***@mail.example:587 refused"},
		{"mail zhangwei@huaxin.example at https://liaison.example/cases/1", "mail zhangwei@huaxin.example at https://liaison.example/cases/1"},
		{"nothing secret here", "nothing secret here"},
	} {
		if got := Scrub(tc.in); got != tc.want {
			t.Errorf("Scrub(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	// A transport error repeats the URL; what we keep does not.
	_, err := http.Get("http://127.0.0.1:1/robot/send?access_token=leak-me")
	var ue *url.Error
	if !errors.As(err, &ue) {
		t.Fatalf("want a *url.Error, got %v", err)
	}
	if s := transportError(err).Error(); strings.Contains(s, "leak-me") {
		t.Errorf("transportError kept the token: %s", s)
	}
	// A webhook's basic auth in its URL stays out of the error kept as the
	// notification's last_error, which every reader of the case sees.
	_, _, err = post(context.Background(), http.DefaultClient, "http://hookuser:leak-pw@127.0.0.1:1/x?token=leak-tok", []byte("{}"), nil)
	if err == nil || strings.Contains(err.Error(), "leak-pw") || strings.Contains(err.Error(), "hookuser") || strings.Contains(err.Error(), "leak-tok") {
		t.Errorf("a failed POST says: %v", err)
	}
}

func TestProbe(t *testing.T) {
	ok := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(`{"errcode":0,"errmsg":"ok"}`))
	}))
	defer ok.Close()
	keyword := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(`{"errcode":310000,"errmsg":"keywords not in content, more: [https://oapi.dingtalk.com/robot/send?access_token=tok-2]"}`))
	}))
	defer keyword.Close()
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	closed := ln.Addr().String()
	ln.Close()
	for _, tc := range []struct {
		name   string
		ep     Endpoint
		ok     bool
		status int
		answer string
		reason string
	}{
		{"accepted", Endpoint{Kind: ChannelDingTalk, URL: ok.URL + "/robot/send?access_token=tok-1", Name: "a"}, true, 200, `"errmsg":"ok"`, ""},
		{"keyword", Endpoint{Kind: ChannelDingTalk, URL: keyword.URL + "/robot/send?access_token=tok-2", Name: "b"}, false, 200, "310000", "关键词"},
		{"closed", Endpoint{Kind: ChannelWeCom, URL: "http://" + closed + "/cgi-bin/webhook/send?key=tok-3", Name: "c"}, false, 0, "", "连接被拒绝"},
		{"unknown kind", Endpoint{Kind: "pigeon", URL: ok.URL, Name: "d"}, false, 0, "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := Probe(context.Background(), HTTPOptions{}, tc.ep, "zh")
			if res.OK != tc.ok || res.Status != tc.status || !strings.Contains(res.Answer, tc.answer) || !strings.Contains(res.Reason, tc.reason) {
				t.Errorf("Probe = %+v", res)
			}
			if strings.Contains(res.Answer+res.Error+res.Reason, "tok-") {
				t.Errorf("a token shows: %+v", res)
			}
		})
	}
}

// TestExplainCodesStandAlone: an SMTP code is read only standing alone, not
// inside a port or a number of a URL.
func TestExplainCodesStandAlone(t *testing.T) {
	for _, tc := range []struct{ err, want string }{
		{"dial tcp 127.0.0.1:38553: connect: connection refused", "连接被拒绝"},
		{"POST http://h/553/x: connection refused", "连接被拒绝"},
		{"550 5.1.1 <a@b.example>: Recipient address rejected", "对方邮件服务器拒收"},
		{"smtp: 553 sender rejected", "对方邮件服务器拒收"},
	} {
		if got := Explain(tc.err, "zh"); !strings.Contains(got, tc.want) {
			t.Errorf("Explain(%q) = %q, want %q", tc.err, got, tc.want)
		}
	}
}
