package process

import (
	"strings"
	"time"
	"unicode/utf8"

	"github.com/liaison-dev/liaison/internal/check"
	"github.com/liaison-dev/liaison/internal/i18n"
)

// dateType is a day, stored as YYYY-MM-DD: vague times are refused with
// the checker's help, a day off is a warning, not_past and not_after
// bound it.
type dateType struct{}

func (dateType) Shape() Shape { return ShapeLine }

func (dateType) Input(Field) FormInput { return FormInput{Type: "date"} }

func (dateType) Parse(_ Field, raw string, _ *time.Location) any { return raw }

func (dateType) Display(_ Field, v any, s Show) string {
	text := stored(v)
	loc := s.Location
	if loc == nil {
		loc = time.UTC
	}
	t, err := time.ParseInLocation("2006-01-02", text, loc)
	if err != nil {
		if t, err = time.Parse(time.RFC3339, text); err != nil {
			return text // a document never hides a stored value
		}
	}
	if s.Day == nil {
		return t.Format("2006-01-02")
	}
	return s.Day(t)
}

func (dateType) validate(f *form, fd Field, v any, path string, cur map[string]any) (any, bool) {
	s, _ := v.(string)
	s = strings.TrimSpace(s)
	loc := f.env.Time.Location()
	d, err := time.ParseInLocation("2006-01-02", s, loc)
	if err != nil {
		fs := check.Check(s, check.Options{Kind: check.Date, Now: f.env.Now, Calendar: f.env.Time, Location: loc})
		if check.HasBlocking(fs) {
			f.fail(path, "reason.vague_time_give_date")
		} else {
			f.fail(path, "reason.must_be_date_yyyy_mm")
		}
		return nil, false
	}
	if !yearInRange(d) {
		f.fail(path, yearReason)
		return nil, false
	}
	if fd.NotPast {
		today := f.env.Now.In(loc)
		y, m, dd := today.Date()
		if d.Before(time.Date(y, m, dd, 0, 0, 0, 0, loc)) {
			f.fail(path, "reason.date_is_in_past")
			return nil, false
		}
	}
	if fd.NotBefore != "" {
		if first, ok := dayOf(f.lookup(fd.NotBefore, cur), loc); ok && d.Before(first) {
			f.fail(path, i18n.Ref("reason.date_before", first.Format("2006-01-02")))
			return nil, false
		}
	}
	if fd.NotFuture {
		y, m, dd := f.env.Now.In(loc).Date()
		if d.After(time.Date(y, m, dd, 0, 0, 0, 0, loc)) {
			f.fail(path, "reason.date_is_in_future")
			return nil, false
		}
	}
	// A date of what has happened (not_future) is no deadline.
	if !fd.NotFuture && !f.env.Time.IsWorkday(d) {
		// CONTRACT §4's stable id for a deadline on a day off, in the
		// author's language.
		msg, sug := "该日期不是工作日", "请确认是否应改为相邻的工作日"
		if f.lang == "en" {
			msg, sug = "This date is not a working day", "Check whether the working day next to it was meant"
		}
		f.findings = append(f.findings, Finding{Field: path, Finding: check.Finding{
			Rule: check.RuleDeadlineNonWorkday, Severity: check.Warn, Start: 0, End: utf8.RuneCountInString(s),
			Message: msg, Suggestion: sug,
		}})
	}
	if fd.NotAfter != "" {
		limit, err := time.ParseInLocation("2006-01-02", str(f.known[fd.NotAfter]), loc)
		if err == nil && d.After(limit) {
			f.findings = append(f.findings, Finding{Field: path, Finding: check.Finding{
				Rule: RuleLaterThanExpected, Severity: check.Warn, Start: 0, End: utf8.RuneCountInString(s),
				Message:    i18n.T(f.lang, "finding.later_than_expected", i18n.PlainDate(limit, f.lang)),
				Suggestion: i18n.T(f.lang, "finding.later_than_expected_suggestion"),
			}})
		}
	}
	return s, true
}

// dayOf reads a stored date or datetime as its day in loc.
func dayOf(s string, loc *time.Location) (time.Time, bool) {
	if d, err := time.ParseInLocation("2006-01-02", s, loc); err == nil {
		return d, true
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}, false
	}
	y, m, d := t.In(loc).Date()
	return time.Date(y, m, d, 0, 0, 0, 0, loc), true
}
