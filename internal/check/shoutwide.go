package check

import (
	"strings"
	"unicode/utf8"
)

// wideShout are the words that shout when typed in full-width capitals
// among Chinese (round 30, h17an: "ＷＨＹ又是这个网点？？？"). Full-width
// capitals are otherwise codes and names (ＥＲＰ, ＫＦＣ, ＡＢＣ区), so only
// these count.
var wideShout = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`WHY WHAT STOP NOW NEVER URGENT`) {
		m[w] = true
	}
	return m
}()

// scanWideCaps reads a run of full-width capitals (Ａ…Ｚ) at i and records it
// as shouting when, folded to ASCII, it is one of wideShout and no
// full-width or ASCII letter runs on at either side. Only the run's first
// letter reads it; the scan goes on letter by letter as before.
func (c *checker) scanWideCaps(i int) {
	t := c.t
	var buf [16]byte
	n, j := 0, i
	for j < len(t) {
		r, w := utf8.DecodeRuneInString(t[j:])
		if r < 'Ａ' || r > 'Ｚ' {
			if r >= 'ａ' && r <= 'ｚ' || r < utf8.RuneSelf && isLetter(byte(r)) {
				return
			}
			break
		}
		if n == len(buf) {
			return
		}
		buf[n] = byte(r - 'Ａ' + 'A')
		n++
		j += w
	}
	if i > 0 {
		if r, _ := utf8.DecodeLastRuneInString(t[:i]); r >= 'Ａ' && r <= 'Ｚ' || r >= 'ａ' && r <= 'ｚ' || r < utf8.RuneSelf && isLetter(byte(r)) {
			return
		}
	}
	if wideShout[string(buf[:n])] && !insideReportedQuote(t, i) {
		c.add(tok{s: i, e: j, kind: kCaps})
	}
}
