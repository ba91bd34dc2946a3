package calendar

import (
	"testing"
	"time"
)

func TestWeeklyDue(t *testing.T) {
	c := defaultCal(t)
	tests := []struct {
		name    string
		in      string
		weekday time.Weekday
		want    string // "" for none
	}{
		{"an ordinary Friday", "2026-03-11 08:00", time.Friday, "2026-03-13 18:00"},
		{"asked on the Sunday of the week", "2026-03-15 23:00", time.Friday, "2026-03-13 18:00"},
		{"Friday is National Day: Wednesday", "2026-10-04 10:00", time.Friday, "2026-09-30 18:00"},
		{"Friday is Dragon Boat: Thursday", "2026-06-15 10:00", time.Friday, "2026-06-18 18:00"},
		{"Spring Festival week has none", "2026-02-18 10:00", time.Friday, ""},
		{"make-up Saturday counts", "2026-02-10 10:00", time.Saturday, "2026-02-14 18:00"},
		{"make-up Sunday counts", "2026-09-16 10:00", time.Sunday, "2026-09-20 18:00"},
		{"plain Sunday falls back to Friday", "2026-03-11 10:00", time.Sunday, "2026-03-13 18:00"},
		{"Monday holiday and nothing before it", "2026-04-06 10:00", time.Monday, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := c.WeeklyDue(sh(t, tt.in), tt.weekday, 18*time.Hour)
			if tt.want == "" {
				if ok {
					t.Errorf("WeeklyDue = %s, want none", got)
				}
				return
			}
			if !ok {
				t.Fatalf("WeeklyDue: none, want %s", tt.want)
			}
			sameInstant(t, "WeeklyDue", got, sh(t, tt.want))
		})
	}
}

func TestNextWeeklyDue(t *testing.T) {
	c := defaultCal(t)
	tests := []struct{ after, want string }{
		{"2026-02-13 17:00", "2026-02-13 18:00"},
		{"2026-02-13 18:00", "2026-02-27 18:00"}, // strictly after; the festival week has none
		{"2026-09-30 18:00", "2026-10-09 18:00"},
		{"2026-12-31 19:00", "2027-01-08 18:00"},
	}
	for _, tt := range tests {
		sameInstant(t, "NextWeeklyDue("+tt.after+")", c.NextWeeklyDue(sh(t, tt.after), time.Friday, 18*time.Hour), sh(t, tt.want))
	}
}

func TestMilestoneNotice(t *testing.T) {
	c := defaultCal(t)
	tests := []struct {
		milestone string
		days      int
		want      string
	}{
		{"2026-03-13", 3, "2026-03-10 09:00"},
		{"2026-03-17", 3, "2026-03-13 09:00"}, // Saturday → Friday
		{"2026-10-10", 3, "2026-09-30 09:00"}, // 10-07 is National Day
		{"2026-02-17", 3, "2026-02-14 09:00"}, // the make-up Saturday is a working day
		{"2026-03-13", 0, "2026-03-13 09:00"},
	}
	for _, tt := range tests {
		got, err := c.MilestoneNotice(tt.milestone, tt.days)
		if err != nil {
			t.Fatalf("MilestoneNotice(%s, %d): %v", tt.milestone, tt.days, err)
		}
		sameInstant(t, "MilestoneNotice("+tt.milestone+")", got, sh(t, tt.want))
	}
	for _, bad := range []struct {
		m string
		d int
	}{{"2026-02-30", 3}, {"2026/03/01", 3}, {"", 3}, {"2026-03-13", -1}} {
		if _, err := c.MilestoneNotice(bad.m, bad.d); err == nil {
			t.Errorf("MilestoneNotice(%q, %d) accepted", bad.m, bad.d)
		}
	}
}
