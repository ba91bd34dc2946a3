package notify

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync"
	"testing"
	"time"
)

// receiver is an integrator's endpoint: it verifies each webhook with its own
// HMAC code (not ours), drops repeats by X-Liaison-Delivery, and answers
// with status.
type receiver struct {
	t      *testing.T
	secret string
	status int
	header http.Header // extra answer headers

	mu       sync.Mutex
	received map[string]int // delivery ID → how many times it arrived
	payloads []WebhookPayload
}

func (rc *receiver) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	ts := r.Header.Get("X-Liaison-Timestamp")
	mac := hmac.New(sha256.New, []byte(rc.secret))
	mac.Write([]byte(ts + "." + string(body)))
	want := "sha256=" + hex.EncodeToString(mac.Sum(nil))
	sec, err := strconv.ParseInt(ts, 10, 64)
	if err != nil || time.Since(time.Unix(sec, 0)).Abs() > 5*time.Minute || r.Header.Get("X-Liaison-Signature") != want {
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	var p WebhookPayload
	if err := json.Unmarshal(body, &p); err != nil || p.ID != r.Header.Get("X-Liaison-Delivery") {
		rc.t.Errorf("payload %s does not match its delivery header (%v)", body, err)
	}
	rc.mu.Lock()
	rc.received[p.ID]++
	if rc.received[p.ID] == 1 {
		rc.payloads = append(rc.payloads, p)
	}
	rc.mu.Unlock()
	for k, v := range rc.header {
		w.Header()[k] = v
	}
	w.WriteHeader(rc.status)
}

func newReceiver(t *testing.T, secret string, status int) (*receiver, *httptest.Server) {
	rc := &receiver{t: t, secret: secret, status: status, received: map[string]int{}}
	srv := httptest.NewServer(rc)
	t.Cleanup(srv.Close)
	return rc, srv
}

func TestWebhook(t *testing.T) {
	tests := []struct {
		name         string
		serverSecret string
		secret       string
		status       int
		header       http.Header
		want         outcome
		after        time.Duration
	}{
		{"delivered", "whsec", "whsec", 200, nil, ok, 0},
		{"204 is fine too", "whsec", "whsec", 204, nil, ok, 0},
		{"wrong secret: 401 is permanent", "whsec", "other", 200, nil, permanent, 0},
		{"429 honours Retry-After", "whsec", "whsec", 429, http.Header{"Retry-After": {"120"}}, retry, 2 * time.Minute},
		{"503 retries", "whsec", "whsec", 503, nil, retry, 0},
		{"410 gone is permanent", "whsec", "whsec", 410, nil, permanent, 0},
		{"redirects are not followed", "whsec", "whsec", 301, http.Header{"Location": {"https://elsewhere.example/"}}, permanent, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rc, srv := newReceiver(t, tt.serverSecret, tt.status)
			rc.header = tt.header
			d, r := robotDelivery(ChannelWebhook, srv.URL+"/hooks/liaison", tt.secret)
			checkOutcome(t, NewWebhook(HTTPOptions{}).Send(context.Background(), d, r), tt.want, tt.after)
		})
	}
	t.Run("payload", func(t *testing.T) {
		rc, srv := newReceiver(t, "whsec", 200)
		d, r := robotDelivery(ChannelWebhook, srv.URL, "whsec")
		if err := NewWebhook(HTTPOptions{}).Send(context.Background(), d, r); err != nil {
			t.Fatal(err)
		}
		p := rc.payloads[0]
		if p.ID != "ntf-42-webhook" || p.Kind != KindEscalation || p.Case.Key != "XZ-2026-0001" ||
			p.Case.URL != "https://liaison.example/cases/42" || p.Fields["assignee"] != "陈杰" || p.Subject != r.Subject {
			t.Errorf("payload %+v", p)
		}
		if p.DueAt == nil || p.DueAt.Format(time.RFC3339) != "2026-12-03T18:00:00+08:00" {
			t.Errorf("due_at %v, want 2026-12-03T18:00:00+08:00", p.DueAt)
		}
	})
}

func TestVerifyWebhook(t *testing.T) {
	now := time.Unix(1764726000, 0)
	body := []byte(`{"id":"ntf-1-webhook"}`)
	sign := func(secret string, ts int64, b []byte) http.Header {
		h := http.Header{}
		h.Set(HeaderTimestamp, strconv.FormatInt(ts, 10))
		h.Set(HeaderSignature, SignWebhook(secret, ts, b))
		return h
	}
	tests := []struct {
		name   string
		header http.Header
		body   []byte
		want   error
	}{
		{"valid", sign("s", now.Unix(), body), body, nil},
		{"valid within tolerance", sign("s", now.Unix()-299, body), body, nil},
		{"replayed later", sign("s", now.Unix()-301, body), body, ErrWebhookStale},
		{"from the future", sign("s", now.Unix()+301, body), body, ErrWebhookStale},
		{"other secret", sign("t", now.Unix(), body), body, ErrWebhookSignature},
		{"body changed", sign("s", now.Unix(), body), []byte(`{"id":"ntf-2-webhook"}`), ErrWebhookSignature},
		{"unsigned", http.Header{}, body, ErrWebhookUnsigned},
		{"timestamp not a number", http.Header{HeaderTimestamp: {"soon"}, HeaderSignature: {"sha256=00"}}, body, ErrWebhookUnsigned},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := VerifyWebhook("s", tt.header, tt.body, now, 5*time.Minute); !errors.Is(err, tt.want) {
				t.Errorf("VerifyWebhook = %v, want %v", err, tt.want)
			}
		})
	}
}

func FuzzVerifyWebhook(f *testing.F) {
	f.Add("1764726000", "sha256=abc", []byte("{}"))
	f.Fuzz(func(t *testing.T, ts, sig string, body []byte) {
		h := http.Header{}
		h.Set(HeaderTimestamp, ts)
		h.Set(HeaderSignature, sig)
		_ = VerifyWebhook("secret", h, body, time.Unix(1764726000, 0), time.Hour)
	})
}

// TestWebhookRepeatAfterLostAck runs the dispatcher with the real webhook
// channel and loses the acknowledgement of the first send: the receiver gets
// the delivery twice with one identity and keeps it once.
func TestWebhookRepeatAfterLostAck(t *testing.T) {
	rc, srv := newReceiver(t, "whsec", 200)
	clock := &fakeClock{t: t0}
	ob := newFakeOutbox()
	for _, id := range []string{"ntf-1-webhook", "ntf-2-webhook"} {
		d, _ := robotDelivery(ChannelWebhook, srv.URL, "whsec")
		d.ID = id
		ob.add(d, t0)
	}
	ob.failMarkSent = 1
	disp := NewDispatcher(ob, map[string]Channel{ChannelWebhook: NewWebhook(HTTPOptions{})},
		DispatcherOptions{Now: clock.Now, Logger: quiet(), Workers: 1})
	if _, err := disp.RunOnce(context.Background()); err != nil {
		t.Fatal(err)
	}
	ob.expireLeases() // the process restarted; its lease ran out
	drain(t, disp, ob, clock)
	if rc.received["ntf-1-webhook"] != 2 || rc.received["ntf-2-webhook"] != 1 || len(rc.payloads) != 2 {
		t.Errorf("received %v, kept %d; want ntf-1 twice (same identity), ntf-2 once, 2 kept", rc.received, len(rc.payloads))
	}
	for _, id := range []string{"ntf-1-webhook", "ntf-2-webhook"} {
		if r := ob.row(id); r.status != "sent" {
			t.Errorf("%s is %s", id, r.status)
		}
	}
}
