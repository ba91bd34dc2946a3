package calendar

import (
	"testing"
	"time"
)

// defaultCal is the default calendar without overrides.
func defaultCal(t testing.TB) *Calendar {
	t.Helper()
	return mustNew(t, DefaultConfig(), nil)
}

// lunchCal has 09:00–18:00 with a 12:00–13:00 lunch break.
func lunchCal(t testing.TB) *Calendar {
	t.Helper()
	cfg := DefaultConfig()
	cfg.LunchStart, cfg.LunchEnd = 12*time.Hour, 13*time.Hour
	return mustNew(t, cfg, nil)
}

func mustNew(t testing.TB, cfg Config, ovs []Override) *Calendar {
	t.Helper()
	c, err := New(cfg, ovs)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return c
}

// sh parses "2006-01-02 15:04[:05]" in Asia/Shanghai.
func sh(t testing.TB, s string) time.Time {
	t.Helper()
	layout := "2006-01-02 15:04"
	if len(s) > len(layout) {
		layout = time.DateTime
	}
	v, err := time.ParseInLocation(layout, s, DefaultConfig().Location)
	if err != nil {
		t.Fatalf("bad test time %q: %v", s, err)
	}
	return v
}

// sameInstant fails unless got is want, in the calendar's zone.
func sameInstant(t *testing.T, what string, got, want time.Time) {
	t.Helper()
	if !got.Equal(want) {
		t.Errorf("%s = %s, want %s", what, got.Format("2006-01-02 15:04:05.999 Mon -07:00"), want.Format("2006-01-02 15:04:05.999 Mon -07:00"))
	}
	if got.Location().String() != "Asia/Shanghai" {
		t.Errorf("%s is in %s, want Asia/Shanghai", what, got.Location())
	}
}
