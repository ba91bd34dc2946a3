package check

import (
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// The rudeness model (model.go) is trained here, from the tuning corpus,
// the shape tests and testdata/sentences.txt (with -train.heldout, also
// the tuned held-out sets; never untunedSets):
//
//	go test ./internal/check -run TestTrainRudeModel -train -v
//
// prints the 5-fold cross-validation of the candidates, picks the one with
// the best recall at out-of-fold precision ≥ trainPrecision, chooses its
// threshold the same way, trains it on the whole corpus and writes
// model_rude.bin. Round 9's model pins the candidate:
//
//	go test ./internal/check -run TestTrainRudeModel -train -train.params l2=0.001,posW=1,epochs=30,nb=false -v
var trainFlag = flag.Bool("train", false, "train the rudeness model from testdata/corpus.jsonl, the shape tests and testdata/sentences.txt (and -train.heldout) and write model_rude.bin")

// trainPrecision is the out-of-fold precision the threshold must keep: the
// goal of issue 17. (0.97 was tried: one look-alike scored near the top —
// 这个设备你们自己能安装吗 — makes it unreachable at any useful recall; the
// out-of-fold precision is flat at about 0.96 from logit 7 to 14.) Round 9
// raised it to 0.96 on the pooled cross-validation (crossValidate): at 0.95
// every retraining moved two or three false alarms between the older sets,
// at 0.96 the twelve candidates agree within 5 findings of 2,500 texts.
const trainPrecision = 0.96

// trainPrecisionFlag overrides trainPrecision.
var trainPrecisionFlag = flag.Float64("train.precision", trainPrecision, "the out-of-fold precision the model's threshold must keep")

// trainParamsFlag pins the candidate instead of searching: the candidates
// lie within 0.05 of out-of-fold recall of each other, so the search's pick
// moves with every few sentences added. Round 9's model is
// "l2=0.001,posW=1,epochs=30,nb=false", the choice of rounds 7 and 8.
var trainParamsFlag = flag.String("train.params", "", "train these parameters instead of the cross-validated search")

func parseTrainParams(s string) (trainParams, error) {
	var p trainParams
	for _, kv := range strings.Split(s, ",") {
		k, v, _ := strings.Cut(kv, "=")
		var err error
		switch k {
		case "l2":
			p.l2, err = strconv.ParseFloat(v, 64)
		case "posW":
			p.posW, err = strconv.ParseFloat(v, 64)
		case "epochs":
			p.epochs, err = strconv.Atoi(v)
		case "nb":
			p.nb, err = strconv.ParseBool(v)
		default:
			err = fmt.Errorf("unknown parameter %q", k)
		}
		if err != nil {
			return p, err
		}
	}
	return p, nil
}

type example struct {
	feats []uint32
	pos   bool
	row   int
	text  string
}

// forSentences calls fn for every sentence of t, cut where judgeSentences
// cuts them.
func forSentences(t string, fn func(s, e int)) {
	start := 0
	for i := 0; i < len(t); {
		n, end := sentenceMark(t, i)
		i += n
		if end || i == len(t) {
			if i-start <= maxJudged {
				fn(start, i)
			}
			start = i
		}
	}
}

// rudeExamples turns rows into one example per sentence: rude when an
// impolite label of the row overlaps it.
func rudeExamples(rows []corpusRow) []example {
	var xs []example
	for ri, r := range rows {
		var labs [][2]int
		for _, e := range r.Expect {
			if e.Rule != RuleImpolite {
				continue
			}
			for off := 0; ; {
				k := strings.Index(r.Text[off:], e.Text)
				if k < 0 {
					break
				}
				labs = append(labs, [2]int{off + k, off + k + len(e.Text)})
				off += k + len(e.Text)
			}
		}
		forSentences(r.Text, func(s, e int) {
			a, b := trimSentence(r.Text, s, e)
			if b-a < 4 || !hasLetterOrHan(r.Text[a:b]) {
				return
			}
			x := example{row: ri, text: r.Text[a:b]}
			for _, l := range labs {
				if l[0] < b && a < l[1] {
					x.pos = true
				}
			}
			sentenceFeatures(r.Text, a, b, func(h uint32) { x.feats = append(x.feats, h) })
			xs = append(xs, x)
		})
	}
	return xs
}

type trainParams struct {
	l2     float64
	epochs int
	posW   float64 // weight of a rude example
	nb     bool    // scale each feature by its naive-Bayes log-count ratio (NBSVM)
}

// nbRatios returns the smoothed log-count ratio of every bucket: how much
// more often it occurs in rude sentences than in others.
func nbRatios(xs []example) []float64 {
	n := 1 << modelBits
	p, q := make([]float64, n), make([]float64, n)
	var sp, sq float64
	for _, x := range xs {
		for _, h := range x.feats {
			if x.pos {
				p[h]++
				sp++
			} else {
				q[h]++
				sq++
			}
		}
	}
	r := make([]float64, n)
	for i := range r {
		r[i] = math.Log((p[i]+1)/(sp+float64(n))) - math.Log((q[i]+1)/(sq+float64(n)))
	}
	return r
}

// trainLR fits a logistic regression with AdaGrad and L2 on xs.
func trainLR(xs []example, p trainParams, seed uint64) ([]float32, float32) {
	n := 1 << modelBits
	w := make([]float64, n)
	g2 := make([]float64, n)
	var bias, gb float64
	const lr = 0.5
	order := make([]int, len(xs))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(seed, 17))
	val := func(h uint32) float64 { return 1 }
	var r []float64
	if p.nb {
		r = nbRatios(xs)
		val = func(h uint32) float64 { return r[h] }
	}
	for ep := 0; ep < p.epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			x := xs[i]
			z := bias
			for _, h := range x.feats {
				z += w[h] * val(h)
			}
			pr := 1 / (1 + math.Exp(-z))
			y, cw := 0.0, 1.0
			if x.pos {
				y, cw = 1, p.posW
			}
			g := cw * (pr - y)
			for _, h := range x.feats {
				gh := g*val(h) + p.l2*w[h]
				g2[h] += gh * gh
				w[h] -= lr * gh / (math.Sqrt(g2[h]) + 1e-8)
			}
			gb += g * g
			bias -= lr * g / (math.Sqrt(gb) + 1e-8)
		}
	}
	out := make([]float32, n)
	for i, v := range w {
		out[i] = float32(v * val(uint32(i)))
	}
	return out, float32(bias)
}

func logitOf(w []float32, bias float32, x example) float32 {
	z := bias
	for _, h := range x.feats {
		z += w[h]
	}
	return z
}

type scored struct {
	z   float32
	pos bool
}

// crossValidate returns the out-of-fold logit of every example, folds by
// row, pooled over cvRepeats different assignments of rows to folds (round
// 9: with one assignment the threshold moved by a whole logit when a dozen
// sentences were added, as one fold's luck set it).
func crossValidate(xs []example, p trainParams, k int) []scored {
	var out []scored
	for rep := 0; rep < cvRepeats; rep++ {
		fold := func(row int) int { return int((uint64(row)*2654435761 + uint64(rep)*40503) >> 7 % uint64(k)) }
		if rep == 0 {
			fold = func(row int) int { return row % k }
		}
		sc := make([]scored, len(xs))
		for f := 0; f < k; f++ {
			var tr []example
			for _, x := range xs {
				if fold(x.row) != f {
					tr = append(tr, x)
				}
			}
			w, b := trainLR(tr, p, uint64(rep*k+f+1))
			for i, x := range xs {
				if fold(x.row) == f {
					sc[i] = scored{logitOf(w, b, x), x.pos}
				}
			}
		}
		out = append(out, sc...)
	}
	return out
}

// cvRepeats is how many fold assignments crossValidate pools.
const cvRepeats = 3

// pickThreshold returns the lowest threshold on a grid of quarter logits
// from which the out-of-fold precision of what scores above it stays ≥ prec
// at every higher grid point that still flags at least 20 examples, with
// the precision and recall there: a lucky run of positives at the top does
// not set it, nor does one dip further up.
func pickThreshold(sc []scored, prec float64) (thr float32, p, r float64) {
	thr = float32(math.Inf(1))
	for g := float32(20); g >= -5; g -= 0.25 {
		gp, gr, tp, fp := prAt(sc, g)
		if tp+fp < 20*cvRepeats {
			continue
		}
		if gp < prec {
			break
		}
		thr, p, r = g, gp, gr
	}
	return thr, p, r
}

func prAt(sc []scored, thr float32) (p, r float64, tp, fp int) {
	npos := 0
	for _, x := range sc {
		if x.pos {
			npos++
		}
		if x.z > thr {
			if x.pos {
				tp++
			} else {
				fp++
			}
		}
	}
	return ratio(tp, tp+fp), ratio(tp, npos), tp, fp
}

func TestTrainRudeModel(t *testing.T) {
	if !*trainFlag {
		t.Skip("run with -train to retrain model_rude.bin")
	}
	xs := trainingExamples(t)
	npos := 0
	for _, x := range xs {
		if x.pos {
			npos++
		}
	}
	t.Logf("%d sentences, %d rude", len(xs), npos)
	var best trainParams
	bestR := -1.0
	if *trainParamsFlag != "" {
		p, err := parseTrainParams(*trainParamsFlag)
		if err != nil {
			t.Fatal(err)
		}
		best, bestR = p, 2
	}
	for _, l2 := range []float64{1e-5, 1e-4, 1e-3} {
		if bestR > 1 {
			break
		}
		for _, posW := range []float64{1, 3} {
			for _, ep := range []int{10, 30} {
				// round 9: naive-Bayes scaling (nb) is no longer a candidate.
				// Chosen by a recall lead of 0.01–0.03 out of fold in four of
				// the round's nine trainings, it raised 14–16 false alarms
				// over the twenty-five sets each time, the plain model 10–12.
				for _, nb := range []bool{false} {
					p := trainParams{l2: l2, epochs: ep, posW: posW, nb: nb}
					sc := crossValidate(xs, p, 5)
					thr, pp, rr := pickThreshold(sc, *trainPrecisionFlag)
					p0, r0, _, _ := prAt(sc, 0)
					t.Logf("nb=%v l2=%g posW=%g epochs=%d: at p=0.5 P %.3f R %.3f; threshold %.2f: P %.3f R %.3f", nb, l2, posW, ep, p0, r0, thr, pp, rr)
					if rr > bestR {
						best, bestR = p, rr
					}
				}
			}
		}
	}
	sc := crossValidate(xs, best, 5)
	thr, pp, rr := pickThreshold(sc, *trainPrecisionFlag)
	t.Logf("chosen %+v: out-of-fold threshold %.3f P %.3f R %.3f", best, thr, pp, rr)
	for _, d := range []float32{-2, -1, 0, 1, 2} {
		p, r, tp, fp := prAt(sc, thr+d)
		t.Logf("  threshold %+.0f: P %.3f R %.3f (tp %d fp %d)", d, p, r, tp, fp)
	}
	w, b := trainLR(xs, best, 99)
	blob := encodeModel(w, b, thr)
	if err := os.WriteFile("model_rude.bin", blob, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote model_rude.bin, %d bytes", len(blob))
}

// TestRudeModelCV prints the out-of-fold false alarms and misses of the
// chosen parameters, for reading (with -train).
func TestRudeModelCV(t *testing.T) {
	if !*trainFlag || rudeModel == nil {
		t.Skip("with -train")
	}
	xs := trainingExamples(t)
	sc := crossValidate(xs, trainParams{l2: 1e-5, epochs: 10, posW: 1}, 5)
	for i, s := range sc {
		if s.z > 0 && !s.pos {
			t.Logf("false alarm %.2f %s", s.z, xs[i%len(xs)].text)
		}
		if s.z > rudeModel.threshold && s.pos {
			t.Logf("found %.2f %s", s.z, xs[i%len(xs)].text)
		}
	}
	_ = utf8.RuneLen
	_ = fmt.Sprint
}

// personGuard is the criticism-of-a-thing guard of the rules (ctxPerson):
// the sentence speaks of people, or asks a question.
func personGuard(s string) bool {
	if strings.ContainsAny(s, "?？") {
		return true
	}
	return ctxPerson(s+"。", len(s), len(s))
}

func TestRudeModelCurve(t *testing.T) {
	if !*trainFlag {
		t.Skip("with -train")
	}
	xs := trainingExamples(t)
	sc := crossValidate(xs, trainParams{l2: 1e-4, epochs: 10, posW: 3}, 5)
	var g []scored
	for i, s := range sc {
		if personGuard(xs[i%len(xs)].text) {
			g = append(g, s)
		} else {
			g = append(g, scored{-100, s.pos})
		}
	}
	for thr := float32(0); thr <= 14; thr++ {
		p, r, tp, fp := prAt(sc, thr)
		gp, gr, gtp, gfp := prAt(g, thr)
		t.Logf("logit > %.0f: alone P %.3f R %.3f (%d/%d); with the person guard P %.3f R %.3f (%d/%d)", thr, p, r, tp, fp, gp, gr, gtp, gfp)
	}
}

// shapeCase is one {"text", Rule…} line of the shape tests (shape*_test.go):
// sentences written for the rules, rude or look-alikes, in no held-out set.
var shapeCase = regexp.MustCompile(`(?m)^\s*\{("(?:[^"\\]|\\.)*"), (Rule[A-Za-z]+|""|true|false)[,}]`)

// shapeExamples are the shape tests' texts, one example each, with row
// numbers from base on, in the order of the files' names (shape_misses_test.go,
// then shape_test.go) and of the lines in them: the order feeds the shuffle,
// so moving these lines changes the trained model.
func shapeExamples(t testing.TB, base int) []example {
	files, _ := filepath.Glob("shape*_test.go")
	var xs []example
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range shapeCase.FindAllStringSubmatch(string(b), -1) {
			text, err := strconv.Unquote(m[1])
			if err != nil {
				t.Fatal(err)
			}
			a, e := trimSentence(text, 0, len(text))
			x := example{row: base + len(xs), text: text[a:e], pos: m[2] == "RuleImpolite" || m[2] == "true"}
			sentenceFeatures(text, a, e, func(h uint32) { x.feats = append(x.feats, h) })
			xs = append(xs, x)
		}
	}
	return xs
}

// sentenceExamples are the labelled sentences of testdata/sentences.txt
// (round 7: "+ " rude, "- " not, "#" a comment), one example each, with row
// numbers from base on.
func sentenceExamples(t testing.TB, base int) []example {
	b, err := os.ReadFile("testdata/sentences.txt")
	if err != nil {
		t.Fatal(err)
	}
	var xs []example
	for _, line := range strings.Split(string(b), "\n") {
		if len(line) < 2 || line[0] != '+' && line[0] != '-' {
			continue
		}
		text := strings.TrimSpace(line[1:])
		a, e := trimSentence(text, 0, len(text))
		if b := e - a; b < 4 {
			continue
		}
		x := example{row: base + len(xs), text: text[a:e], pos: line[0] == '+'}
		sentenceFeatures(text, a, e, func(h uint32) { x.feats = append(x.feats, h) })
		xs = append(xs, x)
	}
	return xs
}

// trainingExamples are every sentence of the tuning corpus, every text of
// the shape tests, the labelled sentences of testdata/sentences.txt and,
// with -train.heldout, every sentence of the tuned held-out sets
// (trainingSets).
func trainingExamples(t testing.TB) []example { return buildTrainingExamples(t, *trainHeldOut) }

func buildTrainingExamples(t testing.TB, heldOut bool) []example {
	rows := loadCorpus(t)
	xs := append(rudeExamples(rows), shapeExamples(t, len(rows))...)
	xs = append(xs, sentenceExamples(t, len(rows)+len(xs))...)
	if !heldOut {
		return xs
	}
	return append(xs, heldOutExamples(t, trainingSets(t), rows, len(rows)+len(xs))...)
}

// untunedSets are the held-out sets whose first runs are recorded but on
// which nothing has been tuned yet: never training data, so that
// TestModelEffect -model.sets with them measures the model on writers it
// has not seen. A round adds its new sets here before their first run and
// takes them out once it tunes on them (round 25, h17ah).
const untunedSets = "hundredthirtyseventh,hundredthirtyeighth,hundredthirtyninth,hundredfortieth,hundredfortyfirst,hundredfortysecond,hundredfortythird,hundredfortyfourth" // rounds 44 and 45: first runs recorded, not tuned on

// untunedList is untunedSets one name each; none when it is empty.
func untunedList() []string {
	return strings.FieldsFunc(untunedSets, func(r rune) bool { return r == ',' })
}

// trainHeldOut adds the tuned held-out sets to the training data. Round 25
// (h17ah) tried it and did not keep it: on untunedSets the model trained
// so found nothing more and raised one more false alarm (docs/checker.md,
// "Round 25, the model trained on the tuned sets"). False trains on the
// corpus, the shape tests and sentences.txt alone, as model_rude.bin is.
var trainHeldOut = flag.Bool("train.heldout", false, "also train on every testdata/*.jsonl set but corpus.jsonl and untunedSets")

// trainingSets names the held-out sets the model trains on: every
// testdata/NAME.jsonl but the corpus and untunedSets, in the order of
// their names.
func trainingSets(t testing.TB) []string {
	files, err := filepath.Glob("testdata/*.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	skip := map[string]bool{"corpus": true}
	for _, n := range untunedList() {
		skip[n] = true
	}
	var names []string
	for _, f := range files {
		n := strings.TrimSuffix(filepath.Base(f), ".jsonl")
		if !skip[n] {
			names = append(names, n)
		}
	}
	return names
}

// heldOutExamples are the sentences of the named sets, labelled as the
// corpus's are (rudeExamples), with row numbers from base on. Folds go by
// text: a text that the corpus or an earlier set also holds keeps that
// row's number, so its copies share a fold.
func heldOutExamples(t testing.TB, names []string, corpus []corpusRow, base int) []example {
	id := map[string]int{}
	for i, r := range corpus {
		if _, ok := id[r.Text]; !ok {
			id[r.Text] = i
		}
	}
	var rows []corpusRow
	for _, n := range names {
		rows = append(rows, loadCorpusFile(t, "testdata/"+n+".jsonl")...)
	}
	rowID := make([]int, len(rows))
	next := base
	for i, r := range rows {
		k, ok := id[r.Text]
		if !ok {
			k = next
			next++
			id[r.Text] = k
		}
		rowID[i] = k
	}
	xs := rudeExamples(rows)
	for i := range xs {
		xs[i].row = rowID[xs[i].row]
	}
	return xs
}

// modelSets names the sets TestModelEffect scores (-model.sets).
var modelSets = flag.String("model.sets", "heldout,fresh,third,fourth,fifth,sixth,seventh,eighth,ninth,tenth,eleventh,twelfth,thirteenth,fourteenth,fifteenth,sixteenth,seventeenth,eighteenth,nineteenth,twentyfourth,twentyfifth,twentysixth,twentyseventh,twentyeighth,twentyninth,thirtieth,thirtyfirst,thirtysecond,thirtythird,thirtyfourth,thirtyfifth,thirtysixth,thirtyseventh,thirtyeighth,thirtyninth,fortieth,fortyfirst,fortysecond,fortythird,fortyfourth,fortyfifth,fortysixth,fortyseventh,fortyeighth,fortyninth,fiftieth,fiftyfirst,fiftysecond,fiftythird,fiftyfourth,fiftyfifth,fiftysixth,fiftyseventh,fiftyeighth,fiftyninth,sixtieth,sixtyfirst,sixtysecond,sixtythird,sixtyfourth,sixtyfifth,sixtysixth,sixtyseventh,sixtyeighth,sixtyninth,seventieth,seventyfirst,seventysecond,seventythird,seventyfourth,seventyfifth,seventysixth,seventyseventh,seventyeighth,seventyninth,eightieth,eightyfirst,eightysecond,eightythird,eightyfourth,eightyfifth,eightysixth,eightyseventh,eightyeighth,eightyninth,ninetieth,ninetyfirst,ninetysecond,ninetythird,ninetyfourth,ninetyfifth,ninetysixth,ninetyseventh,ninetyeighth,ninetyninth,hundredth,hundredfirst,hundredsecond,hundredthird,hundredfourth,hundredfifth,hundredsixth,hundredseventh,hundredeighth,hundredninth,hundredtenth,hundredeleventh,hundredtwelfth,hundredthirteenth,hundredfourteenth,hundredfifteenth,hundredsixteenth,hundredseventeenth,hundredeighteenth,hundrednineteenth,hundredtwentieth,hundredtwentyfirst,hundredtwentysecond,hundredtwentythird,hundredtwentyfourth,hundredtwentyfifth,hundredtwentysixth,hundredtwentyseventh,hundredtwentyeighth,hundredtwentyninth,hundredthirtieth,hundredthirtyfirst,hundredthirtysecond,hundredthirtythird,hundredthirtyfourth,hundredthirtyfifth,hundredthirtysixth,hundredthirtyseventh,hundredthirtyeighth,hundredthirtyninth,hundredfortieth,hundredfortyfirst,hundredfortysecond,hundredfortythird,hundredfortyfourth",
	"comma-separated sets (testdata/NAME.jsonl) that TestModelEffect scores with and without the model")

var modelTables = flag.Bool("model.tables", false, "TestModelEffect prints each set's table per rule")

// TestModelEffect scores sets with the rules alone and with the model (run
// with -train): the impolite row and the micro total of each.
func TestModelEffect(t *testing.T) {
	if !*trainFlag {
		t.Skip("with -train")
	}
	saved := rudeModel
	defer func() { rudeModel = saved }()
	var sum [2][2]score
	t.Logf("%-12s %-30s %-30s", "set", "rules alone: impolite / all", "with the model: impolite / all")
	for _, name := range strings.Split(*modelSets, ",") {
		rows := loadCorpusFile(t, "testdata/"+name+".jsonl")
		var line [2]string
		for i, m := range []*linModel{nil, saved} {
			rudeModel = m
			sc, table := scoreCorpus(t, rows, false)
			if *modelTables {
				t.Logf("%s, %s:\n%s", name, []string{"rules alone", "with the model"}[i], table)
			}
			im, all := sc[RuleImpolite], sc[""]
			for k, s := range []*score{im, all} {
				sum[i][k].tp += s.tp
				sum[i][k].fp += s.fp
				sum[i][k].fn += s.fn
			}
			line[i] = fmt.Sprintf("%.3f/%.3f (fp %d) / %.3f/%.3f", ratio(im.tp, im.tp+im.fp), ratio(im.tp, im.tp+im.fn), im.fp,
				ratio(all.tp, all.tp+all.fp), ratio(all.tp, all.tp+all.fn))
		}
		t.Logf("%-12s %-30s %-30s", name, line[0], line[1])
	}
	for i, w := range []string{"rules alone", "with the model"} {
		im, all := sum[i][0], sum[i][1]
		t.Logf("total, %s: impolite tp %d fp %d fn %d P %.3f R %.3f; all P %.3f R %.3f", w, im.tp, im.fp, im.fn,
			ratio(im.tp, im.tp+im.fp), ratio(im.tp, im.tp+im.fn), ratio(all.tp, all.tp+all.fp), ratio(all.tp, all.tp+all.fn))
	}
}

// TestTrainingExcludesUntuned fails if a sentence of an untuned set reaches
// the training examples with -train.heldout: every untuned set must exist,
// and none of its own sentences (those of no other set, of the corpus, the
// shape tests or sentences.txt) may be a training example.
func TestTrainingExcludesUntuned(t *testing.T) {
	untuned := untunedList()
	sets := trainingSets(t)
	for _, n := range sets {
		if slices.Contains(untuned, n) || n == "corpus" {
			t.Errorf("trainingSets holds %s", n)
		}
	}
	if len(sets) < 60 {
		t.Errorf("trainingSets holds %d sets, want every tuned one", len(sets))
	}
	trained := map[string]bool{}
	for _, x := range buildTrainingExamples(t, true) {
		trained[x.text] = true
	}
	files, _ := filepath.Glob("testdata/*.jsonl")
	setTexts := map[string]map[string]bool{}
	for _, f := range files {
		m := map[string]bool{}
		for _, x := range rudeExamples(loadCorpusFile(t, f)) {
			m[x.text] = true
		}
		setTexts[strings.TrimSuffix(filepath.Base(f), ".jsonl")] = m
	}
	others := append(shapeExamples(t, 0), sentenceExamples(t, 0)...)
	for _, u := range untuned {
		own, ok := setTexts[u]
		if !ok {
			t.Errorf("untuned set %s: no testdata/%s.jsonl", u, u)
			continue
		}
		n, leaked := 0, 0
	sentences:
		for s := range own {
			for name, m := range setTexts {
				if name != u && m[s] {
					continue sentences
				}
			}
			for _, x := range others {
				if x.text == s {
					continue sentences
				}
			}
			n++
			if trained[s] {
				leaked++ // not printed: nobody should read an untuned set's texts
			}
		}
		if n < 50 {
			t.Errorf("%s: only %d sentences of its own", u, n)
		}
		if leaked > 0 {
			t.Errorf("%s: %d of its %d own sentences are training examples", u, leaked, n)
		}
	}
}
