package check

import (
	"strings"
	"unicode/utf8"
)

// String helpers the rules share: prefixes and suffixes (any of several,
// with or without ASCII case), runes and bytes cut at a boundary, whole
// words, and the clause or sentence around a match.

func hasAny(s string, ws ...string) bool {
	for _, w := range ws {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

func hasPrefixAny(s string, ps ...string) bool {
	for _, p := range ps {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

func hasSuffixAny(s string, ps ...string) bool {
	if s == "" {
		return false
	}
	last := s[len(s)-1]
	for _, p := range ps {
		// The last byte first: it tells most suffixes apart without a call.
		if len(p) <= len(s) && (p == "" || p[len(p)-1] == last) && s[len(s)-len(p):] == p {
			return true
		}
	}
	return false
}

func hasPrefixFold(s string, ps ...string) bool {
	for _, p := range ps {
		if len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) {
			return true
		}
	}
	return false
}

// hasSuffixFold is a case-insensitive suffix test that also requires a word
// boundary before the suffix.
func hasSuffixFold(s string, ps ...string) bool {
	for _, p := range ps {
		// The last bytes first (a cheap test that rejects almost every call).
		if len(s) >= len(p) && len(p) > 0 && s[len(s)-1]|0x20 == p[len(p)-1]|0x20 && strings.EqualFold(s[len(s)-len(p):], p) &&
			(len(s) == len(p) || !isLetter(s[len(s)-len(p)-1])) {
			return true
		}
	}
	return false
}

// containsFold is a case-insensitive strings.Contains for an ASCII sub.
func containsFold(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

// containsWord reports whether w occurs in s as a whole word.
func containsWord(s, w string) bool {
	for off := 0; ; {
		i := strings.Index(s[off:], w)
		if i < 0 {
			return false
		}
		a, b := off+i, off+i+len(w)
		if (a == 0 || !isLetter(s[a-1])) && (b == len(s) || !isLetter(s[b])) {
			return true
		}
		off = b
	}
}

// foldIn reports whether w is one of ws, ignoring ASCII case, without
// allocating.
func foldIn(w string, ws []string) bool {
	for _, x := range ws {
		if len(x) == len(w) && strings.EqualFold(x, w) {
			return true
		}
	}
	return false
}

// lowerIfNeeded is s in lower case, allocating only when s has an ASCII
// capital (most words of a clause have none: the index stays cheap).
func lowerIfNeeded(s string) string {
	for i := 0; i < len(s); i++ {
		if isUpper(s[i]) {
			return strings.ToLower(s)
		}
	}
	return s
}

// firstBytes returns at most n bytes of s (possibly cutting a rune: callers
// only search it for whole runes).
func firstBytes(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// lastBytes returns at most n bytes before the end of s, cut on a rune boundary.
func lastBytes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := len(s) - n
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return s[i:]
}

// firstRunes returns the first n runes of s.
func firstRunes(s string, n int) string {
	i := 0
	for ; n > 0 && i < len(s); n-- {
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
	}
	return s[:i]
}

// lastRunesN is the last n runes of s.
func lastRunesN(s string, n int) string {
	i := len(s)
	for ; n > 0 && i > 0; n-- {
		i--
		for i > 0 && s[i]&0xC0 == 0x80 {
			i--
		}
	}
	return s[i:]
}

func firstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}

func lastRune(s string) rune {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] < 0x80 || s[i] >= 0xC0 {
			return []rune(s[i:])[0]
		}
	}
	return 0
}

func isSpaceRune(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '　'
}

// lastWordOf is the last run of ASCII letters of s.
func lastWordOf(s string) string {
	i := len(s)
	for i > 0 && isLetter(s[i-1]) {
		i--
	}
	return s[i:]
}

// lowerRest reports whether every letter of w after the first is lower case.
func lowerRest(w string) bool {
	for k := 1; k < len(w); k++ {
		if !isLetter(w[k]) || isUpper(w[k]) {
			return false
		}
	}
	return true
}

// sentenceAround is the sentence around [s, e): at most 90 bytes before and
// 30 characters after, cut at the sentence's ends. It is a slice of t, not a
// copy: a text of a million targets would otherwise allocate for each one.
func sentenceAround(t string, s, e int) string {
	a := firstRunes(t[e:], 30)
	if i := strings.IndexAny(a, "。！？!?；;\n"); i >= 0 {
		a = a[:i]
	}
	return t[s-len(sentenceBefore(t, s)) : e+len(a)]
}

// restOfSentence is the text after e up to the end of its sentence (at most
// 30 characters) and the mark that ends it (0 when none is near).
func restOfSentence(t string, e int) (string, rune) {
	i := e
	for n := 0; n < 30 && i < len(t); n++ {
		b := t[i]
		switch {
		case b == '!' || b == '?' || b == ';' || b == '\n':
			return t[e:i], rune(b)
		case b < utf8.RuneSelf:
			i++
		case b == 0xE3 && i+2 < len(t) && t[i+1] == 0x80 && t[i+2] == 0x82:
			return t[e:i], '。'
		case b == 0xEF && i+2 < len(t) && t[i+1] == 0xBC && (t[i+2] == 0x81 || t[i+2] == 0x9F || t[i+2] == 0x9B):
			r, _ := utf8.DecodeRuneInString(t[i:])
			return t[e:i], r
		default:
			_, w := utf8.DecodeRuneInString(t[i:])
			i += w
		}
	}
	return t[e:i], 0
}

// sentenceBefore is the text of the sentence before s (at most 90 bytes).
func sentenceBefore(t string, s int) string {
	b := lastBytes(t[:s], 90)
	return b[afterLastMark(b, false):]
}

// clauseBefore is the text of the clause before s (at most 60 bytes).
func clauseBefore(t string, s int) string {
	b := lastBytes(t[:s], 60)
	return b[afterLastMark(b, true):]
}

// clauseAfter is the text of the clause after e (at most 60 bytes) and the
// mark that ends it (0 when none is near).
func clauseAfter(t string, e int) (string, rune) {
	a := firstRunes(t[e:], 20)
	if i, r := firstMark(a, true); i >= 0 {
		return a[:i], r
	}
	return a, 0
}
