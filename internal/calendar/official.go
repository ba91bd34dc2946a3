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
// drops it). lunar-go v1.4.7 misses two make-up working days of 2013
// (国办发明电〔2012〕38号); every other day of 2007–2026 matches the notices
// as compiled in testdata/holiday-cn (oracle_test.go checks all 7,305 days,
// notice_test.go 2025–2027 against the notice text).
var corrections = []struct {
	day    officialDay
	remove bool
}{
	{day: officialDay{date: "2013-04-07", workday: true, name: "清明节"}}, // Sunday: 清明 4月4日至6日放假, 7日(星期日)上班
	{day: officialDay{date: "2013-10-12", workday: true, name: "国庆节"}}, // Saturday: 国庆 10月1日至7日放假, 12日(星期六)上班
}

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

// The years whose built-in data has been checked day by day against the
// State Council notices: 2007–2026 against the holiday-cn compilation
// (oracle_test.go), 2025–2026 also against the notice text (notice_test.go).
const checkedFrom, checkedThrough = 2007, 2026

// Checked reports whether the built-in data for year has been checked
// against the notices. Later years (2027) come from lunar-go alone until an
// administrator confirms them or imports the notice.
func Checked(year int) bool { return year >= checkedFrom && year <= checkedThrough }
