package web_test

import (
	"testing"
	"time"

	"github.com/liaison-dev/liaison/internal/web"
)

// TestRetryAfter: whole seconds rounded up, so a retry at that time is not
// refused again; at least 1.
func TestRetryAfter(t *testing.T) {
	for _, c := range []struct {
		wait time.Duration
		want string
	}{{0, "1"}, {-time.Minute, "1"}, {time.Millisecond, "1"}, {660 * time.Second, "660"}, {660*time.Second + time.Microsecond, "661"}, {time.Hour, "3600"}} {
		if got := web.RetryAfter(c.wait); got != c.want {
			t.Errorf("RetryAfter(%v) = %q, want %q", c.wait, got, c.want)
		}
	}
}
