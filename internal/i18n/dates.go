package i18n

import (
	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"
)

// ZoneName is the calendar's time zone: the manual's dates are Beijing time.
const ZoneName = "Asia/Shanghai"

// Zone returns Asia/Shanghai, loaded once (LoadLocation reads a file each
// call); a host without zone data gets a fixed +08:00, which is the same
// zone for every date since 1991 (China has had no daylight saving since).
var Zone = sync.OnceValue(func() *time.Location {
	if loc, err := time.LoadLocation(ZoneName); err == nil {
		return loc
	}
	return time.FixedZone("CST", 8*60*60)
})

var zhWeekdays = [...]string{"日", "一", "二", "三", "四", "五", "六"}

// Date writes a day as the manual's letters and papers do, in t's own zone:
// 2026年12月3日(周四), or Thu 3 Dec 2026 in English.
func Date(t time.Time, lang string) string {
	if lang == "en" {
		return t.Format("Mon 2 Jan 2006")
	}
	return fmt.Sprintf("%d年%d月%d日(周%s)", t.Year(), int(t.Month()), t.Day(), zhWeekdays[t.Weekday()])
}

// PlainDate writes a day without its weekday, where the weekday goes
// without saying (the Monday a week is named by): 2026年11月30日, or
// 30 Nov 2026.
func PlainDate(t time.Time, lang string) string {
	if lang == "en" {
		return t.Format("2 Jan 2006")
	}
	return fmt.Sprintf("%d年%d月%d日", t.Year(), int(t.Month()), t.Day())
}

// DateTime writes Date and the clock time: 2026年12月3日(周四) 18:00, or
// Thu 3 Dec 2026 18:00.
func DateTime(t time.Time, lang string) string {
	return Date(t, lang) + " " + t.Format("15:04")
}

// Deadline writes a time inside a Chinese sentence, the clock against the
// date: 应由您于2026年12月3日(周四)18:00前完成; English as DateTime.
func Deadline(t time.Time, lang string) string {
	if lang == "en" {
		return DateTime(t, lang)
	}
	return Date(t, lang) + t.Format("15:04")
}

// PageDate writes a day on a page, whose Chinese is set in full-width
// punctuation: 2026年12月3日（周四）, or Thu 3 Dec 2026.
func PageDate(t time.Time, lang string) string {
	if lang == "en" {
		return Date(t, lang)
	}
	return fmt.Sprintf("%d年%d月%d日（周%s）", t.Year(), int(t.Month()), t.Day(), zhWeekdays[t.Weekday()])
}

// PageTime writes PageDate and the clock time: 2026年12月3日（周四） 18:00.
func PageTime(t time.Time, lang string) string {
	return PageDate(t, lang) + " " + t.Format("15:04")
}

// Amount writes a decimal string with thousands separators: 11300.00 →
// 11,300.00; anything that is not a plain decimal is returned as it is.
func Amount(s string) string {
	whole, frac, dot := strings.Cut(s, ".")
	if len(whole) <= 3 || strings.TrimLeft(whole, "0123456789") != "" {
		return s
	}
	var b strings.Builder
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if dot {
		b.WriteString("." + frac)
	}
	return b.String()
}

// Rate writes a tax rate as stored ("0.0600", "0.13") as a percentage, as
// the printed quote does: 6%, 13%; text that is not such a fraction is
// returned as it is.
func Rate(s string) string {
	r, ok := new(big.Rat).SetString(strings.TrimSpace(s))
	if !ok || strings.TrimSpace(s) == "" {
		return s
	}
	r.Mul(r, big.NewRat(100, 1))
	out := strings.TrimRight(strings.TrimRight(r.FloatString(2), "0"), ".")
	return out + "%"
}
