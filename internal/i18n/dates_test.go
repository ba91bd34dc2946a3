package i18n

import (
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestDates keeps each form byte for byte as the pages, notices and papers
// showed it before the formatters moved here.
func TestDates(t *testing.T) {
	cst := time.FixedZone("CST", 8*3600)
	thu := time.Date(2026, 12, 3, 18, 0, 0, 0, cst)
	mon := time.Date(2026, 3, 2, 10, 0, 0, 0, cst)
	sun := time.Date(2026, 2, 15, 9, 5, 0, 0, cst)
	tests := []struct {
		name string
		f    func(time.Time, string) string
		at   time.Time
		lang string
		want string
	}{
		{"Date", Date, thu, "zh", "2026年12月3日(周四)"},
		{"Date", Date, thu, "en", "Thu 3 Dec 2026"},
		{"DateTime", DateTime, mon, "zh", "2026年3月2日(周一) 10:00"},
		{"DateTime", DateTime, sun, "en", "Sun 15 Feb 2026 09:05"},
		{"Deadline", Deadline, thu, "zh", "2026年12月3日(周四)18:00"},
		{"Deadline", Deadline, thu, "en", "Thu 3 Dec 2026 18:00"},
		{"PageDate", PageDate, sun, "zh", "2026年2月15日（周日）"},
		{"PageDate", PageDate, sun, "en", "Sun 15 Feb 2026"},
		{"PageTime", PageTime, sun, "zh", "2026年2月15日（周日） 09:05"},
		{"PageTime", PageTime, mon, "en", "Mon 2 Mar 2026 10:00"},
	}
	for _, tt := range tests {
		if got := tt.f(tt.at, tt.lang); got != tt.want {
			t.Errorf("%s(%v, %s) = %q, want %q", tt.name, tt.at, tt.lang, got, tt.want)
		}
	}
}

func TestZone(t *testing.T) {
	at := time.Date(2026, 12, 3, 10, 0, 0, 0, time.UTC).In(Zone())
	if _, off := at.Zone(); off != 8*3600 {
		t.Errorf("the calendar's zone is %d seconds east of UTC, want +08:00", off)
	}
}

func TestAmount(t *testing.T) {
	for in, want := range map[string]string{
		"11300.00": "11,300.00", "12345": "12,345", "999.50": "999.50", "1234567.8": "1,234,567.8",
		"-1234.00": "-1234.00", "abc": "abc", "": "",
	} {
		if got := Amount(in); got != want {
			t.Errorf("Amount(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestOneZone: the calendar's zone is loaded here only; every other package
// asks Zone (a package that loaded it itself could drift from it).
func TestOneZone(t *testing.T) {
	loads := regexp.MustCompile(`time\.(LoadLocation|FixedZone)\(`)
	srcs, _ := sources(t)
	for _, src := range srcs {
		if strings.HasPrefix(src.rel, "internal/i18n/") {
			continue
		}
		if loads.Match(src.text) {
			t.Errorf("%s loads a time zone; use i18n.Zone()", src.rel)
		}
	}
}
