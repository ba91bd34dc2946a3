package check

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Rudeness judged on the whole sentence (round 3 of issue 17). The lexicon
// finds cues one at a time; this pass reads each sentence once and combines
// what it holds:
//
//   - a target: the reader (你/你们 — never 您 —, you, your team);
//   - a negative verdict on people or their work (敷衍, 推来推去, 形同虚设,
//     效率太低, 没听见; sloppy, incapable, expected better …);
//   - a rhetorical question: a question mark and a marker that asks nothing
//     (还用问我?, 也能叫方案?, 就这么对待客户的?, 是第一天…吗?, 能不能快点?;
//     Do I have to…?, Is anyone there?);
//   - exasperation (真是够了, 受够了, 忍你们很久了, 第三次了; This is the third
//     time…, Really?) and threats (做不完就换供应商; or I'll …);
//   - softeners, which make it a request or an apology instead: 请, 麻烦,
//     谢谢, 希望, 抱歉, 您; please, thanks, could you, sorry.
//
// A sentence is rude when it has a verdict and a target, a rhetorical
// question with a verdict, exasperation or urgency, or an outright threat or
// exasperation — and no softener. Criticism of a thing (这套系统太难用了)
// has no target; a real question (你们仓库周六是否上班?) has no marker.

// maxJudged bounds the sentences this pass reads (in bytes); a longer run
// without a sentence mark is not a message anyone writes by hand, and the
// bound keeps the pass linear.
const maxJudged = 400

var (
	// verdicts on people or on how they work
	sentVerdictZh = []string{"敷衍", "糊弄", "推诿", "推来推去", "踢皮球", "扯皮", "拖拖拉拉", "磨磨蹭蹭", "磨洋工", "混日子", "不作为",
		"形同虚设", "效率也太低", "效率太低", "效率真低", "态度太差", "态度真差", "让人寒心", "真让人寒心", "太让人失望", "失望透顶",
		"没听见", "听不见吗", "装傻", "装聋", "装死", "不闻不问", "置之不理", "爱答不理", "爱理不理", "不理不睬", "人间蒸发",
		"什么水平", "一塌糊涂", "乱七八糟", "马马虎虎", "粗心大意", "不用心", "不认真", "没认真", "存心", "成心",
		"怀疑你们", "怀疑你", "故意卡", "故意拖", "故意不", "刁难", "浪费口舌", "浪费我", "不像话", "没水平", "不长心", "都在等你", "就等你",
		"天天就", "总是就", "是不是只会", "只会卡", "心里没数", "没点数", "迟早要出", "迟早会出", "迟早出事", "不识字", "是文盲",
		"合作真累", "真心累", "一点用没有", "一点信用都没有", "一点诚信都没有", "一点责任心都没有", "一点都不靠谱", "就是不动", "就是不改",
		"就是不回", "就是不听",
		"慢悠悠", "慢吞吞", "慢腾腾", "不紧不慢"}
	// markers of a question that asks nothing
	sentRhetZh = []string{"还用问", "还用说", "还用我", "也要来问", "也要问", "还要来问", "也能叫", "也配叫", "也配", "也算是", "这也叫",
		"就这么对待", "就这么做", "就这样对待", "是第一天", "行不行", "有那么难", "有这么难", "就这点", "能不能快", "能不能动作快",
		"能不能麻利", "能不能利索", "能不能长点", "是不是故意", "是不是存心", "是不是觉得", "是不是没长", "是不是不想", "是不是忘了自己",
		"是没长", "你们是没", "你是没",
		"到底还", "能不能别", "能不能不要", "还要我们怎么", "还要我怎么", "你让我怎么", "让我们怎么", "实习生写的", "实习生做的",
		"小学生写的", "外行写的", "这是什么态度", "这是什么合作", "这是什么服务", "这叫什么",
		"摆着看的", "当空气", "当摆设", "算谁的", "是在糊弄"}
	// exasperation and threats
	sentFedUpZh = []string{"真是够了", "受够了", "够够的", "忍你们", "忍你很久", "忍了很久", "做不完就换", "做不好就换", "做不到就换",
		"不行就换", "再这样就", "再这样下去就", "就换供应商", "就换人", "就换一家", "卷铺盖", "走人吧", "不要再找理由", "不要再找借口",
		"不要再跟我", "不要再给我", "不要再拖", "重新做！", "重做！", "这都什么", "能做主的人", "换个懂的", "换个能", "说累了", "说烦了", "催累了",
		"不想听原因", "不想听理由", "不想听废话"}
	sentVerdictEn = []string{"incapable", "no idea what you", "no clue what you", "sloppy", "careless", "unprofessional", "unreliable",
		"expected better", "expect better", "should be embarrassed", "should be ashamed", "not good enough", "half-finished",
		"half-baked", "never read", "never reply", "never answer", "never respond", "never listen", "never check", "never test",
		"don't even read", "didn't even read", "can't even", "couldn't even",
		"nobody on your", "no one on your", "nobody in your", "no one in your", "without telling anyone", "without asking anyone",
		"clearly doesn't", "clearly don't", "clearly didn't", "clearly can't", "clearly never", "clearly has no", "clearly have no"}
	sentRhetEn = []string{"do i have to do", "do i have to", "is anyone there", "is anybody there", "is anyone listening",
		"is anyone reading", "is anyone awake", "is anyone home", "so difficult for", "so hard for", "how difficult can",
		"how is this so", "how is it so", "are you unable", "are you incapable", "what is so hard", "what's so hard",
		"do you even", "do you guys ever", "have you been doing", "are you seriously", "you're seriously telling",
		"is it really so hard", "is it so hard", "is it that hard", "so complicated about", "what's so complicated", "what is so complicated",
		"what's so difficult", "what is so difficult"}
	sentFedUpEn = []string{"the third time i", "the fourth time i", "the fifth time i", "the second time i", "the third time we",
		"the tenth time", "the hundredth time", "or i'll", "or we'll", "last chance", "i'm done with", "i am done with",
		"had enough of", "had it with", "read the ticket before", "read the email before", "read the spec before",
		"read my email before", "read the thread before", "stop sending me", "stop asking me", "stop bothering", "stop cc",
		"think before you", "check before you hit", "read before you", "escalating to your", "escalate this to your", "go over your head",
		"can't believe we're still", "can't believe this is still", "nice of you to finally", "thanks for finally", "do your homework"}
	softEn = []string{"please", "thank", "could you", "would you", "sorry", "appreciate", "kindly", "no rush", "if possible"}
)

// Phrase categories of the sentence matcher.
const (
	pSoft uint8 = iota + 1
	pVerdict
	pRhet
	pFedUp
	pAgain    // 每次, 总是, 又 …: a repeated failure
	pGreeting // 你好, 你们好: 你 that is no target
	pTarget   // you, your, whoever (English; 你 is found directly)
	pThreat   // 后果你们自己负责: rude whatever softener goes with it
	pShape    // a word a round-4 shape needs (shape.go): only then are the shapes tried
)

type phrase struct {
	s   string
	cat uint8
	id  uint16 // pShape: the cue's number (shape.go)
}

// sentZh and sentEn index the phrases by their first rune or (lower-case)
// byte, longest first; sentZhFirst marks the runes that start one, so that
// most characters cost one bit test.
var sentZh, sentEn, sentZhFirst = func() (map[rune][]phrase, map[byte][]phrase, *[1 << 16 / 64]uint64) {
	zh := map[rune][]phrase{}
	en := map[byte][]phrase{}
	var first [1 << 16 / 64]uint64
	addZh := func(cat uint8, ws ...string) {
		for _, w := range ws {
			r, _ := utf8.DecodeRuneInString(w)
			zh[r] = append(zh[r], phrase{w, cat, cueZh[w]})
			first[r>>6] |= 1 << (r & 63)
		}
	}
	addEn := func(cat uint8, ws ...string) {
		for _, w := range ws {
			en[w[0]] = append(en[w[0]], phrase{w, cat, cueEn[w]})
		}
	}
	addZh(pSoft, softZh...)
	addZh(pSoft, "希望", "建议", "抱歉", "不好意思", "对不起", "我们的失误", "我们的问题", "是我们")
	addZh(pVerdict, sentVerdictZh...)
	addZh(pRhet, sentRhetZh...)
	addZh(pFedUp, sentFedUpZh...)
	addZh(pAgain, "每次", "总是", "老是", "一直", "又")
	addZh(pGreeting, "你好", "你们好")
	addZh(pThreat, "后果你们", "后果你", "后果由你", "责任你们", "出了事你们", "出了问题你们")
	addEn(pSoft, softEn...)
	addEn(pVerdict, sentVerdictEn...)
	addEn(pRhet, sentRhetEn...)
	addEn(pFedUp, sentFedUpEn...)
	addEn(pTarget, "you", "your", "whoever")
	for _, w := range shapeCuesZh {
		if w[0] >= utf8.RuneSelf {
			addZh(pShape, w)
		}
	}
	for _, w := range shapeCuesEn {
		if w[0] < utf8.RuneSelf {
			addEn(pShape, w)
		}
	}
	for _, m := range []map[rune][]phrase{zh} {
		for k, ps := range m {
			slices.SortStableFunc(ps, func(a, b phrase) int { return len(b.s) - len(a.s) })
			m[k] = ps
		}
	}
	for k, ps := range en {
		slices.SortStableFunc(ps, func(a, b phrase) int { return len(b.s) - len(a.s) })
		en[k] = ps
	}
	return zh, en, &first
}()

// features is what one pass over a sentence finds: for each category the
// first match (start, length; -1 when none).
type features struct {
	at      [pShape + 1]int
	w       [pShape + 1]int
	han     bool
	you     bool // 你 (not 您)
	english bool
	zhCues  cueSet // the round-4 shape cues the sentence holds
	enCues  cueSet
}

func (f *features) found(cat uint8) bool { return f.at[cat] >= 0 }

// scanSentence reads t[s:e] once.
func scanSentence(t string, s, e int) features {
	var f features
	for i := range f.at {
		f.at[i] = -1
	}
	quote := false // inside quotation marks: a quoted 请/您 softens nothing (客服除了“请您耐心等待”还会说别的吗?)
	note := func(p phrase, i int) {
		if p.cat == pSoft && (quote || p.s == "请" && hasSuffixAny(t[s:i], "花钱", "出钱", "掏钱", "付钱", "花大价钱", "高薪", "申", "邀", "聘", "宴", "提")) {
			return // 请 that hires or is part of a noun is no softener (花钱请你们来…, 我的申请)
		}
		if p.s == "是我们" && hasSuffixAny(t[s:i], "都", "总", "全") {
			return // round 26 (h17aj): 每次台风都是我们班组顶上去 complains, it owns no fault
		}
		if f.at[p.cat] < 0 {
			f.at[p.cat], f.w[p.cat] = i, len(p.s)
		}
	}
	for i := s; i < e; {
		b := t[i]
		if b < utf8.RuneSelf {
			if b == '"' {
				quote = !quote
			}
			if isLetter(b) && (i == s || !isLetter(t[i-1])) {
				f.english = true
				matched := false
				for _, p := range sentEn[b|0x20] {
					if i+len(p.s) <= e && strings.EqualFold(t[i:i+len(p.s)], p.s) &&
						(i+len(p.s) == len(t) || !isLetter(t[i+len(p.s)]) || p.cat != pTarget && !endsInPronoun(p.s)) {
						if p.cat == pShape {
							f.enCues.set(p.id) // every cue counts, not only the longest
							note(p, i)
							continue
						}
						if matched {
							continue
						}
						matched = true
						if !(p.cat == pSoft && allUpper(t[i:i+len(p.s)])) { // "Can you PLEASE stop…" is no softener
							note(p, i)
						}
					}
				}
			}
			i++
			continue
		}
		var r rune
		n := 1
		if b >= 0xE0 && b < 0xF0 && i+2 < len(t) {
			r, n = rune(b&0x0F)<<12|rune(t[i+1]&0x3F)<<6|rune(t[i+2]&0x3F), 3 // valid: CheckContext made it so
		} else {
			r, n = utf8.DecodeRuneInString(t[i:])
		}
		switch r {
		case '“', '「', '『':
			quote = true
		case '”', '」', '』':
			quote = false
		}
		if r >= 0x4E00 && r <= 0x9FFF {
			f.han = true
			if r == '你' {
				f.you = true
			}
		}
		if r < 1<<16 && sentZhFirst[r>>6]&(1<<(r&63)) != 0 {
			matched := false
			for _, p := range sentZh[r] {
				// the first rune is equal; the last byte of the second rune
				// rejects most phrases before the full comparison
				if len(p.s) >= n+3 && (i+n+2 >= e || t[i+n+2] != p.s[n+2]) {
					continue
				}
				if strings.HasPrefix(t[i:e], p.s) {
					if p.cat == pShape {
						f.zhCues.set(p.id) // every cue counts, not only the longest
						note(p, i)
						continue
					}
					if !matched {
						matched = true
						note(p, i)
					}
				}
			}
		}
		i += n
	}
	return f
}

// sentenceMark reads the byte at t[i]: how many bytes its character takes
// (1, or 3 for a full-width mark) and whether a sentence ends after it —
// at ! ? ; a line break, a full stop before a space or the end, 。！？；.
// judgeSentences and the model's training (forSentences) cut with it, so
// the model learns on the sentences it will be shown.
func sentenceMark(t string, i int) (n int, end bool) {
	switch b := t[i]; {
	case b == '!' || b == '?' || b == ';' || b == '\n':
		return 1, true
	case b == '.':
		return 1, i+1 == len(t) || t[i+1] == ' ' || t[i+1] == '\n'
	case b == 0xE3 && i+2 < len(t) && t[i+1] == 0x80 && t[i+2] == 0x82: // 。
		return 3, true
	case b == 0xEF && i+2 < len(t) && t[i+1] == 0xBC && (t[i+2] == 0x81 || t[i+2] == 0x9F || t[i+2] == 0x9B): // ！？；
		return 3, true
	}
	return 1, false
}

// judgeSentences adds an impolite token for every sentence of c.t[from:to]
// the rules above call rude. Called after scan, before index; a sentence
// that starts in the range is read whole.
func (c *checker) judgeSentences(from, to int) {
	t := c.t
	start, next := from, from+1<<16
	scanned := tokCursor{n: len(c.toks)} // the scan's tokens, in text order
	for i := from; i < len(t) && start < to; {
		if i >= next {
			if c.cancelled() {
				return
			}
			next = i + 1<<16
		}
		n, end := sentenceMark(t, i)
		i += n
		if end || i == len(t) {
			// a sentence cut at a mark inside quoted words (家属问:“你们是不是…?”)
			// is someone else's: neither the rules nor the model judge it
			// round 19: a complaint about one of the reader's staff (你们那个客服
			// 小姑娘态度太差了) is feedback, judged by neither; round 20: what
			// follows its clause is judged (…态度太差了，…，这什么素质？)
			if a, b := trimSentence(t, start, i); i-start <= maxJudged && !endsQuoted(t[a:b]) && !opensWithReportEn(t[a:b]) {
				s0 := start
				if strings.Contains(t[a:b], "态度") {
					if loc := staffAttitude.FindStringIndex(t[a:b]); loc != nil {
						s0 = afterStaffClause(t, a+loc[1], i)
					}
				}
				n := len(c.toks)
				if s0 < i {
					c.judge(s0, i)
				}
				if m := rudeModel; m != nil && s0 == start && len(c.toks) == n && !c.rudeTokenIn(&scanned, start, i) {
					if a, b, ok := m.rude(t, start, i); ok {
						c.addRude(a, b) // model.go: what no rule names
					}
				}
			}
			start = i
		}
	}
}

// judge looks at the sentence t[s:e] (its closing mark included).
func (c *checker) judge(s, e int) {
	t := c.t
	f := scanSentence(t, s, e)
	if f.found(pFedUp) && ownLoss(t, f.at[pFedUp], f.at[pFedUp]+f.w[pFedUp]) {
		f.at[pFedUp] = -1 // round 19: "… or we'll miss the printing slot" — a loss of our own, no threat
	}
	if f.found(pFedUp) && ordinalInCaps(t[f.at[pFedUp]:f.at[pFedUp]+f.w[pFedUp]]) {
		f.at[pFedUp] = -1 // round 35 (h17as): "the THIRD time I've asked" — the capitals shout it (rudecaps.go)
	}
	if f.found(pThreat) {
		c.addRude(f.at[pThreat], f.at[pThreat]+f.w[pThreat])
		return
	}
	if f.found(pSoft) {
		if a, b, ok := strongRudeBefore(t, s, f.at[pSoft], e, &f); ok {
			c.addRude(a, b)
		}
		return
	}
	if !(f.found(pVerdict) || f.found(pRhet) || f.found(pFedUp) || f.english && e-s < 24) {
		c.judgeShape(s, e, f)
		return
	}
	// a softener just after still tempers it: "This is the third time I've
	// reported this. Please escalate."
	ne := e + len(firstRunes(t[e:], 30))
	if nf := scanSentence(t, e, ne); nf.found(pSoft) && !(f.english && !f.han && untemperedEn15(t[s:e])) { // round 15: "Whoever … clearly didn't bother to check …. Please review it."
		return
	}
	sent := t[s:e]
	question := strings.ContainsAny(sent, "？?")
	hit := func(cat uint8) bool {
		if !f.found(cat) {
			return false
		}
		c.addRude(f.at[cat], f.at[cat]+f.w[cat])
		return true
	}
	if f.han {
		target := f.you && !f.found(pGreeting)
		if !(hit(pFedUp) ||
			(target || question || f.found(pAgain)) && hit(pVerdict) ||
			question && hit(pRhet)) {
			c.judgeShape(s, e, f)
		} else if a, b, ok := shapeRude(t, s, e, false, &f.zhCues); ok {
			c.addRude(a, b) // the finding spans every rude part (写得乱七八糟,谁看得懂?)
		}
		return
	}
	if !f.english {
		return
	}
	target := f.found(pTarget) || bareOrder(t[e:ne])
	if hit(pFedUp) || (target || question) && hit(pVerdict) || question && hit(pRhet) {
		return
	}
	if c.judgeShape(s, e, f) {
		return
	}
	// one-word outbursts: "Again?", "Unacceptable.", "Not good enough.";
	// "Again." after a complaint, and a count repeated on its own after it
	// ("I have asked three times …. Three.")
	w := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(sent), ".?!"))
	if len(w) > 15 {
		return
	}
	prev := func() string { return strings.ToLower(lastBytes(t[:s], 160)) } // only for the few one-word sentences
	if strings.EqualFold(w, "unacceptable") || strings.EqualFold(w, "not good enough") || strings.EqualFold(w, "again") && question ||
		strings.EqualFold(w, "again") && hasAny(prev(), "without", "wrong", "failed", "missed", "broke", "closed", "not ", "n't", "never") ||
		countWord(w) && repeatedCount(w, prev()) {
		k := strings.Index(sent, w)
		c.addRude(s+k, s+k+len(w))
	}
}

// endsInPronoun reports whether an English phrase ends in "i", "we" or
// "you", which must end a word there: "the third time I" is not "the third
// time in a row" (round 9), and "read before you" is not "PLEASE READ
// BEFORE YOUR NEXT SHIFT" (round 15: a time, not a rebuke).
func endsInPronoun(p string) bool {
	return strings.HasSuffix(p, " i") || strings.HasSuffix(p, " we") || strings.HasSuffix(p, " you")
}

// bareOrder reports whether s starts with a curt order about the reader's
// work ("Redo it.", "Fix this now!"), which makes a verdict before it
// personal: "This report is sloppy. Redo it."
func bareOrder(s string) bool {
	s = strings.TrimSpace(s)
	for _, v := range []string{"redo", "fix", "rewrite", "resend", "correct", "do"} {
		if !hasPrefixFold(s, v+" ") {
			continue
		}
		r := strings.TrimSpace(s[len(v):])
		for _, o := range []string{"it", "this", "that"} {
			if hasPrefixFold(r, o) {
				r = strings.TrimSpace(r[len(o):])
				r = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(r, "again"), "now"))
				return r == "" || r[0] == '.' || r[0] == '!'
			}
		}
	}
	return false
}

func (c *checker) addRude(s, e int) {
	c.add(tok{s: s, e: e, kind: kLex, cls: clsImpolite})
}

// judgeShape adds the rude shape of round 4 (shape.go) the sentence
// t[s:e] has, unless a softener follows it closely.
func (c *checker) judgeShape(s, e int, f features) bool {
	if !f.han && !f.english || !(f.found(pShape) || f.found(pVerdict) || f.found(pRhet) || f.found(pFedUp)) {
		return false
	}
	cues := &f.zhCues
	if !f.han {
		cues = &f.enCues
	}
	a, b, ok := shapeRude(c.t, s, e, !f.han, cues)
	if !ok {
		return false
	}
	// a softener just after tempers a statement, not a question that
	// accuses ("Does anyone actually click the links before sending?
	// Please fix it by 5 pm.")
	if q := strings.TrimRight(c.t[s:e], " \n"); !(f.english && !f.han && strings.HasSuffix(q, "?")) && !(f.han && (untempered12(c.t[s:e]) || untempered13(c.t[s:e]))) && !(f.english && !f.han && untemperedEn15(c.t[s:e])) { // rounds 12, 13: 真是让人大开眼界。麻烦…
		ne := e + len(firstRunes(c.t[e:], 30))
		if nf := scanSentence(c.t, e, ne); nf.found(pSoft) {
			return false
		}
	}
	c.addRude(a, b)
	return true
}

// repeatedCount reports whether the one-word sentence w repeats a count of
// times the sentence before it gave ("I have asked three times …. Three.").
func repeatedCount(w, prev string) bool {
	w = strings.ToLower(w)
	return strings.Contains(prev, w+" times") || w == "twice" && strings.Contains(prev, "twice") || repeatedTime13(w, prev)
}

// countWord reports whether w is a count a complaint may repeat alone.
func countWord(w string) bool {
	for _, c := range []string{"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twice"} {
		if strings.EqualFold(w, c) {
			return true
		}
	}
	return false
}

// tokCursor walks the scan's tokens (c.toks[:n], sorted by start) once,
// sentence by sentence.
type tokCursor struct{ j, n int }

// rudeTokenIn reports whether the scan found an impolite word in t[s:e],
// which the rules then report; the model is asked only about the rest.
func (c *checker) rudeTokenIn(k *tokCursor, s, e int) bool {
	for k.j < k.n && c.toks[k.j].s < s {
		k.j++
	}
	for j := k.j; j < k.n && c.toks[j].s < e; j++ {
		if c.toks[j].kind == kLex && c.toks[j].cls == clsImpolite {
			return true
		}
	}
	return false
}

// repeatedTime13 reports whether the one-word sentence w (lower case)
// repeats the time the reader was given, said just before ("You had two
// weeks. Two."): the eleventh's, found by round 12's model and not by the
// model retrained in round 13. The time must be the reader's ("you had",
// "you've had", "you were given"); "We had two weeks. Two." is not.
func repeatedTime13(w, prev string) bool {
	for _, who := range []string{"you had ", "you've had ", "you have had ", "you were given ", "you got "} {
		i := strings.LastIndex(prev, who+w+" ")
		if i < 0 {
			continue
		}
		if hasPrefixAny(prev[i+len(who)+len(w)+1:], "days", "weeks", "months", "hours", "working days", "business days") {
			return true
		}
	}
	return false
}

// ownLoss reports whether "or I'll"/"or we'll" at t[s:e] goes on to what the
// writer's side would lose (miss the slot, lose the booking, have to pay,
// be late), not to what the writer would do to the reader.
func ownLoss(t string, s, e int) bool {
	if p := t[s:e]; !strings.EqualFold(p, "or we'll") && !strings.EqualFold(p, "or i'll") {
		return false
	}
	a := strings.TrimLeft(t[e:], " ")
	return hasPrefixFold(a, "miss", "lose", "have to", "need to", "be late", "not be able", "not make", "run out", "fall behind", "be charged",
		"pay", "incur", "face", "be stuck", "be short", "only", "probably", "likely", "end up")
}

// opensWithReportEn reports whether an English sentence opens by reporting a
// third party's words — "The member wrote: \"Your staff are useless and
// rude.\" I have called her back", "A customer said your staff were rude" —
// so that what it carries is theirs (round 24, h17ag). The subject is a
// party of two or three words, opening with the, a, one, our …, before a
// verb of saying; "You said …", "I told you …" and "The customer said it's fine, but
// your team is useless" (a clause of the writer's own after a comma) are
// not reports.
func opensWithReportEn(s string) bool {
	if len(s) < 12 || s[0] >= utf8.RuneSelf {
		return false
	}
	l := s[:min(len(s), 48)]
	for _, v := range []string{" wrote", " said", " says", " writes", " complained", " posted", " commented"} {
		i := strings.Index(l, v)
		if i <= 0 {
			continue
		}
		if strings.ContainsAny(l[:i], ",;:\"'") || strings.Count(l[:i], " ") > 2 || !strings.Contains(l[:i], " ") ||
			!hasPrefixFold(l, "the ", "a ", "an ", "one ", "another ", "our ", "my ", "some ") {
			return false // "As I've now said three times, …" is the writer's
		}
		return !strings.Contains(s[i:], ", but ") && !strings.Contains(s[i:], "; ")
	}
	return false
}
