package notify

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"
)

// HTTPOptions configures the channels that POST to robots and webhooks.
type HTTPOptions struct {
	// Client sends the requests; the default has a 15 s timeout and does not
	// follow redirects (a robot URL that redirects is misconfigured).
	Client *http.Client
	// Now is the wall clock used in signatures. Leave it nil (time.Now):
	// the platforms compare timestamps with real time, so the simulated
	// dev clock must never be used here.
	Now func() time.Time
	// ChatIDs keeps the chat identities the apps look up (nil: kept only
	// in memory, per process).
	ChatIDs ChatIDStore
}

func (o HTTPOptions) client() *http.Client {
	if o.Client != nil {
		return o.Client
	}
	return &http.Client{
		Timeout:       15 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
}

func (o HTTPOptions) now() time.Time {
	if o.Now != nil {
		return o.Now()
	}
	return time.Now()
}

// maxResponse bounds how much of an answer we read: robots answer in a line.
const maxResponse = 64 << 10

// post sends body as JSON and returns the response and its (bounded) body.
// Transport errors and timeouts are retryable.
func post(ctx context.Context, c *http.Client, url string, body []byte, header http.Header) (*http.Response, []byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return nil, nil, Permanent(fmt.Errorf("bad endpoint URL: %w", transportError(err)))
	}
	for k, v := range header {
		req.Header[k] = v
	}
	req.Header.Set("Content-Type", "application/json; charset=utf-8")
	req.Header.Set("User-Agent", "liaison-notify/1")
	resp, err := c.Do(req)
	if err != nil {
		return nil, nil, Retryable(fmt.Errorf("POST %s: %w", redact(url), transportError(err)), 0)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, maxResponse))
	if err != nil {
		return nil, nil, Retryable(fmt.Errorf("reading answer: %w", err), 0)
	}
	return resp, b, nil
}

// robotAnswer is what the three robots answer: DingTalk and WeCom say
// errcode/errmsg, Feishu code/msg (older Feishu hooks StatusCode/StatusMessage).
type robotAnswer struct {
	ErrCode    *int   `json:"errcode"`
	ErrMsg     string `json:"errmsg"`
	Code       *int   `json:"code"`
	Msg        string `json:"msg"`
	StatusCode *int   `json:"StatusCode"`
	StatusMsg  string `json:"StatusMessage"`
}

func (a robotAnswer) code() (int, string, bool) {
	switch {
	case a.ErrCode != nil:
		return *a.ErrCode, a.ErrMsg, true
	case a.Code != nil:
		return *a.Code, a.Msg, true
	case a.StatusCode != nil:
		return *a.StatusCode, a.StatusMsg, true
	}
	return 0, "", false
}

// robotRetry lists a platform's error codes worth retrying and how long to
// wait; every other non-zero code is a configuration error (bad token,
// signature, keyword, IP allow-list, message format) and permanent.
type robotRetry map[int]time.Duration

// robotResult classifies a robot's answer: the JSON code first (robots
// report most errors with HTTP 200), then the HTTP status.
func robotResult(platform string, resp *http.Response, body []byte, retry robotRetry) error {
	var a robotAnswer
	if json.Unmarshal(body, &a) == nil {
		if code, msg, ok := a.code(); ok {
			if code == 0 && resp.StatusCode/100 == 2 {
				return nil
			}
			if code != 0 {
				err := fmt.Errorf("%s error %d: %s", platform, code, truncate(msg, 300))
				if wait, ok := retry[code]; ok {
					return Retryable(err, max(wait, retryAfter(resp.Header.Get("Retry-After"))))
				}
				if resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500 {
					return Retryable(err, retryAfter(resp.Header.Get("Retry-After")))
				}
				return Permanent(err)
			}
		}
	}
	if resp.StatusCode/100 != 2 {
		return statusError(resp, body)
	}
	return Permanent(fmt.Errorf("%s: unexpected answer: %s", platform, truncate(string(body), 200)))
}

// endpointOf returns the delivery's endpoint or a permanent error.
func endpointOf(d Delivery) (*Endpoint, error) {
	if d.Target.Endpoint == nil || d.Target.Endpoint.URL == "" {
		return nil, Permanent(errors.New("delivery has no endpoint URL"))
	}
	return d.Target.Endpoint, nil
}

// redact drops the query (access_token=, key=) from a URL for error messages,
// which end up in the outbox's last_error and in logs.
func redact(u string) string {
	if i := strings.IndexByte(u, '?'); i >= 0 {
		u = u[:i] + "?…"
	}
	return Scrub(u)
}

// limitBytes cuts s to at most n bytes without splitting a UTF-8 character.
func limitBytes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && s[cut]&0xC0 == 0x80 {
		cut--
	}
	return s[:cut]
}
