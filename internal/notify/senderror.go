package notify

import (
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"time"
)

// SendError is a failed send, classified for the dispatcher: configuration
// errors (bad URL, bad signature, unknown recipient) are permanent, while
// server errors, timeouts and rate limits are retried.
type SendError struct {
	Retryable  bool
	RetryAfter time.Duration // the platform's hint, if any; 0 means use the backoff
	Err        error
}

// Error says whether the failure is retryable and why.
func (e *SendError) Error() string {
	kind := "permanent"
	if e.Retryable {
		kind = "retryable"
	}
	return fmt.Sprintf("%s: %v", kind, e.Err)
}

// Unwrap returns the underlying error.
func (e *SendError) Unwrap() error { return e.Err }

// Permanent wraps err as a SendError that must not be retried.
func Permanent(err error) error { return &SendError{Err: err} }

// Retryable wraps err as a SendError that should be retried, after at least
// after when it is positive.
func Retryable(err error, after time.Duration) error {
	return &SendError{Retryable: true, RetryAfter: after, Err: err}
}

// classify reports whether err may be retried and the platform's wait hint.
// Errors that are not SendErrors (network trouble, bugs we cannot judge) are
// retried: MaxAttempts still ends them, and a message is never dropped on a guess.
func classify(err error) (retry bool, after time.Duration) {
	var se *SendError
	if errors.As(err, &se) {
		return se.Retryable, se.RetryAfter
	}
	return true, 0
}

// statusError classifies an HTTP status that is not 2xx: 408, 429 and 5xx
// are retryable, everything else (4xx config errors, 3xx redirects we do not
// follow) is permanent.
func statusError(resp *http.Response, body []byte) error {
	err := fmt.Errorf("HTTP %d: %s", resp.StatusCode, truncate(string(body), 200))
	switch {
	case resp.StatusCode == http.StatusTooManyRequests,
		resp.StatusCode == http.StatusRequestTimeout,
		resp.StatusCode >= 500:
		return Retryable(err, retryAfter(resp.Header.Get("Retry-After")))
	default:
		return Permanent(err)
	}
}

// retryAfter parses a Retry-After header given in seconds (the HTTP-date
// form is rare from robots and ignored).
func retryAfter(v string) time.Duration {
	n, err := strconv.Atoi(v)
	if err != nil || n <= 0 {
		return 0
	}
	return time.Duration(n) * time.Second
}

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}
