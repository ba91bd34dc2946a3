package check

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// Rudeness read from the structure of the sentence around a cue, so that
// the cues cover phrasings nobody listed (the context functions of the
// impolite entries of round3Zh/round3En in lexicon_tuned.go and of
// round10En here):
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
//     now / ASAP / immediately with no please, could or thanks;
//   - praise that is sarcasm after the reader's blunder ("Great job,
//     everyone." after "you managed to lose …"), and the look-alikes that
//     stay clean: garbage said of a tool (the tracker is garbage), 破 of the
//     writer's own machine (这破机器真该换了).

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
	return verdict && !hasAny(sentenceAround(t, s, e), softZh...) && ctxNotStaffComplaint(t, s, e)
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
	return (b == "" || hasSuffixAny(b, "你", "你们", "给我")) && !hasAny(sentenceAround(t, s, e), softZh...) && !urgentCry(t, s, e)
}

// urgentCry reports a bare cry of urgency opening the sentence with two or
// more exclamation marks and then the situation, no one addressed
// (快点！！！船要开了…, 赶紧的！！车都排到厂门口了…): the marks are the
// shouting; not 快点！！你们在干什么 nor 快点！ alone.
func urgentCry(t string, s, e int) bool {
	if strings.TrimSpace(sentenceBefore(t, s)) != "" {
		return false
	}
	rest := strings.TrimPrefix(t[e:], "的")
	n := 0
	for strings.HasPrefix(rest, "！") || strings.HasPrefix(rest, "!") {
		_, w := utf8.DecodeRuneInString(rest)
		rest, n = rest[w:], n+1
	}
	after := firstRunes(rest, 30)
	return n >= 2 && strings.TrimSpace(after) != "" && !hasAny(after, "你", "您", "给我", "还要我", "别", "不要")
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
	if strings.HasPrefix(t[e+q:], "??") {
		return false // round 33 (h17aq): "Why is the dinner trolley still not here???" — writers label the marks shouting, the question alone (nine texts, none rude)
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

// readerFailure finds the reader's own blunder told as such: "you managed
// to lose", "you've somehow broken", "you lost my". "You managed to close
// 40 tickets" and "your team lost the final" are no blunder of the reader's.
var readerFailure = regexp.MustCompile(`(?i)\b(you|your [a-z]+( [a-z]+)?|you guys|you people)('ve| have)? (somehow |actually |even |also |then )?managed to (lose|break|forget|miss|damage|scratch|ruin|delete|dent|mix up|crack|overcharge|double-charge|lock|misplace|drop)\b|\b(you|your [a-z]+( [a-z]+)?|you guys|you people)('ve| have)? (somehow|actually|even|also) (lost|broke|broken|forgot|forgotten|damaged|scratched|ruined|deleted|dented|mixed up|cracked|misplaced)\b|\b(you|you guys|you people)('ve| have)? (lost|broke|broken|forgot|forgotten|damaged|scratched|ruined|deleted|dented|cracked|misplaced) (my|our)\b`)

// sarcasticLove is "love how X but Y doesn't …": the sentence before a bare
// "great job everyone" that makes the praise sarcasm.
var sarcasticLove = regexp.MustCompile(`(?i)\b(love|like) how\b[^.?!]{1,60}\b(but|and yet|yet|and then)\b[^.?!]{0,40}\b(doesn't|does not|don't|isn't|won't|can't|didn't|fails|failed|broke|breaks|crashes|crashed)\b`)

// ctxSarcasmAround accepts praise that is a sentence of its own — nothing
// before it but Oh/Wow/Really, nothing after it but an addressee (guys,
// team, everyone) — when the sentence before or after it tells the
// reader's blunder. "Great job on the launch, everyone." and "Nice work,
// everyone." after good news stay praise.
func ctxSarcasmAround(t string, s, e int) bool {
	b := lastBytes(t[:s], 90)
	if i := strings.LastIndexAny(b, ".!?\n。！？"); i >= 0 {
		b = b[i+1:]
	}
	b = strings.TrimRight(strings.ToLower(strings.TrimSpace(b)), ", ") // round 16: "Wow, great job guys."
	b = strings.TrimRight(strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(b, "oh"), "wow"), "well")), ",")
	if b != "" {
		return false
	}
	k := skipSpace(t, e)
	if k < len(t) && t[k] == ',' {
		k = skipSpace(t, k+1)
		w := readWord(t, k)
		if !hasPrefixFold(t[k:w], "guys", "team", "everyone", "folks", "all", "people", "everybody", "it") {
			return false
		}
		k = w
	} else {
		k = addresseeAfter(t, k) // round 12: "great job everyone 👏"
		if w := readWord(t, k); w > k && w < len(t) && (t[w] == '.' || t[w] == '!') && hasPrefixFold(t[k:w], "guys", "team", "everyone", "folks", "all", "people", "everybody") && w-k <= len("everybody") {
			k = w // round 16: "great job guys." with a sentence after it
		}
	}
	if k < len(t) && t[k] != '.' && t[k] != '!' {
		return false
	}
	if k < len(t) {
		k++
	}
	around := lastBytes(t[:s], 200) + " " + firstRunes(t[k:], 200)
	return readerFailure.MatchString(around) || sarcasticLove.MatchString(around) || repeatedFailure.MatchString(firstRunes(t[k:], 200)) // round 12: love how the build is green but …
}

// repeatedFailure is the sentence after bare praise that tells the same
// failure once more or asks whether the reader reads at all (round 16:
// "Wow, great job guys. Third time this week the hotel had no record of our
// booking."); "Great job guys. Third quarter sales are up." stays praise.
var repeatedFailure = regexp.MustCompile(`(?i)^\s*(the |this is the |that's the |that is the )?(second|third|fourth|fifth|[0-9]+(nd|rd|th)) time (this|in a|today|now|we|you|the|that)\b|\bdo (any of )?you (people |guys )?(even |actually |ever )(read|check|listen|look)\b`)

// round16En: sarcasm after a complaint (round 16). "Really helpful." as a
// sentence of its own after a sentence that says the help came too late or
// not at all ("Thanks for letting me know the museum was closed AFTER we
// drove there. Really helpful."), and praise of a plan "as always" that a
// plain sentence closes, with no thanks anywhere ("Brilliant planning, as
// always. Four hours on a coach …"). "Thanks for the map. Really helpful."
// and "Great work as always, thanks Lin!" stay praise.
var round16En = []enTerm{
	{"really helpful", clsImpolite, ctxHelpfulAfterFailure},
	{"very helpful", clsImpolite, ctxHelpfulAfterFailure},
	{"so helpful", clsImpolite, ctxHelpfulAfterFailure},
	{"super helpful", clsImpolite, ctxHelpfulAfterFailure},
	{"as always", clsImpolite, ctxPraiseAsAlways},
	{"as usual", clsImpolite, ctxPraiseAsAlways},
}

var tooLate = regexp.MustCompile(`(?i)\b(after (we|i|they|the group|everyone) (had )?(drove|drive|driven|arrived|got|left|paid|booked|went|came)|too late|only after|(never|didn't|did not) (tell|told|inform|informed|warn|warned|mention|mentioned) (us|me)|nobody (told|warned|informed) (us|me))\b`)

// ctxHelpfulAfterFailure accepts "Really helpful." standing alone as its
// sentence when the sentence before tells of help that came too late.
func ctxHelpfulAfterFailure(t string, s, e int) bool {
	b := lastBytes(t[:s], 200)
	i := strings.LastIndexAny(b, ".!?\n")
	if i < 0 || strings.TrimSpace(b[i+1:]) != "" && !strings.EqualFold(strings.TrimSpace(b[i+1:]), "oh") && !strings.EqualFold(strings.TrimSpace(b[i+1:]), "yeah") {
		return false
	}
	k := skipSpace(t, e)
	if k < len(t) && t[k] != '.' && t[k] != '!' {
		return false
	}
	return tooLate.MatchString(b[:i])
}

var planPraise = regexp.MustCompile(`(?i)^\s*(oh |wow,? )?(brilliant|great|excellent|fantastic|superb|wonderful|stellar|amazing|perfect|lovely) (planning|organi[sz]ation|organi[sz]ing|scheduling|coordination|communication|service|logistics|timing|foresight),? $`)

// ctxPraiseAsAlways accepts "Brilliant planning, as always." — praise of a
// plan as the whole sentence, closed by a full stop — in a text that thanks
// nobody and has no exclamation mark after it.
func ctxPraiseAsAlways(t string, s, e int) bool {
	b := lastBytes(t[:s], 80)
	if i := strings.LastIndexAny(b, ".!?\n"); i >= 0 {
		b = b[i+1:]
	}
	if !planPraise.MatchString(b) {
		return false
	}
	k := skipSpace(t, e)
	if k >= len(t) || t[k] != '.' {
		return false
	}
	low := strings.ToLower(t)
	return !strings.Contains(low, "thank") && !strings.Contains(low, "appreciat") && !strings.Contains(low, "congrat")
}

// round10En are the lexicon entries round 10 adds.
var round10En = []enTerm{
	// praise standing as a sentence of its own next to what the reader broke:
	// "Great job, guys. … you managed to lose my wheel lock key. Really impressive."
	{"great job", clsImpolite, ctxSarcasmAround},
	{"good job", clsImpolite, ctxSarcasmAround},
	{"nice job", clsImpolite, ctxSarcasmAround},
	{"nice work", clsImpolite, ctxSarcasmAround},
	{"great work", clsImpolite, ctxSarcasmAround},
	{"well done", clsImpolite, ctxSarcasmAround},
	{"bravo", clsImpolite, ctxSarcasmAround},
	{"really impressive", clsImpolite, ctxSarcasmAround},
	{"very impressive", clsImpolite, ctxSarcasmAround},
	{"truly impressive", clsImpolite, ctxSarcasmAround},
	{"impressive", clsImpolite, ctxSarcasmAround},
}

// toolVerdict reports whether "garbage"/"rubbish"/"junk" at [s, e) is said
// of a tool in a sentence that speaks to nobody: "The new asset tracker is
// garbage — half the filters don't work." Exasperation at a thing, as
// ownMachine is in Chinese. "Your report is garbage", "I expect better than
// this garbage" and "the mockups you sent are garbage" stay rude.
func toolVerdict(t string, s, e int) bool {
	b := strings.ToLower(lastBytes(t[:s], 80))
	if i := strings.LastIndexAny(b, ".!?\n"); i >= 0 {
		b = b[i+1:]
	}
	if !hasSuffixAny(strings.TrimRight(b, " "), " is", " are", " is total", " is complete", " is pure", " is just") {
		return false
	}
	sent := strings.ToLower(sentenceAround(t, s, e))
	for _, w := range []string{"you", "your"} {
		if containsWord(sent, w) {
			return false
		}
	}
	for _, w := range toolNouns12 {
		if containsWord(b, w) {
			return true
		}
	}
	return false
}

var toolNouns12 = []string{"tracker", "tool", "tools", "system", "software", "app", "printer", "scanner", "laptop", "machine", "vpn", "wifi",
	"wi-fi", "portal", "plugin", "plug-in", "ui", "interface", "dashboard", "erp", "crm", "server", "website", "editor", "engine",
	"database", "network", "keyboard", "monitor", "projector", "coffee", "template", "workflow", "pipeline", "build server", "ticketing",
	"design", "die", "mold", "mould", "part", "parts", "batch", "material", "fixture", "equipment", // round 24 (h17ag): "This die design is rubbish — the draw depth …"
	"blade", "blades", "shredder", "grinder", "pump", "motor", "valve", "filter", "hose", "sensor", "belt", "battery", "charger", "cable", // round 28 (h17al): "This shredder blade is garbage — it lasted only three days."
	"firmware", "lock", "locks", "controller", "module", "router", "terminal", "device", "devices", // round 29 (h17am): "The old lock firmware is rubbish — it drops the Bluetooth link"
	"film", "tape", "label", "labels", "packaging", "carton", "cartons", "bag", "bags", "box", "boxes", "glue", "ink", "paper"} // round 37 (h17au): "The label film from this supplier is rubbish - it tears …"

// addresseeAfter skips, after praise, an addressee written without its
// comma and the clapping or eye-rolling that may close the line ("great job
// everyone 👏", "nice work team 🙄"): the end of the text is then where the
// praise stops, as a full stop is.
func addresseeAfter(t string, k int) int {
	w := readWord(t, k)
	if w == k || !hasPrefixFold(t[k:w], "guys", "team", "everyone", "folks", "all", "people", "everybody") || w-k > len("everybody") {
		return k
	}
	rest := strings.TrimRight(t[w:], " \n")
	for _, em := range []string{"👏", "🙄", "🙃", "👍", "🎉", "😂", "🤡", "🫠"} {
		rest = strings.TrimSpace(strings.ReplaceAll(rest, em, ""))
	}
	if rest == "" {
		return len(t)
	}
	return w
}

// ownMachine reports whether 破 at [s, e) scorns a machine of the writer's
// own side — 这破机器真该换了, 那台破打印机又卡纸了 — in a sentence that
// speaks to nobody (no 你, 您, 贵): exasperation at a thing, not at the
// reader. 你们这破系统 and 什么破软件 (a vendor's software) stay rude.
func ownMachine(t string, s, e int) bool {
	if !hasPrefixAny(t[e:], "机器", "打印机", "电脑", "复印机", "投影仪", "空调") {
		return false
	}
	b := lastRunesN(t[:s], 4)
	if !strings.Contains(b, "这") && !strings.Contains(b, "那") {
		return false
	}
	sent := sentenceAround(t, s, e)
	return !strings.Contains(sent, "你") && !strings.Contains(sent, "您") && !strings.Contains(sent, "贵")
}

// staffAttitude matches a customer's complaint about one member of the
// reader's staff, named as a third person (你们那个客服小姑娘态度太差了, 那位
// 师傅服务态度很不好; round 19): feedback on someone the reader manages, not
// rudeness to the reader. 你们的服务态度也太差了 (the reader's own) is not
// matched.
//
// Round 20: 你们 + a staff role with nothing between (你们技术员态度太差了)
// names the staff member as well; 你们公司的人 and 你们的服务 do not.
var staffAttitude = regexp.MustCompile(`((那个|这个|那位|这位|那名|这名|有个|有位|有一个|有一位)[^，,。！!？?]{0,8}(客服|员工|师傅|工作人员|营业员|医生|护士|小姑娘|小伙子|姑娘|小哥|前台|司机|抄表员|电工|收费员|保安|接线员|技术员|维修工|安装工|工程师|人)|你们的?(客服|师傅|工作人员|营业员|前台|司机|抄表员|电工|收费员|保安|接线员|技术员|维修工|安装工|维保工|工程师|业务员|快递员|配送员))[^，,。！!？?]{0,3}态度(也|真|实在|简直|是)?(太|真|很|非常|特别|极其|极|十分)?(差|恶劣|不好|冷淡|敷衍|冷漠|生硬)`)

// ctxNotStaffComplaint rejects a cue inside a complaint about one of the
// reader's staff (那个客服小姑娘态度太差了，一问三不知; round 19).
func ctxNotStaffComplaint(t string, s, e int) bool {
	before := lastBytes(t[:s], 90) // the sentence near the cue: bounded, so long texts stay linear
	if i := strings.LastIndexAny(before, "。！？!?\n"); i >= 0 {
		before = before[i+1:]
	}
	after := firstRunes(t[e:], 30)
	if i := strings.IndexAny(after, "。！？!?\n"); i >= 0 {
		after = after[:i]
	}
	if !strings.Contains(before, "态度") && !strings.Contains(after, "态度") {
		return true
	}
	return !staffAttitude.MatchString(before + t[s:e] + after)
}

// afterStaffClause returns where the rest of a sentence begins after a
// complaint about one of the reader's staff ending at k: past the clause's
// comma, within 60 bytes (…态度太差了，问两句就不耐烦，这什么素质？; round 20),
// or e when no comma follows.
func afterStaffClause(t string, k, e int) int {
	z := min(e, k+60)
	if j := strings.IndexAny(t[k:z], "，,"); j >= 0 {
		if t[k+j] == ',' {
			return k + j + 1
		}
		return k + j + len("，")
	}
	return e
}

// ctxNotRuleFormula rejects 后果自负 as the standard formula of a rule's
// notice, right after 违者 (严禁在未获批空域飞行，违者后果自负; round 41,
// h17ay): the penalty of a rule for everyone, as 违者罚款200元 and 违者按规定
// 处理 are labelled clean. 否则后果自负 and 再拖后果自负 stay threats.
func ctxNotRuleFormula(t string, s, e int) bool {
	b := strings.TrimRight(lastBytes(t[:s], 12), " ：:，,")
	return !hasSuffixAny(b, "违者", "违反者", "违规者", "违章者")
}
