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
		after int // where the last of pastAfterMarkers starts in it, or -1
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
			if r == '＠' && c.wanted(clsOwner) {
				c.add(tok{s: i, e: i + n, kind: kLex, cls: clsOwner}) // round 38 (h17av): the full-width mention, ＠后勤 黄磊：…
			}
			if r >= 'Ａ' && r <= 'Ｚ' {
				c.scanWideCaps(i)
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
		if tm.s == "待定" && c.opt.Kind == Request {
			continue // round 33 (h17aq): a request's 完成时间：待定 is its missing date, which request-no-date reports (three sets label it so)
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
