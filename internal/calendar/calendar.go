package calendar

import (
	"fmt"
	"github.com/liaison-dev/liaison/internal/i18n"
	"strings"
	"time"

	"github.com/liaison-dev/liaison/internal/problem"
)

// Override is an administrator's decision about one date; it wins over the
// official data (a company's extra day off, or next year's notice before the
// library has it).
type Override struct {
	Date    string // YYYY-MM-DD
	Workday bool
	Name    string
}

// Override years are bounded so a typo cannot make New build a table over
// centuries.
const minOverrideYear, maxOverrideYear = 1970, 2199

// Sources reported by DayInfo.
const (
	SourceOfficial = "official" // a State Council notice
	SourceOverride = "override" // an administrator override
	SourceWeekend  = "weekend"  // Saturday or Sunday, no special rule
	SourceWeekday  = "weekday"  // Monday to Friday, no special rule
)

// special is a day the official data or an override names.
type special struct {
	workday bool
	name    string
	source  string
}

// Calendar answers working-time questions; it is immutable and safe for
// concurrent use.
type Calendar struct {
	cfg      Config
	lo, hi   int64             // the table covers days [lo, hi)
	work     []bool            // work[z-lo]: is day z a working day
	cum      []int32           // cum[z-lo]: working days in [lo, z); len hi-lo+1
	nth      []int32           // nth[k]: z-lo of the k-th working day in the table
	total    int64             // working days in [lo, hi)
	wLo, wHi int64             // weekdaysBefore(lo), weekdaysBefore(hi)
	specials map[int64]special // named days, official or override
	years    map[int]bool      // years with official data or overrides
	dayLen   time.Duration     // working time of one working day
}

// New builds a Calendar from a configuration and administrator overrides.
func New(cfg Config, overrides []Override) (*Calendar, error) {
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	c := &Calendar{cfg: cfg, specials: map[int64]special{}, years: map[int]bool{}, dayLen: cfg.dayLength()}
	minY, maxY := lunarLastYear, lunarFirstYear
	note := func(z int64, s special) {
		c.specials[z] = s
		y, _, _ := civil(z)
		c.years[y] = true
		minY, maxY = min(minY, y), max(maxY, y)
	}
	for _, d := range official() {
		z, _ := parseDate(d.date)
		note(z, special{workday: d.workday, name: d.name, source: SourceOfficial})
	}
	seen := map[int64]bool{}
	for i, o := range overrides {
		z, ok := parseDate(o.Date)
		if !ok {
			return nil, problem.FieldsKey("problem.invalid_override", map[string]string{fmt.Sprintf("overrides[%d].date", i): i18n.Ref("reason.not_a_date", fmt.Sprintf("%q", o.Date))})
		}
		if y, _, _ := civil(z); y < minOverrideYear || y > maxOverrideYear {
			return nil, problem.FieldsKey("problem.invalid_override", map[string]string{fmt.Sprintf("overrides[%d].date", i): i18n.Ref("reason.year_outside", o.Date, minOverrideYear, maxOverrideYear)})
		}
		if seen[z] {
			return nil, problem.FieldsKey("problem.invalid_override", map[string]string{fmt.Sprintf("overrides[%d].date", i): i18n.Ref("reason.given_twice", o.Date)})
		}
		seen[z] = true
		note(z, special{workday: o.Workday, name: strings.TrimSpace(o.Name), source: SourceOverride})
	}
	if minY > maxY { // no data at all: an empty table, weekends only
		minY, maxY = 2000, 1999
	}
	c.build(dayNumber(minY, 1, 1), dayNumber(maxY+1, 1, 1))
	return c, nil
}

// build fills the per-day tables for [lo, hi).
func (c *Calendar) build(lo, hi int64) {
	c.lo, c.hi = lo, hi
	n := hi - lo
	c.work = make([]bool, n)
	c.cum = make([]int32, n+1)
	c.nth = make([]int32, 0, n*5/7+8)
	for i := range n {
		z := lo + i
		w := isWeekday(z)
		if s, ok := c.specials[z]; ok {
			w = s.workday
		}
		c.work[i] = w
		c.cum[i+1] = c.cum[i]
		if w {
			c.cum[i+1]++
			c.nth = append(c.nth, int32(i))
		}
	}
	c.total = int64(c.cum[n])
	c.wLo, c.wHi = weekdaysBefore(lo), weekdaysBefore(hi)
}

// Location returns the zone every date is read in.
func (c *Calendar) Location() *time.Location { return c.cfg.Location }

// Config returns the configuration the Calendar was built with.
func (c *Calendar) Config() Config { return c.cfg }

// isWork reports whether day z is a working day.
func (c *Calendar) isWork(z int64) bool {
	if z >= c.lo && z < c.hi {
		return c.work[z-c.lo]
	}
	return isWeekday(z)
}

// ord counts the working days before day z, relative to the table start
// (negative below it).
func (c *Calendar) ord(z int64) int64 {
	switch {
	case z < c.lo:
		return weekdaysBefore(z) - c.wLo
	case z <= c.hi:
		return int64(c.cum[z-c.lo])
	default:
		return c.total + weekdaysBefore(z) - c.wHi
	}
}

// dayOfOrd is the inverse of ord on working days: the working day z with
// ord(z) == k.
func (c *Calendar) dayOfOrd(k int64) int64 {
	switch {
	case k < 0:
		return weekdayAt(k + c.wLo)
	case k < c.total:
		return c.lo + int64(c.nth[k])
	default:
		return weekdayAt(k - c.total + c.wHi)
	}
}

// nthAfter returns the n-th working day after day z (n ≥ 1).
func (c *Calendar) nthAfter(z int64, n int64) int64 { return c.dayOfOrd(c.ord(z+1) + n - 1) }

// prevWorkday returns the last working day before day z.
func (c *Calendar) prevWorkday(z int64) int64 { return c.dayOfOrd(c.ord(z) - 1) }

// IsWorkday reports whether the date of t, in the calendar's location, is a
// working day.
func (c *Calendar) IsWorkday(t time.Time) bool {
	z, _ := split(t, c.cfg.Location)
	return c.isWork(z)
}

// DayInfo explains the date of t: whether it is a working day, the holiday's
// name if any, and the source of the answer (SourceOfficial, SourceOverride,
// SourceWeekend or SourceWeekday).
func (c *Calendar) DayInfo(t time.Time) (workday bool, name string, source string) {
	z, _ := split(t, c.cfg.Location)
	return c.dayInfo(z)
}

func (c *Calendar) dayInfo(z int64) (bool, string, string) {
	if s, ok := c.specials[z]; ok {
		return s.workday, s.name, s.source
	}
	if isWeekday(z) {
		return true, "", SourceWeekday
	}
	return false, "", SourceWeekend
}

// HasOfficialData reports whether the built-in State Council data or an
// override covers the year; without it only weekends are days off, which is
// worth a warning for the coming year.
func (c *Calendar) HasOfficialData(year int) bool { return c.years[year] }
