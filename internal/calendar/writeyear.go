package calendar

import (
	"fmt"
	"github.com/liaison-dev/liaison/internal/i18n"
	"io"
	"strings"
	"time"

	"github.com/liaison-dev/liaison/internal/problem"
)

// weekdayCN names the weekdays Monday first, as Chinese calendars print them.
var weekdayCN = [7]string{"一", "二", "三", "四", "五", "六", "日"}

// WriteYear writes a month-by-month view of a year for a terminal: weeks start
// on Monday, 休 marks a holiday, 班 a make-up working day; then a legend and
// the list of named days. Each cell is five columns wide, counting a CJK
// character as two.
func (c *Calendar) WriteYear(w io.Writer, year int) error {
	if year < 1 || year > 9999 {
		return problem.FieldsKey("problem.invalid_year", map[string]string{"year": i18n.Ref("reason.not_four_digit_year", year)})
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%d 年工作日历（%s，工作时间 %s–%s）\n", year, c.cfg.Location, clock(c.cfg.Open), clock(c.cfg.Close))
	for m := time.January; m <= time.December; m++ {
		c.writeMonth(&b, year, m)
	}
	b.WriteString("\n图例：休 = 放假  班 = 调休上班（周末上班）  无标记的周六、周日休息\n")
	c.writeNamed(&b, year)
	first, next := dayNumber(year, 1, 1), dayNumber(year+1, 1, 1)
	fmt.Fprintf(&b, "\n全年工作日 %d 天。\n", c.ord(next)-c.ord(first))
	if !c.HasOfficialData(year) {
		fmt.Fprintf(&b, "注意：%d 年没有国务院放假安排数据，只按周末计算；可用 liaison calendar import 导入。\n", year)
	}
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("write calendar %d: %w", year, err)
	}
	return nil
}

// writeMonth prints one month as a grid.
func (c *Calendar) writeMonth(b *strings.Builder, year int, m time.Month) {
	fmt.Fprintf(b, "\n%d年%d月\n", year, int(m))
	b.WriteString(" " + strings.Join(weekdayCN[:], "   ") + "\n")
	first := dayNumber(year, m, 1)
	last := dayNumber(year, m+1, 1) // time.Month 13 normalises like time.Date
	line := strings.Repeat("     ", int(first-mondayOf(first)))
	for z := first; z < last; z++ {
		line += fmt.Sprintf("%2d%s ", z-first+1, c.mark(z))
		if weekdayOf(z) == time.Sunday || z == last-1 {
			b.WriteString(strings.TrimRight(line, " ") + "\n")
			line = ""
		}
	}
}

// mark is the two-column marker of a day: 休, 班 or blanks.
func (c *Calendar) mark(z int64) string {
	work := c.isWork(z)
	switch {
	case !work && isWeekday(z):
		return "休"
	case work && !isWeekday(z):
		return "班"
	case !work:
		if _, ok := c.specials[z]; ok {
			return "休" // a weekend day inside a holiday period
		}
	}
	return "  "
}

// writeNamed lists the year's holidays and make-up days, runs of equal days
// grouped.
func (c *Calendar) writeNamed(b *strings.Builder, year int) {
	first, next := dayNumber(year, 1, 1), dayNumber(year+1, 1, 1)
	b.WriteString("\n节假日与调休：\n")
	listed := false
	for z := first; z < next; z++ {
		s, ok := c.specials[z]
		if !ok {
			continue
		}
		end := z
		for n, ok := c.specials[end+1]; ok && end+1 < next && n == s; n, ok = c.specials[end+1] {
			end++
		}
		listed = true
		what := "休"
		if s.workday {
			what = "班"
		}
		name := s.name
		if s.source == SourceOverride {
			name += "（管理员设定）"
		}
		if end == z {
			fmt.Fprintf(b, "  %s           %s %s\n", dayCN(z), what, name)
		} else {
			fmt.Fprintf(b, "  %s–%s %s %s，共 %d 天\n", dayCN(z), dayCN(end), what, name, end-z+1)
		}
		z = end
	}
	if !listed {
		b.WriteString("  （无）\n")
	}
}

// dayCN prints "02-15(日)".
func dayCN(z int64) string {
	_, m, d := civil(z)
	return fmt.Sprintf("%02d-%02d(%s)", int(m), d, weekdayCN[floorMod(z-mondayRef, 7)])
}

// clock prints a time of day as HH:MM.
func clock(d time.Duration) string {
	return fmt.Sprintf("%02d:%02d", int(d/time.Hour), int(d%time.Hour/time.Minute))
}
