package process

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/liaison-dev/liaison/internal/check"
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

func (dateType) validate(f *form, fd Field, v any, path string, _ map[string]any) (any, bool) {
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
	if !f.env.Time.IsWorkday(d) {
		f.findings = append(f.findings, Finding{Field: path, Finding: check.Finding{
			Rule: "non_working_day", Severity: check.Severity("warn"), Start: 0, End: utf8.RuneCountInString(s),
			Message: "该日期不是工作日 (not a working day)", Suggestion: "请确认是否应改为相邻的工作日",
		}})
	}
	if fd.NotAfter != "" {
		limit, err := time.ParseInLocation("2006-01-02", str(f.known[fd.NotAfter]), loc)
		if err == nil && d.After(limit) {
			f.findings = append(f.findings, Finding{Field: path, Finding: check.Finding{
				Rule: RuleLaterThanExpected, Severity: check.Warn, Start: 0, End: utf8.RuneCountInString(s),
				Message:    fmt.Sprintf("晚于需求方期望的完成日期%d年%d月%d日", limit.Year(), limit.Month(), limit.Day()),
				Suggestion: "请与需求方确认；如确需延后，请在备注中说明原因",
			}})
		}
	}
	return s, true
}
