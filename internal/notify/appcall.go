package notify

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// appCodes are a platform's answers that are not plain failures: expired
// or invalid access tokens (fetch a new one and try again at once) and
// rate limits or busy servers (retry after the wait given, or the backoff).
type appCodes struct {
	expired map[int]bool
	retry   robotRetry
}

// appAnswer is the envelope every platform API answers in: DingTalk and
// WeCom errcode/errmsg (DingTalk's gateway adds sub_code for code 88),
// Feishu code/msg.
type appAnswer struct {
	ErrCode *int   `json:"errcode"`
	ErrMsg  string `json:"errmsg"`
	SubCode string `json:"sub_code"`
	Code    *int   `json:"code"`
	Msg     string `json:"msg"`
}

// appCall sends one API request and decodes a successful answer into out.
// The URL may carry the access token: errors name only the path.
func appCall(ctx context.Context, o HTTPOptions, platform, method, rawURL string, body any, header http.Header, codes appCodes, out any) error {
	var (
		resp *http.Response
		b    []byte
		err  error
	)
	if method == http.MethodGet {
		resp, b, err = get(ctx, o.client(), rawURL, header)
	} else {
		var payload []byte
		if payload, err = json.Marshal(body); err != nil {
			return Permanent(err)
		}
		resp, b, err = post(ctx, o.client(), rawURL, payload, header)
	}
	if err != nil {
		return err
	}
	var a appAnswer
	if jerr := json.Unmarshal(b, &a); jerr != nil {
		if resp.StatusCode/100 != 2 {
			return statusError(resp, b)
		}
		return Permanent(fmt.Errorf("%s: unexpected answer: %s", platform, truncate(Scrub(string(b)), 200)))
	}
	code, msg := 0, ""
	switch {
	case a.ErrCode != nil:
		code, msg = *a.ErrCode, a.ErrMsg
	case a.Code != nil:
		code, msg = *a.Code, a.Msg
	default:
		if resp.StatusCode/100 != 2 {
			return statusError(resp, b)
		}
		return Permanent(fmt.Errorf("%s: answer without a code: %s", platform, truncate(Scrub(string(b)), 200)))
	}
	if code == 0 && resp.StatusCode/100 == 2 {
		if out != nil {
			if err := json.Unmarshal(b, out); err != nil {
				return Permanent(fmt.Errorf("%s: reading answer: %w", platform, err))
			}
		}
		return nil
	}
	e := fmt.Errorf("%s error %d: %s", platform, code, truncate(Scrub(msg), 300))
	if sub, err := strconv.Atoi(a.SubCode); err == nil && code == 88 {
		// DingTalk's gateway reports the real cause in sub_code.
		e = fmt.Errorf("%s error %d (sub_code %d): %s", platform, code, sub, truncate(Scrub(msg), 300))
		code = sub
	}
	if codes.expired[code] {
		return errTokenExpired{Retryable(e, 0)}
	}
	wait := max(retryAfter(resp.Header.Get("Retry-After")), retryAfter(resp.Header.Get("X-Ogw-Ratelimit-Reset")))
	if w, ok := codes.retry[code]; ok {
		return Retryable(e, max(w, wait))
	}
	if resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500 {
		return Retryable(e, wait)
	}
	return Permanent(e)
}

// get is post's GET twin (token endpoints of DingTalk and WeCom).
func get(ctx context.Context, c *http.Client, rawURL string, header http.Header) (*http.Response, []byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return nil, nil, Permanent(fmt.Errorf("bad API URL: %w", transportError(err)))
	}
	for k, v := range header {
		req.Header[k] = v
	}
	req.Header.Set("User-Agent", "liaison-notify/1")
	resp, err := c.Do(req)
	if err != nil {
		return nil, nil, Retryable(fmt.Errorf("GET %s: %w", redact(rawURL), transportError(err)), 0)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, maxResponse))
	if err != nil {
		return nil, nil, Retryable(fmt.Errorf("reading answer: %w", err), 0)
	}
	return resp, b, nil
}

// seconds turns a platform's expires_in into a duration.
func seconds(n int) time.Duration { return time.Duration(n) * time.Second }

// cardMarkdown writes a card as Markdown for platforms whose card body is
// Markdown (DingTalk's ActionCard).
func cardMarkdown(c Card) string {
	s := "### " + c.Title + "\n\n"
	for i, para := range splitParas(c.Text) {
		if i > 0 {
			s += "\n\n"
		}
		s += para
	}
	s += "\n\n"
	for _, f := range c.Facts {
		s += "- **" + f.Label + "**: " + f.Value + "\n"
	}
	return s
}

// splitParas splits card text at blank lines and joins each paragraph's
// lines with Markdown hard breaks.
func splitParas(text string) []string {
	var out []string
	for _, p := range strings.Split(text, "\n\n") {
		out = append(out, strings.Join(strings.Split(p, "\n"), "  \n"))
	}
	return out
}
