// Package calendar is liaison's working-time arithmetic on China's official
// calendar: public holidays and the make-up working days (调休) of the State
// Council notices, plus administrator overrides, and configurable working hours.
//
// # Working days
//
// A day is a working day if an administrator override says so; otherwise if the
// built-in official data (github.com/6tail/lunar-go HolidayUtil, with the
// corrections in official.go) marks it as a holiday (off) or a make-up day
// (working); otherwise if it is Monday to Friday. Overrides win over the
// official data.
//
// # Deadline rules (CONTRACT.md §3)
//
// All instants are first converted to the calendar's location; every result is
// in that location. Times of day are wall-clock times in that location.
//
//   - N working days (AddWorkdays): if t lies in the working hours of a working
//     day, [Open, Close) — a lunch break counts as inside for this unit — the
//     deadline is the same time of day on the N-th following working day.
//     Otherwise t first moves to the next opening instant (later the same day
//     if t is before Open on a working day, e.g. 08:00 Mon → 09:00 Mon, else
//     Open of the next working day) and the deadline is Open of the N-th
//     working day after that one. N = 0 returns t moved into working time.
//     Example: Fri 2026-02-13 16:00 + 2 working days = Tue 2026-02-24 16:00
//     (Sat 02-14 is a make-up day; 02-15…02-23 are the Spring Festival).
//   - N hours (AddHours): N×60 minutes of elapsed time.
//   - N working hours (AddWorkHours): t moves to the next working instant, then
//     N hours of working time are consumed, skipping the lunch break, nights and
//     non-working days. A deadline that lands exactly on the close (or on the
//     start of lunch) stays there: Mon 09:00 + 9 working hours = Mon 18:00, not
//     Tue 09:00. N = 0 returns the next working instant.
//   - N days (Span with Unit Days): N calendar days, same wall-clock time.
//   - "every Friday" (WeeklyDue): in the Monday–Sunday week of t, that weekday at
//     the given time of day if it is a working day, else the last working day
//     before it in the same week; none if the week has no such day.
//   - "N days before a milestone" (MilestoneNotice): Open of the day N calendar
//     days before the milestone date, moved back to the previous working day if
//     that day is not one.
//
// Negative N is not an error: the Add functions return t unchanged (converted
// to the calendar's location). N above 1,000,000 counts as 1,000,000.
//
// # Cost
//
// New precomputes, for every day of the years that have official data or
// overrides, whether it is a working day, the cumulative number of working days
// before it, and the position of every working day. Outside those years only
// weekends are days off, computed arithmetically. One deadline therefore costs
// a couple of table look-ups and a time.Date, independent of N.
//
// A Calendar is immutable after New and safe for concurrent use; to apply new
// overrides, build a new Calendar and swap it in.
package calendar
