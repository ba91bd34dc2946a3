package notify

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"strconv"
	"sync"
	"time"
)

// ProbeResult is what a platform answered a test message: whether the send
// counted as delivered, the HTTP status and body it answered (scrubbed of
// credentials, cut to 2 KB), and our reading of a failure.
type ProbeResult struct {
	OK     bool   `json:"ok"`
	Status int    `json:"status,omitempty"`
	Answer string `json:"answer,omitempty"`
	Error  string `json:"error,omitempty"`
	Reason string `json:"reason,omitempty"` // Error explained for people (Explain)
}

// answerRecorder keeps the last answer a transport received.
type answerRecorder struct {
	next   http.RoundTripper
	mu     sync.Mutex
	status int
	body   []byte
}

func (r *answerRecorder) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := r.next.RoundTrip(req)
	if err != nil {
		return nil, err
	}
	b, rerr := io.ReadAll(io.LimitReader(resp.Body, maxResponse))
	resp.Body.Close()
	resp.Body = io.NopCloser(bytes.NewReader(b))
	r.mu.Lock()
	r.status, r.body = resp.StatusCode, b
	r.mu.Unlock()
	return resp, rerr
}

// Probe sends a test message to ep through the channel of its kind, signed
// as a real message would be, and reports the platform's answer. lang picks
// the message's language (zh by default).
func Probe(ctx context.Context, o HTTPOptions, ep Endpoint, lang string) ProbeResult {
	return probe(ctx, o, lang, func(o HTTPOptions) (Channel, Delivery, Rendered, bool) {
		ch, ok := Channels(o, nil)[ep.Kind]
		if !ok || ep.Kind == ChannelInbox {
			return nil, Delivery{}, Rendered{}, false
		}
		d := Delivery{ID: "test-" + strconv.FormatInt(time.Now().UnixNano(), 36), Channel: ep.Kind, Target: Target{Name: ep.Name, Endpoint: &ep},
			Message: Message{Kind: "test", Lang: lang, Fields: map[string]string{}}}
		return ch, d, testMessage(ep.Name, lang, ""), true
	}, "unknown channel kind "+strconv.Quote(ep.Kind))
}

// ProbeApp sends a test card through a company app to the person t names
// (their chat id, or the mobile or email to look them up by), with a button
// to link, and reports the platform's last answer.
func ProbeApp(ctx context.Context, o HTTPOptions, app AppConfig, t Target, link, lang string) ProbeResult {
	return probe(ctx, o, lang, func(o HTTPOptions) (Channel, Delivery, Rendered, bool) {
		ch, ok := AppChannels(o, []AppConfig{app})[AppChannel(app.Platform)]
		d := Delivery{ID: "test-" + strconv.FormatInt(time.Now().UnixNano(), 36), Channel: AppChannel(app.Platform), Target: t,
			Message: Message{Kind: "test", Lang: lang, Fields: map[string]string{}}}
		return ch, d, testMessage(app.Platform, lang, link), ok
	}, "unknown platform "+strconv.Quote(app.Platform))
}

// testMessage is the test message, in every format.
func testMessage(name, lang, link string) Rendered {
	r := Rendered{Subject: "[liaison] 测试消息", Markdown: "### [liaison] 测试消息\n\n这是 liaison 的测试消息:渠道「" + name + "」配置正确。无需回复。",
		Text: "这是 liaison 的测试消息:渠道「" + name + "」配置正确。无需回复。"}
	button := "打开 liaison"
	if lang == "en" {
		r = Rendered{Subject: "[liaison] test message", Markdown: "### [liaison] test message\n\nThis is a test message from liaison: channel \"" + name + "\" works. No reply needed.",
			Text: "This is a test message from liaison: channel \"" + name + "\" works. No reply needed."}
		button = "Open liaison"
	}
	r.Card = Card{Title: r.Subject, Text: r.Text}
	if link != "" {
		r.Card.Button, r.Card.URL = button, link
	}
	return r
}

// probe sends what build gives through a client that records the last
// answer, and reports it.
func probe(ctx context.Context, o HTTPOptions, lang string, build func(HTTPOptions) (Channel, Delivery, Rendered, bool), unknown string) ProbeResult {
	base := o.client()
	rec := &answerRecorder{next: base.Transport}
	if rec.next == nil {
		rec.next = http.DefaultTransport
	}
	c := *base
	c.Transport = rec
	o.Client = &c
	ch, d, r, ok := build(o)
	if !ok {
		return ProbeResult{Error: unknown}
	}
	sctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	err := ch.Send(sctx, d, r)
	rec.mu.Lock()
	res := ProbeResult{OK: err == nil, Status: rec.status, Answer: Scrub(limitBytes(string(rec.body), 2048))}
	rec.mu.Unlock()
	if err != nil {
		res.Error = Scrub(err.Error())
		res.Reason = Explain(res.Error, lang)
	}
	return res
}
