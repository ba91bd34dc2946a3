package check

import (
	"fmt"
	"time"
)

// Relative dates — 明天, 后天, 本周五, 下周三, 下下周一, Friday, this Friday,
// next Monday, tomorrow — are resolved against Options.Now and judged like
// written dates: a weekday that contradicts them, a deadline on a day off.
// A relative date in the past (上周五, 昨天) is never a slip of the pen, so
// deadline-past does not apply to them.

// relDays are the day words and their distance from today.
var relDays = map[string]int{"今天": 0, "今日": 0, "今晚": 0, "明天": 1, "明日": 1, "明早": 1, "明晚": 1, "后天": 2, "today": 0, "tonight": 0, "tomorrow": 1, "Today": 0, "Tomorrow": 1, "TODAY": 0, "TOMORROW": 1}

// today is the start of Now's day.
func (c *checker) today() time.Time {
	y, m, d := c.opt.Now.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, c.opt.Location)
}

// relDate resolves a weekday or day-word token to a date.
func (c *checker) relDate(k *tok) (time.Time, bool) {
	today := c.today()
	switch k.kind {
	case kWeekday:
		now := int(today.Weekday())
		monday := today.AddDate(0, 0, -((now + 6) % 7))
		off := (int(k.wd) + 6) % 7 // Monday 0 … Sunday 6
		switch k.prefix {
		case 't':
			return monday.AddDate(0, 0, off), true
		case 'n':
			return monday.AddDate(0, 0, 7+off), true
		case 'N':
			return monday.AddDate(0, 0, 14+off), true
		case 0:
			return today.AddDate(0, 0, (int(k.wd)-now+7)%7), true // the coming one
		}
	case kLex:
		if n, ok := relDays[c.t[k.s:k.e]]; ok {
			return today.AddDate(0, 0, n), true
		}
	}
	return time.Time{}, false
}

// nextToDate reports whether token i stands next to a written date, which
// then carries the date rules ("下周五(12月4日)", "Friday, Dec 4").
func (c *checker) nextToDate(i int) bool {
	t := c.t
	k := &c.toks[i]
	if i+1 < len(c.toks) {
		if o := &c.toks[i+1]; o.kind == kDate && o.s >= k.e && onlySeparators(t[k.e:o.s]) {
			return true
		}
	}
	if i > 0 {
		if o := &c.toks[i-1]; o.kind == kDate && o.e <= k.ps && onlySeparators(t[o.e:k.ps]) {
			return true
		}
	}
	return false
}

// checkRelative applies the weekday and non-working-day rules to the
// relative date that is token i.
func (c *checker) checkRelative(i int) {
	k := &c.toks[i]
	date, ok := c.relDate(k)
	if !ok || c.nextToDate(i) {
		return
	}
	t := c.t
	// 明天(周五): the weekday written after a day word.
	if k.kind == kLex && i+1 < len(c.toks) {
		if w := &c.toks[i+1]; w.kind == kWeekday && w.prefix == 0 && w.s >= k.e && onlySeparators(t[k.e:w.s]) && w.s > k.e {
			if int8(date.Weekday()) != w.wd {
				word := t[k.s:k.e]
				c.emit(k.s, closingParen(t, w.e), RuleWeekdayMismatch, Warn,
					c.tr(fmt.Sprintf("「%s」是%s,不是%s", word, zhDate(date), zhWeekdayNames[w.wd]),
						fmt.Sprintf("%q is %s, not a %s", word, enDate(date), time.Weekday(w.wd))),
					c.tr(fmt.Sprintf("请核对:应写「%s(%s)」或写明具体日期", word, zhWeekdayNames[date.Weekday()]),
						fmt.Sprintf("Check it: write \"%s (%s)\" or give the date", word, date.Weekday())))
			}
			return
		}
	}
	if k.kind == kWeekday && i > 0 {
		if p := &c.toks[i-1]; p.kind == kLex && p.e <= k.s && onlySeparators(t[p.e:k.s]) {
			if _, isDay := relDays[t[p.s:p.e]]; isDay {
				return // the weekday of 明天(周五), judged above
			}
		}
	}
	start := k.s
	if k.kind == kWeekday {
		start = k.ps
	}
	deadline, _ := c.deadlineAfter(i, date)
	if !deadline {
		deadline = c.opt.Kind == Date || deadlineBefore(t[:start]) || untilDeadline(t[:start])
	}
	if deadline && c.thisWeekPast(k, start, date) { // round 11: 请在本周一前签字交回, read on a Wednesday
		c.emit(start, k.e, RuleDeadlinePast, Warn,
			c.tr(fmt.Sprintf("截止时间%s已经过去", zhDate(date)), fmt.Sprintf("The deadline %s has already passed", enDate(date))),
			c.concreteSuggestion())
		return
	}
	if !deadline || c.opt.Kind != Date && (qualifierDate(t, start, k.e) || aroundDate(t, k.e)) || date.Before(c.today()) || c.opt.Calendar == nil || c.opt.Calendar.IsWorkday(date.Add(12*time.Hour)) {
		return
	}
	c.nonWorkday(start, k.e, date)
}

// nonWorkday reports a deadline on a day off, suggesting the working day before.
func (c *checker) nonWorkday(s, e int, date time.Time) {
	prev := date
	for n := 0; n < 40; n++ {
		prev = prev.AddDate(0, 0, -1)
		if c.opt.Calendar.IsWorkday(prev.Add(12 * time.Hour)) {
			break
		}
	}
	c.emit(s, e, RuleDeadlineNonWorkday, Warn,
		c.tr(fmt.Sprintf("截止日期%s不是工作日", zhDate(date)), fmt.Sprintf("The deadline %s is not a working day", enDate(date))),
		c.tr(fmt.Sprintf("建议改为前一个工作日「%s」", zhDate(prev)), fmt.Sprintf("Consider the previous working day, %s", enDate(prev))))
}
