package check

import (
	"context"
	"strings"
	"sync"
	"unicode/utf8"
)

// tokKind is what the scanner recognised.
type tokKind uint8

const (
	kLex     tokKind = iota + 1 // a lexicon entry; cls says which
	kDate                       // a calendar date
	kTime                       // a clock time
	kWeekday                    // 周五, Friday
	kShout                      // !!! ？？
	kCaps                       // a long ALL-CAPS run
)

// tok is one recognised span of the text, in byte offsets. It is kept
// small (40 bytes): a long text holds hundreds of thousands.
type tok struct {
	s, e    int
	ps      int   // kWeekday: start including 下/本/上 prefix
	y       int16 // kDate; 0 when no year is written
	m, d    int8  // kDate
	hh, mi  int8  // kTime
	kind    tokKind
	cls     class
	wd      int8 // kWeekday: 0 = Sunday
	prefix  byte // kWeekday: 'n' next week, 'N' the week after, 't' this week, 'l' last week, 'e' every, 0 none
	invalid bool // kDate that cannot exist (2月30日, 13月1日)
	attrib  bool // kDate directly followed by 的: names a day, not a time limit
	objDay  bool // a day word inside the object (把年底的点检做完): no anchor for vague time, still a request's date (round 9)
}

// rawFinding is a finding in byte offsets, before conversion to runes.
type rawFinding struct {
	s, e     int
	rule     string
	sev      Severity
	msg, sug string
}

// checker holds the per-call state; it is pooled so that a call allocates
// little beyond its findings.
type checker struct {
	t        string
	opt      *Options
	en       bool
	toks     []tok
	out      []rawFinding
	classEnd [nClasses]int // end of the last token of each class, to skip overlaps
	capsEnd  int
	sugDate  string // lazily computed concrete-date example
	ctx      context.Context
	// passFindings counts the findings of the current pass (see full).
	passFindings int
	err          error // ctx's error once it is done
	text         textIndex
	base         int  // where the window c.t starts in the text (see run)
	reqOwner     bool // a request names an owner (in any window so far)
	reqDate      bool // a request gives a date (in any window so far)
	stats        workStats
	past         struct { // the last clause pastContext read
		s, e  int
		v, ok bool
	}
}

var pool = sync.Pool{New: func() any { return &checker{} }}

func getChecker() *checker { return pool.Get().(*checker) }

func putChecker(c *checker) {
	if cap(c.toks) > 1<<15 || cap(c.out) > 4096 {
		return // do not keep huge buffers alive
	}
	c.t, c.opt, c.ctx = "", nil, nil
	pool.Put(c)
}

func (c *checker) reset(text string, opt *Options, ctx context.Context) {
	c.t, c.opt, c.ctx, c.err = text, opt, ctx, nil
	c.en = opt.Lang == "en"
	c.toks = c.toks[:0]
	c.out = c.out[:0]
	c.classEnd = [nClasses]int{}
	c.capsEnd = 0
	c.sugDate = ""
	c.past.ok = false
	c.base = 0
	c.reqOwner, c.reqDate = false, false
	c.stats = workStats{}
}

// cancelled records and reports whether the caller's context is done.
func (c *checker) cancelled() bool {
	if c.err == nil && c.ctx != nil {
		c.err = c.ctx.Err()
	}
	return c.err != nil
}

// scan walks the window from byte from and records every token the rules
// need that starts before to; it returns where it stopped (at to, or at the
// end of a token that goes on past it).
func (c *checker) scan(from, to int) int {
	t := c.t
	next := from + 1<<16
	i := from
	for i < to {
		if i >= next {
			if c.cancelled() {
				return i
			}
			next = i + 1<<16
		}
		b := t[i]
		switch {
		case b >= '0' && b <= '9':
			i = c.scanNumber(i)
		case isLetter(b):
			i = c.scanWord(i)
		case b == '!' || b == '?':
			i = c.scanShout(i)
		case b == '@':
			if c.wanted(clsOwner) {
				c.add(tok{s: i, e: i + 1, kind: kLex, cls: clsOwner})
			}
			i++
		case b < utf8.RuneSelf:
			i++
		default:
			r, n := utf8.DecodeRuneInString(t[i:])
			if r == '！' || r == '？' {
				i = c.scanShout(i)
				continue
			}
			i = c.scanZh(i, r, n)
		}
	}
	return i
}

// wanted reports whether tokens of class cls matter for this kind of text:
// owners only in requests, vague quantities only in delivery standards.
func (c *checker) wanted(cls class) bool {
	switch cls {
	case clsOwner:
		return c.opt.Kind == Request
	case clsQty:
		return c.opt.Kind == Standard
	}
	return true
}

func (c *checker) add(k tok) {
	if len(c.toks) == cap(c.toks) {
		c.toks = grow(c.toks, 2*len(c.toks)+64)
	}
	c.toks = append(c.toks, k)
}

// trusted reports whether matches of class cls skip their context veto: in a
// Date field every time word is about time, so 近期 alone is vague.
func (c *checker) trusted(cls class) bool { return cls == clsVague && c.opt.Kind == Date }

func isLetter(b byte) bool { return b|0x20 >= 'a' && b|0x20 <= 'z' }
func isDigit(b byte) bool  { return b >= '0' && b <= '9' }
func isUpper(b byte) bool  { return b >= 'A' && b <= 'Z' }

// scanZh handles a non-ASCII rune at i: weekdays, Chinese-numeral durations
// and the lexicon.
func (c *checker) scanZh(i int, r rune, n int) int {
	if r >= 1<<16 || zhFirst[r>>6]&(1<<(r&63)) == 0 {
		return i + n // most characters start nothing; a bit test is cheaper than a map lookup
	}
	t := c.t
	switch r {
	case '周', '星', '礼':
		c.scanWeekdayZh(i, r)
	case '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '〇', '零':
		if strings.Contains(firstBytes(t[i:], 30), "月") {
			if k, ok := zhNumeralDate(t, i); ok {
				c.add(k)
				return k.e
			}
		}
		if k, ok := zhClock(t, i); ok {
			c.add(k)
			return k.e
		}
		if e := zhDuration(t, i); e > 0 {
			c.add(tok{s: i, e: e, kind: kLex, cls: clsAnchor})
		}
	case '两', '半':
		if k, ok := zhClock(t, i); ok {
			c.add(k)
			return k.e
		}
		if e := zhDuration(t, i); e > 0 {
			c.add(tok{s: i, e: e, kind: kLex, cls: clsAnchor})
		}
	}
	cands := zhLists[zhSlot[r]]
	if len(cands) == 0 {
		return i + n
	}
	var done [nClasses]bool
	for _, tm := range cands {
		if done[tm.cls] || c.classEnd[tm.cls] > i || !c.wanted(tm.cls) || !strings.HasPrefix(t[i:], tm.s) {
			continue
		}
		e := i + len(tm.s)
		if tm.ctx != nil && (!c.trusted(tm.cls) || tm.s == "待定") && !tm.ctx(t, i, e) { // a date field may say it is undecided
			continue
		}
		done[tm.cls] = true
		c.classEnd[tm.cls] = e
		c.add(tok{s: i, e: e, kind: kLex, cls: tm.cls})
	}
	return i + n
}

// zhFirst marks the BMP runes that can start something scanZh recognises.
var zhFirst = func() *[1 << 16 / 64]uint64 {
	var b [1 << 16 / 64]uint64
	set := func(r rune) { b[r>>6] |= 1 << (r & 63) }
	for r := range zhIndex {
		set(r)
	}
	for _, r := range "周星礼一二两三四五六七八九十半〇零" {
		set(r)
	}
	return &b
}()

var zhWeekdayNum = map[rune]int8{'一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '日': 0, '天': 0}

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

// scanShout records a run of ! ? ！ ？ when it reads as shouting.
func (c *checker) scanShout(i int) int {
	t := c.t
	j, n, full := i, 0, 0
	var first rune
	same := true
	for j < len(t) {
		r, w := utf8.DecodeRuneInString(t[j:])
		if r != '!' && r != '?' && r != '！' && r != '？' {
			break
		}
		if n == 0 {
			first = r
		} else if r != first {
			same = false
		}
		if w > 1 {
			full++
		}
		n++
		j += w
	}
	if n >= 3 || (n == 2 && full == 2 && same) {
		c.add(tok{s: i, e: j, kind: kShout})
	}
	return j
}

// readWord returns the end of the ASCII word starting at i (letters and
// inner apostrophes).
func readWord(t string, i int) int {
	j := i
	for j < len(t) {
		b := t[j]
		if isLetter(b) || (b == '\'' && j > i && j+1 < len(t) && isLetter(t[j+1])) {
			j++
			continue
		}
		break
	}
	return j
}

// skipSpace returns the index of the first non-space byte at or after i.
func skipSpace(t string, i int) int {
	for i < len(t) && (t[i] == ' ' || t[i] == '\t') {
		i++
	}
	return i
}

var enMonths = map[string]int{"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12}

var enWeekdays = map[string]int8{"sun": 0, "sunday": 0, "mon": 1, "monday": 1, "tue": 2, "tues": 2, "tuesday": 2, "wed": 3, "wednesday": 3, "thu": 4, "thur": 4, "thurs": 4, "thursday": 4, "fri": 5, "friday": 5, "sat": 6, "saturday": 6}

// scanWord handles an ASCII word at i: month names, weekdays, ALL-CAPS runs
// and the English lexicon.
func (c *checker) scanWord(i int) int {
	t := c.t
	e := readWord(t, i)
	if i > 0 && isDigit(t[i-1]) {
		return e // 2nd, 3pm leftovers, V2x: not words of their own
	}
	if e-i > 32 {
		return e
	}
	var buf [32]byte
	lw := lowerInto(&buf, t[i:e])
	capital := isUpper(t[i])

	if capital {
		if m, ok := enMonths[string(lw)]; ok {
			if k, end, ok := enMonthDate(t, i, e, m); ok {
				c.add(k)
				return end
			}
		}
	}
	if wd, ok := enWeekdays[string(lw)]; ok && (capital || len(lw) > 5) {
		k := tok{s: i, e: e, kind: kWeekday, wd: wd, ps: i}
		before := strings.TrimRight(t[:i], " ")
		for _, p := range [...]struct {
			w string
			p byte
		}{{"next", 'n'}, {"this", 't'}, {"last", 'l'}, {"every", 'e'}, {"coming", 't'}} {
			if hasSuffixFold(before, p.w) {
				k.prefix, k.ps = p.p, len(before)-len(p.w)
				break
			}
		}
		c.add(k)
	}
	if i >= c.capsEnd && allUpper(t[i:e]) && (e >= len(t) || !isDigit(t[e])) {
		c.scanCaps(i)
	}
	if ps, ok := enIndex[string(lw)]; ok {
		var done [nClasses]bool
		for _, p := range ps {
			if done[p.cls] || c.classEnd[p.cls] > i || !c.wanted(p.cls) {
				continue
			}
			end, ok := matchWords(t, e, p.words[1:])
			if !ok || (p.ctx != nil && !c.trusted(p.cls) && !p.ctx(t, i, end)) {
				continue
			}
			done[p.cls] = true
			c.classEnd[p.cls] = end
			c.add(tok{s: i, e: end, kind: kLex, cls: p.cls})
		}
	}
	return e
}

// lowerInto lower-cases an ASCII word into buf; callers index maps with
// string(result), which the compiler does without allocating.
func lowerInto(buf *[32]byte, w string) []byte {
	n := copy(buf[:], w)
	for k := 0; k < n; k++ {
		if isUpper(buf[k]) {
			buf[k] += 'a' - 'A'
		}
	}
	return buf[:n]
}

func allUpper(w string) bool {
	for k := 0; k < len(w); k++ {
		if !isUpper(w[k]) {
			return false
		}
	}
	return true
}

// matchWords matches the remaining words of a phrase after i, case-insensitively.
func matchWords(t string, i int, words []string) (int, bool) {
	for _, w := range words {
		j := skipSpace(t, i)
		if j == i {
			return 0, false
		}
		k := readWord(t, j)
		if !strings.EqualFold(t[j:k], w) {
			return 0, false
		}
		i = k
	}
	return i, true
}

// scanCaps records a run of ALL-CAPS words that is long enough to read as
// shouting; acronyms (API, PDF, ERP …) do not count.
func (c *checker) scanCaps(i int) {
	t := c.t
	j, end := i, i
	words, letters := 0, 0
	for {
		e := readWord(t, j)
		if e == j || !allUpper(t[j:e]) || (e < len(t) && (isDigit(t[e]) || t[e] == '\'')) || (j > 0 && isDigit(t[j-1])) {
			break
		}
		if !acronyms[t[j:e]] {
			words++
			letters += e - j
		}
		end = e
		k := skipSpace(t, e)
		if k > e && k < len(t) && isDigit(t[k]) {
			// a short number inside the run: "STOP ALL WORK ON LEVEL 5 IMMEDIATELY", "… FROM FRIDGE 2"
			d := k
			for d < len(t) && isDigit(t[d]) && d-k < 5 {
				d++
			}
			if d-k > 4 || d < len(t) && (isDigit(t[d]) || isLetter(t[d]) || t[d] == '.' && d+1 < len(t) && isDigit(t[d+1]) || t[d] == ':') {
				break
			}
			end = d
			k = skipSpace(t, d)
		}
		if k == end || k >= len(t) || !isLetter(t[k]) {
			break
		}
		j = k
	}
	c.capsEnd = end
	if words >= 3 && letters >= 9 {
		c.add(tok{s: i, e: end, kind: kCaps})
	}
}

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
		if !hasPrefixAny(t[k:], "楼", "会议室", "线", "门", "厅", "库", "机", "仓", "文件", "窗口", "产线", "生产线", "车间", "工位", "设备", "厂房", "柜", "箱", "床", "站台", "货架", "码头", "展位", "展台", "炉", "罐", "泵", "模具", "工序", "样品", "包", "桌", "楼梯", "电梯", "通道", "岗") && !hasPrefixAny(t[k:], numberedThings13...) { // round 13: 1号货梯, 3号教室
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

// zhSlot maps a BMP rune to its list of lexicon entries in zhLists (0: none);
// an array lookup is cheaper than a map lookup on every character.
var zhSlot, zhLists = func() (*[1 << 16]uint16, [][]term) {
	var slot [1 << 16]uint16
	lists := [][]term{nil}
	for r, ts := range zhIndex {
		if r < 1<<16 {
			slot[r] = uint16(len(lists))
			lists = append(lists, ts)
		}
	}
	return &slot, lists
}()

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
