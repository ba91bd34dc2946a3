package check

import (
	"strings"
	"unicode/utf8"
)

// Round 3 of issue 17: cues chosen by the structure of the sentence they
// stand in, so that they cover phrasings nobody listed.
//
// Rudeness:
//   - a second-person target (你/你们, never 您) whose clause goes on with a
//     verdict on habits or ability (就只会…, 是不是都不…, 懒, …不如) or with a
//     rhetorical question that asks nothing (你们售后是睡着了吗?, 谁让你们…?,
//     你是怎么当主管的?) — a sentence with 请/麻烦/谢谢 in it is a request;
//   - an urgency adverb aimed at the reader (你马上…, 马上给我…, 快点!), not the
//     writer urging themselves (我马上处理) or a third person (王经理马上到);
//   - blunt prohibitions (别跟我扯…, 少在这里…, 少来这套) and exasperation
//     (搞了半天还…, 整天就知道…, 我也是服了, 实习生都不如);
//   - English: passive-aggressive reminders (per my last email, as I already
//     said), "how many more times", questions that accuse (Did nobody check…?,
//     Why do I always have to…?, Why is X still wrong?), sarcasm after a failure
//     (Great, another outage. Well done, IT.), and bare orders that end in
//     now / ASAP / immediately with no please, could or thanks.
//
// Vague time: quantities of "some time" (过一两天, 过段日子, 过几周),
// availability (有空我再…, 空下来, 抽时间), 第一时间, 适时, 后期会…, 不久后;
// as quickly as we can, in due time, when you're free, at the earliest
// possible time.

var round3Zh = []term{
	{"你们", clsImpolite, ctxTargetVerdict},
	{"你", clsImpolite, ctxTargetVerdict},
	{"马上", clsImpolite, ctxUrgentOrder},
	{"立刻", clsImpolite, ctxUrgentOrder},
	{"立即", clsImpolite, ctxUrgentOrder},
	{"赶快", clsImpolite, ctxUrgentOrder},
	{"快点", clsImpolite, ctxQuickOrder},
	{"快些", clsImpolite, ctxQuickOrder},
	{"麻溜", clsImpolite, nil},
	{"别跟我", clsImpolite, ctxDontGiveMe},
	{"少跟我", clsImpolite, ctxDontGiveMe},
	{"别给我", clsImpolite, ctxDontGiveMe},
	{"少给我", clsImpolite, nil},
	{"少在这", clsImpolite, nil},
	{"别在这里", clsImpolite, ctxDontGiveMe},
	{"少来", clsImpolite, ctxShaolai},
	{"服了", clsImpolite, ctxFuLe},
	{"好样的", clsImpolite, ctxSarcasmZh},
	{"干得漂亮", clsImpolite, ctxSarcasmZh},
	{"厉害了", clsImpolite, ctxSarcasmZh},
	{"搞了半天", clsImpolite, ctxStillAfter},
	{"弄了半天", clsImpolite, ctxStillAfter},
	{"折腾了半天", clsImpolite, ctxStillAfter},
	{"整天", clsImpolite, ctxAllDayOnly},
	{"一天到晚", clsImpolite, ctxAllDayOnly},
	{"成天", clsImpolite, ctxAllDayOnly},
	{"天天就", clsImpolite, ctxAllDayOnly},
	{"都不如", clsImpolite, ctxWorseThan},
	{"还不如", clsImpolite, ctxWorseThan},
	{"正事", clsImpolite, ctxNoRealWork},
	{"都能", clsImpolite, ctxEvenGetWrong},
	{"也能", clsImpolite, ctxEvenGetWrong},
	{"怎么做事", clsImpolite, ctxQuestionAfter},
	{"怎么办事", clsImpolite, ctxQuestionAfter},

	{"过", clsVague, ctxGuoPeriod},
	{"第一时间", clsVague, ctxFirstTime},
	{"适时", clsVague, ctxShishi},
	{"后期", clsVague, ctxHouqi},
	{"不久后", clsVague, ctxBujiuHou},
	{"不久之后", clsVague, ctxBujiuHou},
	{"抽时间", clsVague, nil},
	{"抽个时间", clsVague, nil},
	{"抽出时间", clsVague, nil},
	{"腾出时间", clsVague, nil},
	{"挑个时间", clsVague, nil},
	{"空下来", clsVague, ctxFreeThen},
	{"闲下来", clsVague, ctxFreeThen},
	{"得闲", clsVague, ctxFreeThen},
	{"以后再议", clsVague, nil},
	{"以后再定", clsVague, nil},
	{"以后再看", clsVague, nil},
	{"改期再", clsVague, nil},
	{"待会儿", clsVague, ctxYihuir},
	{"待会", clsVague, ctxYihuir},
	{"晚会儿", clsVague, ctxYihuir},
	{"晚一会儿", clsVague, ctxYihuir},
	{"过会儿", clsVague, ctxYihuir},
	{"过一会儿", clsVague, ctxYihuir},
	{"择机", clsVague, nil},
	{"陆续", clsVague, ctxLuxu},
	{"一段时间", clsVague, ctxAWhile},
	{"另行通知", clsVague, ctxLaterNotice},
	{"另行约定", clsVague, ctxLaterNotice},
	{"另行安排", clsVague, ctxLaterNotice},
	{"另行确定", clsVague, ctxLaterNotice},
	{"近一两天", clsVague, ctxNoInside},
	{"近两三天", clsVague, ctxNoInside},
	{"隔几天", clsVague, nil},
	{"隔两天", clsVague, nil},
	{"再过几天", clsVague, nil},
}

var round3En = []enTerm{
	{"per my last", clsImpolite, nil},
	{"per my previous", clsImpolite, nil},
	{"as i already", clsImpolite, nil},
	{"as i've already", clsImpolite, nil},
	{"as i have already", clsImpolite, nil},
	{"as we already", clsImpolite, ctxAlreadySaid},
	{"as i said before", clsImpolite, nil},
	{"as i mentioned before", clsImpolite, nil},
	{"as i said twice", clsImpolite, nil},
	{"as i've said", clsImpolite, nil},
	{"as i have said", clsImpolite, nil},
	{"like i said", clsImpolite, nil},
	{"as previously stated", clsImpolite, nil},
	{"as already stated", clsImpolite, nil},
	{"for the umpteenth time", clsImpolite, nil},
	{"for the hundredth time", clsImpolite, nil},
	{"how many more times", clsImpolite, nil},
	{"how many times do i", clsImpolite, nil},
	{"how many times have i", clsImpolite, nil},
	{"did nobody", clsImpolite, ctxAccuseVerb},
	{"did no one", clsImpolite, ctxAccuseVerb},
	{"does nobody", clsImpolite, ctxAccuseVerb},
	{"does no one", clsImpolite, ctxAccuseVerb},
	{"has nobody", clsImpolite, ctxAccuseVerb},
	{"has no one", clsImpolite, ctxAccuseVerb},
	{"did anyone", clsImpolite, ctxAccuseVerb},
	{"why do i always", clsImpolite, nil},
	{"why do i have to", clsImpolite, nil},
	{"why do i keep having to", clsImpolite, nil},
	{"why am i the only", clsImpolite, nil},
	{"why must i", clsImpolite, nil},
	{"why is", clsImpolite, ctxWhyStill},
	{"why are", clsImpolite, ctxWhyStill},
	{"why does", clsImpolite, ctxWhyStill},
	{"great", clsImpolite, ctxGreatAnother},
	{"oh great", clsImpolite, ctxSentenceStart},
	{"just great", clsImpolite, ctxSentenceStart},
	{"well done", clsImpolite, ctxSarcasmAfterFailure},
	{"good job", clsImpolite, ctxSarcasmAfterFailure},
	{"great job", clsImpolite, ctxSarcasmAfterFailure},
	{"nice job", clsImpolite, ctxSarcasmAfterFailure},
	{"bravo", clsImpolite, ctxSarcasmAfterFailure},
	{"now", clsImpolite, ctxUrgentEnd},
	{"right now", clsImpolite, ctxUrgentEnd},
	{"immediately", clsImpolite, ctxUrgentEnd},
	{"right away", clsImpolite, ctxUrgentEnd},
	{"asap", clsImpolite, ctxUrgentEnd},

	{"as quickly as possible", clsVague, nil},
	{"as quickly as we can", clsVague, nil},
	{"as quickly as i can", clsVague, nil},
	{"as quickly as you can", clsVague, nil},
	{"as fast as possible", clsVague, nil},
	{"as fast as we can", clsVague, nil},
	{"as fast as i can", clsVague, nil},
	{"as fast as you can", clsVague, nil},
	{"in due time", clsVague, nil},
	{"when you're free", clsVague, ctxNoRush},
	{"when you are free", clsVague, ctxNoRush},
	{"whenever you're free", clsVague, ctxNoRush},
	{"when you get a minute", clsVague, ctxNoRush},
	{"when you get a moment", clsVague, ctxNoRush},
	{"at the earliest possible time", clsVague, nil},
	{"at the earliest possible date", clsVague, nil},
	{"at the earliest opportunity", clsVague, nil},
	{"at your earliest", clsVague, nil},
	{"once things settle down", clsVague, nil},
	{"when things settle down", clsVague, nil},
	{"in a couple of days", clsVague, nil},
	{"in a couple of weeks", clsVague, nil},
	{"in a while", clsVague, ctxNotOnceIn},
	{"one of these days", clsVague, nil},
	{"in a week or two", clsVague, nil},
	{"once i've had a chance", clsVague, nil},
	{"once i get a chance", clsVague, nil},
	{"once i have a chance", clsVague, nil},
	{"when i've had a chance", clsVague, nil},
	{"in a day or two", clsVague, nil},
	{"in a month or two", clsVague, nil},
	{"as time allows", clsVague, nil},
	{"as time permits", clsVague, nil},
	{"time permitting", clsVague, nil},
	{"at a convenient time", clsVague, nil},
	{"at a mutually convenient time", clsVague, nil},
}

// softZh are the words that make a sentence a request, not an order.
var softZh = []string{"请", "麻烦", "谢谢", "辛苦", "劳驾", "烦请", "能否", "可否", "感谢", "您", "拜托", "帮忙"}

// A phraseIndex finds which of a few lists of Chinese phrases occur in a
// short text, reading it once: phrases are indexed by their first rune.
type phraseIndex struct {
	first *[1 << 16 / 64]uint64
	by    map[rune][]phrase
}

func newPhraseIndex(lists ...[]string) phraseIndex {
	x := phraseIndex{first: new([1 << 16 / 64]uint64), by: map[rune][]phrase{}}
	for cat, ws := range lists {
		for _, w := range ws {
			r, _ := utf8.DecodeRuneInString(w)
			x.by[r] = append(x.by[r], phrase{s: w, cat: uint8(cat)})
			x.first[r>>6] |= 1 << (r & 63)
		}
	}
	return x
}

// match returns a bit mask of the lists (by position) with a phrase in s.
func (x phraseIndex) match(s string) uint32 {
	var m uint32
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if r < 1<<16 && x.first[r>>6]&(1<<(r&63)) != 0 {
			for _, p := range x.by[r] {
				if strings.HasPrefix(s[i:], p.s) {
					m |= 1 << p.cat
				}
			}
		}
		i += n
	}
	return m
}

const (
	vHabit = iota
	vTrait
	vQuestion
)

var verdictIndex = newPhraseIndex(verdictHabit, verdictTrait, verdictQuestion)

// Verdicts said of the reader: habits and abilities.
var (
	verdictHabit = []string{"就知道", "只知道", "就只会", "只会让", "只会说", "只会推", "只会找", "只会甩", "只会抱怨", "只会催", "只会拖",
		"从来不", "从来没", "老是", "总是不", "总是没", "总是拖", "每次都拖", "每次都晚", "每次都卡", "每次都要", "三天两头", "一点都不专业", "一点用都没有"}
	verdictTrait = []string{"懒", "笨", "蠢", "不如", "没用", "太差", "真差", "靠不住", "不长记性", "不长脑"}
	// rhetorical questions at the reader that ask nothing
	verdictQuestion = []string{"是不是都", "睡着了", "是死了", "是瞎", "瞎了", "聋了", "失忆", "还想不想", "怎么当", "怎么做事", "怎么想的",
		"是干什么", "是干嘛", "在干嘛", "在干什么", "是看不懂", "还是压根", "长眼", "有没有脑", "是不是傻", "脑子", "当我", "当我们"}
)

// ctxTargetVerdict accepts 你/你们 when its clause passes a verdict on the
// reader: 你们IT就只会让人重启电脑, 就是你们懒, 你们售后是睡着了吗?,
// 谁让你们用这批料的? — not a request (请你们…), a greeting (你们好) or a
// plain question (你们是不是没收到邮件?).
func ctxTargetVerdict(t string, s, e int) bool {
	if hasPrefixAny(t[e:], "好", "的好", "辛苦", "放心", "看一下", "看下") || t[s:e] == "你" && strings.HasPrefix(t[e:], "们") {
		return false
	}
	rest, end := restOfSentence(t, e)
	question := end == '？' || end == '?' || strings.HasSuffix(rest, "吗") || strings.HasSuffix(rest, "呢")
	verdict := false
	if hasSuffixAny(lastBytes(t[:s], 9), "谁让", "谁叫", "谁允许") && question {
		verdict = true
	} else {
		if i := strings.IndexAny(rest, "，,"); i >= 0 && !question {
			rest = rest[:i] // a verdict stands in the target's own clause
		}
		m := verdictIndex.match(rest)
		verdict = m&(1<<vHabit) != 0 ||
			m&(1<<vTrait) != 0 && !strings.HasPrefix(rest, "的") && !hasAny(rest, "懒得看", "不如意", "天气", "信号", "网络", "网速", "路况", "交通", "空气") ||
			question && m&(1<<vQuestion) != 0
	}
	// the softener test reads the most text: only for a verdict
	return verdict && !hasAny(sentenceAround(t, s, e), softZh...)
}

// ctxUrgentOrder accepts 马上/立刻/立即/赶快 aimed at the reader: after 你/你们
// (你马上把报表改了) or before 给我 (马上给我回电话), in a sentence with no
// 请/麻烦/谢谢 — not 我马上处理, 王经理马上到 or 请立即停用….
func ctxUrgentOrder(t string, s, e int) bool {
	order := hasPrefixAny(t[e:], "给我") ||
		hasSuffixAny(strings.TrimSpace(clauseBefore(t, s)), "你", "你们", "你们给我", "你给我") && !hasPrefixAny(t[e:], "就到", "到", "就")
	return order && !hasAny(sentenceAround(t, s, e), softZh...)
}

// ctxQuickOrder accepts 快点/快些 as an order (快点!, 快点把…发过来), not 尽快点,
// 快点儿 after a request marker, or 快点的 (a faster one).
func ctxQuickOrder(t string, s, e int) bool {
	if hasSuffixAny(t[:s], "尽", "稍微", "要") || hasPrefixAny(t[e:], "的", "儿的") {
		return false
	}
	b := strings.TrimSpace(clauseBefore(t, s))
	return (b == "" || hasSuffixAny(b, "你", "你们", "给我")) && !hasAny(sentenceAround(t, s, e), softZh...)
}

// ctxDontGiveMe accepts 别跟我扯/少跟我说/别给我找借口: a brush-off, not
// 别给我发邮件了,直接打电话 (an instruction).
func ctxDontGiveMe(t string, s, e int) bool {
	return hasPrefixAny(t[e:], "扯", "说", "讲", "废话", "来", "找借口", "解释", "狡辩", "提", "打马虎眼", "装", "玩", "搞", "添乱", "耍")
}

// ctxShaolai accepts 少来 as a brush-off (少来这套, 少来!), not 少来了两个人.
func ctxShaolai(t string, s, e int) bool {
	return hasPrefixAny(t[e:], "这套", "这一套", "！", "!", "。", "，", ",") || e == len(t)
}

// ctxFuLe accepts 服了 as exasperation (我也是服了, 真是服了你们), not 服了药.
func ctxFuLe(t string, s, e int) bool {
	if !hasSuffixAny(t[:s], "也是", "真是", "我", "是", "彻底") {
		return false
	}
	a, _ := clauseAfter(t, e)
	return a == "" || hasPrefixAny(a, "你", "。", "！") || a == "啊" || a == "呀"
}

// ctxStillAfter accepts 搞了半天 when the clause goes on with a failure
// (搞了半天还是错的), not 搞了半天终于好了.
func ctxStillAfter(t string, s, e int) bool {
	a := firstRunes(t[e:], 12)
	return hasAny(a, "还是", "还没", "还不", "也没", "又", "就这")
}

// ctxAllDayOnly accepts 整天就知道开会 / 一天到晚只会…: a verdict on habits.
func ctxAllDayOnly(t string, s, e int) bool {
	a := firstRunes(t[e:], 6)
	return hasAny(a, "就知道", "只知道", "就会", "只会", "光知道", "光会", "摸鱼", "喊") && !hasAny(sentenceBefore(t, s), softZh...)
}

// ctxWorseThan accepts 实习生都不如 / 还不如小学生: people compared to a novice.
func ctxWorseThan(t string, s, e int) bool {
	b := lastBytes(t[:s], 15)
	a := firstRunes(t[e:], 6)
	novice := []string{"实习生", "新人", "小学生", "学生", "小孩", "孩子", "外行", "猴子", "机器人", "门外汉", "新手"}
	return hasSuffixAny(b, novice...) || hasPrefixAny(a, novice...) || (strings.Contains(clauseBefore(t, s), "你") && !strings.Contains(clauseBefore(t, s), "您"))
}

// ctxEvenGetWrong accepts 这么简单的对账都能对错 / 连个表也能填错: "even this
// you get wrong" (after 这么/这点/连, ctxBelittle), not 大家都能参加.
func ctxEvenGetWrong(t string, s, e int) bool {
	a := firstRunes(t[e:], 3)
	return hasAny(a, "错", "漏", "丢", "忘", "搞砸", "弄坏", "延期") && ctxBelittle(t, s, e)
}

// ctxNoRealWork accepts 正事一件没干 / 正事不干.
func ctxNoRealWork(t string, s, e int) bool {
	return hasPrefixAny(t[e:], "一件没", "一件也没", "不干", "不做", "没干", "没做", "一点没")
}

// ---- English ----

func ctxAlreadySaid(t string, s, e int) bool {
	k := skipSpace(t, e)
	return hasPrefixFold(t[k:], "said", "told", "explained", "mentioned")
}

// ctxAccuseVerb accepts "Did nobody check…?": a question that accuses.
func ctxAccuseVerb(t string, s, e int) bool {
	k := skipSpace(t, e)
	for _, w := range []string{"even ", "actually ", "ever ", "really "} {
		if hasPrefixFold(t[k:], w) {
			k = skipSpace(t, k+len(w))
			break
		}
	}
	if !hasPrefixFold(t[k:], "check", "read", "test", "review", "look", "notice", "think", "bother", "proofread", "verify", "see", "care", "listen") {
		return false
	}
	// "Did anyone" asks a real question unless it reads like an accusation.
	if strings.EqualFold(t[s:e], "did anyone") {
		return hasPrefixFold(t[k:], "bother", "think", "care") || k > skipSpace(t, e)
	}
	return true
}

// ctxWhyStill accepts "Why is the invoice still wrong?": exasperation.
func ctxWhyStill(t string, s, e int) bool {
	if allUpper(t[s : s+3]) {
		return false // WHY IS … STILL: the shouting rule reports it
	}
	a := strings.ToLower(firstRunes(t[e:], 60))
	if i := strings.IndexAny(a, ".?!"); i >= 0 {
		a = a[:i]
	}
	i := strings.Index(a, " still ")
	if i < 0 {
		return false
	}
	if !hasPrefixFold(a[i+7:], "wrong", "not", "broken", "missing", "unpaid", "unresolved", "pending", "waiting", "down", "failing", "late", "empty", "open") {
		return false
	}
	// troubleshooting, not exasperation: "Why is the server still not
	// reachable? I restarted it at 9." / "Any idea?"
	q := strings.IndexAny(t[e:], "?.!")
	if q < 0 {
		return true
	}
	next := strings.ToLower(strings.TrimLeft(firstRunes(t[e+q+1:], 30), " "))
	return !hasPrefixFold(next, "i ", "i've", "i have", "we ", "we've", "we have", "any idea", "could it be", "is it because")
}

// ctxGreatAnother accepts "Great, another outage." (sarcasm), not "Great
// work" or "a great deal".
func ctxGreatAnother(t string, s, e int) bool {
	if strings.TrimSpace(sentenceBefore(t, s)) != "" && !strings.EqualFold(strings.TrimSpace(sentenceBefore(t, s)), "oh") {
		return false
	}
	k := e
	for k < len(t) && (t[k] == ',' || t[k] == '.' || t[k] == ' ' || t[k] == '!') {
		k++
	}
	return k > e && hasPrefixFold(t[k:], "another", "again", "just what we needed", "more delays", "now the")
}

var failureEn = []string{"again", "another", "outage", "broke", "missed", "late", "wrong", "failed", "crash", "delay", "lost", "down"}

// ctxSarcasmAfterFailure accepts "Well done, IT." after a failure, not
// "Well done on closing the deal" or "well done to the ops team".
func ctxSarcasmAfterFailure(t string, s, e int) bool {
	if ctxSarcasm(t, s, e) {
		return true
	}
	k := skipSpace(t, e)
	if hasPrefixFold(t[k:], "on ", "to ", "for ", "everyone", "all", "team!", "guys!") {
		return false
	}
	prev := strings.ToLower(lastBytes(t[:s], 80))
	return hasAny(prev, failureEn...) && !hasAny(prev, "thanks", "thank you", "fixed", "resolved")
}

// imperativeVerbs start bare orders.
var imperativeVerbs = []string{"fix", "send", "get", "do", "call", "answer", "reply", "sort", "update", "finish", "give", "tell",
	"check", "change", "correct", "make", "deliver", "ship", "pay", "approve", "sign", "return", "email", "move", "delete", "remove", "stop", "redo", "resend", "submit", "respond", "come"}

// ctxUrgentEnd accepts now/ASAP/immediately closing a bare order (Get it
// done ASAP., Fix the login page. Now.) with no please, could or thanks.
func ctxUrgentEnd(t string, s, e int) bool {
	k := skipSpace(t, e)
	if k < len(t) && !strings.ContainsRune(".!", rune(t[k])) {
		return false
	}
	b := strings.ToLower(strings.TrimSpace(sentenceBefore(t, s)))
	if b == "" {
		// "Now." standing alone after an order
		w := strings.ToLower(t[s:e])
		if w != "now" && w != "right now" && w != "immediately" {
			return false
		}
		prev := strings.ToLower(strings.TrimSpace(lastBytes(t[:s], 80)))
		if !strings.HasSuffix(prev, ".") && !strings.HasSuffix(prev, "!") {
			return false
		}
		prev = strings.TrimRight(prev, ".!")
		if i := strings.LastIndexAny(prev, ".!?\n"); i >= 0 {
			prev = prev[i+1:]
		}
		b = strings.TrimSpace(prev)
		if b == "" {
			return false
		}
	}
	b = strings.TrimPrefix(b, "just ")
	if hasAny(b, "please", "could", "would", "can you", "thanks", "thank", "kindly", "let's", "let us") {
		return false
	}
	for _, v := range imperativeVerbs {
		if strings.HasPrefix(b, v+" ") {
			return true
		}
	}
	return false
}
