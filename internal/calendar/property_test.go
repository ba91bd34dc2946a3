package calendar

import (
	"testing"
	"time"

	"pgregory.net/rapid"
)

// The properties run on instants from 2024 to 2029, which crosses the end of
// the built-in data (2027) into weekends-only years.
var propFrom, propTo = time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).Unix(), time.Date(2029, 1, 1, 0, 0, 0, 0, time.UTC).Unix()

// drawTime draws an instant, half the time exactly on (or a second around) a
// boundary of the working day, where off-by-one errors live. The day comes
// from an unbounded Int64 taken modulo the range, because Int64Range draws
// mostly near its minimum (one holiday, 2024-01-01, would dominate).
func drawTime(t *rapid.T, label string) time.Time {
	sec := propFrom + floorMod(rapid.Int64().Draw(t, label), propTo-propFrom)
	if rapid.Bool().Draw(t, label+" on a boundary") {
		hour := rapid.SampledFrom([]int64{0, 9, 12, 13, 18}).Draw(t, label+" hour")
		nudge := rapid.Int64Range(-1, 1).Draw(t, label+" nudge")
		sec = sec - floorMod(sec+8*3600, 86400) + hour*3600 + nudge
	}
	return time.Unix(sec, 0)
}

func drawCal(t *rapid.T, plain, lunch *Calendar) *Calendar {
	if rapid.Bool().Draw(t, "lunch") {
		return lunch
	}
	return plain
}

// stepDay returns the local midnight of the day after lt's day.
func stepDay(lt time.Time) time.Time {
	y, m, d := lt.Date()
	return time.Date(y, m, d+1, 0, 0, 0, 0, lt.Location())
}

// todOf returns the wall-clock time of day of lt.
func todOf(lt time.Time) time.Duration {
	y, m, d := lt.Date()
	return lt.Sub(time.Date(y, m, d, 0, 0, 0, 0, lt.Location()))
}

// naiveAddWorkdays walks day by day: the oracle for AddWorkdays.
func naiveAddWorkdays(c *Calendar, t time.Time, n int) time.Time {
	cfg := c.Config()
	lt := t.In(cfg.Location)
	tod := todOf(lt)
	day := lt.Add(-tod)
	if !c.IsWorkday(day) || tod >= cfg.Close {
		for day = stepDay(day); !c.IsWorkday(day); day = stepDay(day) {
		}
		tod = cfg.Open
	} else if tod < cfg.Open {
		tod = cfg.Open
	}
	for range n {
		for day = stepDay(day); !c.IsWorkday(day); day = stepDay(day) {
		}
	}
	return day.Add(tod)
}

// naiveAddWorkHours consumes working periods one by one: the oracle for
// AddWorkHours with n > 0.
func naiveAddWorkHours(c *Calendar, t time.Time, n int) time.Time {
	cfg := c.Config()
	need := time.Duration(n) * time.Hour
	cur := t.In(cfg.Location)
	day := cur.Add(-todOf(cur))
	periods := [][2]time.Duration{{cfg.Open, cfg.Close}}
	if cfg.hasLunch() {
		periods = [][2]time.Duration{{cfg.Open, cfg.LunchStart}, {cfg.LunchEnd, cfg.Close}}
	}
	for ; ; day = stepDay(day) {
		if !c.IsWorkday(day) {
			continue
		}
		for _, p := range periods {
			start, end := day.Add(p[0]), day.Add(p[1])
			if cur.After(start) {
				start = cur
			}
			if !start.Before(end) {
				continue
			}
			if avail := end.Sub(start); need <= avail {
				return start.Add(need)
			} else {
				need -= avail
			}
		}
	}
}

func TestPropertyWorkdays(t *testing.T) {
	plain, lunch := defaultCal(t), lunchCal(t)
	rapid.Check(t, func(t *rapid.T) {
		c := drawCal(t, plain, lunch)
		cfg := c.Config()
		t1, t2 := drawTime(t, "t1"), drawTime(t, "t2")
		if t2.Before(t1) {
			t1, t2 = t2, t1
		}
		a, b := rapid.IntRange(0, 30).Draw(t, "a"), rapid.IntRange(0, 30).Draw(t, "b")

		got := c.AddWorkdays(t1, a)
		if want := naiveAddWorkdays(c, t1, a); !got.Equal(want) {
			t.Fatalf("AddWorkdays(%s, %d) = %s, day-by-day walk gives %s", t1, a, got, want)
		}
		if tod := todOf(got); !c.IsWorkday(got) || tod < cfg.Open || tod >= cfg.Close {
			t.Fatalf("AddWorkdays(%s, %d) = %s is not in working hours of a working day", t1, a, got)
		}
		if c.AddWorkdays(t2, a).Before(got) {
			t.Fatalf("not monotonic in the start: %s < %s", t1, t2)
		}
		if a < b && !c.AddWorkdays(t1, b).After(got) {
			t.Fatalf("not strictly monotonic in N: %d < %d", a, b)
		}
		if twice := c.AddWorkdays(got, b); !twice.Equal(c.AddWorkdays(t1, a+b)) {
			t.Fatalf("AddWorkdays(AddWorkdays(t, %d), %d) = %s ≠ AddWorkdays(t, %d)", a, b, twice, a+b)
		}
		// N working days from inside working hours is N days of working time.
		if start := c.AddWorkdays(t1, 0); c.WorkingTimeBetween(start, c.AddWorkdays(start, a)) != time.Duration(a)*c.dayLen {
			t.Fatalf("WorkingTimeBetween over %d working days from %s is not %d×%v", a, start, a, c.dayLen)
		}
	})
}

func TestPropertyWorkHours(t *testing.T) {
	plain, lunch := defaultCal(t), lunchCal(t)
	rapid.Check(t, func(t *rapid.T) {
		c := drawCal(t, plain, lunch)
		cfg := c.Config()
		t1, t2 := drawTime(t, "t1"), drawTime(t, "t2")
		if t2.Before(t1) {
			t1, t2 = t2, t1
		}
		a, b := rapid.IntRange(1, 40).Draw(t, "a"), rapid.IntRange(0, 40).Draw(t, "b")

		got := c.AddWorkHours(t1, a)
		if want := naiveAddWorkHours(c, t1, a); !got.Equal(want) {
			t.Fatalf("AddWorkHours(%s, %d) = %s, period-by-period walk gives %s", t1, a, got, want)
		}
		tod := todOf(got)
		inLunch := cfg.hasLunch() && tod > cfg.LunchStart && tod < cfg.LunchEnd
		if !c.IsWorkday(got) || tod <= cfg.Open || tod > cfg.Close || inLunch {
			t.Fatalf("AddWorkHours(%s, %d) = %s is not a working instant", t1, a, got)
		}
		if c.AddWorkHours(t2, a).Before(got) {
			t.Fatalf("not monotonic in the start: %s < %s", t1, t2)
		}
		if a < b && !c.AddWorkHours(t1, b).After(got) {
			t.Fatalf("not strictly monotonic in N: %d < %d", a, b)
		}
		if twice := c.AddWorkHours(got, b); b > 0 && !twice.Equal(c.AddWorkHours(t1, a+b)) {
			t.Fatalf("AddWorkHours(AddWorkHours(t, %d), %d) = %s ≠ AddWorkHours(t, %d)", a, b, twice, a+b)
		}
		if w := c.WorkingTimeBetween(t1, got); w != time.Duration(a)*time.Hour {
			t.Fatalf("WorkingTimeBetween(%s, %s) = %v, want %dh", t1, got, w, a)
		}
	})
}

// What holds for a full day of working hours: from an opening it ends at that
// day's close, which is not the next working day's opening.
func TestPropertyFullDayOfWorkHours(t *testing.T) {
	c := defaultCal(t)
	rapid.Check(t, func(t *rapid.T) {
		open := c.AddWorkdays(drawTime(t, "t"), 0)
		open = at(dayOf(c, open), c.cfg.Open, c.cfg.Location)
		end := c.AddWorkHours(open, 9)
		if want := at(dayOf(c, open), c.cfg.Close, c.cfg.Location); !end.Equal(want) {
			t.Fatalf("AddWorkHours(%s, 9) = %s, want the same day's close %s", open, end, want)
		}
		if next := c.AddWorkdays(open, 1); !c.AddWorkHours(open, 10).Equal(next.Add(time.Hour)) {
			t.Fatalf("AddWorkHours(%s, 10) is not one hour after the next opening %s", open, next)
		}
	})
}

func dayOf(c *Calendar, t time.Time) int64 {
	z, _ := split(t, c.cfg.Location)
	return z
}

func TestPropertyWeeklyDue(t *testing.T) {
	c := defaultCal(t)
	rapid.Check(t, func(t *rapid.T) {
		t0 := drawTime(t, "t")
		wd := time.Weekday(rapid.IntRange(0, 6).Draw(t, "weekday"))
		mon := mondayOf(dayOf(c, t0))
		target := mon + floorMod(int64(wd)-1, 7)
		due, ok := c.WeeklyDue(t0, wd, 18*time.Hour)
		if !ok {
			for z := mon; z <= target; z++ {
				if c.isWork(z) {
					t.Fatalf("WeeklyDue(%s, %v) = none, but %s is a working day", t0, wd, formatDate(z))
				}
			}
			return
		}
		z := dayOf(c, due)
		if z < mon || z > target || !c.isWork(z) || todOf(due) != 18*time.Hour {
			t.Fatalf("WeeklyDue(%s, %v) = %s", t0, wd, due)
		}
		for x := z + 1; x <= target; x++ {
			if c.isWork(x) {
				t.Fatalf("WeeklyDue(%s, %v) = %s, but %s is a later working day", t0, wd, due, formatDate(x))
			}
		}
		if next := c.NextWeeklyDue(t0, wd, 18*time.Hour); !next.After(t0) || (due.After(t0) && !next.Equal(due)) {
			t.Fatalf("NextWeeklyDue(%s) = %s, WeeklyDue = %s", t0, next, due)
		}
	})
}
