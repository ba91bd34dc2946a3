package calendar

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/liaison-dev/liaison/internal/i18n"
	"github.com/liaison-dev/liaison/internal/problem"
)

// Unit is what a Span counts.
type Unit int

// The units; the zero Unit is invalid so a forgotten field is caught.
const (
	Workdays  Unit = iota + 1 // working days (AddWorkdays)
	Hours                     // elapsed hours (AddHours)
	WorkHours                 // working hours (AddWorkHours)
	Days                      // calendar days, same wall-clock time
)

// MaxSpan bounds N in ParseSpan: ten years of days.
const MaxSpan = 3650

// Span is a time allowance such as "2 workdays" or "48 hours".
type Span struct {
	N    int
	Unit Unit
}

// unitNames are the canonical singular and plural spellings, used by String.
var unitNames = map[Unit][2]string{
	Workdays:  {"workday", "workdays"},
	Hours:     {"hour", "hours"},
	WorkHours: {"workhour", "workhours"},
	Days:      {"day", "days"},
}

// unitWords maps every accepted spelling (lower case, spaces removed) to its unit.
var unitWords = map[string]Unit{
	"workday": Workdays, "workdays": Workdays, "workingday": Workdays, "workingdays": Workdays,
	"wd": Workdays, "工作日": Workdays, "个工作日": Workdays,
	"h": Hours, "hour": Hours, "hours": Hours, "hr": Hours, "hrs": Hours, "小时": Hours, "个小时": Hours,
	"workhour": WorkHours, "workhours": WorkHours, "workinghour": WorkHours, "workinghours": WorkHours,
	"wh": WorkHours, "工作小时": WorkHours, "个工作小时": WorkHours,
	"d": Days, "day": Days, "days": Days, "天": Days, "日": Days,
}

// ParseSpan reads "2 workdays", "1 workday", "24h", "48 hours", "4 workhours",
// "7 days" (also "2 working days", "2个工作日", "24小时", "7天"); N must be
// in 1..MaxSpan.
func ParseSpan(s string) (Span, error) {
	in := strings.TrimSpace(s)
	i := 0
	for i < len(in) && in[i] >= '0' && in[i] <= '9' {
		i++
	}
	bad := func(why string, args ...any) (Span, error) {
		return Span{}, problem.FieldsKey("problem.invalid_time_span", map[string]string{"span": i18n.Ref("reason.span_why", s, i18n.M(why, args...))})
	}
	if i == 0 {
		return bad("reason.span_start_number")
	}
	if i > 6 {
		return bad("reason.span_at_most", MaxSpan)
	}
	n, _ := strconv.Atoi(in[:i]) // at most 6 digits: cannot fail
	word := strings.ToLower(strings.ReplaceAll(in[i:], " ", ""))
	u, ok := unitWords[word]
	if !ok {
		return bad("reason.span_unit")
	}
	if n < 1 || n > MaxSpan {
		return bad("reason.span_between", MaxSpan)
	}
	return Span{N: n, Unit: u}, nil
}

// String returns the canonical form, e.g. "2 workdays", "1 hour"; ParseSpan
// reads it back.
func (s Span) String() string {
	names, ok := unitNames[s.Unit]
	if !ok {
		return fmt.Sprintf("%d ?unit(%d)", s.N, int(s.Unit))
	}
	if s.N == 1 {
		return "1 " + names[0]
	}
	return strconv.Itoa(s.N) + " " + names[1]
}

// String names the unit in the plural, e.g. "workdays".
func (u Unit) String() string {
	if names, ok := unitNames[u]; ok {
		return names[1]
	}
	return fmt.Sprintf("Unit(%d)", int(u))
}

// Add returns the deadline s after t; an invalid unit returns t unchanged.
func (c *Calendar) Add(t time.Time, s Span) time.Time {
	switch s.Unit {
	case Workdays:
		return c.AddWorkdays(t, s.N)
	case Hours:
		return c.AddHours(t, s.N)
	case WorkHours:
		return c.AddWorkHours(t, s.N)
	case Days:
		return c.AddDays(t, s.N)
	}
	return t.In(c.cfg.Location)
}
