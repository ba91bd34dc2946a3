package process

import "time"

// DateTimeValue reads the stored value of a datetime field — RFC 3339 in
// the calendar's zone, as the form's check writes it — as a time; ok is
// false for anything else. Pages, mails and documents that show such a
// value ask here rather than parse the text themselves.
func DateTimeValue(v any) (t time.Time, ok bool) {
	s, _ := v.(string)
	t, err := time.Parse(time.RFC3339, s)
	return t, err == nil
}
