package web_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/liaison-dev/liaison/internal/check"
	"github.com/liaison-dev/liaison/internal/demo"
	"github.com/liaison-dev/liaison/internal/web"
)

// TestCheckLimits: issue 20 defect 4. The endpoint accepts texts of
// web.MaxCheckChars characters (even written as JSON escapes), answers 413
// beyond, and returns a bounded number of findings however bad the text.
func TestCheckLimits(t *testing.T) {
	s := start(t)
	tok := s.login(t, "wangfang", demo.Password)
	body := func(text string) string {
		b, err := json.Marshal(map[string]string{"text": text, "kind": "request"})
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	tests := []struct {
		name   string
		body   string
		status int
	}{
		{"longest Chinese text", body(strings.Repeat("请于11月3日(周二)前", web.MaxCheckChars/12)), 200},
		{"longest text as escapes", `{"text":"` + strings.Repeat(`\ud83d\ude00`, web.MaxCheckChars) + `"}`, 200},
		{"one character too many", body(strings.Repeat("x", web.MaxCheckChars+1)), 413},
		{"far too large a body", `{"text":"` + strings.Repeat("a", web.MaxCheckChars*13) + `"}`, 413},
		{"shouting everywhere", body(strings.Repeat("!!! ", web.MaxCheckChars/4)), 200},
	}
	for _, tc := range tests {
		r := s.post(t, "/api/v1/check", tc.body, bearer(tok))
		if r.status != tc.status {
			t.Errorf("%s: %d %.200s", tc.name, r.status, r.body)
			continue
		}
		if r.status != 200 {
			if code, _, _ := r.errorBody(t); code != "too_large" {
				t.Errorf("%s: code %q", tc.name, code)
			}
			continue
		}
		var out struct{ Findings []check.Finding }
		if err := json.Unmarshal([]byte(r.body), &out); err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if len(out.Findings) > check.MaxFindings {
			t.Errorf("%s: %d findings, want at most %d", tc.name, len(out.Findings), check.MaxFindings)
		}
	}
}
