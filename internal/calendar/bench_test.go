package calendar

import (
	"fmt"
	"testing"
	"time"
)

// sink keeps results alive so the compiler cannot drop the work.
var sink time.Time

func BenchmarkAddWorkdays(b *testing.B) {
	c := defaultCal(b)
	from := sh(b, "2026-02-13 16:00")
	for _, n := range []int{1, 2, 3, 250} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				sink = c.AddWorkdays(from, n)
			}
		})
	}
}

func BenchmarkAddWorkHours(b *testing.B) {
	c := lunchCal(b)
	from := sh(b, "2026-02-13 16:00")
	for _, n := range []int{4, 48} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				sink = c.AddWorkHours(from, n)
			}
		})
	}
}

func BenchmarkWeeklyDue(b *testing.B) {
	c := defaultCal(b)
	from := sh(b, "2026-10-04 10:00")
	for b.Loop() {
		sink, _ = c.WeeklyDue(from, time.Friday, 18*time.Hour)
	}
}

func BenchmarkWorkingTimeBetween(b *testing.B) {
	c := defaultCal(b)
	from, to := sh(b, "2026-02-13 16:00"), sh(b, "2026-12-24 11:00")
	var d time.Duration
	for b.Loop() {
		d += c.WorkingTimeBetween(from, to)
	}
	_ = d
}

// BenchmarkNew is the cost of rebuilding after an override change.
func BenchmarkNew(b *testing.B) {
	cfg := DefaultConfig()
	ovs := []Override{{Date: "2028-01-01", Name: "元旦"}}
	for b.Loop() {
		if _, err := New(cfg, ovs); err != nil {
			b.Fatal(err)
		}
	}
}
