package notify

import (
	"testing"
	"time"

	"github.com/liaison-dev/liaison/internal/check"
)

// TestMessagesUseNoVagueTime holds the product's own words to the manual's
// 明确性 (「尽快处理」需明确具体时间): no message a kind renders has a
// finding of the checker's vague-time rule.
func TestMessagesUseNoVagueTime(t *testing.T) {
	now := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	eachFilled(t, func(kind, rk, lang, body string) {
		for _, f := range check.Check(body, check.Options{Lang: lang, Now: now}) {
			if f.Rule == check.RuleVagueTime {
				t.Errorf("%s to %s (%s): the message uses vague time %q:\n%s", kind, rk, lang, string([]rune(body)[f.Start:f.End]), body)
			}
		}
	})
}
