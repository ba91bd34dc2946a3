package calendar

import (
	"testing"
	"time"

	"github.com/liaison-dev/liaison/internal/problem"
)

func TestDefaultConfig(t *testing.T) {
	cfg := DefaultConfig()
	if cfg.Location.String() != "Asia/Shanghai" || cfg.Open != 9*time.Hour || cfg.Close != 18*time.Hour || cfg.hasLunch() {
		t.Errorf("DefaultConfig = %+v", cfg)
	}
	c := defaultCal(t)
	if c.Location() != cfg.Location || c.Config() != cfg {
		t.Error("Location/Config do not return the configuration")
	}
}

func TestNewRefuses(t *testing.T) {
	ok := DefaultConfig()
	with := func(f func(*Config)) Config { c := ok; f(&c); return c }
	tests := []struct {
		name string
		cfg  Config
		ovs  []Override
	}{
		{"no location", with(func(c *Config) { c.Location = nil }), nil},
		{"close before open", with(func(c *Config) { c.Close = 8 * time.Hour }), nil},
		{"close after midnight", with(func(c *Config) { c.Close = 25 * time.Hour }), nil},
		{"negative open", with(func(c *Config) { c.Open = -time.Hour }), nil},
		{"lunch outside hours", with(func(c *Config) { c.LunchStart, c.LunchEnd = 8*time.Hour, 10*time.Hour }), nil},
		{"lunch reversed", with(func(c *Config) { c.LunchStart, c.LunchEnd = 13*time.Hour, 12*time.Hour }), nil},
		{"half a lunch", with(func(c *Config) { c.LunchStart = 12 * time.Hour }), nil},
		{"bad override date", ok, []Override{{Date: "2026-13-01"}}},
		{"override date with time", ok, []Override{{Date: "2026-01-01T00:00:00Z"}}},
		{"override far away", ok, []Override{{Date: "2999-01-01"}}},
		{"duplicate override", ok, []Override{{Date: "2026-03-02"}, {Date: "2026-03-02", Workday: true}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := New(tt.cfg, tt.ovs)
			if problem.CodeOf(err) != problem.Invalid {
				t.Errorf("New = %v, want an Invalid problem", err)
			}
		})
	}
}

func TestOverridesWin(t *testing.T) {
	c := mustNew(t, DefaultConfig(), []Override{
		{Date: "2026-03-13", Workday: false, Name: " 公司周年 "},
		{Date: "2026-02-16", Workday: true, Name: "值班"}, // inside the Spring Festival
		{Date: "2028-01-03", Workday: false, Name: "元旦"},
	})
	tests := []struct {
		at           string
		work         bool
		name, source string
	}{
		{"2026-03-13 10:00", false, "公司周年", SourceOverride},
		{"2026-02-16 10:00", true, "值班", SourceOverride},
		{"2026-02-17 10:00", false, "春节", SourceOfficial},
		{"2026-02-14 10:00", true, "春节", SourceOfficial},
		{"2026-03-14 10:00", false, "", SourceWeekend},
		{"2026-03-12 10:00", true, "", SourceWeekday},
		{"2028-01-03 10:00", false, "元旦", SourceOverride},
	}
	for _, tt := range tests {
		w, n, s := c.DayInfo(sh(t, tt.at))
		if w != tt.work || n != tt.name || s != tt.source {
			t.Errorf("DayInfo(%s) = (%v, %q, %s), want (%v, %q, %s)", tt.at, w, n, s, tt.work, tt.name, tt.source)
		}
	}
	sameInstant(t, "over the company day", c.AddWorkdays(sh(t, "2026-03-12 10:00"), 1), sh(t, "2026-03-16 10:00"))
	sameInstant(t, "onto the duty day", c.AddWorkdays(sh(t, "2026-02-14 10:00"), 1), sh(t, "2026-02-16 10:00"))
	sameInstant(t, "2028 New Year", c.AddWorkdays(sh(t, "2027-12-31 10:00"), 1), sh(t, "2028-01-04 10:00"))
	if d := defaultCal(t); !d.IsWorkday(sh(t, "2026-03-13 10:00")) {
		t.Error("overrides leaked into another calendar")
	}
}

func TestDayNumbers(t *testing.T) {
	for z := int64(-800000); z < 800000; z += 97 {
		y, m, d := civil(z)
		if dayNumber(y, m, d) != z {
			t.Fatalf("civil/dayNumber disagree at %d", z)
		}
		if want := time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Weekday(); weekdayOf(z) != want {
			t.Fatalf("weekdayOf(%d) = %v, want %v", z, weekdayOf(z), want)
		}
		if isWeekday(z) && weekdayAt(weekdaysBefore(z)) != z {
			t.Fatalf("weekdayAt(weekdaysBefore(%d)) != %d", z, z)
		}
	}
}
