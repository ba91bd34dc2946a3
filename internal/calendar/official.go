package calendar

import (
	"strings"
	"sync"

	"github.com/6tail/lunar-go/HolidayUtil"
)

// officialDay is one day of a State Council notice: a holiday or a make-up day.
type officialDay struct {
	date    string // YYYY-MM-DD
	workday bool   // true for a make-up working day (调休上班)
	name    string // the holiday it belongs to, e.g. 春节
}

// lunarYears bounds the years searched in lunar-go's table (it holds 2001–2027
// in v1.4.7; a newer version may hold more).
const lunarFirstYear, lunarLastYear = 1999, 2100

// corrections fix lunar-go where it differs from a State Council notice; the
// notice wins. Each entry replaces lunar-go's entry for that date (remove=true
// drops it). None are needed for lunar-go v1.4.7: its 2025–2027 data match the
// notices (see notice_test.go, which fails if a dependency update changes that).
var corrections = []struct {
	day    officialDay
	remove bool
}{}

// official returns the built-in data, read once from lunar-go and corrected;
// the result is shared and must not be modified.
var official = sync.OnceValue(func() []officialDay {
	var days []officialDay
	index := map[string]int{}
	for y := lunarFirstYear; y <= lunarLastYear; y++ {
		l := HolidayUtil.GetHolidaysByYear(y)
		for e := l.Front(); e != nil; e = e.Next() {
			h := e.Value.(*HolidayUtil.Holiday)
			if !strings.HasPrefix(h.GetDay(), itoa4(y)) {
				continue
			}
			index[h.GetDay()] = len(days)
			days = append(days, officialDay{date: h.GetDay(), workday: h.IsWork(), name: h.GetName()})
		}
	}
	for _, c := range corrections {
		i, ok := index[c.day.date]
		switch {
		case ok && c.remove:
			days[i].date = "" // dropped below
		case ok:
			days[i] = c.day
		case !c.remove:
			days = append(days, c.day)
		}
	}
	out := days[:0]
	for _, d := range days {
		if d.date != "" {
			out = append(out, d)
		}
	}
	return out
})

// itoa4 formats a four-digit year without fmt.
func itoa4(y int) string {
	b := []byte{byte('0' + y/1000%10), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10)}
	return string(b)
}
