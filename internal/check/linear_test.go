package check

import (
	"context"
	"fmt"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// allTexts is every text of the corpus and the held-out sets.
func allTexts(t testing.TB) []string {
	files, err := filepath.Glob("testdata/*.jsonl")
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus: %v", err)
	}
	var texts []string
	for _, f := range files {
		for _, r := range loadCorpusFile(t, f) {
			texts = append(texts, r.Text)
		}
	}
	return texts
}

// whole runs Check with pieces larger than the text: the text read as one.
func whole(text string, opt Options) []Finding {
	defer func(c, m int) { chunkBytes, marginBytes = c, m }(chunkBytes, marginBytes)
	chunkBytes, marginBytes = len(text)+1, len(text)+1
	return Check(text, opt)
}

// TestPiecesReadAsWhole: reading a text in pieces finds exactly what reading
// it whole finds, when its lines are shorter than a piece (issue 20).
func TestPiecesReadAsWhole(t *testing.T) {
	texts := allTexts(t)
	var b strings.Builder
	for _, s := range texts {
		b.WriteString(strings.ReplaceAll(s, "\n", " "))
		b.WriteByte('\n')
	}
	text := b.String()
	// Small pieces, so that the corpus is cut dozens of times.
	defer func(c, m int) { chunkBytes, marginBytes = c, m }(chunkBytes, marginBytes)
	chunkBytes, marginBytes = 2048, 512
	if len(text) < 16*chunkBytes {
		t.Fatalf("corpus of %d bytes is too short to cut", len(text))
	}
	for _, kind := range []Kind{Text, Request, Date, Standard} {
		for _, lang := range []string{"zh", "en"} {
			opt := Options{Now: corpusNow, Calendar: testCalendar{}, Kind: kind, Lang: lang}
			got, want := Check(text, opt), whole(text, opt)
			if !slices.Equal(got, want) {
				t.Errorf("kind %d %s: %d findings in pieces, %d whole; first difference %s", kind, lang, len(got), len(want), firstDiff(got, want))
			}
		}
	}
}

func firstDiff(a, b []Finding) string {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return fmt.Sprintf("at %d: %+v vs %+v", i, a[i], b[i])
		}
	}
	return "in length"
}

// TestMarksByBytes: the byte-level search for sentence and clause marks
// answers as strings.LastIndexAny and strings.IndexAny do.
func TestMarksByBytes(t *testing.T) {
	const sentence, clause = "。！？!?；;\n", "，,。！？!?；;\n"
	texts := append(allTexts(t), "a，b,c。d！e？f!g?h；i;j\nk", "，", "。", "\n", "", "，，", "ab")
	for _, s := range texts {
		for i := range len(s) + 1 {
			for _, set := range []string{sentence, clause} {
				w := s[i:]
				if !utf8.ValidString(w) {
					continue
				}
				wantAfter := 0
				if j := strings.LastIndexAny(w, set); j >= 0 {
					_, n := utf8.DecodeRuneInString(w[j:])
					wantAfter = j + n
				}
				if got := afterLastMark(w, set == clause); got != wantAfter {
					t.Fatalf("afterLastMark(%q, %v) = %d, want %d", w, set == clause, got, wantAfter)
				}
				wantAt, wantR := strings.IndexAny(w, set), rune(0)
				if wantAt >= 0 {
					wantR, _ = utf8.DecodeRuneInString(w[wantAt:])
				}
				if at, r := firstMark(w, set == clause); at != wantAt || r != wantR {
					t.Fatalf("firstMark(%q) = %d %q, want %d %q", w, at, r, wantAt, wantR)
				}
			}
		}
	}
}

// measure checks text and returns what the call did and the bytes it allocated.
func measure(text string, opt Options) (workStats, uint64) {
	if opt.Location == nil {
		opt.Location = defaultLocation()
	}
	opt.Now = opt.Now.In(opt.Location)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	c := getChecker()
	c.reset(text, &opt, context.Background())
	c.run(text)
	st := c.stats
	putChecker(c)
	runtime.ReadMemStats(&after)
	return st, after.TotalAlloc - before.TotalAlloc
}

// TestLinearWork proves the checker linear on a deterministic measure
// (issue 20): for every pathological input, ten times the text is read in
// at most twelve times the bytes of windows and allocates at most twelve
// times the memory, and no window is larger than a piece and its margins,
// whatever the input. Every rule reads only its window, so the time of a
// call is at most the number of windows times the cost of the largest one.
//
// The pieces and their margins are made 16 times smaller than in use, so
// that 10,000 and 100,000 characters are cut as many times as 160,000 and
// 1,600,000 would be, in a sixteenth of the time.
func TestLinearWork(t *testing.T) {
	defer func(c, m int) { chunkBytes, marginBytes = c, m }(chunkBytes, marginBytes)
	chunkBytes, marginBytes = chunkBytes/16, marginBytes/16
	limit := chunkBytes + 2*marginBytes
	for _, p := range pathological {
		opt := Options{Now: corpusNow, Calendar: testCalendar{}, Kind: p.kind}
		var prev workStats
		var prevAlloc uint64
		for _, n := range []int{10_000, 100_000} {
			text := repeatTo(p.unit, n)
			st, alloc := measure(text, opt)
			if st.maxWindow > limit {
				t.Errorf("%s/%d: a window of %d bytes (limit %d)", p.name, n, st.maxWindow, limit)
			}
			if st.windows > 2*len(text)/chunkBytes+1 {
				t.Errorf("%s/%d: %d windows for %d bytes", p.name, n, st.windows, len(text))
			}
			if prev.windowBytes > 0 && st.windowBytes > 12*prev.windowBytes {
				t.Errorf("%s/%d: %d bytes read, %.1f× the tenth", p.name, n, st.windowBytes, float64(st.windowBytes)/float64(prev.windowBytes))
			}
			// Allocation is measured against a floor (the pool, the answer),
			// so that tiny amounts do not make a ratio.
			if prevAlloc > 0 && alloc > 12*max(prevAlloc, 64<<10) {
				t.Errorf("%s/%d: %d bytes allocated, %.1f× the tenth", p.name, n, alloc, float64(alloc)/float64(prevAlloc))
			}
			// Nothing is allocated per token or per window: beyond the
			// answer (at most MaxFindings) and the pool, nothing grows
			// (rude-verdicts allocated 3 MB here when a rule joined strings).
			if alloc > 1<<20 {
				t.Errorf("%s/%d: %d bytes allocated", p.name, n, alloc)
			}
			prev, prevAlloc = st, alloc
		}
	}
}

// TestMarginsAreSmall: at the sizes in use, a text of the API's largest
// length is read as at most 1.05 times its length, so that the margins do
// not make a long text dearer per byte than a short one read whole (with
// pieces of 16 KiB it was 1.12, and the 10k→100k step of the benchmark
// 12.5×; issue 20).
func TestMarginsAreSmall(t *testing.T) {
	for _, p := range pathological {
		text := repeatTo(p.unit, 200_000)
		st, _ := measure(text, Options{Now: corpusNow, Calendar: testCalendar{}, Kind: p.kind})
		if st.windows > 1 && float64(st.windowBytes) > 1.05*float64(len(text)) {
			t.Errorf("%s: %d bytes read for %d (%.3f×) in %d windows", p.name, st.windowBytes, len(text), float64(st.windowBytes)/float64(len(text)), st.windows)
		}
	}
}
