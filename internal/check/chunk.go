package check

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// The checker reads a long text in pieces (issue 20): every rule, scanner
// and index works on a window of at most chunkBytes + 2·marginBytes bytes,
// never on the whole text. The time of a call is then the number of windows,
// which grows linearly with the length, times the cost of one window, which
// does not grow with it, whatever a rule does inside its window; and the
// working set (the window, its tokens, clauses and quotations) stays the
// same size, so a long text does not fall out of the processor's caches.
//
// A piece ends after a line break where there is one in its second half, so
// that ordinary text is read exactly as a whole (quotations, clauses and
// sentences all end at a line break); otherwise after a sentence's end in its
// last marginBytes; only a line of more than chunkBytes with no sentence end
// near the piece's end is cut anywhere.
//
// The fixed costs of a piece (its margins, read twice, and the search for
// where to cut) are a small share of it: with pieces of 64 KiB and margins
// of 1 KiB, a million characters are read as 1.03 million, where pieces of
// 16 KiB made it 1.12 million and a text of 10,000 characters, read whole
// without any, looked cheaper per byte than the longer ones (issue 20).
// The margins let the rules read the words around a token (they look at
// most a sentence away); a token that starts in a piece is always read whole.

// chunkBytes is the size of a piece, and marginBytes how far on either side
// of it the rules may read. Variables, so that tests can compare the pieces
// with the whole.
var (
	chunkBytes  = 64 << 10
	marginBytes = 1 << 10
)

// workStats counts what a call did, for the test that proves the cost linear.
type workStats struct {
	windows     int // windows read
	windowBytes int // their total size in bytes
	maxWindow   int // the largest window
}

// cut returns where the piece that starts at lo ends.
func cut(t string, lo int) int {
	if len(t)-lo <= chunkBytes {
		return len(t)
	}
	hi := lo + chunkBytes
	half := lo + chunkBytes/2
	if i := strings.LastIndexByte(t[half:hi], '\n'); i >= 0 {
		return half + i + 1
	}
	// Sentence marks are looked for byte by byte: only near the end, so
	// that a text without any is not read once more.
	near := max(half, hi-marginBytes)
	if i := afterLastMark(t[near:hi], false); i > 0 {
		return near + i
	}
	for hi > lo+1 && !utf8.RuneStart(t[hi]) {
		hi--
	}
	return hi
}

// run checks text piece by piece. It stops early once the findings returned
// are known: MaxFindings of them lie before the next piece (later pieces
// only find what sorts after) and, in a request, an owner and a date have
// been seen (the request rules read the whole text).
func (c *checker) run(text string) {
	full := false
	for lo := 0; lo < len(text); {
		if c.cancelled() {
			return
		}
		hi := cut(text, lo)
		wlo, whi := max(0, lo-marginBytes), min(len(text), hi+marginBytes)
		c.window(text[wlo:whi], wlo)
		end := wlo + c.scan(lo-wlo, hi-wlo)
		if c.err != nil {
			return
		}
		c.judgeSentences(lo-wlo, max(end, hi)-wlo) // issue 17: rudeness judged per sentence
		if !full {
			mark := len(c.out)
			c.apply()
			for i := mark; i < len(c.out); i++ {
				c.out[i].s += wlo
				c.out[i].e += wlo
			}
		}
		c.requestFlags()
		lo = max(end, hi)
		full = c.keepFirst(lo)
		if full && (c.opt.Kind != Request || (c.reqOwner && c.reqDate)) {
			break
		}
	}
	if c.err == nil && c.opt.Kind == Request {
		c.t = text
		c.request()
	}
}

// window makes w, which starts at byte base of the text, the text the rules
// read, resetting what belongs to a piece and moving the positions the
// scanner keeps to w's coordinates.
func (c *checker) window(w string, base int) {
	shift := base - c.base
	c.t, c.base = w, base
	for i := range c.classEnd {
		c.classEnd[i] -= shift
	}
	c.capsEnd -= shift
	c.toks = c.toks[:0]
	c.past.ok = false
	c.stats.windows++
	c.stats.windowBytes += len(w)
	c.stats.maxWindow = max(c.stats.maxWindow, len(w))
}

// keepFirst keeps only the first MaxFindings findings (no later piece can
// find one that sorts before them) and reports whether MaxFindings findings
// start before next, where the next piece starts.
func (c *checker) keepFirst(next int) bool {
	if len(c.out) < MaxFindings {
		return false
	}
	slices.SortStableFunc(c.out, byPosition)
	c.out = c.out[:MaxFindings]
	return c.out[MaxFindings-1].s < next
}

func byPosition(a, b rawFinding) int {
	if a.s != b.s {
		return a.s - b.s
	}
	return a.e - b.e
}

// markAt reports the sentence mark (。！？!?；;, a line break) or, with
// commas, the clause mark (，,) that ends at byte i of t, and its length. It
// reads bytes, not runes: in valid UTF-8 a mark's bytes are that mark.
func markAt(t string, i int, commas bool) (rune, int) {
	switch x := t[i]; x {
	case '!', '?', ';', '\n':
		return rune(x), 1
	case ',':
		if commas {
			return ',', 1
		}
	case 0x82: // 。 E3 80 82
		if i >= 2 && t[i-2] == 0xE3 && t[i-1] == 0x80 {
			return '。', 3
		}
	case 0x81, 0x9F, 0x9B, 0x8C: // ！ ？ ； ， EF BC xx
		if i >= 2 && t[i-2] == 0xEF && t[i-1] == 0xBC && (x != 0x8C || commas) {
			return rune(0xFF00 + int(x) - 0x80), 3
		}
	}
	return 0, 0
}

// afterLastMark is where the text after the last mark of s begins (0 when
// s holds none): strings.LastIndexAny for the marks, without decoding runes.
func afterLastMark(s string, commas bool) int {
	for i := len(s) - 1; i >= 0; i-- {
		if _, n := markAt(s, i, commas); n > 0 {
			return i + 1
		}
	}
	return 0
}

// firstMark is the index of the first mark in s and the mark, or -1.
func firstMark(s string, commas bool) (int, rune) {
	for i := 0; i < len(s); i++ {
		if r, n := markAt(s, i, commas); n > 0 {
			return i + 1 - n, r
		}
	}
	return -1, 0
}
