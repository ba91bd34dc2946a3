package notify

import (
	"fmt"
	"time"
)

var zhWeekdays = [...]string{"日", "一", "二", "三", "四", "五", "六"}

// FormatTime formats t in loc the way the manual writes deadlines:
// "2026年12月3日(周四)18:00" in Chinese, "Thu 3 Dec 2026 18:00" in English.
// The weekday is always printed because the manual's accuracy rule checks it.
func FormatTime(t time.Time, lang string, loc *time.Location) string {
	t = t.In(orDefault(loc))
	if lang == "en" {
		return t.Format("Mon 2 Jan 2006 15:04")
	}
	return fmt.Sprintf("%s%02d:%02d", zhDate(t), t.Hour(), t.Minute())
}

// FormatDate formats a calendar date: "2026年12月3日(周四)" or "Thu 3 Dec 2026".
func FormatDate(t time.Time, lang string) string {
	if lang == "en" {
		return t.Format("Mon 2 Jan 2006")
	}
	return zhDate(t)
}

func zhDate(t time.Time) string {
	return fmt.Sprintf("%d年%d月%d日(周%s)", t.Year(), int(t.Month()), t.Day(), zhWeekdays[t.Weekday()])
}

// shanghai is resolved once; without tzdata we fall back to a fixed +08:00,
// which is exact for China (no daylight saving since 1991).
var shanghai = func() *time.Location {
	if loc, err := time.LoadLocation("Asia/Shanghai"); err == nil {
		return loc
	}
	return time.FixedZone("CST", 8*3600)
}()

func orDefault(loc *time.Location) *time.Location {
	if loc == nil {
		return shanghai
	}
	return loc
}
