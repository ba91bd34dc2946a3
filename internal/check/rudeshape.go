package check

import (
	"strings"
	"unicode/utf8"
)

// Round 2 of issue 17: rudeness by the shape of the sentence rather than by
// fixed sentences. A cue is rude when the sentence around it has the shape
// that makes it so:
//   - a second-person target (你/你们/you/your team) with a negative
//     evaluation or ability word (你们也太不靠谱了, your support is a joke);
//   - a rhetorical question at the reader (你到底懂不懂…?, 你们是故意的吧?,
//     这就是你们说的…?, Why can't your team…?);
//   - a complaint about repeating oneself (给你说了八百遍了);
//   - a threat or a dismissal (后果自负, 你自己跟老板解释吧, 出了问题别找我, or else);
//   - condescension (小学生都知道, 不会就别…, even an intern could…);
//   - sarcasm: praise next to a failure (真行, 谢谢你啊,又…, 太"高"了).
// Criticism of a thing (这个bug太离谱了), the writer's own fault (我们的问题)
// and firm polite urgency (请务必…,否则…) have none of these shapes.

// rudeShapeZh are the Chinese cues.
var rudeShapeZh = []term{
	{"到底", clsImpolite, ctxDaodi},
	{"凭什么", clsImpolite, nil},
	{"都", clsImpolite, ctxEvenThis},
	{"后果自负", clsImpolite, ctxNotRuleFormula},
	{"走着瞧", clsImpolite, nil},
	{"别怪我", clsImpolite, nil},
	{"你自己", clsImpolite, ctxYourself},
	{"你们自己", clsImpolite, ctxYourself},
	{"还当什么", clsImpolite, nil},
	{"还做什么", clsImpolite, nil},
	{"还干什么", clsImpolite, nil},
	{"怎么", clsImpolite, ctxHowDid},
	{"真行", clsImpolite, ctxSarcasmZh},
	{"真有你的", clsImpolite, nil},
	{"真厉害", clsImpolite, ctxSarcasmZh},
	{"真能干", clsImpolite, ctxSarcasmZh},
	{"太", clsImpolite, ctxScareQuote},
	{"低级错误", clsImpolite, ctxLowError},
	{"不想再听", clsImpolite, nil},
	{"不想听", clsImpolite, ctxAnyExcuse},
	{"就是你们", clsImpolite, ctxBlame},
	{"就是你", clsImpolite, ctxBlame},
	{"都是你们", clsImpolite, ctxBlame},
	{"全是你们", clsImpolite, ctxBlame},
	{"还不是你们", clsImpolite, nil},
	{"没上心", clsImpolite, ctxAtYou},
	{"不上心", clsImpolite, ctxAtYou},
	{"不靠谱", clsImpolite, ctxPersonAround},
	{"不专业", clsImpolite, ctxPersonAround},
	{"不负责任", clsImpolite, ctxPersonAround},
	{"没有责任心", clsImpolite, ctxPersonAround},
	{"有点责任心", clsImpolite, nil},
	{"有点脑子", clsImpolite, nil},
	{"有点常识", clsImpolite, nil},
	{"新来的吗", clsImpolite, nil},
	{"新来的吧", clsImpolite, nil},
	{"第一天上班", clsImpolite, ctxQuestionAfter},
	{"懒得说", clsImpolite, nil},
	{"懒得理", clsImpolite, nil},
	{"懒得跟你", clsImpolite, nil},
	{"故意的", clsImpolite, ctxDeliberate},
	{"好好看看", clsImpolite, ctxNoPleaseZh},
	{"行吗", clsImpolite, ctxXingma},
	{"这就是你们", clsImpolite, ctxQuestionAfter},
	{"这就是你", clsImpolite, ctxQuestionAfter},
	{"说了", clsImpolite, ctxToldTimes},
	{"讲了", clsImpolite, ctxToldTimes},
	{"强调了", clsImpolite, ctxToldTimes},
	{"提醒了", clsImpolite, ctxToldTimes},
	{"小学生都", clsImpolite, ctxKidsKnow},
	{"三岁小孩", clsImpolite, ctxKidsKnow},
	{"小孩子都", clsImpolite, ctxKidsKnow},
	{"傻子都", clsImpolite, ctxKidsKnow},
	{"实习生都", clsImpolite, ctxPersonAround},
	{"不会就别", clsImpolite, nil},
	{"不行就别", clsImpolite, nil},
	{"不懂就别", clsImpolite, nil},
	{"做不好就别", clsImpolite, nil},
	{"都什么时候了", clsImpolite, nil},
	{"谢谢你啊", clsImpolite, ctxSarcasticThanks},
	{"谢谢你们啊", clsImpolite, ctxSarcasticThanks},
	{"多亏了你们", clsImpolite, ctxSarcasticThanks},
	{"多亏你们", clsImpolite, ctxSarcasticThanks},
	{"别找我", clsImpolite, nil},
	{"别来找我", clsImpolite, nil},
	{"跟我没关系", clsImpolite, nil},
	{"关我什么事", clsImpolite, nil},
	{"关我屁事", clsImpolite, nil},
	{"你们不觉得", clsImpolite, ctxQuestionAfter},
	{"你不觉得", clsImpolite, ctxQuestionAfter},
	{"还有脸", clsImpolite, nil},
	{"像话吗", clsImpolite, nil},
	{"成何体统", clsImpolite, nil},
	{"不长记性", clsImpolite, nil},
	{"教过你", clsImpolite, ctxRepeatTail},
	{"听不懂", clsImpolite, ctxCannotRead},
	{"有完没完", clsImpolite, nil},
	{"烦不烦", clsImpolite, nil},
	{"够了", clsImpolite, ctxEnough},
	{"搞清楚", clsImpolite, ctxGetItStraight},
	{"就不能", clsImpolite, ctxAtReaderQ},
	{"是不是觉得", clsImpolite, ctxAtYou},
	{"有没有一点", clsImpolite, ctxQuestionAfter},
	{"有这么难吗", clsImpolite, nil},
	{"有那么难吗", clsImpolite, nil},
	{"很难吗", clsImpolite, ctxQuestionAfter},
	{"在等什么", clsImpolite, ctxQuestionAfter},
	{"都没有吗", clsImpolite, ctxBelittle},
	{"都不知道吗", clsImpolite, ctxBelittle},
	{"也好意思", clsImpolite, nil},
	{"真不明白", clsImpolite, ctxAtYouAfter},
	{"不明白你们", clsImpolite, nil},
	{"听好了", clsImpolite, nil},
	{"别解释了", clsImpolite, nil},
	{"别说了", clsImpolite, ctxNoPleaseZh},
	{"别狡辩", clsImpolite, nil},
	{"别老", clsImpolite, ctxNoPleaseZh},
	{"别总是", clsImpolite, ctxNoPleaseZh},
	{"扣你", clsImpolite, nil},
	{"投诉你们", clsImpolite, ctxThreatZh},
	{"找你们领导", clsImpolite, ctxThreatZh},
	{"佩服你们", clsImpolite, ctxSarcasmZh},
	{"佩服你", clsImpolite, ctxSarcasmZh},
	{"原来你们也", clsImpolite, nil},
	{"原来你也", clsImpolite, nil},
	{"大开眼界", clsImpolite, ctxPersonAround},
	{"都比你们", clsImpolite, nil},
	{"都比你", clsImpolite, nil},
	{"浪费时间", clsImpolite, ctxAtYou},
	{"停留在", clsImpolite, ctxPersonAround},
}

// rudeShapeEn are the English cues.
var rudeShapeEn = []enTerm{
	{"why can't", clsImpolite, ctxYouAfterEn},
	{"why can’t", clsImpolite, ctxYouAfterEn},
	{"why don't you ever", clsImpolite, nil},
	{"why do you always", clsImpolite, nil},
	{"why does your", clsImpolite, ctxNeverAlways},
	{"why do you guys", clsImpolite, nil},
	{"stop", clsImpolite, ctxStopDoing},
	{"or else", clsImpolite, ctxOrElse},
	{"even an intern", clsImpolite, nil},
	{"even a child", clsImpolite, nil},
	{"even a kid", clsImpolite, nil},
	{"even a monkey", clsImpolite, nil},
	{"even a beginner", clsImpolite, nil},
	{"even a first-year", clsImpolite, nil},
	{"a child could", clsImpolite, nil},
	{"is a joke", clsImpolite, ctxYourEn},
	{"is pathetic", clsImpolite, ctxYourEn},
	{"is useless", clsImpolite, ctxYourEn},
	{"are useless", clsImpolite, ctxYourEn},
	{"is hopeless", clsImpolite, ctxYourEn},
	{"are hopeless", clsImpolite, ctxYourEn},
	{"is a disgrace", clsImpolite, ctxYourEn},
	{"is ridiculous", clsImpolite, ctxYourEn},
	{"is incompetent", clsImpolite, ctxYourEn},
	{"are incompetent", clsImpolite, ctxYourEn},
	{"incompetent", clsImpolite, ctxYourEn},
	{"are you kidding", clsImpolite, nil},
	{"you must be joking", clsImpolite, nil},
	{"you must be kidding", clsImpolite, nil},
	{"give me a break", clsImpolite, nil},
	{"get your act together", clsImpolite, nil},
	{"pull yourselves together", clsImpolite, nil},
	{"pull yourself together", clsImpolite, nil},
	{"grow up", clsImpolite, nil},
	{"not rocket science", clsImpolite, nil},
	{"spell it out", clsImpolite, ctxYouBeforeEn},
	{"repeat myself", clsImpolite, nil},
	{"last warning", clsImpolite, ctxWarningAtYou},
	{"you'll regret", clsImpolite, nil},
	{"you will regret", clsImpolite, nil},
	{"don't make me", clsImpolite, nil},
	{"nice try", clsImpolite, nil},
	{"thanks a lot", clsImpolite, ctxSarcasticThanksEn},
	{"thanks for", clsImpolite, ctxSarcasticThanksEn},
	{"whatever", clsImpolite, ctxWhatever},
	{"how hard", clsImpolite, ctxHowHard},
	{"we told you", clsImpolite, ctxToldYouTimes},
	{"do i need to remind", clsImpolite, nil},
	{"who do you think", clsImpolite, nil},
	{"get it together", clsImpolite, nil},
	{"too much to ask", clsImpolite, nil},
	{"you didn't understand", clsImpolite, ctxWhichWord},
	{"you don't understand", clsImpolite, ctxWhichWord},
	{"amateur hour", clsImpolite, nil},
	{"amateurish", clsImpolite, nil},
	{"didn't bother", clsImpolite, ctxAtYouEn},
	{"couldn't be bothered", clsImpolite, nil},
	{"can't be bothered", clsImpolite, ctxAtYouEn},
	{"spell everything out", clsImpolite, nil},
	{"out for you", clsImpolite, ctxSpell},
	{"impressive", clsImpolite, ctxSarcasmWord},
	{"brilliant", clsImpolite, ctxSarcasmWord},
	{"fantastic", clsImpolite, ctxSarcasmWord},
	{"wonderful", clsImpolite, ctxSarcasmWord},
	{"lovely", clsImpolite, ctxSarcasmWord},
	{"dropped the ball", clsImpolite, ctxAtYouEn},
	{"dropping the ball", clsImpolite, ctxAtYouEn}, // round 41 (h17ay): "Your team keeps dropping the ball."
	{"drops the ball", clsImpolite, ctxAtYouEn},
	{"waste my time", clsImpolite, nil},
	{"to your manager", clsImpolite, ctxThreatEn},
	{"to your boss", clsImpolite, ctxThreatEn},
	{"to your supervisor", clsImpolite, ctxThreatEn},
	{"try reading", clsImpolite, ctxSentenceStart},
	{"try using your", clsImpolite, nil},
	{"know what they're doing", clsImpolite, ctxNegKnow},
	{"know what you're doing", clsImpolite, ctxNegKnow},
	{"knows what they're doing", clsImpolite, ctxNegKnow},
	{"knows what he's doing", clsImpolite, ctxNegKnow},
}

// politeZh are the markers that make an order a request.
var politeZh = []string{"请", "麻烦", "辛苦", "谢谢", "劳驾", "烦请", "能否", "可否", "方便"}

// ctxDaodi accepts 到底 in a question at the reader (你到底懂不懂业务?), not
// one the team asks itself (到底是哪个环节出了问题,我们…).
func ctxDaodi(t string, s, e int) bool {
	b := clauseBefore(t, s)
	a, end := clauseAfter(t, e)
	return strings.Contains(b, "你") && !strings.Contains(b, "您") &&
		(end == '？' || end == '?' || hasAny(a, "吗", "不", "没", "怎么", "什么", "干嘛"))
}

// ctxYourself accepts 你自己 in a dismissal (你自己跟老板解释吧, 你们自己看着办).
func ctxYourself(t string, s, e int) bool {
	a, _ := clauseAfter(t, e)
	return hasAny(a, "解释吧", "看着办", "想办法吧", "负责吧", "搞定吧", "处理吧", "兜着", "承担后果", "担着")
}

// ctxHowDid accepts 你们…是怎么…的? and 你们…怎么测的?: a question at the
// reader that asks nothing (the writer knows the answer).
func ctxHowDid(t string, s, e int) bool {
	b := clauseBefore(t, s)
	if !strings.Contains(b, "你") || strings.Contains(b, "您") || hasAny(b, politeZh...) {
		return false
	}
	a, end := clauseAfter(t, e)
	if !strings.HasSuffix(a, "的") {
		return false
	}
	return end == '？' || end == '?' || strings.Contains(sentenceBefore(t, s), "不知道")
}

// ctxSarcasmZh accepts praise said next to a failure (呵呵,又延期了,真行).
func ctxSarcasmZh(t string, s, e int) bool {
	ctx := sentenceBefore(t, s) + firstRunes(t[e:], 20)
	if hasAny(ctx, "谢谢", "感谢") && !hasAny(ctx, "又", "呵呵") {
		return false
	}
	return hasAny(ctx, "又", "呵呵", "延期", "错", "还没", "没做", "拖", "搞砸", "了三", "你们可") || hasPrefixAny(t[e:], "啊", "呀", "。", "！", "!")
}

// ctxScareQuote accepts 太"高"了 / 真是太“专业”了 said of people: praise in
// scare quotes.
func ctxScareQuote(t string, s, e int) bool {
	a := firstRunes(t[e:], 8)
	if !hasPrefixAny(a, "\"", "“", "「", "‘", "'") {
		return false
	}
	if !strings.Contains(a, "了") {
		return false
	}
	return strings.Contains(sentenceBefore(t, s), "你")
}

func ctxLowError(t string, s, e int) bool {
	ctx := sentenceBefore(t, s) + firstRunes(t[e:], 8)
	return hasAny(ctx, "也能", "都能", "还能", "也犯", "还犯", "又", "你") && !hasAny(ctx, "我们", "我的")
}

func ctxAnyExcuse(t string, s, e int) bool {
	return hasPrefixAny(t[e:], "解释", "借口", "理由", "任何")
}

// ctxBlame accepts 就是你们没…/都是你们的错: the reader blamed.
func ctxBlame(t string, s, e int) bool {
	if hasSuffixAny(t[:s], "不", "并不", "也不") {
		return false // 这不全是你们的问题 is fairness, not blame
	}
	return hasPrefixAny(t[e:], "没", "不", "的问题", "的错", "的责任", "搞", "弄", "害", "拖", "造成")
}

// ctxQuestionAfter accepts a cue whose clause ends in a question.
func ctxQuestionAfter(t string, s, e int) bool {
	a, end := clauseAfter(t, e)
	return end == '？' || end == '?' || strings.HasSuffix(a, "吗") || strings.HasSuffix(a, "吧")
}

// ctxDeliberate accepts 你们是故意的吧?: intent imputed to the reader.
func ctxDeliberate(t string, s, e int) bool {
	return strings.Contains(clauseBefore(t, s), "你") && hasPrefixAny(t[e:], "吧", "吗", "？", "?")
}

// ctxNoPleaseZh accepts an order with no politeness marker in its sentence.
func ctxNoPleaseZh(t string, s, e int) bool {
	return !hasAny(sentenceBefore(t, s)+firstRunes(t[e:], 30), politeZh...) && !hasAny(sentenceBefore(t, s), "大家", "我们", "我")
}

// ctxXingma accepts …再来问行吗?: an order turned into an exasperated question.
func ctxXingma(t string, s, e int) bool {
	b := sentenceBefore(t, s)
	return hasPrefixAny(t[e:], "？", "?") && hasAny(b, "再来", "先", "好好", "自己", "别") && !hasAny(b, politeZh...)
}

// ctxToldTimes accepts 说了八百遍了 / 给你讲了三次了: the writer has said it
// before and is exasperated, not 会上说了两点.
func ctxToldTimes(t string, s, e int) bool {
	a := firstRunes(t[e:], 6)
	i := strings.IndexAny(a, "遍次回")
	if i <= 0 {
		return false
	}
	n := a[:i]
	if !isCount(n) {
		return false
	}
	rest := a[i:]
	_, w := utf8.DecodeRuneInString(rest)
	rest = rest[w:]
	b := clauseBefore(t, s)
	return strings.HasPrefix(rest, "了") && (hasAny(b, "给你", "跟你", "和你", "我都", "我已经", "都") || hasAny(n, "多少", "八百", "一百", "无数", "N", "n"))
}

func isCount(n string) bool {
	if n == "" {
		return false
	}
	if hasAny(n, "多少", "八百", "一百", "无数", "好几", "几") {
		return true
	}
	for _, r := range n {
		if !(r >= '0' && r <= '9') && !zhNumeral[r] {
			return false
		}
	}
	return true
}

// ctxSarcasticThanks accepts thanks next to a complaint (谢谢你啊,又让我们加班).
func ctxSarcasticThanks(t string, s, e int) bool {
	ctx := firstRunes(t[e:], 20)
	return hasAny(ctx, "又", "害得", "害我", "白忙", "加班", "搞砸", "多等")
}

func ctxRepeatTail(t string, s, e int) bool {
	return hasPrefixAny(t[e:], "多少", "几", "八百", "无数", "好几")
}

// ctxEnough accepts 够了 as an outburst (够了!), not 时间够了.
func ctxEnough(t string, s, e int) bool {
	return strings.TrimSpace(sentenceBefore(t, s)) == "" && hasPrefixAny(t[e:], "！", "!")
}

// ---- English ----

func ctxYouAfterEn(t string, s, e int) bool {
	a := " " + strings.ToLower(firstRunes(t[e:], 20)) + " "
	return hasAny(a, " you ", " your ", " you guys", " anyone ", " anybody ", " they ")
}

func ctxNeverAlways(t string, s, e int) bool {
	a := strings.ToLower(firstRunes(t[e:], 40))
	return hasAny(a, " always", " never", " ever ", " still ")
}

// ctxStopDoing accepts "stop arguing" as a bare order, not "Please stop
// using the old template" or "the bus stop".
func ctxStopDoing(t string, s, e int) bool {
	k := skipSpace(t, e)
	w := strings.ToLower(t[k:readWord(t, k)])
	if !strings.HasSuffix(w, "ing") {
		return false
	}
	switch w {
	case "arguing", "complaining", "whining", "making", "wasting", "ignoring", "pretending", "blaming", "pushing", "dragging", "stalling":
	default:
		return false
	}
	return ctxNoPlease(t, s, e)
}

// ctxOrElse accepts "or else" closing a sentence: a threat.
func ctxOrElse(t string, s, e int) bool {
	k := skipSpace(t, e)
	return k == len(t) || strings.ContainsRune(".!?", rune(t[k]))
}

// ctxYourEn accepts a negative verdict said of the reader's side (your
// support is a joke), not of a thing (the old VPN client is useless).
func ctxYourEn(t string, s, e int) bool {
	b := " " + strings.ToLower(clauseBeforeEn(t, s)) + " "
	return hasAny(b, " your ", " you ", " you're ", " you guys ", " you people ")
}

func clauseBeforeEn(t string, s int) string {
	b := sentenceBefore(t, s)
	if i := strings.LastIndexAny(b, ",;:"); i >= 0 {
		b = b[i+1:]
	}
	return b
}

func ctxYouBeforeEn(t string, s, e int) bool {
	return ctxYourEn(t, s, e) || strings.Contains(strings.ToLower(sentenceBefore(t, s)), "do i")
}

// ctxSarcasticThanksEn accepts "Thanks a lot for breaking…" and "thanks for
// nothing", not "thanks for the quick turnaround".
func ctxSarcasticThanksEn(t string, s, e int) bool {
	k := skipSpace(t, e)
	a := strings.ToLower(firstRunes(t[k:], 30))
	return hasPrefixFold(a, "nothing", "breaking", "ignoring", "wasting", "losing", "messing", "ruining", "the delay", "another delay", "wasting", "the mess")
}

// ctxWhatever accepts "Whatever." as a shrug, not "whatever you need".
func ctxWhatever(t string, s, e int) bool {
	k := skipSpace(t, e)
	return strings.TrimSpace(sentenceBefore(t, s)) == "" && (k == len(t) || strings.ContainsRune(".!,", rune(t[k])))
}

func ctxHowHard(t string, s, e int) bool {
	a := strings.ToLower(firstRunes(t[e:], 20))
	return hasPrefixFold(strings.TrimSpace(a), "is it", "can it", "could it")
}

// ctxToldYouTimes accepts "I told you three times", "I told you already!".
func ctxToldYouTimes(t string, s, e int) bool {
	a := strings.ToLower(firstRunes(t[e:], 30))
	return hasAny(a, "times", "twice", "already!", "a hundred", "a million", "so many") && !hasSuffixFold(strings.TrimRight(t[:s], " "), "as")
}

// ctxEvenThis accepts 这么简单的报表都做不对 / 连个纪要都写不明白: "even this
// you cannot do" — 都 + verb + 不 + result, after 这/这么/连 (ctxBelittle).
func ctxEvenThis(t string, s, e int) bool {
	a := firstRunes(t[e:], 5)
	i := strings.Index(a, "不")
	if i < 3 || i > 6 {
		return false
	}
	if !hasPrefixAny(a[i+3:], "对", "好", "明白", "清楚", "懂", "会", "了", "到", "完", "出来", "利索", "准") {
		return false
	}
	return ctxBelittle(t, s, e)
}

// ctxKidsKnow accepts 小学生都知道 as a sneer, not 小学生都能看懂的说明书 (a
// description of a thing).
func ctxKidsKnow(t string, s, e int) bool {
	a, _ := clauseAfter(t, e)
	return !strings.Contains(a, "的")
}

// ctxAtReaderQ accepts 你就不能…吗?: a question at the reader that is an order.
func ctxAtReaderQ(t string, s, e int) bool {
	return strings.Contains(clauseBefore(t, s), "你") && ctxQuestionAfter(t, s, e)
}

// ctxThreatZh accepts 投诉你们 / 找你们领导 as a threat (再…就, 否则, 不然).
func ctxThreatZh(t string, s, e int) bool {
	return hasAny(sentenceBefore(t, s), "再", "否则", "不然", "要是", "如果", "就")
}

func ctxWhichWord(t string, s, e int) bool {
	b := strings.ToLower(sentenceBefore(t, s))
	return hasAny(b, "which", "what part", "what word", "which part")
}

func ctxSpell(t string, s, e int) bool {
	return hasAny(strings.ToLower(sentenceBefore(t, s)), "spell", "lay it", "write it")
}

// ctxSarcasmWord accepts "Impressive." as a sentence of its own after a
// failure (Another missed deadline. Impressive.).
func ctxSarcasmWord(t string, s, e int) bool {
	b := sentenceBefore(t, s)
	if i := strings.LastIndex(b, ". "); i >= 0 {
		b = b[i+2:]
	}
	if strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(b), "Wow,")) != "" {
		return false
	}
	k := skipSpace(t, e)
	if k < len(t) && !strings.ContainsRune(".!", rune(t[k])) {
		return false
	}
	prev := strings.ToLower(lastBytes(t[:s], 80))
	return hasAny(prev, "again", "another", "missed", "broke", "late", "failed", "wrong", "still not", "delay")
}

// ctxThreatEn accepts "I'll go straight to your manager" after a condition.
func ctxThreatEn(t string, s, e int) bool {
	b := strings.ToLower(sentenceBefore(t, s))
	return hasAny(b, "if ", "again", "or ", "otherwise", "next time") && hasAny(b, "i'll", "i will", "we'll", "we will", "going to")
}

func ctxSentenceStart(t string, s, e int) bool {
	return strings.TrimSpace(sentenceBefore(t, s)) == ""
}

func ctxNegKnow(t string, s, e int) bool {
	b := strings.ToLower(sentenceBefore(t, s))
	return hasAny(b, "nobody", "no one", "don't", "doesn't", "do not", "does not", "clearly", "obviously")
}

// ctxGetItStraight accepts 请你搞清楚,… / 你最好搞清楚: the reader told to
// get it straight, not 请在周五前搞清楚原因.
func ctxGetItStraight(t string, s, e int) bool {
	a, _ := clauseAfter(t, e)
	return a == "" && hasSuffixAny(clauseBefore(t, s), "请你", "你", "你们", "你最好", "你们最好", "给我")
}
