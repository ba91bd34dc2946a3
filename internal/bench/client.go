package bench

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"time"
)

// api is an HTTP client of one server's API.
type api struct {
	base string
	http *http.Client
}

func newAPI(base string, conns int) *api {
	tr := &http.Transport{MaxIdleConns: conns * 2, MaxIdleConnsPerHost: conns * 2, IdleConnTimeout: time.Minute}
	return &api{base: base, http: &http.Client{Transport: tr, Timeout: 60 * time.Second}}
}

// call sends a request with body (JSON, may be nil) as token and decodes
// the answer into out (may be nil); a status other than 2xx is an error.
func (a *api) call(ctx context.Context, method, path, token string, body, out any) error {
	var rd io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return err
		}
		rd = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, a.base+path, rd)
	if err != nil {
		return err
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := a.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	if resp.StatusCode/100 != 2 {
		if len(b) > 200 {
			b = b[:200]
		}
		return &statusError{method: method, path: path, code: resp.StatusCode, body: string(b)}
	}
	if raw, ok := out.(*[]byte); ok {
		*raw = b
		return nil
	}
	if out != nil {
		return json.Unmarshal(b, out)
	}
	return nil
}

// statusError is an answer other than 2xx.
type statusError struct {
	method, path string
	code         int
	body         string
}

func (e *statusError) Error() string {
	return fmt.Sprintf("%s %s: %d %s", e.method, e.path, e.code, e.body)
}

// loginPatience bounds how long a client keeps asking to sign in.
const loginPatience = 2 * time.Minute

// login signs login in and returns the API token. The server bounds the
// sign-ins at once (503 when its hashing slots stay busy) and counts the
// attempts in progress from one address (429): every client signs in from
// 127.0.0.1 at the same moment, so it asks again after a short pause
// until it is let in.
func (a *api) login(ctx context.Context, login string) (string, error) {
	var out struct {
		Token string `json:"token"`
	}
	deadline := time.Now().Add(loginPatience)
	for pause := 50 * time.Millisecond; ; pause = min(2*pause, time.Second) {
		err := a.call(ctx, "POST", "/api/v1/login", "", map[string]string{"login": login, "password": Password}, &out)
		var se *statusError
		if err == nil || !errors.As(err, &se) || (se.code != http.StatusTooManyRequests && se.code != http.StatusServiceUnavailable) || time.Now().After(deadline) {
			return out.Token, err
		}
		select {
		case <-time.After(pause):
		case <-ctx.Done():
			return "", ctx.Err()
		}
	}
}
