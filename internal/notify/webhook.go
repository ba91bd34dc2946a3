package notify

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/liaison-dev/liaison/internal/i18n"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// The generic webhook's headers.
const (
	HeaderDelivery  = "X-Liaison-Delivery"  // the delivery ID, the same on every repeat
	HeaderEvent     = "X-Liaison-Event"     // the notification kind
	HeaderTimestamp = "X-Liaison-Timestamp" // unix seconds when this attempt was signed
	HeaderSignature = "X-Liaison-Signature" // "sha256=" + hex HMAC-SHA256(secret, timestamp+"."+body)
)

// Webhook POSTs the event as JSON to an integrator's URL, e.g. a
// project-management or customer-feedback system.
type Webhook struct{ o HTTPOptions }

// NewWebhook returns the generic webhook channel.
func NewWebhook(o HTTPOptions) *Webhook { return &Webhook{o} }

// WebhookPayload is the JSON body of a webhook. It is the same on every
// attempt of one delivery, so receivers may also hash it.
type WebhookPayload struct {
	ID      string            `json:"id"` // = X-Liaison-Delivery; drop a repeat you already processed
	Kind    string            `json:"kind"`
	Lang    string            `json:"lang"`
	Case    WebhookCase       `json:"case"`
	State   string            `json:"state,omitempty"`
	Action  string            `json:"action,omitempty"`
	Actor   string            `json:"actor,omitempty"`
	DueAt   *time.Time        `json:"due_at"` // RFC 3339 with offset, null when nothing waits
	Fields  map[string]string `json:"fields"`
	Subject string            `json:"subject"` // rendered, for receivers that just display it
	Text    string            `json:"text"`
}

// WebhookCase identifies the case in a WebhookPayload.
type WebhookCase struct {
	Key     string `json:"key"`
	Title   string `json:"title"`
	URL     string `json:"url"`
	Process string `json:"process,omitempty"`
}

// SignWebhook returns the X-Liaison-Signature value for body sent at ts.
func SignWebhook(secret string, ts int64, body []byte) string {
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write([]byte(strconv.FormatInt(ts, 10) + "."))
	mac.Write(body)
	return "sha256=" + hex.EncodeToString(mac.Sum(nil))
}

// Errors VerifyWebhook returns.
var (
	ErrWebhookUnsigned  = errors.New("webhook: missing timestamp or signature")
	ErrWebhookStale     = errors.New("webhook: timestamp outside tolerance (replay?)")
	ErrWebhookSignature = errors.New("webhook: signature does not match")
)

// VerifyWebhook checks a received webhook: the timestamp must be within
// tolerance of now (against replays) and the signature must match body.
// Receivers call it before trusting anything in the payload.
func VerifyWebhook(secret string, header http.Header, body []byte, now time.Time, tolerance time.Duration) error {
	tsText, sig := header.Get(HeaderTimestamp), header.Get(HeaderSignature)
	if tsText == "" || sig == "" {
		return ErrWebhookUnsigned
	}
	ts, err := strconv.ParseInt(tsText, 10, 64)
	if err != nil {
		return fmt.Errorf("%w: bad timestamp %q", ErrWebhookUnsigned, tsText)
	}
	if d := now.Sub(time.Unix(ts, 0)); d > tolerance || d < -tolerance {
		return ErrWebhookStale
	}
	if !strings.HasPrefix(sig, "sha256=") ||
		!hmac.Equal([]byte(sig), []byte(SignWebhook(secret, ts, body))) {
		return ErrWebhookSignature
	}
	return nil
}

// Send implements Channel: 2xx is delivered; 408, 429 and 5xx are retried
// (honouring Retry-After); any other status is permanent.
func (c *Webhook) Send(ctx context.Context, d Delivery, r Rendered) error {
	ep, err := endpointOf(d)
	if err != nil {
		return err
	}
	m := d.Message
	fields := m.Fields
	if fields == nil {
		fields = map[string]string{}
	}
	var due *time.Time
	if m.DueAt != nil {
		t := m.DueAt.In(i18n.Zone()).Truncate(time.Second)
		due = &t
	}
	body, err := json.Marshal(WebhookPayload{
		ID: d.ID, Kind: m.Kind, Lang: m.Lang,
		Case:  WebhookCase{Key: m.CaseKey, Title: m.CaseTitle, URL: m.CaseURL, Process: m.ProcessName},
		State: m.State, Action: m.Action, Actor: m.Actor, DueAt: due, Fields: fields,
		Subject: r.Subject, Text: r.Text,
	})
	if err != nil {
		return Permanent(err)
	}
	ts := c.o.now().Unix()
	h := http.Header{}
	h.Set(HeaderDelivery, d.ID)
	h.Set(HeaderEvent, m.Kind)
	h.Set(HeaderTimestamp, strconv.FormatInt(ts, 10))
	if ep.Secret != "" {
		h.Set(HeaderSignature, SignWebhook(ep.Secret, ts, body))
	}
	resp, answer, err := post(ctx, c.o.client(), ep.URL, body, h)
	if err != nil {
		return err
	}
	if resp.StatusCode/100 == 2 {
		return nil
	}
	return statusError(resp, answer)
}
