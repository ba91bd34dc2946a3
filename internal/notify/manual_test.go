package notify

import (
	"strings"
	"testing"
)

// eachFilled renders every kind, with every field filled, for every
// recipient kind and language, and hands over subject and text.
func eachFilled(t *testing.T, do func(kind, rk, lang, body string)) {
	t.Helper()
	for _, kind := range Kinds {
		for _, rk := range recipientKinds {
			for _, lang := range []string{"zh", "en"} {
				r, err := Render(message(kind, rk, lang, true), nil)
				if err != nil {
					t.Fatalf("%s/%s/%s: %v", kind, rk, lang, err)
				}
				do(kind, rk, lang, r.Subject+"\n"+r.Text)
			}
		}
	}
}

// TestMessagesWriteDatesAsTheManual: a date a message carries in a field
// (a milestone moved from one date to another) is written as the manual
// writes dates, 2026年12月7日 / 7 Dec 2026, never as the raw 2026-12-07.
func TestMessagesWriteDatesAsTheManual(t *testing.T) {
	eachFilled(t, func(kind, rk, lang, body string) {
		if raw := filledValue("date", lang); strings.Contains(body, raw) {
			t.Errorf("%s to %s (%s): a date is shown raw (%s):\n%s", kind, rk, lang, raw, body)
		}
	})
}
