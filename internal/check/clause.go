package check

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// span is a byte range of the text.
type span struct{ s, e int }

// clause is a stretch of a sentence between commas, dashes or the sentence's ends.
type clause struct {
	s, e   int
	sent   int32 // sentence number
	seq    int32 // clause number in the text, counting clauses without tokens too
	anchor bool  // holds a concrete time
	due    bool  // holds a deadline: a time with 前, 最晚, by …
	short  bool  // at most shortClause characters: "最晚周五,"
}

// shortClause is the length (in characters) up to which a clause made of a
// deadline ("12月4日前,") lends its date to the clause after it.
const shortClause = 10

// textIndex is the structure the rules read the text by, computed once and
// in linear time: quotations, clauses and the clause of every token.
type textIndex struct {
	quotes  []span
	open    []span // pending opening marks while indexing (the buffer, reused by the next window)
	clauses []clause
	later   []bool  // later[i]: a later clause of the same sentence holds a concrete time
	laterO  []bool  // the same for a vague word whose actor is not the writer: the writer's own clauses do not count (round 9)
	tokCl   []int32 // clause of each token
}

// index builds c.text from c.t and c.toks (which it sorts by start).
func (c *checker) index() {
	byStart := func(a, b tok) int { return a.s - b.s }
	if !slices.IsSortedFunc(c.toks, byStart) { // the scan finds them in order
		slices.SortStableFunc(c.toks, byStart)
	}
	x := &c.text
	x.quotes = x.quotes[:0]
	x.clauses = x.clauses[:0]
	t := c.t
	open := x.open[:0] // pending opening marks: s = position, e = the closing rune
	defer func() { x.open = open[:0] }()
	inASCII := -1
	inSingle := -1 // an ASCII single quote that opened a quotation ('ASAP'), not an apostrophe
	// Only clauses that hold a token are kept (a text of "!?!?…" has a
	// million clauses and no token); tokens get their clause on the way.
	x.tokCl = grow(x.tokCl[:0], len(c.toks))[:len(c.toks)]
	var sent, seq int32
	cs, ti := 0, 0
	endClause := func(e int, endsSentence bool) {
		if e > cs {
			if ti < len(c.toks) && c.toks[ti].s < e {
				short := e-cs <= shortClause*4 && utf8.RuneCountInString(t[cs:e]) <= shortClause
				if len(x.clauses) == cap(x.clauses) {
					x.clauses = grow(x.clauses, 2*len(x.clauses)+16)
				}
				x.clauses = append(x.clauses, clause{s: cs, e: e, sent: sent, seq: seq, short: short})
				for ; ti < len(c.toks) && c.toks[ti].s < e; ti++ {
					x.tokCl[ti] = int32(len(x.clauses) - 1)
				}
			}
			seq++
		}
		cs = e
		if endsSentence {
			sent++
		}
	}
	for i := 0; i < len(t); {
		// Only ASCII marks and runes that start with E2, E3 or EF (“”—…,
		// 。「」《》, ！？；，) matter: skip the rest without decoding.
		b := t[i]
		var r rune
		n := 1
		switch {
		case b < utf8.RuneSelf:
			r = rune(b)
		case b == 0xE2 || b == 0xE3 || b == 0xEF:
			r, n = utf8.DecodeRuneInString(t[i:])
		default:
			switch {
			case b >= 0xF0:
				n = 4
			case b >= 0xE0:
				n = 3
			case b >= 0xC0:
				n = 2
			}
			i += min(n, len(t)-i)
			continue
		}
		switch r {
		case '“', '「', '『', '《', '‘':
			if len(open) < 64 {
				open = append(open, span{i, int(closing[r])})
			}
		case '”', '」', '』', '》', '’':
			for k := len(open) - 1; k >= 0; k-- {
				if rune(open[k].e) == r {
					x.quotes = append(x.quotes, span{open[k].s, i + n})
					open = open[:k]
					break
				}
			}
		case '"':
			if inASCII >= 0 {
				x.quotes = append(x.quotes, span{inASCII, i + 1})
				inASCII = -1
			} else {
				inASCII = i
			}
		case '\'':
			// round 9: 'ASAP' quoted with ASCII single quotes; an
			// apostrophe (I'm, customers' order) has a letter before it
			before := i > 0 && (isLetter(t[i-1]) || isDigit(t[i-1]))
			after := i+1 < len(t) && (isLetter(t[i+1]) || isDigit(t[i+1]))
			if inSingle >= 0 && !after && i-inSingle <= 80 && t[i-1] != ' ' {
				x.quotes = append(x.quotes, span{inSingle, i + 1})
				inSingle = -1
			} else if !before && after {
				inSingle = i
			}
		case '\n':
			inASCII = -1
			inSingle = -1
			open = open[:0]
			endClause(i, true)
			cs = i + 1
		case '。', '！', '？', '；', '!', '?', ';':
			endClause(i+n, true)
		case '.':
			if i+1 == len(t) || t[i+1] == ' ' || t[i+1] == '\n' {
				endClause(i+1, true)
			}
		case '，', ',', '—', '–', '…':
			endClause(i+n, false)
		case '-':
			if i > 0 && t[i-1] == ' ' && i+1 < len(t) && t[i+1] == ' ' {
				endClause(i+1, false) // round 11: a spaced hyphen is a dash ("ASAP - payroll runs on Monday")
			}
		}
		i += n
	}
	endClause(len(t), true)
	slices.SortFunc(x.quotes, func(a, b span) int { return a.s - b.s })

	c.markAttrib()
	for i := range c.toks {
		k := &c.toks[i]
		if !k.isAnchor() || k.objDay || len(x.clauses) == 0 {
			continue
		}
		cl := &x.clauses[x.tokCl[i]]
		start := k.s
		if k.kind == kWeekday {
			start = k.ps
		}
		if pastLead(t[max(cl.s, start-40):start]) || pastTail(t[k.e:max(k.e, cl.e)]) {
			continue // "已于周一到货", "was made on Nov 19", 今天上午已经掉线四次了: a fact, not a plan
		}
		cl.anchor = true
		if !cl.due && (deadlineBefore(t[:start]) || c.dueAfter(k.e)) {
			cl.due = true
		}
	}
	x.later = slices.Grow(x.later[:0], len(x.clauses))[:len(x.clauses)]
	x.laterO = slices.Grow(x.laterO[:0], len(x.clauses))[:len(x.clauses)]
	for i := len(x.clauses) - 1; i >= 0; i-- {
		x.later[i], x.laterO[i] = false, false
		if i+1 >= len(x.clauses) || x.clauses[i+1].sent != x.clauses[i].sent {
			continue
		}
		// a clause that starts a statement of its own — someone else's
		// action, an event's date, a condition — ends what bounds the vague
		// word (round 9); so does, for a request to the reader, a clause about
		// the writer's own doings. Token-less clauses in between count too.
		next := x.clauses[i+1]
		gapAll, gapWriter := gapBreaks(t, x.clauses[i].e, next.s)
		if gapAll || statementBreak(t, next) {
			continue
		}
		own := next.anchor && !readersOwnTime(t, next) && !nowReason(t, next)
		x.later[i] = own || x.later[i+1]
		if !gapWriter && !writerClause(t, next) {
			x.laterO[i] = own || x.laterO[i+1]
		}
	}
}

var closing = map[rune]rune{'“': '”', '「': '」', '『': '』', '《': '》', '‘': '’'}

// quoted reports whether t[s:e] stands inside quotation marks or a title:
// someone else's words, a name or a word being discussed.
func (c *checker) quoted(s, e int) bool {
	q := c.text.quotes
	// The innermost quote that starts before s is among those sorted before it.
	i := sort.Search(len(q), func(i int) bool { return q[i].s >= s })
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		if q[j].s < s && q[j].e >= e {
			return true
		}
	}
	return false
}

// anchoredAt reports whether the vague word that is token i is made concrete
// by a time in its own clause, in a later clause of its sentence ("尽快处理,
// 最晚12月4日前"), or in a short clause just before ("12月4日前,请尽快…").
// A date in another clause of its own ("会议定于12月9日,链接稍后发") does not count.
func (c *checker) anchoredAt(i int) bool {
	x := &c.text
	if len(x.clauses) == 0 {
		return false
	}
	ci := x.tokCl[i]
	cl := x.clauses[ci]
	if cl.anchor {
		return !immediateThenVague(c.t, cl.s, c.toks[i].s, cl.e)
	}
	if x.later[ci] && (x.laterO[ci] || !asksOthers(c.t, cl.s, c.toks[i].s)) {
		return true // asksOthers only matters where the two differ
	}
	if ci > 0 {
		p := x.clauses[ci-1]
		return p.seq == cl.seq-1 && p.sent == cl.sent && p.short && p.due
	}
	return false
}

// sentenceEnd returns the end of the sentence around position e.
func (c *checker) sentenceEnd(e int) int {
	t := c.t
	b := e
	for b < len(t) {
		r, n := utf8.DecodeRuneInString(t[b:])
		if r == '。' || r == '\n' || r == '；' || r == '!' || r == '?' || r == '！' || r == '？' || r == ';' {
			return b + n
		}
		b += n
	}
	return b
}

// pastLead reports whether the words before a time say it is past.
func pastLead(s string) bool {
	if strings.Contains(s, "已") {
		return true
	}
	if !strings.Contains(s, "s ") && !strings.Contains(s, "d ") {
		return false // every English marker ends so
	}
	for _, m := range []string{"was ", "were ", "had ", "did ", "shipped ", "signed ", "sent "} {
		if containsFold(s, m) {
			return true
		}
	}
	return false
}

// pastTail reports whether the words after a time in its clause say what
// has already happened then (round 37, h17au: 麻烦线路供应商尽快修复，今天上午
// 已经掉线四次了): 已经 or 已 right after it, or 已经 and a closing 了.
func pastTail(a string) bool {
	a = strings.TrimRight(a, "，,。！!？? ")
	return hasPrefixAny(a, "已经", "已", "都已经", "就已经") || strings.Contains(a, "已经") && strings.HasSuffix(a, "了")
}

// dueAfter reports whether a deadline word follows a time ending at e.
func (c *checker) dueAfter(e int) bool {
	rest := strings.TrimLeft(c.t[e:], " )）")
	if hasPrefixAny(rest, "前后", "之前后") {
		return false // around the date (round 9)
	}
	return hasPrefixAny(rest, "前", "之前", "以前", "为止", "截止", "内", "以内", "之内", "下班前", "中午前") || hasPrefixFold(rest, "at the latest")
}

// grow returns s with room for n elements, at least doubling: large texts
// then copy their slices a few times, not dozens.
func grow[T any](s []T, n int) []T {
	if cap(s) >= n {
		return s
	}
	return slices.Grow(s, max(n, 2*cap(s))-len(s))
}

// immediateThenVague reports whether the clause's only anchor is 立即/立刻/
// 马上 on a first act and the vague word times a second act joined by 并/再
// (应立即隔离并尽快上报; round 19): 立即 times 隔离, not 上报. A clause with a
// figure (立即隔离并于12月3日前上报) keeps its anchor.
func immediateThenVague(t string, cs, s, ce int) bool {
	if s-cs > 90 || ce-s > 120 || !hasSuffixAny(t[cs:s], "并", "再", "然后", "同时", "随后") {
		return false
	}
	b := t[cs:ce]
	if strings.ContainsAny(b, "0123456789０１２３４５６７８９") || hasAny(b, "今天", "明天", "本周", "下周", "月", "日", "号", "点") {
		return false
	}
	return hasAny(b, "立即", "立刻", "马上", "即刻")
}
