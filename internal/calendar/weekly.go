package calendar

import (
	"fmt"
	"github.com/liaison-dev/liaison/internal/i18n"
	"time"

	"github.com/liaison-dev/liaison/internal/problem"
)

// WeeklyDue returns the "every <weekday>" deadline of the Monday–Sunday week
// containing t: weekday at time of day `at` if that is a working day, else the
// last working day before it in the same week, at `at`. It returns false if the
// week has no working day up to that weekday (e.g. a Spring Festival week).
func (c *Calendar) WeeklyDue(t time.Time, weekday time.Weekday, at time.Duration) (time.Time, bool) {
	z, _ := split(t, c.cfg.Location)
	return c.weeklyDue(mondayOf(z), weekday, at)
}

// NextWeeklyDue returns the first WeeklyDue instant strictly after `after`,
// skipping weeks that have none.
func (c *Calendar) NextWeeklyDue(after time.Time, weekday time.Weekday, at time.Duration) time.Time {
	z, _ := split(after, c.cfg.Location)
	// Terminates: beyond the table every week has working days.
	for mon := mondayOf(z); ; mon += 7 {
		if due, ok := c.weeklyDue(mon, weekday, at); ok && due.After(after) {
			return due
		}
	}
}

// weeklyDue is WeeklyDue for the week starting on Monday mon.
func (c *Calendar) weeklyDue(mon int64, weekday time.Weekday, tod time.Duration) (time.Time, bool) {
	target := mon + floorMod(int64(weekday)-1, 7) // Sunday is the 7th day
	if !c.isWork(target) {
		target = c.prevWorkday(target)
	}
	if target < mon {
		return time.Time{}, false
	}
	return at(target, tod, c.cfg.Location), true
}

// mondayOf returns the Monday on or before day z.
func mondayOf(z int64) int64 { return z - floorMod(z-mondayRef, 7) }

// MilestoneNotice returns when to send the notice `days` calendar days before a
// milestone (YYYY-MM-DD): the opening time of that day, moved back to the
// previous working day if it is not one.
func (c *Calendar) MilestoneNotice(milestone string, days int) (time.Time, error) {
	z, ok := parseDate(milestone)
	if !ok {
		return time.Time{}, problem.FieldsKey("problem.invalid_milestone", map[string]string{"date": i18n.Ref("reason.not_a_date", fmt.Sprintf("%q", milestone))})
	}
	if days < 0 || days > maxN {
		return time.Time{}, problem.FieldsKey("problem.invalid_milestone_notice", map[string]string{"days": i18n.Ref("reason.out_of_range_from_0", days, maxN)})
	}
	z -= int64(days)
	if !c.isWork(z) {
		z = c.prevWorkday(z)
	}
	return at(z, c.cfg.Open, c.cfg.Location), nil
}
