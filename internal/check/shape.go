package check

import (
	"regexp"
	"slices"
	"strings"
)

// Rudeness by sentence shape: the machinery. The judge of rudesentence.go
// needs a cue from its phrase lists; shapes find rudeness that uses no
// listed word by how the sentence is built. A shape is a pattern over one
// sentence (RE2: linear in its length) and the cue words it cannot match
// without; every cue gets a number per language, a sentence's scan sets the
// bit of each cue it holds, and a shape is tried only when the bit of one of
// its cues is set — which keeps clean text fast. Shapes run only on
// sentences with no softener near them (请, 麻烦, 您, 谢谢 …; please, thanks,
// could you …), which the caller has checked, except the strong ones. The
// shapes themselves are in shapes_zh.go and shapes_en.go.

// shape is one pattern and the words it cannot match without.
type shape struct {
	cues []string
	ids  []uint16 // the cues' numbers (numberCues)
	re   *regexp.Regexp
}

func zhs(re string, cues ...string) shape { return shape{cues: cues, re: regexp.MustCompile(re)} }
func ens(re string, cues ...string) shape {
	return shape{cues: cues, re: regexp.MustCompile(`(?i)` + re)}
}

// firstShape is the span from the first to the end of the last match of
// the shapes one of whose cues the sentence s holds, or nil.
func firstShape(shapes []shape, s string, cues *cueSet) []int {
	var span []int
	for _, sh := range shapes {
		if !cues.any(sh.ids) {
			continue
		}
		for _, m := range sh.re.FindAllStringIndex(s, -1) {
			if span == nil {
				span = []int{m[0], m[1]}
			}
			span[0], span[1] = min(span[0], m[0]), max(span[1], m[1])
		}
	}
	return span
}

// Every cue gets a number, per language; a sentence's scan (scanSentence)
// sets the bit of each cue it holds, and a shape is tried only when the
// bit of one of its cues is set — which keeps clean text fast.
var (
	strongZhCues = []string{"不想再", "弄谁", "骗谁", "悠谁", "蒙谁", "真有你", "找我", "黄花菜", "大忙人", "贵人", "反省", "动动", "脑子", "懂行", "懂的", "明白人", "能做主", "有点", "拿出点", "长点"}
	strongEnCues = []string{"thank", "you people", "tell me", "bothering", "i guess", "on earth", "the hell", "in the world", "how could"}
	praiseCues   = []string{"fantastic", "brilliant", "great", "excellent", "amazing", "stellar", "superb", "awesome", "outstanding", "wonderful"}

	zhShapes = slices.Concat(zhShapes4, zhShapes5, zhShapes9, zhStrong9, zhShapes10, zhShapes10b, zhShapes11, zhStrong11, zhShapes12, zhStrong12, zhShapes13, zhStrong13, zhShapes15, zhStrong15, zhShapes16, zhShapes17, zhShapes18, zhShapes19, zhShapes20, zhShapes24, zhShapes25, zhShapes31, zhShapes32, zhShapes37) // shapes_zh.go, shapes_en.go
	enShapes = slices.Concat(enShapes4, enShapes5, enShapes9, enStrong9, enShapes10, enShapes11, enStrong11, enShapes12, enShapes13, enStrong13, enShapes15, enStrong15, enShapes16, enShapes17, enShapes18, enShapes19, enShapes20, enShapes31, enShapes32, enShapes37)                                                  // and rudesarcasm.go

	cueZh, shapeCuesZh = numberCues(zhShapes, strongZhCues)
	cueEn, shapeCuesEn = numberCues(enShapes, strongEnCues, praiseCues)
)

// cueSet holds one bit per cue of a language.
type cueSet [16]uint64

func (c *cueSet) set(id uint16)      { c[id>>6] |= 1 << (id & 63) }
func (c *cueSet) has(id uint16) bool { return c[id>>6]&(1<<(id&63)) != 0 }

func (c *cueSet) any(ids []uint16) bool {
	for _, id := range ids {
		if c.has(id) {
			return true
		}
	}
	return false
}

// numberCues numbers the cues of the shapes (filling their ids) and of the
// extra lists, and returns the numbers and the cue words in number order.
func numberCues(shapes []shape, extra ...[]string) (map[string]uint16, []string) {
	ids := map[string]uint16{}
	var words []string
	id := func(w string) uint16 {
		w = strings.ToLower(w)
		if n, ok := ids[w]; ok {
			return n
		}
		if len(words) >= len(cueSet{})*64 {
			panic("check: too many shape cues")
		}
		ids[w] = uint16(len(words))
		words = append(words, w)
		return ids[w]
	}
	for i := range shapes {
		for _, c := range shapes[i].cues {
			shapes[i].ids = append(shapes[i].ids, id(c))
		}
	}
	for _, l := range extra {
		for _, c := range l {
			id(c)
		}
	}
	return ids, words
}

// cueIDs are the numbers of the words of l.
func cueIDs(m map[string]uint16, l []string) []uint16 {
	var out []uint16
	for _, w := range l {
		out = append(out, m[strings.ToLower(w)])
	}
	return out
}

var (
	strongZhIDs = cueIDs(cueZh, strongZhCues)
	strongEnIDs = cueIDs(cueEn, strongEnCues)
	praiseIDs   = cueIDs(cueEn, praiseCues)

	// the round-9 strong shapes with their cues' numbers (shapes_zh.go, shapes_en.go)
	zhStrong9N  = numbered(zhStrong9, cueZh)
	enStrong9N  = numbered(slices.Concat(enStrong9, enStrong11, enStrong13, enStrong15), cueEn)  // and rounds 11, 13 and 15
	zhStrong11N = numbered(slices.Concat(zhStrong11, zhStrong12, zhStrong13, zhStrong15), cueZh) // and rounds 12, 13 and 15
)

// numbered returns copies of shapes with the numbers of their cues.
func numbered(shapes []shape, m map[string]uint16) []shape {
	out := slices.Clone(shapes)
	for i := range out {
		out[i].ids = cueIDs(m, out[i].cues)
	}
	return out
}

// shapeRude reports the span of the rude shape in the sentence t[s:e], or
// ok false. The caller has made sure no softener is near.
func shapeRude(t string, s, e int, english bool, cues *cueSet) (int, int, bool) {
	sent := t[s:e]
	if !english {
		if m := firstShape(zhShapes, sent, cues); m != nil && !insideReportedQuote(t, s+m[0]) {
			a, b := clauseSpan(sent, m[0], m[1])
			return s + a, s + b, true
		}
		return 0, 0, false
	}
	if m := firstShape(enShapes, sent, cues); m != nil && !insideReportedQuote(t, s+m[0]) { // round 33 (h17aq): the daughter wrote, "… your staff are useless."
		// the whole sentence: "Let's try this one more time, and slowly."
		a, b := clauseSpan(sent, 0, len(sent))
		return s + a, s + b, true
	}
	// a bare "Fantastic work." right after a failure is sarcasm
	if cues.any(praiseIDs) && enPraise.MatchString(strings.TrimSpace(sent)) {
		prev := strings.ToLower(lastBytes(t[:s], 120))
		if hasAny(prev, "again", "another", "before we do", "missed", "broke", "lost", "failed", "down", "so now") {
			k := s + (len(sent) - len(strings.TrimLeft(sent, " \n")))
			return k, e, true
		}
	}
	return 0, 0, false
}

// clauseSpan widens [a, b) of sent to the clauses it touches (up to ，,：;
// and the sentence mark), leaving out the closing mark.
func clauseSpan(sent string, a, b int) (int, int) {
	for a > 0 {
		r := lastRune(sent[:a])
		if strings.ContainsRune("，,：:；;。！!？?\n", r) {
			break
		}
		a -= len(string(r))
	}
	for a < b && (sent[a] == ' ' || sent[a] == '\n') {
		a++
	}
	for b < len(sent) {
		r := firstRune(sent[b:])
		if strings.ContainsRune("，,：:；;。！!？?\n", r) {
			break
		}
		b += len(string(r))
	}
	for b > a {
		r := lastRune(sent[:b])
		if !strings.ContainsRune("，,：:；;。！!？?\n ", r) {
			break
		}
		b -= len(string(r))
	}
	return a, b
}

// strongRudeBefore reports the span of a strong shape in the sentence
// t[s:e] whose softener is at k: a Chinese one before the softener, an
// English one anywhere (the sarcastic thanks is its own softener).
func strongRudeBefore(t string, s, k, e int, f *features) (int, int, bool) {
	if f.han && f.zhCues.any(strongZhIDs) {
		if strings.HasPrefix(t[k:], "您") || hasAny(t[s:e], "反省", "动动", "脑子", "懂行", "明白人", "有点", "拿出点", "长点") { // sarcasm speaks with 您: 您可真是大忙人; 请你们好好反省
			k = e
		}
		if m := zhStrong.FindStringIndex(t[s:k]); m != nil {
			a, b := clauseSpan(t[s:k], m[0], m[1])
			return s + a, s + b, true
		}
	}
	if f.han {
		if m := firstShape(zhStrong9N, t[s:k], &f.zhCues); m != nil {
			a, b := clauseSpan(t[s:k], m[0], m[1])
			return s + a, s + b, true
		}
	}
	if f.han { // round 11: the softener is inside the quote or part of the sarcasm
		if m := firstShape(zhStrong11N, t[s:e], &f.zhCues); m != nil {
			a, b := clauseSpan(t[s:e], m[0], m[1])
			return s + a, s + b, true
		}
	}
	if f.english && f.enCues.any(strongEnIDs) {
		if m := enStrong.FindStringIndex(t[s:e]); m != nil {
			return s + m[0], s + m[1], true
		}
	}
	if f.english && !f.han && firstShape(enStrong9N, t[s:e], &f.enCues) != nil {
		a, b := clauseSpan(t[s:e], 0, e-s) // the whole sentence, as the other English shapes
		return s + a, s + b, true
	}
	return 0, 0, false
}
