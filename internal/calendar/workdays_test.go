package calendar

import (
	"testing"
	"time"
)

func TestAddWorkdays(t *testing.T) {
	c := defaultCal(t)
	utc := func(s string) time.Time {
		v, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	tests := []struct {
		name string
		from time.Time
		n    int
		want string
	}{
		{"contract example: make-up Saturday then Spring Festival", sh(t, "2026-02-13 16:00"), 2, "2026-02-24 16:00"},
		{"one day over the make-up Saturday", sh(t, "2026-02-13 16:00"), 1, "2026-02-14 16:00"},
		{"filed at night counts from next opening", sh(t, "2026-03-10 20:00"), 2, "2026-03-13 09:00"},
		{"filed before opening counts from that opening", sh(t, "2026-03-09 08:00"), 1, "2026-03-10 09:00"},
		{"N=0 before opening moves to opening", sh(t, "2026-03-09 08:00"), 0, "2026-03-09 09:00"},
		{"N=0 in hours is unchanged", sh(t, "2026-03-09 10:17"), 0, "2026-03-09 10:17"},
		{"N=0 at night moves to next opening", sh(t, "2026-03-13 19:00"), 0, "2026-03-16 09:00"},
		{"filed on a Sunday", sh(t, "2026-03-15 10:00"), 1, "2026-03-17 09:00"},
		{"filed on a make-up Saturday", sh(t, "2026-02-14 10:00"), 1, "2026-02-24 10:00"},
		{"filed on a make-up Saturday, 2 days", sh(t, "2026-02-14 10:00"), 2, "2026-02-25 10:00"},
		{"filed on a make-up Sunday (2026-01-04)", sh(t, "2026-01-04 11:00"), 1, "2026-01-05 11:00"},
		{"New Year's Eve 2025 at night", sh(t, "2025-12-31 22:00"), 1, "2026-01-05 09:00"},
		{"New Year's Eve 2026 afternoon", sh(t, "2026-12-31 17:00"), 1, "2027-01-04 17:00"},
		{"across the year end: Dec 31 2026 + 3", sh(t, "2026-12-31 10:00"), 3, "2027-01-06 10:00"},
		{"exactly at opening is inside", sh(t, "2026-03-10 09:00"), 1, "2026-03-11 09:00"},
		{"exactly at close is outside", sh(t, "2026-03-10 18:00"), 1, "2026-03-12 09:00"},
		{"one second before close is inside", sh(t, "2026-03-10 17:59:59"), 1, "2026-03-11 17:59:59"},
		{"UTC input in Shanghai working hours", utc("2026-02-13T08:00:00Z"), 2, "2026-02-24 16:00"},
		{"UTC evening is Shanghai early morning", utc("2026-03-10T23:30:00Z"), 1, "2026-03-12 09:00"},
		{"National Day 2026", sh(t, "2026-09-30 15:00"), 1, "2026-10-08 15:00"},
		{"National Day 2026, onto the make-up Saturday", sh(t, "2026-09-30 15:00"), 3, "2026-10-10 15:00"},
		{"National Day 2026, make-up Sunday before it", sh(t, "2026-09-18 15:00"), 1, "2026-09-20 15:00"},
		{"filed during National Day", sh(t, "2026-10-03 10:00"), 1, "2026-10-09 09:00"},
		{"Spring Festival 2025", sh(t, "2025-01-27 10:00"), 1, "2025-02-05 10:00"},
		{"a working year", sh(t, "2026-01-05 10:00"), 248, "2027-01-05 10:00"},
		{"beyond the data (weekends only)", sh(t, "2030-03-01 10:00"), 5, "2030-03-08 10:00"},
		{"before the data (weekends only)", sh(t, "1995-03-03 10:00"), 1, "1995-03-06 10:00"},
		{"from before the data into it", sh(t, "2000-12-29 10:00"), 1, "2001-01-01 10:00"},
		{"negative N is unchanged", sh(t, "2026-03-15 10:00"), -1, "2026-03-15 10:00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sameInstant(t, "AddWorkdays", c.AddWorkdays(tt.from, tt.n), sh(t, tt.want))
		})
	}
}

func TestAddWorkdaysKeepsSubseconds(t *testing.T) {
	c := defaultCal(t)
	from := sh(t, "2026-02-13 16:00").Add(1500 * time.Millisecond)
	sameInstant(t, "AddWorkdays", c.AddWorkdays(from, 2), sh(t, "2026-02-24 16:00").Add(1500*time.Millisecond))
}

func TestAddWorkdaysLunchCountsInside(t *testing.T) {
	c := lunchCal(t)
	sameInstant(t, "in lunch", c.AddWorkdays(sh(t, "2026-03-10 12:30"), 1), sh(t, "2026-03-11 12:30"))
	sameInstant(t, "before lunch", c.AddWorkdays(sh(t, "2026-03-10 11:59"), 2), sh(t, "2026-03-12 11:59"))
}

func TestAddHoursAndDays(t *testing.T) {
	c := defaultCal(t)
	sameInstant(t, "24h over a weekend", c.AddHours(sh(t, "2026-02-13 16:00"), 24), sh(t, "2026-02-14 16:00"))
	sameInstant(t, "48h over a holiday", c.AddHours(sh(t, "2026-02-15 16:00"), 48), sh(t, "2026-02-17 16:00"))
	sameInstant(t, "UTC in", c.AddHours(time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC), 1), sh(t, "2026-03-01 09:00"))
	sameInstant(t, "negative", c.AddHours(sh(t, "2026-03-01 09:00"), -3), sh(t, "2026-03-01 09:00"))
	sameInstant(t, "7 days", c.Add(sh(t, "2026-09-28 10:00"), Span{7, Days}), sh(t, "2026-10-05 10:00"))
}

func TestAddWorkHours(t *testing.T) {
	plain, lunch := defaultCal(t), lunchCal(t)
	tests := []struct {
		name string
		c    *Calendar
		from string
		n    int
		want string
	}{
		{"a full day from opening ends at close, not next opening", plain, "2026-03-09 09:00", 9, "2026-03-09 18:00"},
		{"ten hours from opening", plain, "2026-03-09 09:00", 10, "2026-03-10 10:00"},
		{"over the night", plain, "2026-03-09 17:00", 2, "2026-03-10 10:00"},
		{"into the make-up Saturday", plain, "2026-02-13 17:00", 2, "2026-02-14 10:00"},
		{"over the Spring Festival", plain, "2026-02-14 17:00", 2, "2026-02-24 10:00"},
		{"filed at night", plain, "2026-03-09 20:00", 1, "2026-03-10 10:00"},
		{"filed on Sunday", plain, "2026-03-15 20:00", 1, "2026-03-16 10:00"},
		{"exactly at close", plain, "2026-03-09 18:00", 1, "2026-03-10 10:00"},
		{"lands exactly on close", plain, "2026-03-09 16:00", 2, "2026-03-09 18:00"},
		{"N=0 inside", plain, "2026-03-09 16:00", 0, "2026-03-09 16:00"},
		{"N=0 at close", plain, "2026-03-13 18:00", 0, "2026-03-16 09:00"},
		{"negative", plain, "2026-03-13 20:00", -2, "2026-03-13 20:00"},
		{"lunch: 8 working hours a day", lunch, "2026-03-09 09:00", 8, "2026-03-09 18:00"},
		{"lunch: lands on lunch start", lunch, "2026-03-09 11:00", 1, "2026-03-09 12:00"},
		{"lunch: skips lunch", lunch, "2026-03-09 11:00", 2, "2026-03-09 14:00"},
		{"lunch: filed during lunch", lunch, "2026-03-09 12:30", 1, "2026-03-09 14:00"},
		{"lunch: N=0 during lunch", lunch, "2026-03-09 12:30", 0, "2026-03-09 13:00"},
		{"lunch: over night, lands on lunch start", lunch, "2026-03-09 17:00", 4, "2026-03-10 12:00"},
		{"lunch: over night and lunch, one more", lunch, "2026-03-09 17:00", 5, "2026-03-10 14:00"},
		{"across the year end", plain, "2026-12-31 17:00", 2, "2027-01-04 10:00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sameInstant(t, "AddWorkHours", tt.c.AddWorkHours(sh(t, tt.from), tt.n), sh(t, tt.want))
		})
	}
}

func TestWorkingTimeBetween(t *testing.T) {
	plain, lunch := defaultCal(t), lunchCal(t)
	tests := []struct {
		name string
		c    *Calendar
		a, b string
		want time.Duration
	}{
		{"contract example spans two working days", plain, "2026-02-13 16:00", "2026-02-24 16:00", 18 * time.Hour},
		{"over a night", plain, "2026-03-09 17:00", "2026-03-10 10:00", 2 * time.Hour},
		{"a weekend only", plain, "2026-03-14 10:00", "2026-03-15 10:00", 0},
		{"reversed", plain, "2026-03-10 10:00", "2026-03-09 10:00", 0},
		{"equal", plain, "2026-03-10 10:00", "2026-03-10 10:00", 0},
		{"lunch excluded", lunch, "2026-03-09 11:00", "2026-03-09 14:00", 2 * time.Hour},
		{"1 working day 3 hours", plain, "2026-03-09 10:00", "2026-03-10 13:00", 12 * time.Hour},
		{"across the year end", plain, "2026-12-31 17:00", "2027-01-04 10:00", 2 * time.Hour},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.c.WorkingTimeBetween(sh(t, tt.a), sh(t, tt.b)); got != tt.want {
				t.Errorf("WorkingTimeBetween = %v, want %v", got, tt.want)
			}
		})
	}
}
