package web_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/liaison-dev/liaison/internal/demo"
)

// TestOpenWithoutProcess: a case opened without "process" is a 422 saying
// the field is required, not "unknown process " with a blank.
func TestOpenWithoutProcess(t *testing.T) {
	s := start(t)
	wang := s.login(t, "wangfang", demo.Password)
	r := s.post(t, "/api/v1/cases", `{"fields":{}}`, bearer(wang))
	if r.status != http.StatusUnprocessableEntity || !strings.Contains(r.body, `"process":"必填"`) {
		t.Fatalf("open without a process: %d %s", r.status, r.body)
	}
}
