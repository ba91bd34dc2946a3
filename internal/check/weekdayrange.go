package check

import "strings"

// weekdayRange reports whether the weekday token j is one end of a range of
// weekdays (周一到周五, 星期一至星期五, Mon-Fri, Monday to Friday): the days of the
// week something runs on, not the weekday of the date written next to it
// (round 42, h17az: 12月28日至1月8日周一到周五上课, "Mon-Fri, Dec 28 to Jan 8").
func (c *checker) weekdayRange(j int) bool {
	t := c.t
	w := &c.toks[j]
	if j+1 < len(c.toks) && c.toks[j+1].kind == kWeekday && rangeSep(t[w.e:c.toks[j+1].ps]) {
		return true
	}
	if j > 0 && c.toks[j-1].kind == kWeekday && rangeSep(t[c.toks[j-1].e:w.ps]) {
		return true
	}
	return false
}

// rangeSep reports whether s, between two weekdays, joins them as a range.
func rangeSep(s string) bool {
	s = strings.TrimSpace(s)
	switch s {
	case "到", "至", "-", "–", "—", "~", "～":
		return true
	}
	for _, w := range []string{"to", "through", "thru", "until", "till"} {
		if strings.EqualFold(s, w) {
			return true
		}
	}
	return false
}
