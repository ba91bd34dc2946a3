// Package search is the pure part of full-text search: it cuts text into
// the terms the index keeps and a query into the terms it must find, and
// cuts a highlighted snippet out of a text.
//
// Chinese has no spaces, so a run of Han (or kana, hangul) characters is
// indexed as its overlapping bigrams: 合同审批 → 合同, 同审, 审批. A query of
// two or more such characters is found when all its bigrams are in the
// case, so a two-character word (报价) is one term and a four-character word
// four-ish. Latin letters and digits form words, lower-cased; a word that
// mixes letters and digits (v2, hp428) is indexed with its letter and
// digit parts too (v, 2), so that "2.0" finds "V2.0". A query word of two
// or more letters or digits also finds the words it begins (QueryTerms:
// budg → budget). The same terms go to SQLite and to PostgreSQL, so both
// find the same cases.
package search

import (
	"html"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxTermLen bounds a Latin word, so that a pasted blob makes no huge term.
const MaxTermLen = 64

// cjk reports whether r is written without spaces between words.
func cjk(r rune) bool {
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r)
}

// fold lower-cases r and turns full-width ASCII (ＡＢＣ１２３) into ASCII.
func fold(r rune) rune {
	if r >= 0xFF01 && r <= 0xFF5E {
		r -= 0xFEE0
	}
	return unicode.ToLower(r)
}

// Terms counts the index terms of text: its words, the letter and digit
// parts of a word that mixes them, and the bigrams of its Chinese.
func Terms(text string) map[string]int {
	out := map[string]int{}
	walk(text, true, func(t string) { out[t]++ })
	return out
}

// MinPrefix is the shortest query word that also finds the longer words it
// begins: a single letter or digit finds only itself, so that it never
// reads the terms of a whole letter.
const MinPrefix = 2

// Term is one term a query must find: exactly, or (Prefix) as the start of
// an indexed term.
type Term struct {
	Text   string
	Prefix bool
}

// QueryTerms is Query with each term marked: a word of at least MinPrefix
// letters or digits is a prefix; Chinese bigrams and single characters are
// found only whole.
func QueryTerms(q string) []Term {
	words := Query(q)
	out := make([]Term, len(words))
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		out[i] = Term{Text: w, Prefix: !cjk(r) && utf8.RuneCountInString(w) >= MinPrefix}
	}
	return out
}

// PrefixEnd returns the least string above every string that begins with
// p, in code point (UTF-8 byte) order: p with its last character
// incremented, so that term >= p AND term < PrefixEnd(p) is the prefix's
// range on an index.
func PrefixEnd(p string) string {
	r, size := utf8.DecodeLastRuneInString(p)
	if r == utf8.RuneError && size <= 1 {
		return p + "\U0010FFFF"
	}
	next := r + 1
	if next >= 0xD800 && next < 0xE000 {
		next = 0xE000
	}
	if next > unicode.MaxRune {
		return PrefixEnd(p[:len(p)-size]) // nothing follows U+10FFFF: end after the shorter prefix
	}
	return p[:len(p)-size] + string(next)
}

// Query returns the distinct terms a query must all find, in order. A lone
// Chinese character gives no term (the index holds pairs), so "单" alone
// finds nothing; it is ignored beside other terms.
func Query(q string) []string {
	seen := map[string]bool{}
	var out []string
	walk(q, false, func(t string) {
		if utf8.RuneCountInString(t) == 1 && cjk([]rune(t)[0]) {
			return
		}
		if !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	})
	return out
}

// walk calls emit with each term of text: bigrams of CJK runs (a run of
// one character is emitted alone, for Query to drop), words of letters and
// digits and, with parts, the letter and digit runs of a word that mixes
// them (v2 → v2, v, 2).
func walk(text string, parts bool, emit func(string)) {
	var word []rune
	var han []rune
	flushWord := func() {
		if len(word) > 0 {
			if len(word) > MaxTermLen {
				word = word[:MaxTermLen]
			}
			emit(string(word))
			if parts {
				from := 0
				for i := 1; i <= len(word); i++ {
					if i < len(word) && unicode.IsDigit(word[i]) == unicode.IsDigit(word[i-1]) {
						continue
					}
					if from > 0 || i < len(word) {
						emit(string(word[from:i]))
					}
					from = i
				}
			}
			word = word[:0]
		}
	}
	flushHan := func() {
		switch {
		case len(han) == 1:
			emit(string(han))
		case len(han) > 1:
			for i := 0; i+1 < len(han); i++ {
				emit(string(han[i : i+2]))
			}
		}
		han = han[:0]
	}
	for _, r := range text {
		r = fold(r)
		switch {
		case cjk(r):
			flushWord()
			han = append(han, r)
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			flushHan()
			word = append(word, r)
		default:
			flushWord()
			flushHan()
		}
	}
	flushWord()
	flushHan()
}

// Snippet cuts about width characters of text around the first place
// where the query (or, failing that, its first term) occurs, HTML-escaped,
// with the match in <mark>. ok is false when nothing matches.
func Snippet(text, query string, width int) (string, bool) {
	rs := []rune(text)
	folded := make([]rune, len(rs))
	for i, r := range rs {
		folded[i] = fold(r)
	}
	needles := []string{strings.TrimSpace(query)}
	needles = append(needles, Query(query)...)
	for _, n := range needles {
		nr := []rune(n)
		for i := range nr {
			nr[i] = fold(nr[i])
		}
		if len(nr) == 0 {
			continue
		}
		at := index(folded, nr)
		if at < 0 {
			continue
		}
		from := max(0, at-(width-len(nr))/2)
		to := min(len(rs), from+width)
		from = max(0, min(from, to-width))
		var b strings.Builder
		if from > 0 {
			b.WriteString("…")
		}
		b.WriteString(html.EscapeString(flat(rs[from:at])))
		b.WriteString("<mark>" + html.EscapeString(string(rs[at:at+len(nr)])) + "</mark>")
		b.WriteString(html.EscapeString(flat(rs[at+len(nr) : to])))
		if to < len(rs) {
			b.WriteString("…")
		}
		return b.String(), true
	}
	return "", false
}

// flat turns line breaks into spaces, for a one-line snippet.
func flat(rs []rune) string {
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' || r == '\t' {
			return ' '
		}
		return r
	}, string(rs))
}

func index(hay, needle []rune) int {
outer:
	for i := 0; i+len(needle) <= len(hay); i++ {
		for j, r := range needle {
			if hay[i+j] != r {
				continue outer
			}
		}
		return i
	}
	return -1
}
