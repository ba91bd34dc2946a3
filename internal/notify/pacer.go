package notify

import (
	"sync"
	"time"
)

// Pacer decides whether a robot may be sent to now. The dispatcher asks it
// before each robot send; when it says no, the delivery is deferred (not
// failed) until the time it names.
type Pacer interface {
	// Take spends one of key's tokens at now. When none is free it returns
	// false and the earliest time, after now, at which one will be.
	Take(key string, now time.Time) (ok bool, next time.Time)
}

// RobotLimit is the group robots' documented rate: DingTalk, WeCom and
// Feishu each allow about 20 messages a minute per robot.
const RobotLimit = 20

// WindowPacer is a token bucket per key in which every spent token comes
// back exactly per after it was spent. Unlike a bucket refilled at a steady
// rate it never allows more than limit sends in any window of length per,
// which is how the platforms count. It is in-memory: replicas pace separately.
type WindowPacer struct {
	mu    sync.Mutex
	limit int
	per   time.Duration
	spent map[string][]time.Time // per key, ascending
}

// NewPacer returns a WindowPacer allowing limit sends per key in any window of per.
func NewPacer(limit int, per time.Duration) *WindowPacer {
	return &WindowPacer{limit: max(limit, 1), per: per, spent: map[string][]time.Time{}}
}

// Take implements Pacer.
func (p *WindowPacer) Take(key string, now time.Time) (bool, time.Time) {
	p.mu.Lock()
	defer p.mu.Unlock()
	s := p.spent[key]
	i := 0
	for i < len(s) && !s[i].Add(p.per).After(now) {
		i++
	}
	s = s[i:]
	if len(s) < p.limit {
		p.spent[key] = append(s, now)
		return true, now
	}
	p.spent[key] = s
	return false, s[0].Add(p.per)
}
