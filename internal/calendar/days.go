package calendar

import "time"

// Days are numbered from 1970-01-01 (day 0) in proleptic Gregorian civil
// dates; all table arithmetic works on these numbers, never on time.Time.

// mondayRef is day 4, 1970-01-05, a Monday: the origin of the weekday count.
const mondayRef = 4

// floorDiv and floorMod divide rounding towards minus infinity.
func floorDiv(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

func floorMod(a, b int64) int64 { return a - floorDiv(a, b)*b }

// dayNumber converts a civil date (Howard Hinnant's days_from_civil).
func dayNumber(y int, m time.Month, d int) int64 {
	yy := int64(y)
	if m <= 2 {
		yy--
	}
	era := floorDiv(yy, 400)
	yoe := yy - era*400
	mp := (int64(m) + 9) % 12
	doy := (153*mp+2)/5 + int64(d) - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// civil converts a day number back to a date (civil_from_days).
func civil(z int64) (int, time.Month, int) {
	z += 719468
	era := floorDiv(z, 146097)
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return int(y), time.Month(m), int(d)
}

// weekdayOf returns the weekday of a day number.
func weekdayOf(z int64) time.Weekday { return time.Weekday(floorMod(z+4, 7)) }

// isWeekday reports Monday to Friday.
func isWeekday(z int64) bool { return floorMod(z-mondayRef, 7) < 5 }

// weekdaysBefore counts Monday–Friday days in [mondayRef, z) (negative below).
func weekdaysBefore(z int64) int64 {
	x := z - mondayRef
	return 5*floorDiv(x, 7) + min(floorMod(x, 7), 5)
}

// weekdayAt is the inverse of weekdaysBefore on weekdays: the weekday w with
// weekdaysBefore(w) == j.
func weekdayAt(j int64) int64 { return mondayRef + 7*floorDiv(j, 5) + floorMod(j, 5) }

// split returns the local day number and the wall-clock time of day of t in loc.
func split(t time.Time, loc *time.Location) (int64, time.Duration) {
	_, off := t.In(loc).Zone()
	sec := t.Unix() + int64(off)
	day := floorDiv(sec, 86400)
	tod := time.Duration(sec-day*86400)*time.Second + time.Duration(t.Nanosecond())
	return day, tod
}

// at builds the instant of wall-clock time tod on day z in loc.
func at(z int64, tod time.Duration, loc *time.Location) time.Time {
	y, m, d := civil(z)
	h := tod / time.Hour
	mi := tod % time.Hour / time.Minute
	s := tod % time.Minute / time.Second
	ns := tod % time.Second
	return time.Date(y, m, d, int(h), int(mi), int(s), int(ns), loc)
}

// parseDate reads YYYY-MM-DD strictly (time.Parse accepts no other layout).
func parseDate(s string) (int64, bool) {
	if len(s) != 10 {
		return 0, false
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return 0, false
	}
	return dayNumber(t.Date()), true
}

// formatDate prints a day number as YYYY-MM-DD.
func formatDate(z int64) string {
	y, m, d := civil(z)
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Format(time.DateOnly)
}
