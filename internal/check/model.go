package check

import (
	_ "embed"
	"encoding/binary"
	"math"
	"strings"
	"unicode/utf8"
)

// A learned sentence classifier for rudeness (issue 17), a complement to the
// hand-written shapes: logistic regression over hashed n-grams of a
// sentence's tokens — each Han character, each ASCII word and each mark is
// a token, so Chinese gets character 1–3-grams and English word 1–3-grams —
// with the sentence's start and end as tokens of their own (吗？$ and ^why).
// The weights are trained offline from testdata/corpus.jsonl, the shape
// tests' sentences and testdata/sentences.txt — never a held-out set
// (`go test ./internal/check -run TestTrainRudeModel -train`, train_test.go)
// and embedded as model_rude.bin: 2^modelBits int16 weights, 256 KiB.
//
// A sentence the rules left alone whose probability exceeds the model's
// threshold (chosen for precision by cross-validation on the corpus) is an
// impolite finding spanning the sentence. Quoted words are left out of its
// features (a customer's “垃圾” is theirs) and reported speech (客户说…) is not
// judged, with the same test the rules use.

const modelBits = 17

// linModel is a hashed linear model: score = bias + Σ w[h(f)] · scale.
// w holds the int16 weights little-endian; it is the embedded blob itself,
// so the model costs no heap.
type linModel struct {
	w         []byte
	scale     float32
	bias      float32
	threshold float32 // on the logit
}

//go:embed model_rude.bin
var rudeModelBin []byte

// rudeModel is nil when the embedded blob is empty or malformed (then the
// rules work alone).
var rudeModel = decodeModel(rudeModelBin)

// model blob: "LRM1", bits (uint32), scale, bias, threshold (float32), then
// 2^bits int16 weights, all little-endian.
func decodeModel(b []byte) *linModel {
	if len(b) < 20 || string(b[:4]) != "LRM1" {
		return nil
	}
	bits := binary.LittleEndian.Uint32(b[4:])
	n := 1 << bits
	if bits != modelBits || len(b) != 20+2*n {
		return nil
	}
	m := &linModel{w: b[20:]}
	m.scale = math.Float32frombits(binary.LittleEndian.Uint32(b[8:]))
	m.bias = math.Float32frombits(binary.LittleEndian.Uint32(b[12:]))
	m.threshold = math.Float32frombits(binary.LittleEndian.Uint32(b[16:]))
	return m
}

func encodeModel(w []float32, bias, threshold float32) []byte {
	var mx float32
	for _, v := range w {
		mx = max(mx, float32(math.Abs(float64(v))))
	}
	scale := mx / 32767
	if scale == 0 {
		scale = 1
	}
	b := make([]byte, 20+2*len(w))
	copy(b, "LRM1")
	binary.LittleEndian.PutUint32(b[4:], modelBits)
	binary.LittleEndian.PutUint32(b[8:], math.Float32bits(scale))
	binary.LittleEndian.PutUint32(b[12:], math.Float32bits(bias))
	binary.LittleEndian.PutUint32(b[16:], math.Float32bits(threshold))
	for i, v := range w {
		binary.LittleEndian.PutUint16(b[20+2*i:], uint16(int16(math.Round(float64(v/scale)))))
	}
	return b
}

// logit is the model's score of the sentence t[s:e].
func (m *linModel) logit(t string, s, e int) float32 {
	sum := m.bias
	var acc int32
	w := m.w[:2<<modelBits]
	sentenceFeatures(t, s, e, func(h uint32) { acc += int32(m.weight(w, h)) })
	return sum + float32(acc)*m.scale
}

// weight is the int16 weight of bucket h.
func (m *linModel) weight(w []byte, h uint32) int16 {
	return int16(uint16(w[2*h]) | uint16(w[2*h+1])<<8)
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// normRune folds the forms a writer may type for the same thing: capitals,
// full-width ASCII (？ → ?, ，→ ,), and every digit to 0.
func normRune(r rune) rune {
	if r >= 0xFF01 && r <= 0xFF5E {
		r -= 0xFEE0
	}
	switch {
	case r >= 'A' && r <= 'Z':
		r += 'a' - 'A'
	case r >= '0' && r <= '9':
		r = '0'
	case r == '。':
		r = '.'
	case r == '、':
		r = ','
	}
	return r
}

func isWordRune(r rune) bool {
	return r >= 'a' && r <= 'z' || r == '0' || r == '\''
}

var quoteClose = map[rune]rune{'“': '”', '「': '」', '『': '』', '《': '》', '‘': '’', '"': '"'}

// sentenceFeatures calls fn with the bucket of every feature of t[s:e]:
// token unigrams, bigrams and trigrams with ^ and $ at the edges. Quoted
// text stands as one token Q. It allocates nothing.
func sentenceFeatures(t string, s, e int, fn func(uint32)) {
	const shift = 64 - modelBits
	var p1, p2 uint64 // the hashes of the two tokens before
	have := 0         // how many of p1, p2 are set
	// each unigram also counts as itself said to the reader (你/你们, you):
	// 太差 of you is not 太差 of the weather
	you := addressed(t[s:e])
	emit := func(h uint64) {
		fn(uint32(h >> shift))
		if you {
			fn(uint32(mix(h, 0x7a11, 5) >> shift))
		}
		if have >= 1 {
			fn(uint32(mix(p1, h, 2) >> shift))
		}
		if have >= 2 {
			fn(uint32(mix(mix(p2, p1, 3), h, 3) >> shift))
		}
		p2, p1 = p1, h
		have++
	}
	emit(tokHash("^"))
	var word uint64
	inWord := false
	var closeQ rune
	for i := s; i < e; {
		r, n := utf8.DecodeRuneInString(t[i:])
		i += n
		if closeQ != 0 {
			if r == closeQ || r == '"' && closeQ == '"' || r == '\n' {
				closeQ = 0
			}
			continue
		}
		r = normRune(r)
		if isWordRune(r) {
			if !inWord {
				word, inWord = fnvOffset, true
			}
			word = (word ^ uint64(r)) * fnvPrime
			continue
		}
		if inWord {
			emit(word)
			inWord = false
		}
		if c, ok := quoteClose[r]; ok {
			closeQ = c
			emit(tokHash("Q"))
			continue
		}
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == 0x3000 {
			continue
		}
		emit((uint64(fnvOffset) ^ uint64(r) ^ 0x9e3779b97f4a7c15) * fnvPrime)
	}
	if inWord {
		emit(word)
	}
	emit(tokHash("$"))
}

func tokHash(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h ^ 0x5bd1e995
}

// mix combines two hashes into the hash of their sequence.
func mix(a, b uint64, n uint64) uint64 {
	h := a*0x9e3779b97f4a7c15 ^ b + n
	h ^= h >> 29
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 32
	return h
}

// modelRude reports the span of the sentence t[s:e] the model calls rude:
// the sentence without its edges' spaces and closing mark.
func (m *linModel) rude(t string, s, e int) (int, int, bool) {
	a, b := trimSentence(t, s, e)
	if b-a < 4 || !hasLetterOrHan(t[a:b]) || capitals(t[a:b]) || endsQuoted(t[a:b]) {
		return 0, 0, false
	}
	if m.logit(t, a, b) <= m.threshold {
		return 0, 0, false
	}
	// reported speech: the sentence up to its last rune reports another's words
	if reported(t, b) {
		return 0, 0, false
	}
	return a, b, true
}

// endsQuoted reports whether s opens a quotation it does not close: the
// sentence was cut at a mark inside quoted words (当事人问:“你们…怎么连个电话都不回?”),
// which are someone else's, so the model does not judge it (round 7).
func endsQuoted(s string) bool {
	var closeQ rune
	for _, r := range s {
		if closeQ != 0 {
			if r == closeQ {
				closeQ = 0
			}
			continue
		}
		if c, ok := quoteClose[r]; ok && r != '"' {
			closeQ = c
		}
	}
	return closeQ != 0
}

// capitals reports whether s is written in capitals (at least 8 letters,
// 4 in 5 of them upper-case): that is the shouting rule's finding, and the
// model, trained on few such lines, reads them as rude (a cross-validation
// false alarm: DO NOT CHANGE THE DELIVERY ADDRESS AGAIN).
func capitals(s string) bool {
	up, n := 0, 0
	for i := 0; i < len(s); i++ {
		if isLetter(s[i]) {
			n++
			if isUpper(s[i]) {
				up++
			}
		}
	}
	return n >= 8 && up*5 >= n*4
}

func hasLetterOrHan(s string) bool {
	for _, r := range s {
		if isLetter(byte(r)) && r < utf8.RuneSelf || r >= 0x4E00 && r <= 0x9FFF {
			return true
		}
	}
	return false
}

// trimSentence drops the spaces around t[s:e] and its closing marks.
func trimSentence(t string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(t[s:])
		if r != ' ' && r != '\n' && r != '\t' && r != '\r' && r != 0x3000 {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(t[s:e])
		switch r {
		case ' ', '\n', '\t', '\r', 0x3000, '.', '!', '?', ';', '。', '！', '？', '；':
			e -= n
			continue
		}
		break
	}
	return s, e
}

// addressed reports whether s speaks to the reader: 你 (not 您) or "you".
func addressed(s string) bool {
	if strings.Contains(s, "你") {
		return true
	}
	for i := 0; i+3 <= len(s); i++ {
		if s[i]|0x20 == 'y' && (i == 0 || !isLetter(s[i-1])) && hasPrefixFold(s[i:], "you") &&
			(i+3 == len(s) || !isLetter(s[i+3]) || s[i+3]|0x20 == 'r') { // you, your, you're; not young
			return true
		}
	}
	return false
}
