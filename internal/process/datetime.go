package process

import "time"

// DateTimeValue reads a time that process stores as text — RFC 3339 in the
// calendar's zone: a datetime field's value, a message's overdue_since or
// a link's expires_at — as a time; ok is false for anything else. Code
// outside process that shows such a value (notify's templates) asks here
// rather than parse the text itself; the field types' Display does the
// same for pages, the portal and documents.
func DateTimeValue(v any) (t time.Time, ok bool) {
	s, _ := v.(string)
	t, err := time.Parse(time.RFC3339, s)
	return t, err == nil
}
