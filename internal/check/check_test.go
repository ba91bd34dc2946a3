package check

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// testCalendar is Monday to Friday plus the one holiday the corpus needs;
// the real calendar lives in internal/calendar and is not a dependency here.
type testCalendar struct{}

func (testCalendar) IsWorkday(t time.Time) bool {
	if t.Month() == time.January && t.Day() == 1 {
		return false
	}
	wd := t.Weekday()
	return wd != time.Saturday && wd != time.Sunday
}

// corpusNow is the clock the corpus was written against: Wednesday 2026-11-25 10:00.
var corpusNow = time.Date(2026, 11, 25, 10, 0, 0, 0, defaultLocation())

type corpusRow struct {
	Kind   string `json:"kind"`
	Lang   string `json:"lang"`
	Text   string `json:"text"`
	Expect []struct {
		Rule string `json:"rule"`
		Text string `json:"text"`
	} `json:"expect"`
	Context map[string]string `json:"context"`
	Note    string            `json:"note"`
}

var kinds = map[string]Kind{"": Text, "text": Text, "request": Request, "date": Date, "standard": Standard}

func loadCorpus(t testing.TB) []corpusRow { return loadCorpusFile(t, "testdata/corpus.jsonl") }

func loadCorpusFile(t testing.TB, name string) []corpusRow {
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows []corpusRow
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		var r corpusRow
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("%s line %d: %v", name, n, err)
		}
		if _, ok := kinds[r.Kind]; !ok {
			t.Fatalf("%s line %d: unknown kind %q", name, n, r.Kind)
		}
		rows = append(rows, r)
	}
	return rows
}

// rowOptions are the options a corpus row is checked with.
func rowOptions(r corpusRow) Options {
	o := Options{Now: corpusNow, Calendar: testCalendar{}, Kind: kinds[r.Kind], Lang: r.Lang}
	if r.Context != nil {
		o.Form = &Form{Owner: r.Context["owner"], Due: r.Context["due"], Dept: r.Context["dept"], Contact: r.Context["contact"]}
	}
	return o
}

// spanText is the text a finding covers; "*" stands for the whole trimmed text.
func spanText(text string, f Finding) string {
	r := []rune(text)
	s := string(r[f.Start:f.End])
	if s == strings.TrimSpace(text) && (f.Rule == RuleRequestNoOwner || f.Rule == RuleRequestNoDate) {
		return "*"
	}
	return s
}

// overlaps reports whether label text lab occurs in text at a place that
// overlaps the finding. Rudeness has no exact edges (「这点小事都做不好」 or
// 「这点小事都做不好，还要我亲自跟客户解释」), so for impolite an overlapping
// finding counts; every other rule must match its label exactly.
func overlaps(text, lab string, f Finding) bool {
	r := []rune(text)
	l := []rune(lab)
	for i := 0; i+len(l) <= len(r); i++ {
		if string(r[i:i+len(l)]) == lab && i < f.End && f.Start < i+len(l) {
			return true
		}
	}
	return false
}

// overlapFlag matches the findings of every rule by overlap, as impolite's
// are: an analysis of how much of a set's score is where the writer drew a
// span's edges ("by Saturday 5 December" or "5 December"), never the
// reported score.
var overlapFlag = flag.Bool("score.overlap", false, "match every rule's findings to labels by overlap (an analysis of span conventions; the scores reported use exact spans)")

type score struct{ tp, fp, fn int }

// scoreCorpus checks every row and counts, per rule, findings that match a
// label (tp), findings that do not (fp) and labels no finding matched (fn).
func scoreCorpus(t *testing.T, rows []corpusRow, verbose bool) (map[string]*score, string) {
	scores := map[string]*score{}
	for _, ri := range rules {
		scores[ri.ID] = &score{}
	}
	clear := 0
	for _, r := range rows {
		if len(r.Expect) == 0 {
			clear++
		}
		fs := Check(r.Text, rowOptions(r))
		type label struct{ rule, text string }
		var want []label
		for _, e := range r.Expect {
			if scores[e.Rule] == nil {
				t.Fatalf("corpus names unknown rule %q", e.Rule)
			}
			want = append(want, label{e.Rule, e.Text})
		}
		for _, f := range fs {
			st := spanText(r.Text, f)
			i := slices.IndexFunc(want, func(l label) bool { return l.rule == f.Rule && l.text == st })
			if i < 0 && (f.Rule == RuleImpolite || *overlapFlag) {
				i = slices.IndexFunc(want, func(l label) bool { return l.rule == f.Rule && overlaps(r.Text, l.text, f) })
			}
			if i >= 0 {
				scores[f.Rule].tp++
				want = slices.Delete(want, i, i+1)
				continue
			}
			scores[f.Rule].fp++
			if verbose {
				t.Logf("false alarm %s %q in %q", f.Rule, st, r.Text)
			}
		}
		for _, w := range want {
			scores[w.rule].fn++
			if verbose {
				t.Logf("missed %s %q in %q", w.rule, w.text, r.Text)
			}
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%d texts, %d clear\n%-22s %4s %4s %4s %9s %6s\n", len(rows), clear, "rule", "tp", "fp", "fn", "precision", "recall")
	var all score
	for _, ri := range rules {
		s := scores[ri.ID]
		all.tp, all.fp, all.fn = all.tp+s.tp, all.fp+s.fp, all.fn+s.fn
		fmt.Fprintf(&b, "%-22s %4d %4d %4d %9.3f %6.3f\n", ri.ID, s.tp, s.fp, s.fn, ratio(s.tp, s.tp+s.fp), ratio(s.tp, s.tp+s.fn))
	}
	fmt.Fprintf(&b, "%-22s %4d %4d %4d %9.3f %6.3f\n", "all (micro)", all.tp, all.fp, all.fn, ratio(all.tp, all.tp+all.fp), ratio(all.tp, all.tp+all.fn))
	scores[""] = &all
	return scores, b.String()
}

// TestCorpus measures precision and recall per rule on the tuning corpus.
func TestCorpus(t *testing.T) {
	rows := loadCorpus(t)
	if len(rows) < 220 {
		t.Fatalf("corpus has %d rows, want at least 220", len(rows))
	}
	scores, table := scoreCorpus(t, rows, true)
	t.Log("tuning corpus: " + table)
	bad := false
	for _, ri := range rules {
		s := scores[ri.ID]
		if s.tp+s.fn == 0 {
			t.Errorf("rule %s has no positive example in the corpus", ri.ID)
		}
		if ratio(s.tp, s.tp+s.fp) < 0.95 || ratio(s.tp, s.tp+s.fn) < 0.90 {
			bad = true
		}
	}
	if bad {
		t.Error("a rule is below 0.95 precision or 0.90 recall")
	}
}

// TestHeldOut scores the held-out sets (docs/checker.md): heldout.jsonl,
// written before any rule change, fresh.jsonl, written after the first
// rules, third.jsonl, written after all tuning, fourth.jsonl (round 2,
// written before its rule changes), fifth.jsonl (written after them) and
// sixth.jsonl (round 3, written before its rule changes), seventh.jsonl
// (written after them) and eighth.jsonl (written after the changes the
// seventh's first run led to), and ninth.jsonl (round 4, written before
// its rule changes), tenth.jsonl (written after them) and eleventh.jsonl
// (written after the changes the tenth led to) and twelfth.jsonl (after
// those the eleventh led to), thirteenth.jsonl and fourteenth.jsonl (after
// round 4), fifteenth.jsonl (round 5, written before its rule changes) and
// sixteenth.jsonl (written after them) and seventeenth.jsonl (after the
// changes the sixteenth led to), eighteenth.jsonl (after those the
// seventeenth led to) and nineteenth.jsonl (after all of round 5), and
// twentieth.jsonl (written before the rudeness model was trained) and
// twentyfirst.jsonl (round 7, written after its training sentences) and
// twentysecond.jsonl (after the changes the twenty-first led to) and
// twentythird.jsonl (round 8, after the changes the twenty-second led to),
// and twentyfourth.jsonl and twentyfifth.jsonl (round 9, by writers who
// never saw the checker; tuned from their first runs on). It
// prints only the tables, never the texts, so that tuning does not look at
// them.
func TestHeldOut(t *testing.T) {
	for _, name := range []string{"heldout", "fresh", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "twentyfirst", "twentysecond", "twentythird", "twentyfourth", "twentyfifth", "twentysixth", "twentyseventh", "twentyeighth", "twentyninth", "thirtieth", "thirtyfirst", "thirtysecond", "thirtythird", "thirtyfourth", "thirtyfifth", "thirtysixth", "thirtyseventh", "thirtyeighth", "thirtyninth", "fortieth", "fortyfirst", "fortysecond", "fortythird", "fortyfourth", "fortyfifth", "fortysixth", "fortyseventh", "fortyeighth", "fortyninth", "fiftieth", "fiftyfirst", "fiftysecond", "fiftythird", "fiftyfourth", "fiftyfifth", "fiftysixth", "fiftyseventh", "fiftyeighth", "fiftyninth", "sixtieth", "sixtyfirst", "sixtysecond", "sixtythird", "sixtyfourth", "sixtyfifth", "sixtysixth", "sixtyseventh", "sixtyeighth", "sixtyninth", "seventieth", "seventyfirst", "seventysecond", "seventythird", "seventyfourth", "seventyfifth", "seventysixth", "seventyseventh", "seventyeighth", "seventyninth", "eightieth", "eightyfirst", "eightysecond", "eightythird", "eightyfourth", "eightyfifth", "eightysixth", "eightyseventh", "eightyeighth", "eightyninth", "ninetieth", "ninetyfirst", "ninetysecond", "ninetythird", "ninetyfourth", "ninetyfifth", "ninetysixth", "ninetyseventh", "ninetyeighth", "ninetyninth", "hundredth", "hundredfirst", "hundredsecond", "hundredthird", "hundredfourth", "hundredfifth", "hundredsixth", "hundredseventh", "hundredeighth", "hundredninth", "hundredtenth", "hundredeleventh", "hundredtwelfth", "hundredthirteenth", "hundredfourteenth", "hundredfifteenth", "hundredsixteenth", "hundredseventeenth", "hundredeighteenth", "hundrednineteenth", "hundredtwentieth", "hundredtwentyfirst", "hundredtwentysecond", "hundredtwentythird", "hundredtwentyfourth", "hundredtwentyfifth", "hundredtwentysixth", "hundredtwentyseventh", "hundredtwentyeighth", "hundredtwentyninth", "hundredthirtieth", "hundredthirtyfirst", "hundredthirtysecond", "hundredthirtythird", "hundredthirtyfourth", "hundredthirtyfifth", "hundredthirtysixth", "hundredthirtyseventh", "hundredthirtyeighth", "hundredthirtyninth", "hundredfortieth", "hundredfortyfirst", "hundredfortysecond", "hundredfortythird", "hundredfortyfourth"} {
		rows := loadCorpusFile(t, "testdata/"+name+".jsonl")
		scores, table := scoreCorpus(t, rows, false)
		t.Log(name + ": " + table)
		all := scores[""]
		p, r := ratio(all.tp, all.tp+all.fp), ratio(all.tp, all.tp+all.fn)
		if name == "heldout" && (p < 0.95 || r < 0.90) {
			t.Errorf("held-out precision %.3f recall %.3f; the goal is 0.95 and 0.90", p, r)
		}
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

func TestSpansAndOrder(t *testing.T) {
	text := "各位好!!!请尽快处理,12月3日(周五)前交付,别找借口。PLEASE DO NOT IGNORE THIS"
	fs := Check(text, Options{Now: corpusNow, Kind: Request})
	if len(fs) == 0 {
		t.Fatal("no findings")
	}
	n := utf8.RuneCountInString(text)
	for i, f := range fs {
		if f.Start < 0 || f.End > n || f.Start >= f.End {
			t.Errorf("bad span %+v", f)
		}
		if i > 0 && fs[i-1].Start > f.Start {
			t.Errorf("not sorted: %+v before %+v", fs[i-1], f)
		}
		if f.Message == "" {
			t.Errorf("no message: %+v", f)
		}
	}
}

func TestSeverity(t *testing.T) {
	tests := []struct {
		text  string
		kind  Kind
		block bool
		worst Severity
	}{
		{"尽快", Date, true, Block},
		{"请尽快处理", Text, false, Warn},
		{"提供若干样例", Standard, false, Info},
		{"12月4日", Date, false, ""},
		{"", Request, false, ""},
	}
	for _, tc := range tests {
		fs := Check(tc.text, Options{Now: corpusNow, Kind: tc.kind})
		if HasBlocking(fs) != tc.block || Worst(fs) != tc.worst {
			t.Errorf("%q kind %d: blocking %v worst %q, want %v %q (%+v)", tc.text, tc.kind, HasBlocking(fs), Worst(fs), tc.block, tc.worst, fs)
		}
	}
}

func TestEnglishMessages(t *testing.T) {
	fs := Check("请于2026年12月3日(周五)前提交", Options{Now: corpusNow, Lang: "en"})
	if len(fs) != 1 || fs[0].Rule != RuleWeekdayMismatch {
		t.Fatalf("got %+v", fs)
	}
	if fs[0].Message != "Dec 3, 2026 is a Thursday, not a Friday" {
		t.Errorf("message %q", fs[0].Message)
	}
}

func TestSuggestionUsesCalendar(t *testing.T) {
	// Wednesday 2026-11-25: two working days ahead is Friday 11-27.
	fs := Check("请尽快回复", Options{Now: corpusNow, Calendar: testCalendar{}})
	if len(fs) != 1 || !strings.Contains(fs[0].Suggestion, "11月27日(周五)") {
		t.Fatalf("got %+v", fs)
	}
	// Thursday 2026-12-31: Friday 01-01 is a holiday, so Monday and Tuesday.
	fs = Check("ASAP", Options{Now: time.Date(2026, 12, 31, 10, 0, 0, 0, defaultLocation()), Calendar: testCalendar{}, Lang: "en"})
	if len(fs) != 1 || !strings.Contains(fs[0].Suggestion, "Tue, Jan 5") {
		t.Fatalf("got %+v", fs)
	}
}

func TestYearlessDatesAreNearest(t *testing.T) {
	// In late December, "1月4日(周一)" is next January (2027-01-04 is a Monday).
	now := time.Date(2026, 12, 28, 10, 0, 0, 0, defaultLocation())
	if fs := Check("1月4日(周一)前提交", Options{Now: now}); len(fs) != 0 {
		t.Errorf("got %+v", fs)
	}
}

func TestInvalidUTF8(t *testing.T) {
	text := "请\xff尽快!!!"
	fs := Check(text, Options{Now: corpusNow})
	n := utf8.RuneCountInString(text)
	for _, f := range fs {
		if f.End > n {
			t.Errorf("span past the end: %+v", f)
		}
	}
	if len(fs) != 2 || fs[0].Start != 2 {
		t.Errorf("got %+v", fs)
	}
}

func TestRules(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range Rules() {
		if r.ID == "" || r.ZH == "" || r.EN == "" || seen[r.ID] {
			t.Errorf("bad rule info %+v", r)
		}
		seen[r.ID] = true
	}
}

// TestCheckContext: a caller that goes away stops the work (issue 20).
func TestCheckContext(t *testing.T) {
	text := repeatTo("请技术部于11月3日(周二)前尽快处理!!!", 200_000)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if fs, err := CheckContext(ctx, text, Options{Now: corpusNow, Kind: Request}); !errors.Is(err, context.Canceled) || fs != nil {
		t.Fatalf("cancelled: %d findings, error %v", len(fs), err)
	}
	fs, err := CheckContext(context.Background(), text, Options{Now: corpusNow, Kind: Request})
	if err != nil || len(fs) != MaxFindings {
		t.Fatalf("got %d findings, error %v; want %d", len(fs), err, MaxFindings)
	}
	// The first MaxFindings in text order, whatever the rule.
	for i := 1; i < len(fs); i++ {
		if fs[i].Start < fs[i-1].Start {
			t.Fatalf("unsorted at %d", i)
		}
	}
	// They are the findings of the text cut after them.
	last := fs[len(fs)-1].Start
	head := Check(string([]rune(text)[:last+100]), Options{Now: corpusNow, Kind: Request})
	var want, got []Finding
	for _, f := range head {
		if f.Start < last {
			want = append(want, f)
		}
	}
	for _, f := range fs {
		if f.Start < last {
			got = append(got, f)
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("the first findings differ from those of the text's head: %d vs %d", len(got), len(want))
	}
}

func FuzzCheck(f *testing.F) {
	for _, s := range []string{"", "请尽快处理!!!", "2026年12月3日(周五)", "12/3 (Fri)", "Dec 3 (Friday)", "下周五(12月3日)", "PLEASE DO NOT DO THIS", "\xff\xfe", "12月", "2026-", "3:", "Dec 3, 20", "1月32日", "下下周日"} {
		f.Add(s, 0)
	}
	for _, s := range []string{"十二月三十一日（周三）前", "下下周日之前", "明天（周五）", "１２月５日１８：００前", "12.5前", "“尽快”", "《回头》", "这点小事都做不好", "Fix it now.", "by Saturday", "2026.12.06前", "二〇二六年二月三十日", "小李下周一前", "\"soon\""} {
		f.Add(s, 1)
	}
	f.Fuzz(func(t *testing.T, s string, kind int) {
		opt := Options{Now: corpusNow, Calendar: testCalendar{}, Kind: Kind(kind & 3)}
		if kind&4 != 0 {
			opt.Form = &Form{Owner: "陈杰", Due: "2026-12-04", Dept: "技术部", Contact: "陈杰"}
		}
		if kind&8 != 0 {
			opt.Lang = "en"
		}
		fs := Check(s, opt)
		if len(fs) > MaxFindings {
			t.Fatalf("%d findings", len(fs))
		}
		n := utf8.RuneCountInString(s)
		for i, x := range fs {
			if x.Message == "" || x.Suggestion == "" {
				t.Fatalf("finding without message or suggestion: %+v", x)
			}
			if x.Start < 0 || x.Start >= x.End || x.End > n {
				t.Fatalf("bad span %+v in %q (%d runes)", x, s, n)
			}
			if i > 0 && fs[i-1].Start > x.Start {
				t.Fatalf("unsorted %+v", fs)
			}
		}
	})
}

// benchText is mixed Chinese business text with a few English lines.
func benchText(tb testing.TB) string {
	var b strings.Builder
	for _, r := range loadCorpus(tb) {
		b.WriteString(r.Text)
		b.WriteByte('\n')
	}
	return b.String()
}

func BenchmarkCheck(b *testing.B) {
	text := benchText(b)
	benchCPU(b, text, Options{Now: corpusNow, Calendar: testCalendar{}})
}

// benchCPU runs Check on text and reports, besides wall time, the wall
// time per byte ("ns/B"), the CPU time per call and per byte ("cpu-ns/op",
// "cpu-ns/B") and the bytes per CPU second ("cpu-MB/s"); the CPU figures
// stay true on a machine busy with other work. Per byte, a linear checker
// gives the same figure at every size.
func benchCPU(b *testing.B, text string, opt Options) {
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	start := cpuTime()
	n := 0
	for b.Loop() {
		Check(text, opt)
		n++
	}
	if n == 0 || len(text) == 0 {
		return
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(n)/float64(len(text)), "ns/B")
	if cpu := cpuTime() - start; cpu > 0 {
		per := float64(cpu.Nanoseconds()) / float64(n)
		b.ReportMetric(per, "cpu-ns/op")
		b.ReportMetric(per/float64(len(text)), "cpu-ns/B")
		b.ReportMetric(float64(len(text))/per*1e3, "cpu-MB/s")
	}
}

// BenchmarkCheckClear is the realistic case: mixed text where most sentences are fine.
func BenchmarkCheckClear(b *testing.B) {
	var sb strings.Builder
	for _, r := range loadCorpus(b) {
		if len(r.Expect) == 0 {
			sb.WriteString(r.Text)
			sb.WriteByte('\n')
		}
	}
	benchCPU(b, sb.String(), Options{Now: corpusNow, Calendar: testCalendar{}})
}

func BenchmarkCheckShort(b *testing.B) {
	benchCPU(b, "请技术部陈杰尽快评估接口改造工作量,12月3日(周五)前给出排期,谢谢!", Options{Now: corpusNow, Calendar: testCalendar{}})
}

// TestCases pins behaviour the documentation promises (docs/checker.md).
func TestCases(t *testing.T) {
	tests := []struct {
		kind Kind
		text string
		want []string // rule:text
	}{
		{Text, "方案定于3 Dec 2026 (Fri)。", []string{"weekday-mismatch:3 Dec 2026 (Fri)"}},
		{Text, "Demo on December 3rd, 2026 (Thursday).", nil},
		{Text, "2026.12.03(周五)", []string{"weekday-mismatch:2026.12.03(周五)"}},
		{Text, "12月3号(周五)", []string{"weekday-mismatch:12月3号(周五)"}},
		{Text, "请于11月25日9:00前提交", []string{"deadline-past:11月25日"}},
		{Text, "请于11月25日下午6点前提交", nil},
		{Text, "13月1日前", []string{"date-invalid:13月1日"}},
		{Text, "Really?!", nil},
		{Text, "Really?!?", []string{"shouting:?!?"}},
		{Text, "HUAWEI CLOUD 的报价已收到", nil},
		{Text, "1/2的测试用例已通过,尽快完成剩余部分", []string{"vague-time:尽快"}},
		{Text, "上周五已经说过,尽快回复", []string{"vague-time:尽快"}},
		{Text, "5 amazing results, coming soon", []string{"vague-time:soon"}},
		{Text, "coming at 5 pm soon", nil},
		{Date, "近期", []string{"vague-time:近期"}},
		{Text, "回头想想,当时的决定是对的。", nil},
		{Text, "稍后我把链接发群里。", []string{"vague-time:稍后"}},
		{Standard, "页面左右两侧各留20像素", nil},
		{Request, "申请采购两台显示器", []string{"request-no-owner:*", "request-no-date:*"}},
		{Request, "  \n ", nil},
	}
	for _, tc := range tests {
		fs := Check(tc.text, Options{Now: corpusNow, Calendar: testCalendar{}, Kind: tc.kind})
		var got []string
		for _, f := range fs {
			got = append(got, f.Rule+":"+spanText(tc.text, f))
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}

// pathological are inputs that once made the checker slow (issue 20): each
// is repeated to the length asked.
var pathological = []struct {
	name, unit string
	kind       Kind
}{
	{"past-dates", "2026年11月3日(周二)前", Request},
	{"capitals", "A", Text},
	{"caps-words", "PLEASE SEND IT ", Text},
	{"vague", "尽快", Text},
	{"vague-en", "soon ", Text},
	{"rude", "你们是怎么", Text},
	{"shouts", "!?", Text},
	{"quotes", "“", Text},
	{"dates-no-punct", "12月5日前下周六前明天（周五）", Request},
	{"digits", "1", Text},
	{"zh-numerals", "十二月三十一日", Date},
	{"weekdays", "周五", Text},
	{"rude-shapes", "你到底说了几遍了都做不对太“高”了", Text},
	{"wait-then", "等", Text},
	{"rude-verdicts", "你们就只会拖", Text},
	{"rude-sentences", "你们是不是故意拖？Did nobody check this? ", Text},
}

// repeatTo repeats unit to n characters.
func repeatTo(unit string, n int) string {
	u := []rune(unit)
	r := make([]rune, n)
	for i := range r {
		r[i] = u[i%len(u)]
	}
	return string(r)
}

// BenchmarkPathological shows the time is linear in the length: compare
// ns/op of 10k, 100k and 1M characters (at most 12× for 10× the size), or
// ns/B and cpu-ns/B, which stay the same for a linear checker.
// TestPathologicalRatios (ratio_test.go) measures the ratios themselves, with
// the sizes interleaved so that a shared machine's load falls on all alike.
func BenchmarkPathological(b *testing.B) {
	for _, p := range pathological {
		for _, n := range []int{10_000, 100_000, 1_000_000} {
			text := repeatTo(p.unit, n)
			opt := Options{Now: corpusNow, Calendar: testCalendar{}, Kind: p.kind}
			b.Run(fmt.Sprintf("%s/%d", p.name, n), func(b *testing.B) { benchCPU(b, text, opt) })
		}
	}
}

// TestFormContext: the form's owner and date satisfy the request rules, and
// suggestions name the form's own department and contact, not a fixed one.
func TestFormContext(t *testing.T) {
	tests := []struct {
		form       *Form
		lang       string
		rules      []string
		suggestion string // in the request-no-owner finding
	}{
		{&Form{Owner: "陈杰", Due: "2026-12-04", Dept: "技术部", Contact: "陈杰"}, "", nil, ""},
		{&Form{Due: "2026-12-04", Dept: "法务部", Contact: "孙丽"}, "", []string{RuleRequestNoOwner}, "请法务部孙丽负责"},
		{&Form{Due: "2026-12-04", Dept: "Legal", Contact: "Sun Li"}, "en", []string{RuleRequestNoOwner}, "Sun Li (Legal), please"},
		{&Form{Owner: "何平"}, "", []string{RuleRequestNoDate}, ""},
		{nil, "", []string{RuleRequestNoOwner, RuleRequestNoDate}, "请××部××负责"},
	}
	for _, tc := range tests {
		fs := Check("整理展会物料清单", Options{Now: corpusNow, Kind: Request, Form: tc.form, Lang: tc.lang})
		var got []string
		for _, f := range fs {
			got = append(got, f.Rule)
			if f.Rule == RuleRequestNoOwner && !strings.Contains(f.Suggestion, tc.suggestion) {
				t.Errorf("%+v: suggestion %q, want %q in it", tc.form, f.Suggestion, tc.suggestion)
			}
			if strings.Contains(f.Suggestion, "陈杰") && (tc.form == nil || tc.form.Contact != "陈杰") {
				t.Errorf("%+v: suggestion names 陈杰: %q", tc.form, f.Suggestion)
			}
		}
		if !slices.Equal(got, tc.rules) {
			t.Errorf("%+v: rules %v, want %v", tc.form, got, tc.rules)
		}
	}
}

// TestDateForms pins the date forms issue 17 asks for, against the corpus
// clock (Wednesday 2026-11-25).
func TestDateForms(t *testing.T) {
	tests := []struct {
		kind Kind
		text string
		want []string // rule:text
	}{
		{Text, "请于十二月五日前提交", []string{"deadline-non-workday:十二月五日"}},
		{Text, "二〇二六年十二月三日（星期五）开会", []string{"weekday-mismatch:二〇二六年十二月三日（星期五）"}},
		{Text, "请于１２月２０日前提交", []string{"deadline-non-workday:１２月２０日"}},
		{Text, "请于１１月２０日１８：００前提交", []string{"deadline-past:１１月２０日"}},
		{Text, "最晚12.5交", []string{"deadline-non-workday:12.5"}},
		{Text, "单价12.5元,增长3.5%", nil},
		{Text, "请于2026.12.05前回复", []string{"deadline-non-workday:2026.12.05"}},
		{Text, "Reply by 5 December.", []string{"deadline-non-workday:5 December"}},
		{Text, "Reply by Saturday.", []string{"deadline-non-workday:Saturday"}},
		{Text, "请于本周六前提交", []string{"deadline-non-workday:本周六"}},
		{Text, "下下周日前交", []string{"deadline-non-workday:下下周日"}},
		{Text, "明天（周五）见", []string{"weekday-mismatch:明天（周五）"}},
		{Text, "明天（周四）见", nil},
		{Text, "下周三（12月3日）上门", []string{"weekday-mismatch:下周三（12月3日）"}},
		{Text, "12月8日（下周二）前", []string{"weekday-mismatch:12月8日（下周二）"}},
		{Text, "上周六前就该交了", nil},
		{Text, "十三月一日", []string{"date-invalid:十三月一日"}},
		{Request, "请王经理十二月八日前提交预算", nil},
		{Request, "小李下周一前把样品寄出", nil},
		{Request, "张工12月3日前汇总修改意见", nil},
		{Text, "会议定于12月9日14:00，链接稍后发出", []string{"vague-time:稍后"}},
		{Text, "尽快安排，最晚12月4日前给到客户", nil},
		{Text, "新楼盘主打改天换地的理念", nil},
		{Text, "客户邮件里写的是“尽快发货”", nil},
	}
	for _, tc := range tests {
		fs := Check(tc.text, Options{Now: corpusNow, Calendar: testCalendar{}, Kind: tc.kind})
		var got []string
		for _, f := range fs {
			got = append(got, f.Rule+":"+spanText(tc.text, f))
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}
