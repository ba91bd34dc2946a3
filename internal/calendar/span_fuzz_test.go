package calendar

import (
	"errors"
	"testing"

	"github.com/liaison-dev/liaison/internal/problem"
)

// FuzzParseSpan: spans come from administrators' definitions and the
// calendar settings. No input makes ParseSpan panic; what it refuses is a
// 422 naming the span; what it accepts is in range and reads back the same
// from its canonical form.
func FuzzParseSpan(f *testing.F) {
	for _, s := range []string{"2 workdays", "24h", "4 workhours", "7天", "2个工作日", "0 days", "999999 h", "1e3 days", "", " ", "٣ days", "2\x00days"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		sp, err := ParseSpan(s)
		if err != nil {
			var pe *problem.Error
			if !errors.As(err, &pe) || pe.Code != problem.Invalid || pe.Fields["span"] == "" {
				t.Fatalf("ParseSpan(%q): %v, want a 422 naming the span", s, err)
			}
			return
		}
		if sp.N < 1 || sp.N > MaxSpan {
			t.Fatalf("ParseSpan(%q) = %v: out of range", s, sp)
		}
		back, err := ParseSpan(sp.String())
		if err != nil || back != sp {
			t.Fatalf("ParseSpan(%q) = %v; its String %q reads back as %v, %v", s, sp, sp.String(), back, err)
		}
	})
}
