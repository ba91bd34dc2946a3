package bench

import (
	"bytes"
	"context"
	"encoding/json"
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
		return fmt.Errorf("%s %s: %d %s", method, path, resp.StatusCode, b)
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

// login signs login in and returns the API token.
func (a *api) login(ctx context.Context, login string) (string, error) {
	var out struct {
		Token string `json:"token"`
	}
	err := a.call(ctx, "POST", "/api/v1/login", "", map[string]string{"login": login, "password": Password}, &out)
	return out.Token, err
}
