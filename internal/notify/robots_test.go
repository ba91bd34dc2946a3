package notify

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// The platforms' real answers, as their documentation and users' reports show them.
const (
	dingOK        = `{"errcode":0,"errmsg":"ok"}`
	dingTooFast   = `{"errcode":130101,"errmsg":"send too fast, exceed 20 times per minute"}`
	dingBusy      = `{"errcode":-1,"errmsg":"系统繁忙"}`
	dingSign      = `{"errcode":310000,"errmsg":"sign not match, more: [https://ding-doc.dingtalk.com/doc#/serverapi2/qf2nxq]"}`
	dingTimestamp = `{"errcode":310000,"errmsg":"invalid timestamp, more: [https://ding-doc.dingtalk.com/doc#/serverapi2/qf2nxq]"}`
	dingToken     = `{"errcode":300005,"errmsg":"token is not exist"}`
	weOK          = `{"errcode":0,"errmsg":"ok"}`
	weFreq        = `{"errcode":45009,"errmsg":"api freq out of limit, hint: [1700000000_1_abc]"}`
	weBadURL      = `{"errcode":93000,"errmsg":"invalid webhook url, hint: [1700000000_2_def]"}`
	fsOK          = `{"code":0,"data":{},"msg":"success"}`
	fsOKOld       = `{"Extra":null,"StatusCode":0,"StatusMessage":"success"}`
	fsSign        = `{"code":19021,"data":{},"msg":"sign match fail or timestamp is not within one hour from current time"}`
	fsTooMany     = `{"code":9499,"data":{},"msg":"too many request"}`
	fsFreq        = `{"code":11232,"data":{},"msg":"frequency limited psm[lark.oapi.app_platform_runtime]appID[1]"}`
	fsKeyword     = `{"code":19024,"data":{},"msg":"Key Words Not Found"}`
)

// outcome is what a send should come to.
type outcome int

const (
	ok outcome = iota
	retry
	permanent
)

func checkOutcome(t *testing.T, err error, want outcome, wantAfter time.Duration) {
	t.Helper()
	var se *SendError
	switch {
	case want == ok && err != nil:
		t.Fatalf("want success, got %v", err)
	case want == ok:
		return
	case err == nil:
		t.Fatalf("want a %v error, got success", want)
	case !errors.As(err, &se):
		t.Fatalf("error %v is not a *SendError", err)
	case se.Retryable != (want == retry):
		t.Fatalf("error %v: retryable=%v, want %v", err, se.Retryable, want == retry)
	case se.RetryAfter != wantAfter:
		t.Fatalf("error %v: RetryAfter %v, want %v", err, se.RetryAfter, wantAfter)
	}
}

func robotDelivery(kind, url, secret string) (Delivery, Rendered) {
	d := Delivery{ID: "ntf-42-" + kind, Channel: kind, Message: sample(KindEscalation, "zh"),
		Target: Target{Name: "技术部群", Endpoint: &Endpoint{Kind: kind, URL: url, Secret: secret, Name: "技术部群"}}}
	r, err := Render(d.Message, nil)
	if err != nil {
		panic(err)
	}
	return d, r
}

func hmacB64(key, msg string) string {
	m := hmac.New(sha256.New, []byte(key))
	m.Write([]byte(msg))
	return base64.StdEncoding.EncodeToString(m.Sum(nil))
}

// dingTalkServer checks requests the way DingTalk documents them: the
// access_token, and with a secret, timestamp (ms, within an hour) and sign =
// urlencode(base64(HMAC-SHA256(secret, timestamp+"\n"+secret))).
func dingTalkServer(t *testing.T, secret, answer string, status int) *httptest.Server {
	return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		if r.Method != http.MethodPost || q.Get("access_token") != "tok" {
			w.Write([]byte(dingToken))
			return
		}
		if secret != "" {
			ts, err := strconv.ParseInt(q.Get("timestamp"), 10, 64)
			if err != nil || time.Since(time.UnixMilli(ts)).Abs() > time.Hour {
				w.Write([]byte(dingTimestamp))
				return
			}
			// The raw query must carry the base64 URL-encoded (+, /, = escaped).
			raw := r.URL.RawQuery[strings.Index(r.URL.RawQuery, "sign=")+5:]
			raw, _, _ = strings.Cut(raw, "&")
			if strings.ContainsAny(raw, "+/=") || q.Get("sign") != hmacB64(secret, q.Get("timestamp")+"\n"+secret) {
				w.Write([]byte(dingSign))
				return
			}
		}
		var body struct {
			MsgType  string `json:"msgtype"`
			Markdown struct{ Title, Text string }
		}
		if err := json.NewDecoder(r.Body).Decode(&body); err != nil || body.MsgType != "markdown" ||
			!strings.Contains(body.Markdown.Title, "XZ-2026-0001") || !strings.Contains(body.Markdown.Text, "2026年12月3日(周四)18:00") {
			t.Errorf("bad DingTalk body %+v (%v)", body, err)
		}
		w.WriteHeader(status)
		w.Write([]byte(answer))
	}))
}

func TestDingTalk(t *testing.T) {
	tests := []struct {
		name                 string
		serverSecret, secret string
		answer               string
		status               int
		clock                func() time.Time
		want                 outcome
		after                time.Duration
	}{
		{"signed", "SEC0123456789abcdef", "SEC0123456789abcdef", dingOK, 200, nil, ok, 0},
		{"unsigned robot", "", "", dingOK, 200, nil, ok, 0},
		{"wrong secret is a config error", "SECright", "SECwrong", dingOK, 200, nil, permanent, 0},
		{"clock off by two hours", "SECright", "SECright", dingOK, 200, func() time.Time { return time.Now().Add(-2 * time.Hour) }, permanent, 0},
		{"send too fast waits out DingTalk's 10 minute throttle", "", "", dingTooFast, 200, nil, retry, 10 * time.Minute},
		{"system busy", "", "", dingBusy, 200, nil, retry, 0},
		{"gateway error", "", "", "<html>502</html>", 502, nil, retry, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := dingTalkServer(t, tt.serverSecret, tt.answer, tt.status)
			defer srv.Close()
			d, r := robotDelivery(ChannelDingTalk, srv.URL+"/robot/send?access_token=tok", tt.secret)
			err := NewDingTalk(HTTPOptions{Now: tt.clock}).Send(context.Background(), d, r)
			checkOutcome(t, err, tt.want, tt.after)
		})
	}
	t.Run("bad token", func(t *testing.T) {
		srv := dingTalkServer(t, "", dingOK, 200)
		defer srv.Close()
		d, r := robotDelivery(ChannelDingTalk, srv.URL+"/robot/send?access_token=nope", "")
		err := NewDingTalk(HTTPOptions{}).Send(context.Background(), d, r)
		checkOutcome(t, err, permanent, 0)
		if strings.Contains(err.Error(), "nope") {
			t.Errorf("error %q leaks the access token", err)
		}
	})
}

func TestWeCom(t *testing.T) {
	tests := []struct {
		name   string
		key    string
		answer string
		big    bool
		want   outcome
	}{
		{"sent", "k1", weOK, false, ok},
		{"long content is cut to 4096 bytes", "k1", weOK, true, ok},
		{"frequency limit", "k1", weFreq, false, retry},
		{"unknown key", "bad", weOK, false, permanent},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if r.URL.Path != "/cgi-bin/webhook/send" || r.URL.Query().Get("key") != "k1" {
					w.Write([]byte(weBadURL))
					return
				}
				var body struct {
					MsgType  string `json:"msgtype"`
					Markdown struct{ Content string }
				}
				if err := json.NewDecoder(r.Body).Decode(&body); err != nil || body.MsgType != "markdown" {
					t.Errorf("bad WeCom body %+v (%v)", body, err)
				}
				c := body.Markdown.Content
				if len(c) > 4096 || !utf8.ValidString(c) || !strings.Contains(c, "XZ-2026-0001") {
					t.Errorf("WeCom content: %d bytes, valid UTF-8 %v", len(c), utf8.ValidString(c))
				}
				w.Write([]byte(tt.answer))
			}))
			defer srv.Close()
			d, r := robotDelivery(ChannelWeCom, srv.URL+"/cgi-bin/webhook/send?key="+tt.key, "")
			if tt.big {
				r.Markdown += strings.Repeat("很长的内容", 1000)
			}
			checkOutcome(t, NewWeCom(HTTPOptions{}).Send(context.Background(), d, r), tt.want, 0)
		})
	}
}

// feishuServer checks the signature the way Feishu documents it:
// base64(HMAC-SHA256(key = timestamp+"\n"+secret, message = "")), timestamp in
// seconds within an hour; otherwise it answers 19021.
func feishuServer(t *testing.T, secret, answer string) *httptest.Server {
	return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var body struct {
			Timestamp string `json:"timestamp"`
			Sign      string `json:"sign"`
			MsgType   string `json:"msg_type"`
			Card      struct {
				Header struct {
					Title struct{ Tag, Content string }
				}
				Elements []struct{ Tag, Content string }
			}
		}
		if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
			t.Fatal(err)
		}
		if secret != "" {
			ts, err := strconv.ParseInt(body.Timestamp, 10, 64)
			if err != nil || time.Since(time.Unix(ts, 0)).Abs() > time.Hour ||
				body.Sign != hmacB64(body.Timestamp+"\n"+secret, "") {
				w.Write([]byte(fsSign))
				return
			}
		}
		if body.MsgType != "interactive" || !strings.HasPrefix(body.Card.Header.Title.Content, "[XZ-2026-0001]") ||
			len(body.Card.Elements) != 1 || body.Card.Elements[0].Tag != "markdown" ||
			strings.HasPrefix(body.Card.Elements[0].Content, "###") || !strings.Contains(body.Card.Elements[0].Content, "陈杰") {
			t.Errorf("bad Feishu card %+v", body)
		}
		w.Write([]byte(answer))
	}))
}

func TestFeishu(t *testing.T) {
	tests := []struct {
		name                 string
		serverSecret, secret string
		answer               string
		clock                func() time.Time
		want                 outcome
	}{
		{"signed", "fs-secret", "fs-secret", fsOK, nil, ok},
		{"older hooks answer StatusCode", "", "", fsOKOld, nil, ok},
		{"unsigned", "", "", fsOK, nil, ok},
		{"wrong secret: 19021", "fs-secret", "other", fsOK, nil, permanent},
		{"stale timestamp: 19021", "fs-secret", "fs-secret", fsOK, func() time.Time { return time.Now().Add(-90 * time.Minute) }, permanent},
		{"too many requests", "", "", fsTooMany, nil, retry},
		{"frequency limited", "", "", fsFreq, nil, retry},
		{"keyword missing", "", "", fsKeyword, nil, permanent},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := feishuServer(t, tt.serverSecret, tt.answer)
			defer srv.Close()
			d, r := robotDelivery(ChannelFeishu, srv.URL+"/open-apis/bot/v2/hook/abc", tt.secret)
			checkOutcome(t, NewFeishu(HTTPOptions{Now: tt.clock}).Send(context.Background(), d, r), tt.want, 0)
		})
	}
}

// TestFeishuSignOrder pins the difference that causes 19021: DingTalk's
// order (key=secret, message=timestamp+"\n"+secret) is not Feishu's.
func TestFeishuSignOrder(t *testing.T) {
	const secret = "demo-secret"
	const sec = 1764726000
	want := hmacB64(strconv.Itoa(sec)+"\n"+secret, "")
	if got := FeishuSign(secret, sec); got != want {
		t.Errorf("FeishuSign = %s, want %s", got, want)
	}
	if FeishuSign(secret, sec) == DingTalkSign(secret, sec) {
		t.Error("Feishu and DingTalk signatures must differ")
	}
	if got, want := DingTalkSign(secret, sec*1000), hmacB64(secret, strconv.Itoa(sec*1000)+"\n"+secret); got != want {
		t.Errorf("DingTalkSign = %s, want %s", got, want)
	}
}

func TestRobotWithoutEndpoint(t *testing.T) {
	for _, ch := range []Channel{NewDingTalk(HTTPOptions{}), NewWeCom(HTTPOptions{}), NewFeishu(HTTPOptions{}), NewWebhook(HTTPOptions{})} {
		err := ch.Send(context.Background(), Delivery{ID: "x"}, Rendered{})
		checkOutcome(t, err, permanent, 0)
	}
}

func TestRobotUnreachable(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(http.ResponseWriter, *http.Request) {}))
	url := srv.URL
	srv.Close() // nothing listens any more: a network error, worth retrying
	d, r := robotDelivery(ChannelDingTalk, url+"/robot/send?access_token=tok", "")
	checkOutcome(t, NewDingTalk(HTTPOptions{}).Send(context.Background(), d, r), retry, 0)
}
