package web_test

import (
	"net/http"
	"strings"
	"testing"
)

func TestHealthzAndMetrics(t *testing.T) {
	s := start(t)
	r := s.do(t, http.MethodGet, "/healthz", nil, nil)
	if r.status != 200 || strings.TrimSpace(r.body) != `{"status":"ok"}` {
		t.Fatalf("healthz: %d %s", r.status, r.body)
	}
	s.do(t, http.MethodGet, "/api/v1/me", nil, nil)
	s.do(t, http.MethodGet, "/nowhere", nil, nil)
	r = s.do(t, http.MethodGet, "/metrics", nil, nil)
	if r.status != 200 || !strings.HasPrefix(r.header.Get("Content-Type"), "text/plain; version=0.0.4") {
		t.Fatalf("metrics: %d %v", r.status, r.header)
	}
	for _, want := range []string{
		`liaison_http_requests_total{route="GET /healthz",status="200"} 1`,
		`liaison_http_requests_total{route="GET /api/v1/me",status="401"} 1`,
		`liaison_http_requests_total{route="unmatched",status="404"} 1`,
		`liaison_http_request_duration_seconds_count{route="GET /healthz"} 1`,
		`# TYPE go_goroutines gauge`,
	} {
		if !strings.Contains(r.body, want) {
			t.Errorf("metrics lack %q:\n%s", want, r.body)
		}
	}
}

func TestUnknownAPIPath(t *testing.T) {
	s := start(t)
	for _, tc := range []struct{ method, path string }{
		{"GET", "/api/v1/nope"},
		{"GET", "/api/v1/login"}, // a known path with the wrong method
		{"DELETE", "/api/v1/me"},
	} {
		r := s.do(t, tc.method, tc.path, nil, nil)
		if code, _, _ := r.errorBody(t); r.status != 404 || code != "not_found" {
			t.Errorf("%s %s: %d %s", tc.method, tc.path, r.status, r.body)
		}
	}
}
