package process

import (
	"strings"
	"time"
)

// datetimeType is a moment, stored as RFC 3339 in the calendar's zone; a
// time without a zone is the calendar's (Asia/Shanghai).
type datetimeType struct{}

func (datetimeType) Shape() Shape { return ShapeLine }

func (datetimeType) Input(Field) FormInput { return FormInput{Type: "datetime-local"} }

// Parse reads what <input type=datetime-local> sends, 2026-03-05T14:00
// without a zone, in loc.
func (datetimeType) Parse(_ Field, raw string, loc *time.Location) any {
	if t, err := time.ParseInLocation("2006-01-02T15:04", raw, loc); err == nil {
		return t.Format(time.RFC3339)
	}
	return raw
}

func (datetimeType) Display(_ Field, v any, s Show) string {
	text := stored(v)
	t, ok := DateTimeValue(text)
	if !ok {
		return dateType{}.Display(Field{}, text, s)
	}
	if s.Location != nil {
		t = t.In(s.Location)
	}
	if s.Time == nil {
		return t.Format("2006-01-02 15:04")
	}
	return s.Time(t)
}

func (datetimeType) validate(f *form, fd Field, v any, path string, _ map[string]any) (any, bool) {
	s, _ := v.(string)
	s = strings.TrimSpace(s)
	t, err := time.Parse(time.RFC3339, s)
	for _, layout := range []string{"2006-01-02T15:04", "2006-01-02 15:04", "2006-01-02T15:04:05", "2006-01-02 15:04:05"} {
		if err == nil {
			break
		}
		// Without a zone, the time is the calendar's (Asia/Shanghai).
		t, err = time.ParseInLocation(layout, s, f.env.Time.Location())
	}
	if err != nil {
		f.fail(path, "reason.rfc_3339_time")
		return nil, false
	}
	if !yearInRange(t.In(f.env.Time.Location())) {
		f.fail(path, yearReason)
		return nil, false
	}
	if fd.NotFuture && t.After(f.env.Now) {
		f.fail(path, "reason.date_is_in_future")
		return nil, false
	}
	return t.In(f.env.Time.Location()).Format(time.RFC3339), true
}
