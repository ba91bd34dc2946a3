package check

import (
	"strings"
	"unicode/utf8"
)

// Reading date forms: the scanner's recognisers that turn what is written
// into date, weekday, clock-time and duration tokens for the rules — dates
// in digits (2026-12-03, 12/3, 12.5, 12月3日), after an English month
// ("Dec 3", "December 3rd, 2026") or in Chinese numerals (十二月八日),
// weekdays (周五, 星期五, 礼拜五), clock times (3pm, 下午两点, 十点前) and
// durations (两个工作日内, 三天内, "3 working days").

// scanWeekdayZh recognises 周五, 星期五, 礼拜五 with an optional 下/本/上/每 before.
func (c *checker) scanWeekdayZh(i int, r rune) {
	t := c.t
	j := i + len(string(r))
	if r != '周' {
		switch {
		case r == '星' && strings.HasPrefix(t[j:], "期"), r == '礼' && strings.HasPrefix(t[j:], "拜"):
			j += 3
		default:
			return
		}
	}
	x, n := utf8.DecodeRuneInString(t[j:])
	wd, ok := zhWeekdayNum[x]
	if !ok {
		return
	}
	e := j + n
	// 一周一次 (once a week), 周年 (anniversary): not weekdays.
	if nx, _ := utf8.DecodeRuneInString(t[e:]); strings.ContainsRune("次遍回个年岁期", nx) {
		return
	}
	k := tok{s: i, e: e, kind: kWeekday, wd: wd, ps: i}
	p, pn := utf8.DecodeLastRuneInString(t[:i])
	switch p {
	case '下':
		k.prefix, k.ps = 'n', i-pn
		if q, qn := utf8.DecodeLastRuneInString(t[:k.ps]); q == '下' {
			k.prefix, k.ps = 'N', k.ps-qn
		}
	case '本', '这':
		k.prefix, k.ps = 't', i-pn
	case '上':
		k.prefix, k.ps = 'l', i-pn
	case '每':
		k.prefix, k.ps = 'e', i-pn
	}
	// 下周五 is one relative date: drop the 下周 anchor read at its start.
	for len(c.toks) > 0 && k.prefix != 0 {
		last := &c.toks[len(c.toks)-1]
		if last.kind != kLex || last.cls != clsAnchor || last.s < k.ps {
			break
		}
		c.toks = c.toks[:len(c.toks)-1]
	}
	c.add(k)
}

var zhWeekdayNum = map[rune]int8{'一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '日': 0, '天': 0}

var zhNumeral = map[rune]bool{'一': true, '二': true, '两': true, '三': true, '四': true, '五': true, '六': true, '七': true, '八': true, '九': true, '十': true, '半': true, '百': true}

// zhDuration matches 两个工作日内, 三天内, 半小时内 … at i and returns its end, or 0.
func zhDuration(t string, i int) int {
	j := i
	for j < len(t) {
		r, n := utf8.DecodeRuneInString(t[j:])
		if !zhNumeral[r] {
			break
		}
		j += n
	}
	return durationSuffix(t, j)
}

var durUnits = []string{"个工作日", "工作日", "个自然日", "自然日", "个小时", "小时", "个钟头", "天", "日", "周", "个星期", "星期", "个月", "分钟"}
var durTails = []string{"之内", "以内", "内", "之后", "以后", "后"}

// durationSuffix matches the unit and tail of a duration starting at j.
func durationSuffix(t string, j int) int {
	for _, u := range durUnits {
		if strings.HasPrefix(t[j:], u) {
			k := j + len(u)
			for _, tl := range durTails {
				if strings.HasPrefix(t[k:], tl) {
					return k + len(tl)
				}
			}
			return 0
		}
	}
	return 0
}

var enMonths = map[string]int{"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12}

var enWeekdays = map[string]int8{"sun": 0, "sunday": 0, "mon": 1, "monday": 1, "tue": 2, "tues": 2, "tuesday": 2, "wed": 3, "wednesday": 3, "thu": 4, "thur": 4, "thurs": 4, "thursday": 4, "fri": 5, "friday": 5, "sat": 6, "saturday": 6}

// readInt reads up to max digits at i.
func readInt(t string, i, max int) (v, end int) {
	j := i
	for j < len(t) && isDigit(t[j]) && j-i < max {
		v = v*10 + int(t[j]-'0')
		j++
	}
	return v, j
}

// enMonthDate parses "Dec 3", "December 3rd, 2026", "Dec. 3" after a month word.
func enMonthDate(t string, s, e, m int) (tok, int, bool) {
	j := e
	if j < len(t) && t[j] == '.' {
		j++
	}
	k := skipSpace(t, j)
	if k == j || k >= len(t) || !isDigit(t[k]) {
		return tok{}, 0, false
	}
	d, k2 := readInt(t, k, 3)
	if k2-k > 2 || (k2 < len(t) && isDigit(t[k2])) {
		return tok{}, 0, false
	}
	end := k2
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if strings.HasPrefix(t[end:], suf) {
			end += 2
			break
		}
	}
	if end < len(t) && isLetter(t[end]) {
		return tok{}, 0, false
	}
	if end == k2 && hasPrefixAny(t[end:], "月", "年", "日", "号", "点", "个", "天") {
		return tok{}, 0, false // round 15: 阿May 12月6日前 — the number is a Chinese date's month, May a name
	}
	k3 := end
	if k3 < len(t) && t[k3] == ',' {
		k3++
	}
	k4 := skipSpace(t, k3)
	y := 0
	if k4 > end || k3 > end {
		if yv, ye := readInt(t, k4, 5); ye-k4 == 4 && (ye >= len(t) || !isDigit(t[ye])) {
			y, end = yv, ye
		}
	}
	tk := mkDate(s, end, y, m, d)
	return tk, end, true
}

// mkDate builds a date token, marking impossible days.
func mkDate(s, e, y, m, d int) tok {
	k := tok{s: s, e: e, kind: kDate, y: int16(y), m: int8(m), d: int8(d)}
	if m < 1 || m > 12 || d < 1 || d > 31 {
		k.invalid = true
	} else if d > daysIn(y, m) {
		k.invalid = true
	}
	return k
}

// daysIn is the length of month m; a year of 0 (unknown) allows 29 February.
func daysIn(y, m int) int {
	switch m {
	case 2:
		if y == 0 || (y%4 == 0 && (y%100 != 0 || y%400 == 0)) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// scanNumber handles a run of ASCII digits at i: dates, clock times and durations.
func (c *checker) scanNumber(i int) int {
	t := c.t
	v, j := readInt(t, i, 64)
	nd := j - i
	if i > 0 {
		p := t[i-1]
		if isLetter(p) || p == '_' {
			return j // part of an identifier: V2, KF-2026-0142 is handled below
		}
		if (p == '.' || p == ',' || p == '/' || p == ':' || p == '-') && i > 1 && (isDigit(t[i-2]) || isLetter(t[i-2])) {
			return j // part of a version, an amount, a clock time or an identifier
		}
	}
	if nd > 4 {
		return j
	}
	rest := t[j:]
	switch {
	case nd == 4 && strings.HasPrefix(rest, "年"):
		m, k := readInt(t, j+3, 2)
		if k > j+3 && strings.HasPrefix(t[k:], "月") {
			d, k2 := readInt(t, k+3, 2)
			if k2 > k+3 && (strings.HasPrefix(t[k2:], "日") || strings.HasPrefix(t[k2:], "号")) {
				c.add(mkDate(i, k2+3, v, m, d))
				return k2 + 3
			}
		}
		return j
	case nd <= 2 && strings.HasPrefix(rest, "月"):
		d, k := readInt(t, j+3, 2)
		if k > j+3 && (strings.HasPrefix(t[k:], "日") || strings.HasPrefix(t[k:], "号")) {
			c.add(mkDate(i, k+3, 0, v, d))
			return k + 3
		}
		if k > j+3 && v >= 1 && v <= 12 && d >= 1 && d <= 31 && strings.HasPrefix(t[k:], "月") && hasPrefixAny(t[k+3:], "前", "之前", "以前") {
			c.add(mkDate(i, k+3, 0, v, 0)) // round 19: 12月2月前 — a day written as a month, no date
			return k + 3
		}
		return j
	case nd == 4 && len(rest) > 0 && (rest[0] == '-' || rest[0] == '/' || rest[0] == '.'):
		sep := rest[0]
		m, k := readInt(t, j+1, 2)
		if k > j+1 && k < len(t) && t[k] == sep {
			d, k2 := readInt(t, k+1, 2)
			if k2 > k+1 && (k2 >= len(t) || !isDigit(t[k2])) && !(k2+1 < len(t) && t[k2] == '.' && isDigit(t[k2+1])) {
				c.add(mkDate(i, k2, v, m, d))
				return k2
			}
		}
		return j
	case nd <= 2 && len(rest) > 1 && rest[0] == '/' && isDigit(rest[1]):
		d, k := readInt(t, j+1, 3)
		if k-(j+1) <= 2 && v >= 1 && v <= 12 && d >= 1 && d <= 31 &&
			(k >= len(t) || (!isDigit(t[k]) && t[k] != '/' && t[k] != '%' && (t[k] != '.' || k+1 == len(t) || t[k+1] == ' ' || t[k+1] == '\n'))) {
			c.add(mkDate(i, k, 0, v, d))
			return k
		}
		if dayFirstSlash(t, i, j, k, v, d) { // round 11: "completed by 31/11"
			c.add(mkDate(i, k, 0, d, v))
		} else if y, k2 := slashYear(t, k); k2 > k && dayFirstBefore(t, i, j, k, v, d) {
			// round 17: "payable by 31/11/2026", the year after a second slash
			c.add(mkDate(i, k2, y, d, v))
			return k2
		} else if y, k2 := slashYear(t, k); k2 > k && k-(j+1) <= 2 {
			// round 26 (h17aj): with a four-digit year the order is plain
			// where one number exceeds 12 — "by 11/20/2026" month first,
			// "contract: 31/11/2026" day first (no lead word needed); 05/06/2026
			// stays unread.
			switch {
			case v >= 1 && v <= 12 && d >= 13 && d <= 31:
				c.add(mkDate(i, k2, y, v, d))
				return k2
			case v >= 13 && v <= 31 && d >= 1 && d <= 12:
				c.add(mkDate(i, k2, y, d, v))
				return k2
			}
		}
		return k
	case nd == 2 && len(rest) > 2 && rest[0] == '-' && isDigit(rest[1]):
		// 12-06: month and day, both of two digits, only where it reads as
		// a date (after a deadline word or a 截止时间: label, before 前 or a
		// clock time) — never 3-5天, 10-20个 or a part number
		d, k := readInt(t, j+1, 3)
		if k-(j+1) == 2 && v >= 1 && v <= 12 && d >= 1 && d <= 31 && (k >= len(t) || t[k] != '-') &&
			(dottedDate(t, i, k) || k+1 < len(t) && t[k] == ' ' && isDigit(t[k+1]) && strings.Contains(firstRunes(t[k:], 8), ":") && deadlineBefore(strings.TrimRight(t[:i], " "))) {
			c.add(mkDate(i, k, 0, v, d))
		}
		return k
	case nd <= 2 && len(rest) > 1 && rest[0] == '.' && isDigit(rest[1]):
		d, k := readInt(t, j+1, 3)
		if k-(j+1) <= 2 && v >= 1 && v <= 12 && d >= 1 && d <= 31 && dottedDate(t, i, k) {
			c.add(mkDate(i, k, 0, v, d))
		}
		return k
	case nd <= 2 && len(rest) > 1 && (rest[0] == ':' || strings.HasPrefix(rest, "：")):
		k := j + 1
		if rest[0] != ':' {
			k = j + 3
		}
		mi, k2 := readInt(t, k, 3)
		if k2-k == 2 && v <= 24 && mi < 60 {
			c.add(tok{s: i, e: k2, kind: kTime, hh: int8(v), mi: int8(mi)})
			return c.ampm(len(c.toks)-1, k2)
		}
		return j
	case nd <= 2 && (strings.HasPrefix(rest, "点") || strings.HasPrefix(rest, "时")) && v <= 24:
		k := j + 3
		mi := 0
		if strings.HasPrefix(t[k:], "半") {
			mi, k = 30, k+3
		} else if m2, k2 := readInt(t, k, 2); k2 > k && strings.HasPrefix(t[k2:], "分") {
			mi, k = m2, k2+3
		}
		c.add(tok{s: i, e: k, kind: kTime, hh: int8(v), mi: int8(mi)})
		return k
	case nd <= 2 && (strings.HasPrefix(rest, "日") || strings.HasPrefix(rest, "号")) && v >= 1 && v <= 31:
		k := j + 3
		if !hasPrefixAny(t[k:], "楼", "会议室", "线", "门", "厅", "库", "机", "仓", "文件", "窗口", "产线", "生产线", "车间", "工位", "设备", "厂房", "柜", "箱", "床", "站台", "货架", "码头", "展位", "展台", "炉", "罐", "泵", "模具", "工序", "样品", "包", "桌", "楼梯", "电梯", "通道", "岗") && !hasPrefixAny(t[k:], numberedThings13...) && !numberedDevice(t[k:]) && !numberedVehicle(t[k:]) && !numberedPlace(t[k:]) && !quotedName(t, i, k) { // round 13: 1号货梯, 3号教室
			c.add(tok{s: i, e: k, kind: kLex, cls: clsAnchor})
		}
		return k
	}
	if nd <= 2 {
		// "20th November", "1st of December" (round 9): an ordinal suffix
		// and "of" may stand between the day and the month's name
		jo := ordinalEnd(t, j)
		k := skipSpace(t, jo)
		if jo > j && k > jo && hasPrefixFold(t[k:], "of ") {
			k = skipSpace(t, k+2)
		}
		if k > jo && k < len(t) && isUpper(t[k]) {
			e := readWord(t, k)
			var buf [32]byte
			if e-k <= 32 {
				if m, ok := enMonths[string(lowerInto(&buf, t[k:e]))]; ok && (e >= len(t) || !isLetter(t[e])) {
					end, y := e, 0
					k3 := e
					if k3 < len(t) && t[k3] == ',' {
						k3++
					}
					if k4 := skipSpace(t, k3); k4 > e {
						if yv, ye := readInt(t, k4, 5); ye-k4 == 4 {
							y, end = yv, ye
						}
					}
					c.add(mkDate(i, end, y, m, v))
					return end
				}
			}
		}
		if v >= 1 && v <= 12 {
			c.add(tok{s: i, e: j, kind: kTime, hh: int8(v)})
			if end := c.ampm(len(c.toks)-1, j); end > j {
				return end // 5pm, 9 a.m.
			}
			c.toks = c.toks[:len(c.toks)-1]
		}
	}
	if e := durationSuffix(t, j); e > 0 {
		c.add(tok{s: i, e: e, kind: kLex, cls: clsAnchor})
		return e
	}
	if e := enDuration(t, j); e > 0 && hasSuffixFold(strings.TrimRight(t[:i], " "), "within", "in") {
		c.add(tok{s: i, e: e, kind: kLex, cls: clsAnchor})
		return e
	}
	return j
}

// ordinalEnd is the end of an ordinal suffix (st, nd, rd, th) at j, or j.
func ordinalEnd(t string, j int) int {
	if hasPrefixAny(t[j:], "st", "nd", "rd", "th") && (j+2 >= len(t) || !isLetter(t[j+2])) {
		return j + 2
	}
	return j
}

// ampm extends the time token at index ti with a following am/pm marker.
func (c *checker) ampm(ti, j int) int {
	t := c.t
	k := skipSpace(t, j)
	for _, m := range []string{"a.m.", "p.m.", "am", "pm"} {
		if hasPrefixFold(t[k:], m) && (k+len(m) >= len(t) || !isLetter(t[k+len(m)])) {
			tk := &c.toks[ti]
			if m[0] == 'p' && tk.hh < 12 {
				tk.hh += 12
			}
			tk.e = k + len(m)
			return tk.e
		}
	}
	return j
}

// enDuration matches " (working|business) days/hours/weeks" after a number.
func enDuration(t string, j int) int {
	k := skipSpace(t, j)
	if k == j {
		return 0
	}
	e := readWord(t, k)
	w := strings.ToLower(t[k:e])
	if w == "working" || w == "business" || w == "calendar" {
		k = skipSpace(t, e)
		e = readWord(t, k)
		w = strings.ToLower(t[k:e])
	}
	switch w {
	case "day", "days", "hour", "hours", "week", "weeks", "minutes":
		return e
	}
	return 0
}

// dottedDate reports whether "12.5" at t[s:e] is a month and day rather than
// a number (3.5%, 12.9元, V2.1): it must be followed by 前, 日, 号 or a
// weekday, or stand where a deadline goes (最晚12.5, 于12.8, by 12.8).
func dottedDate(t string, s, e int) bool {
	if e < len(t) && (isDigit(t[e]) || isLetter(t[e]) || t[e] == '.' || t[e] == '%') {
		return false
	}
	after := strings.TrimLeft(t[e:], " ")
	if b := strings.TrimRight(t[:s], " "); strings.HasPrefix(after, "号") && hasSuffixAny(b, "–", "—", "-", "~", "～", "至", "到") && len(b) > 0 {
		if p := strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(b, "–"), "—"), "-"), "~"), "～"), "至"), "到"), " "); p != "" && isDigit(p[len(p)-1]) {
			return false // round 19: 3.0–7.5号, a range of sizes
		}
	}
	if hasPrefixAny(after, "前", "之前", "以前", "日", "号", "(周", "（周", "(星期", "（星期", "截止", "下班前", "中午前") {
		return true
	}
	before := strings.TrimRight(t[:s], " ")
	if strings.TrimSpace(before) == "" && strings.TrimSpace(after) == "" {
		return true // the whole field: "11.20"
	}
	return deadlineBefore(before) || hasSuffixAny(before, "于", "在", "到", "至") || weekdayGloss(before)
}

// weekdayGloss reports whether before ends with a weekday and an opening
// bracket: 下周一（11.30） glosses the weekday with its date (round 9).
func weekdayGloss(before string) bool {
	b, ok := strings.CutSuffix(before, "（")
	if !ok {
		if b, ok = strings.CutSuffix(before, "("); !ok {
			return false
		}
	}
	r, n := utf8.DecodeLastRuneInString(b)
	if _, day := zhWeekdayNum[r]; !day || n == 0 {
		return false
	}
	return hasSuffixAny(b[:len(b)-n], "周", "星期", "礼拜")
}

// dayFirstSlash reports whether the number pair t[i:k] (v/d, v read from
// i to j) is a day and a month written day first ("by 31/11", "on 15/12"):
// the first number is no month (13–31), the second is one, and a date
// word in English stands right before it — by, on, before, until, till,
// due, dated. "24/7 support", "open 24/7" and "score 15/12" have none.
func dayFirstSlash(t string, i, j, k int, v, d int) bool {
	if j-i != 2 || k-(j+1) > 2 || k-(j+1) < 1 || v < 13 || v > 31 || d < 1 || d > 12 {
		return false
	}
	if k < len(t) && (isDigit(t[k]) || t[k] == '/' || t[k] == '%' || isLetter(t[k])) {
		return false
	}
	return dayFirstBefore(t, i, j, k, v, d)
}

// dayFirstBefore reports whether a day (13–31) and a month before k, at i,
// follow a deadline or date word (by, on, before, until, due, dated).
func dayFirstBefore(t string, i, j, k int, v, d int) bool {
	if j-i != 2 || k-(j+1) > 2 || k-(j+1) < 1 || v < 13 || v > 31 || d < 1 || d > 12 {
		return false
	}
	b := lowerIfNeeded(lastBytes(t[:i], 8))
	for _, w := range []string{"by ", "on ", "before ", "until ", "till ", "due ", "dated "} {
		if strings.HasSuffix(b, w) && (len(b) == len(w) || !isLetter(b[len(b)-len(w)-1])) {
			return true
		}
	}
	return false
}

// slashYear reads "/2026" at k — a four-digit year after a day-first date's
// second slash, not followed by more digits or a slash — and returns the
// year and its end, or k.
func slashYear(t string, k int) (int, int) {
	if k+5 > len(t) || t[k] != '/' {
		return 0, k
	}
	y, e := readInt(t, k+1, 5)
	if e-(k+1) != 4 || y < 2000 || y > 2099 || e < len(t) && (isDigit(t[e]) || t[e] == '/' || isLetter(t[e])) {
		return 0, k
	}
	return y, e
}

// numberedDevice reports whether the Han word after N号 names a device or
// a line by its last character (3号海缆, 2号温度记录仪, 5号变压器, 1号储罐;
// round 17): two to five characters ending in 仪, 缆, 器, 泵, 罐, 舱, 塔,
// 井, 桩, 阀 are a thing's name, where a date's 号 is followed by 前, 上午,
// 交 … — a verb or a time of day ends in none of them. Round 29 (h17am)
// adds a glass line's machines: 桥, 炉, 窑, 辊 (3号切割桥, 2号退火窑, 1号熔炉,
// 5号过渡辊). Round 33 (h17aq) adds a paper mill's and a filling line's:
// 机 and 门 (3号纸机, 2号复卷机, 3号阀门, 1号闸门); an act before them
// (3号开机, 3号上门, 3号试机, 3号飞机场) leaves the day a day.
func numberedDevice(a string) bool {
	const ends = "仪缆器泵罐舱塔井桩阀桥炉窑辊机门"
	if hasPrefixAny(a, "前", "之前", "以前", "后", "之后", "以后", "起", "当天", "左右", "上午", "下午", "中午", "晚", "早") {
		return false // 3号前检查纸机: the day's own 前, then the act
	}
	n := 0
	for _, r := range a {
		if r < 0x4E00 || r > 0x9FFF || n >= 5 {
			return false
		}
		n++
		if n == 2 && strings.ContainsRune("过上下开出入进点关停到回试装拆换修登飞", firstRune(a)) && strings.ContainsRune(ends, r) {
			return false // an act on the thing, not its name: 3号过桥, 3号开阀, 3号出窑 are days (round 29, h17am)
		}
		if n >= 2 && strings.ContainsRune(ends, r) {
			return true
		}
	}
	return false
}

// numberedThings13 are what a number and 号 name (1号货梯, 3号教室), added to
// scanNumber's own list (2号电梯, 3号楼).
var numberedThings13 = []string{"货梯", "客梯", "扶梯", "教室", "实验室", "宿舍", "病房", "诊室", "柜台", "车道", "闸机", "展厅", "机房", "房间", "座位", "包厢", "车"} // round 35 (h17as): 8号车, 3号车 are vehicles

// numberedPlace reports whether the word after N号 names a shop, a lift or
// a berth by its number (round 28, h17al: 5号店, 4号缆车, 2号索道, 3号泊
// 位), or a farm's greenhouse, pond or pen (round 37, h17au: 3号棚, 2号温室,
// 5号池, 1号舍, 3号塘), or an airport's runway, gate or belt (round 39,
// h17aw: 2号跑道, 3号登机桥, 5号登机口): a place, no day. 5号店休 and 5号店庆
// are days.
func numberedPlace(a string) bool {
	if hasPrefixAny(a, "缆车", "索道", "吊椅", "泊位", "雪道", "分店", "门店", "棚", "大棚", "温室", "池", "舍", "塘", "栋") {
		return true
	}
	if hasPrefixAny(a, "跑道", "滑行道", "登机桥", "登机口", "廊桥", "停机位", "航站楼", "安检口", "安检通道", "值机柜台", "值机岛", "行李转盘", "转盘", "闸口", "道口") {
		return true // round 39 (h17aw): an airport's runway, gate or belt by its number (2号跑道, 3号登机桥, 5号闸口)
	}
	return strings.HasPrefix(a, "店") && !hasPrefixAny(a, "店休", "店庆")
}

// quotedName reports whether N号 at t[i:k] closes a name in quotes, a
// ship's or a room's (round 28, h17al: “宝岛18号”, 「海峡3号」): Han
// characters from the opening quote to the number, none of them 月, 周 or
// 日, and the closing quote right after. “18号”前 and “12月18号” are days.
func quotedName(t string, i, k int) bool {
	if !hasPrefixAny(t[k:], "”", "」", "》", "\"") {
		return false
	}
	b := t[:i]
	n := 0
	for b != "" {
		r, w := utf8.DecodeLastRuneInString(b)
		if r == '“' || r == '「' || r == '《' || r == '"' {
			return n >= 1
		}
		if r < 0x4E00 || r > 0x9FFF || strings.ContainsRune("月周日本下上每这", r) || n >= 8 {
			return false
		}
		b = b[:len(b)-w]
		n++
	}
	return false
}

var zhDigit = map[rune]int{'〇': 0, '零': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}

// zhNumber reads a Chinese number below 100 at i: 八, 十二, 二十, 三十一.
func zhNumber(t string, i int) (v, end int, ok bool) {
	j := i
	tens, units, seenTen, digits := 0, 0, false, 0
	for j < len(t) && digits < 3 {
		r, n := utf8.DecodeRuneInString(t[j:])
		if r == '十' {
			if seenTen {
				break
			}
			seenTen = true
			tens = units
			if tens == 0 {
				tens = 1
			}
			units = 0
		} else if d, isD := zhDigit[r]; isD && r != '〇' && r != '零' {
			units = d
		} else {
			break
		}
		digits++
		j += n
	}
	if j == i {
		return 0, i, false
	}
	return tens*10 + units, j, true
}

// zhNumeralDate reads a date in Chinese numerals at i: 十二月八日,
// 二〇二六年十二月三日, 十二月四号.
func zhNumeralDate(t string, i int) (tok, bool) {
	j, y := i, 0
	for n := 0; n < 4; n++ {
		r, w := utf8.DecodeRuneInString(t[j:])
		d, ok := zhDigit[r]
		if !ok {
			break
		}
		y = y*10 + d
		j += w
		if n == 3 {
			if !strings.HasPrefix(t[j:], "年") {
				return tok{}, false
			}
			j += len("年")
		}
	}
	if j-i > 0 && j-i < 12 { // a digit run that was not a year
		j, y = i, 0
	}
	m, k, ok := zhNumber(t, j)
	if !ok || !strings.HasPrefix(t[k:], "月") {
		return tok{}, false
	}
	k += len("月")
	d, k2, ok := zhNumber(t, k)
	if !ok || !(strings.HasPrefix(t[k2:], "日") || strings.HasPrefix(t[k2:], "号")) {
		return tok{}, false
	}
	return mkDate(i, k2+len("日"), y, m, d), true
}

// zhClock reads a clock time in Chinese numerals at i — 下午两点, 十点前,
// 三点半, 九点十五分 — where it reads as a time: after a part of the day or
// a day word, or followed by 前/之前/钟/整/半 (not 有两点建议).
func zhClock(t string, i int) (tok, bool) {
	var h, k int
	if strings.HasPrefix(t[i:], "两") {
		h, k = 2, i+len("两")
	} else {
		v, e, ok := zhNumber(t, i)
		if !ok {
			return tok{}, false
		}
		h, k = v, e
	}
	if h < 1 || h > 24 || !strings.HasPrefix(t[k:], "点") {
		return tok{}, false
	}
	k += len("点")
	mi := 0
	switch {
	case strings.HasPrefix(t[k:], "半"):
		mi, k = 30, k+len("半")
	case strings.HasPrefix(t[k:], "整"), strings.HasPrefix(t[k:], "钟"):
		k += len("整")
	default:
		if m, e, ok := zhNumber(t, k); ok && m < 60 && strings.HasPrefix(t[e:], "分") {
			mi, k = m, e+len("分")
		}
	}
	if !hasSuffixAny(lastBytes(t[:i], 6), "上午", "下午", "晚上", "早上", "中午", "凌晨", "傍晚", "明天", "今天", "后天", "明早", "今晚") &&
		!hasPrefixAny(t[k:], "前", "之前", "以前") && mi == 0 && !strings.HasSuffix(t[i:k], "整") && !strings.HasSuffix(t[i:k], "钟") {
		return tok{}, false
	}
	return tok{s: i, e: k, kind: kTime, hh: int8(h), mi: int8(mi)}, true
}
