package check_test

import (
	"testing"
	"time"

	"github.com/liaison-dev/liaison/internal/calendar"
	"github.com/liaison-dev/liaison/internal/check"
)

// The real calendar satisfies Workdays, and 调休 reaches the deadline rule.
var _ check.Workdays = (*calendar.Calendar)(nil)

func TestRealCalendar(t *testing.T) {
	cal, err := calendar.New(calendar.DefaultConfig(), nil)
	if err != nil {
		t.Fatal(err)
	}
	loc, _ := time.LoadLocation("Asia/Shanghai")
	now := time.Date(2026, 2, 2, 10, 0, 0, 0, loc)
	tests := []struct {
		text string
		rule string // "" for none
	}{
		{"请于2月14日前提交", ""},                           // a make-up working Saturday
		{"请于2月16日前提交", check.RuleDeadlineNonWorkday}, // Spring Festival
		{"请于2月13日前提交", ""},                           // a Friday
	}
	for _, tc := range tests {
		fs := check.Check(tc.text, check.Options{Now: now, Calendar: cal})
		got := ""
		if len(fs) > 0 {
			got = fs[0].Rule
		}
		if got != tc.rule || len(fs) > 1 {
			t.Errorf("%q: got %+v, want %q", tc.text, fs, tc.rule)
		}
	}
}
