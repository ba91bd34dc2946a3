package notify

import (
	"math/rand/v2"
	"time"
)

// Backoff defaults: 30 s after the first failure, doubling, at most an hour.
const (
	backoffBase = 30 * time.Second
	backoffMax  = time.Hour
)

// DefaultBackoff is the wait after the attempt-th failure (1-based):
// 30 s, 1 min, 2 min, 4 min, … capped at 1 h, each spread by up to ±20 % so
// that a burst of failures against one robot does not retry in lockstep.
func DefaultBackoff(attempt int) time.Duration {
	d := ExponentialBackoff(attempt)
	jitter := time.Duration((rand.Float64()*0.4 - 0.2) * float64(d))
	return min(d+jitter, backoffMax)
}

// ExponentialBackoff is DefaultBackoff without the jitter: 30 s × 2^(attempt-1),
// capped at 1 h. Tests use it to predict retry times exactly.
func ExponentialBackoff(attempt int) time.Duration {
	if attempt < 1 {
		attempt = 1
	}
	d := backoffBase
	for i := 1; i < attempt && d < backoffMax; i++ {
		d *= 2
	}
	return min(d, backoffMax)
}
