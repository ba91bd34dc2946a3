package check

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Rudeness rarely uses a listed swear word: it is a rhetorical question
// (你们的测试是摆设吗?), sarcasm (Great job breaking …), blame (每次都是你们)
// or a blunt order (别再拖了, 赶紧…, Fix it now.). These patterns are
// matched as lexicon entries whose context function checks the sentence
// around them; criticism of a thing (这套旧系统一点用都没有) is not rude.

// rudeZh are the Chinese patterns.
var rudeZh = []term{
	// "even this you cannot do"
	{"都做不好", clsImpolite, ctxBelittle},
	{"都办不好", clsImpolite, ctxBelittle},
	{"都干不好", clsImpolite, ctxBelittle},
	{"都搞不定", clsImpolite, ctxBelittle},
	{"都搞不好", clsImpolite, ctxBelittle},
	{"都弄不好", clsImpolite, ctxBelittle},
	{"都处理不好", clsImpolite, ctxBelittle},
	{"都解决不了", clsImpolite, ctxBelittle},
	{"都做不到", clsImpolite, ctxBelittle},
	{"都不会", clsImpolite, ctxBelittle},
	{"都看不出来", clsImpolite, ctxBelittle},
	{"都看不懂", clsImpolite, ctxBelittle},
	{"都管不好", clsImpolite, ctxBelittle},
	{"都搞不明白", clsImpolite, ctxBelittle},
	{"都弄不明白", clsImpolite, ctxBelittle},
	{"都搞不清楚", clsImpolite, ctxBelittle},
	{"都说不清楚", clsImpolite, ctxBelittle},
	{"都弄不好", clsImpolite, ctxBelittle},
	{"没长脑子", clsImpolite, nil},
	{"难道", clsImpolite, ctxNandao},
	{"眼瞎", clsImpolite, nil},
	{"长点脑子", clsImpolite, nil},
	{"什么东西", clsImpolite, ctxAtYou},
	{"敷衍我", clsImpolite, nil},
	{"糊弄我", clsImpolite, nil},
	{"忽悠我", clsImpolite, nil},
	{"应付我", clsImpolite, nil},
	{"推三阻四", clsImpolite, nil},
	{"爱干不干", clsImpolite, nil},
	{"爱做不做", clsImpolite, nil}, // round 26 (h17aj): 爱做不做, 爱要不要, 不做拉倒 dismiss as 爱干不干 does
	{"爱要不要", clsImpolite, nil},
	{"爱买不买", clsImpolite, nil},
	{"不做拉倒", clsImpolite, nil},
	{"不要拉倒", clsImpolite, nil},
	{"不干拉倒", clsImpolite, nil},
	{"水平太差", clsImpolite, ctxPerson},
	{"能力太差", clsImpolite, ctxPerson},
	{"太业余", clsImpolite, ctxPerson},
	// rhetorical questions
	{"是摆设", clsImpolite, ctxBaishe},
	{"骗子", clsImpolite, ctxPianzi}, // round 43 (h17ba)
	{"是干嘛的", clsImpolite, nil},
	{"是干什么的", clsImpolite, nil},
	{"吃干饭", clsImpolite, nil},
	{"干嘛去了", clsImpolite, nil},
	{"干什么去了", clsImpolite, nil},
	{"有什么用", clsImpolite, ctxWhatUse},
	{"好意思", clsImpolite, ctxHaoyisi},
	{"看不懂", clsImpolite, ctxCannotRead},
	{"就是这么", clsImpolite, ctxRhetorical},
	{"你们是怎么", clsImpolite, ctxRhetorical},
	{"你是怎么", clsImpolite, ctxRhetorical},
	{"第几次了", clsImpolite, nil},
	{"第几回了", clsImpolite, nil},
	{"第几遍了", clsImpolite, nil},
	{"还想不想", clsImpolite, nil},
	{"人呢", clsImpolite, ctxRenne},
	{"根本没", clsImpolite, ctxAtYou},
	{"压根没", clsImpolite, ctxAtYou},
	{"根本不看", clsImpolite, ctxAtYou},
	{"压根不看", clsImpolite, ctxAtYou},
	{"真不知道", clsImpolite, ctxAtYouAfter},
	{"不知道你们", clsImpolite, ctxAtYouAfter},
	{"还要我", clsImpolite, ctxHaiyaowo},
	{"要我说", clsImpolite, ctxHowManyTimes},
	{"说几遍", clsImpolite, nil},
	{"说几次", clsImpolite, nil},
	{"重复几次", clsImpolite, nil},
	{"重复几遍", clsImpolite, nil},
	// blame
	{"又是你们", clsImpolite, nil},
	{"每次都是你们", clsImpolite, nil},
	{"总是你们", clsImpolite, nil},
	{"拖后腿", clsImpolite, nil},
	{"摸鱼", clsImpolite, nil},
	{"就知道", clsImpolite, ctxJiuzhidao},
	{"推卸责任", clsImpolite, ctxAtYou},
	{"甩锅", clsImpolite, nil},
	{"动动脑子", clsImpolite, nil},
	{"用点脑子", clsImpolite, nil},
	{"带点脑子", clsImpolite, nil},
	{"带脑子", clsImpolite, nil},
	{"上点心", clsImpolite, nil},
	{"长点记性", clsImpolite, nil},
	{"能不能专业", clsImpolite, nil},
	{"能不能认真", clsImpolite, nil},
	{"能不能用点心", clsImpolite, nil},
	{"你行你", clsImpolite, nil},
	{"破", clsImpolite, ctxPo},
	// sarcasm and exasperation
	{"没谁了", clsImpolite, ctxPerson},
	{"呵呵", clsImpolite, nil},
	{"随便你们", clsImpolite, nil},
	{"随便你", clsImpolite, nil},
	{"爱怎么", clsImpolite, nil},
	{"绣花吗", clsImpolite, nil},
	{"雕花吗", clsImpolite, nil},
	{"开玩笑吗", clsImpolite, nil},
	{"是认真的吗", clsImpolite, nil},
	{"在度假吗", clsImpolite, nil},
	{"在梦游", clsImpolite, nil},
	{"真服了", clsImpolite, ctxFedUp},
	{"服了你", clsImpolite, nil},
	{"也是醉了", clsImpolite, nil},
	{"真是醉了", clsImpolite, nil},
	{"就这？", clsImpolite, nil},
	{"就这?", clsImpolite, nil},
	{"一问三不知", clsImpolite, ctxNotStaffComplaint},
	{"还能不能行", clsImpolite, nil},
	{"不能干就", clsImpolite, nil},
	{"干不了就", clsImpolite, nil},
	{"做不了就走", clsImpolite, nil},
	// blunt orders
	{"别再", clsImpolite, ctxBieZai},
	{"别拖", clsImpolite, ctxBietuoLimit},
	{"别磨蹭", clsImpolite, nil},
	{"蠢到家", clsImpolite, nil}, // round 41 (h17ay): a verdict at its utmost, 真是蠢到家了
	{"笨到家", clsImpolite, nil},
	{"懒到家", clsImpolite, nil},
	{"别墨迹", clsImpolite, nil},
	{"别耽误", clsImpolite, nil},
	{"别浪费", clsImpolite, nil},
	{"别让我", clsImpolite, nil},
	{"别什么", clsImpolite, nil},
	{"别跟我来", clsImpolite, nil},
	{"少跟我来", clsImpolite, nil},
	{"别推给", clsImpolite, nil},
	{"别来烦", clsImpolite, nil},
	{"赶紧", clsImpolite, ctxGanjin},
	{"给我马上", clsImpolite, nil},
	{"给我立刻", clsImpolite, nil},
	{"给我立即", clsImpolite, nil},
	{"给我赶紧", clsImpolite, nil},
}

// rudeEn are the English patterns.
var rudeEn = []enTerm{
	{"fix it now", clsImpolite, ctxNoPlease},
	{"do it now", clsImpolite, ctxNoPlease},
	{"send it now", clsImpolite, ctxNoPlease},
	{"did anyone even", clsImpolite, nil},
	{"did anybody even", clsImpolite, nil},
	{"does anyone even", clsImpolite, nil},
	{"has anyone even", clsImpolite, nil},
	{"did you even", clsImpolite, nil},
	{"do you even", clsImpolite, nil},
	{"are you even", clsImpolite, nil},
	{"is anyone even", clsImpolite, nil},
	{"seriously", clsImpolite, ctxSeriously},
	{"thanks for nothing", clsImpolite, nil},
	{"is it really that hard", clsImpolite, nil},
	{"how hard can it be", clsImpolite, nil},
	{"how hard is it", clsImpolite, nil},
	{"great job", clsImpolite, ctxSarcasm},
	{"good job", clsImpolite, ctxSarcasm},
	{"nice job", clsImpolite, ctxSarcasm},
	{"nice work", clsImpolite, ctxSarcasm},
	{"great work", clsImpolite, ctxSarcasm},
	{"well done", clsImpolite, ctxSarcasm},
	{"do your job", clsImpolite, nil},
	{"do your jobs", clsImpolite, nil}, // round 41 (h17ay): said to a team
	{"why is this still", clsImpolite, ctxNotInCaps},
	{"why is it still", clsImpolite, ctxNotInCaps},
	{"why is nobody", clsImpolite, ctxNotInCaps},
	{"why is no one", clsImpolite, ctxNotInCaps},
	{"why has nobody", clsImpolite, ctxNotInCaps},
	{"why nobody", clsImpolite, ctxNotInCaps},
	{"why no one", clsImpolite, ctxNotInCaps},
	{"what were you thinking", clsImpolite, nil},
	{"what were you guys thinking", clsImpolite, nil},
	{"not my problem", clsImpolite, nil},
	{"not my job", clsImpolite, nil},
	{"what is wrong with you", clsImpolite, nil},
	{"what's wrong with you", clsImpolite, nil},
	{"tired of", clsImpolite, ctxTiredOf},
	{"sick and tired", clsImpolite, nil},
	{"doesn't care", clsImpolite, nil},
	{"don't care", clsImpolite, ctxAtYouEn},
	{"does not care", clsImpolite, nil},
	{"seems to care", clsImpolite, ctxNobody},
	{"seem to care", clsImpolite, ctxNobody},
	{"stop wasting", clsImpolite, nil},
	{"wasting my time", clsImpolite, nil},
	{"waste of my time", clsImpolite, nil},
	{"you had one job", clsImpolite, nil},
	{"you had one task", clsImpolite, nil},
	{"unbelievable", clsImpolite, ctxNotPraiseEn},
	{"what a joke", clsImpolite, nil},
	{"is this a joke", clsImpolite, nil},
	{"why can't you", clsImpolite, nil},
	{"how come nobody", clsImpolite, nil},
	{"how come no one", clsImpolite, nil},
	{"why didn't anyone", clsImpolite, nil},
	{"why didn't anybody", clsImpolite, nil},
	{"didn't you read", clsImpolite, nil},
	{"did you not read", clsImpolite, nil},
	{"have you even", clsImpolite, nil},
	{"can't you read", clsImpolite, nil},
	{"some kind of joke", clsImpolite, nil},
	{"use your head", clsImpolite, nil},
	{"use your brain", clsImpolite, nil},
	{"can't believe you", clsImpolite, nil},
	{"can't believe nobody", clsImpolite, nil},
	{"cannot believe you", clsImpolite, nil},
	{"making excuses", clsImpolite, nil},
	{"make excuses", clsImpolite, nil},
	{"what part of", clsImpolite, nil},
	{"are you serious", clsImpolite, nil},
	{"wake up", clsImpolite, ctxWakeUp},
	{"no excuses", clsImpolite, nil},
	{"you people", clsImpolite, nil},
	{"do you guys ever", clsImpolite, nil},
	{"worst", clsImpolite, ctxWorst},
	{"embarrassing", clsImpolite, ctxAtYouEn},
	{"does all day", clsImpolite, ctxWhat},
	{"do all day", clsImpolite, ctxWhat},
	{"typical", clsImpolite, ctxTypical},
	{"for the last time", clsImpolite, nil},
	{"figure it out yourselves", clsImpolite, nil},
	{"figure it out yourself", clsImpolite, nil},
	{"shouldn't have to", clsImpolite, nil},
	{"should not have to", clsImpolite, nil},
	{"what a great idea to", clsImpolite, ctxWithout},
}

// ctxBieZai accepts 别再 before a fault (别再搞错, 别再拖), not 别再担心了.
func ctxBieZai(t string, s, e int) bool {
	return hasPrefixAny(t[e:], "拖", "搞错", "犯", "发错", "出错", "弄错", "写错", "忘", "让我", "找借口", "敷衍", "糊弄", "推", "迟到", "延期", "问",
		"磨洋工", "磨蹭", "磨叽", "偷懒", "摸鱼", "混日子") // round 41 (h17ay): 别再磨洋工了 slacks as 别再拖了 delays
}

// ctxPersonAround accepts 真服了 said of people (真服了你们, 你们…真服了), not of a printer.
func ctxPersonAround(t string, s, e int) bool {
	a, _ := clauseAfter(t, e)
	return strings.Contains(a, "你") || ctxPerson(t, s, e) || strings.Contains(sentenceBefore(t, s), "你")
}

// ctxFedUp accepts 真服了 after a person or a person's fault (低级错误也犯,真服了).
func ctxFedUp(t string, s, e int) bool {
	return ctxPersonAround(t, s, e) || hasAny(sentenceBefore(t, s), "犯", "错误", "忘了", "又拖", "又错")
}

func ctxWorst(t string, s, e int) bool {
	k := skipSpace(t, e)
	return hasPrefixFold(t[k:], "supplier", "service", "vendor", "support", "team", "company", "partner", "experience", "job", "work", "customer service")
}

func ctxWhat(t string, s, e int) bool {
	b := strings.ToLower(sentenceBefore(t, s))
	// "I'd love to learn what your team does all day" is curiosity
	return strings.Contains(b, "what") && !hasAny(b, "learn", "love to", "like to", "curious", "interested", "shadow")
}

// ctxNotPraiseEn rejects a word of amazement used as praise ("You guys are
// unbelievable — thanks for the weekend effort!").
func ctxNotPraiseEn(t string, s, e int) bool {
	a := strings.ToLower(sentenceBefore(t, s) + firstRunes(t[e:], 60))
	return !hasAny(a, "thank", "well done", "great job", "amazing", "effort", "proud", "congrat", "kudos", "impressive")
}

// ctxTypical accepts "Typical." as a sneer, not "a typical case".
func ctxTypical(t string, s, e int) bool {
	return e < len(t) && (t[e] == '.' || t[e] == '!') && strings.TrimSpace(sentenceBefore(t, s)) == ""
}

func ctxWithout(t string, s, e int) bool {
	a := strings.ToLower(firstRunes(t[e:], 40))
	return strings.Contains(a, "without") || strings.Contains(a, " not ")
}

// ctxBelittle accepts "都做不好" after 这/这点/这么/连 — "even this cannot be
// done" — unless the writer speaks of themselves (我们都不会忘记).
func ctxBelittle(t string, s, e int) bool {
	b := clauseBefore(t, s)
	if strings.Contains(b, "我") || strings.Contains(b, "大家") || strings.Contains(b, "咱们") {
		return false
	}
	return b == "这" || strings.Contains(b, "这点") || strings.Contains(b, "这么") || strings.Contains(b, "这种") ||
		strings.Contains(b, "连") || strings.HasPrefix(b, "这都") || strings.HasSuffix(b, "这") || strings.Contains(b, "这样")
}

func ctxWhatUse(t string, s, e int) bool {
	b := clauseBefore(t, s)
	return strings.Contains(b, "要你") || strings.Contains(b, "你们")
}

// ctxHaoyisi accepts 好意思吗 and 还好意思, not 不好意思 (sorry).
func ctxHaoyisi(t string, s, e int) bool {
	if strings.HasSuffix(t[:s], "不") {
		return false
	}
	return strings.HasSuffix(t[:s], "还") || hasPrefixAny(t[e:], "吗", "说", "问")
}

// ctxCannotRead accepts 你看不懂中文吗: a question at the reader.
func ctxCannotRead(t string, s, e int) bool {
	b := clauseBefore(t, s)
	a, end := clauseAfter(t, e)
	return strings.Contains(b, "你") && (strings.Contains(a, "吗") || end == '？' || end == '?')
}

// ctxRhetorical accepts 你们就是这么做事的? and 你们是怎么做质检的?: a question
// that is not asking anything.
func ctxRhetorical(t string, s, e int) bool {
	a, end := clauseAfter(t, e)
	return (end == '？' || end == '?') && strings.Contains(a, "的") && !strings.Contains(a, "请")
}

func ctxRenne(t string, s, e int) bool {
	return hasPrefixAny(t[e:], "？", "?", "!", "！") || e == len(t)
}

// ctxAtYou accepts a phrase in a clause or sentence that addresses the reader.
func ctxAtYou(t string, s, e int) bool {
	b := sentenceBefore(t, s)
	return strings.Contains(b, "你") || strings.Contains(b, "这帮") || strings.Contains(b, "这些人")
}

func ctxAtYouAfter(t string, s, e int) bool {
	a, _ := clauseAfter(t, s)
	return strings.Contains(a, "你")
}

// ctxHaiyaowo accepts 还要我说/教/重复/提醒/亲自: the writer's exasperation.
func ctxHaiyaowo(t string, s, e int) bool {
	if strings.HasPrefix(t[e:], "亲自") {
		// 还要我亲自改吗? asks how the work is split; 还要我亲自跟客户解释 is exasperation
		a, _ := clauseAfter(t, e)
		return !strings.HasSuffix(a, "吗")
	}
	return hasPrefixAny(t[e:], "说", "讲", "重复", "教", "提醒", "催", "来教")
}

func ctxHowManyTimes(t string, s, e int) bool {
	return hasPrefixAny(t[e:], "多少", "几")
}

func ctxJiuzhidao(t string, s, e int) bool {
	if hasSuffixAny(t[:s], "早", "我", "我们", "本来", "当时") {
		return false // round 28 (h17al): 我早就知道偷懒会出事 is knowing, no verdict
	}
	return hasPrefixAny(t[e:], "推", "甩", "找借口", "抱怨", "摸鱼", "拖", "偷懒", "糊弄", "混日子", "玩手机") // round 28 (h17al): 这帮人就知道偷懒
}

// ctxPo accepts 破 as contempt (那个破系统), not in 破损, 突破, 打破.
func ctxPo(t string, s, e int) bool {
	p, _ := utf8.DecodeLastRuneInString(t[:s])
	if animalInsult.MatchString(sentenceAround(t, s, e)) {
		return false // round 27 (h17ak): 这破系统天天崩，写它的人是猪吗 — the insult is the finding
	}
	if strings.ContainsRune("打突攻识冲爆残击点看揭说", p) || ownMachine(t, s, e) { // round 11: 这破机器真该换了
		return false
	}
	return hasPrefixAny(t[e:], "系统", "网站", "电脑", "软件", "东西", "玩意", "流程", "公司", "程序", "平台", "机器", "打印机", "单位", "方案", "服务", "APP", "app", "工作")
}

// ctxGanjin accepts 赶紧 as an order (赶紧把报价改了), not when the writer
// urges themselves (我们得赶紧) or asks kindly (麻烦赶紧帮我看一下,谢谢).
func ctxGanjin(t string, s, e int) bool {
	b := sentenceBefore(t, s)
	a, _ := clauseAfter(t, e)
	for _, soft := range []string{"麻烦", "请", "帮", "我们", "咱们", "我", "得", "需要", "要"} {
		if strings.Contains(b, soft) {
			return false
		}
	}
	rest := firstRunes(t[e:], 30)
	// urging a group to something of their own (赶紧的,大家去食堂吃饭了) is no order
	if hasAny(firstRunes(t[e:], 12), "大家", "各位", "同事们") && !hasAny(rest, "别", "不要", "又", "还") {
		return false
	}
	return !strings.Contains(a, "帮") && !strings.Contains(rest, "谢谢") && !urgentCry(t, s, e) && !cryThenOrder(t, s, e)
}

// cryThenOrder reports 赶紧 ordering the fix of a situation the writer has
// just cried out with two or more exclamation marks, itself closed by two or
// more, no one addressed but a bare role (天然气压力又掉了！！！调度赶紧回电
// 话！！！, …停放点满了！！！赶紧派车！！！): the marks are the shouting (round
// 29, h17am). Not with 你, 给我, 别 or 又 in its sentence (…！！！你们赶紧…),
// nor after a plain statement (压力掉了。调度赶紧回电话！！！).
func cryThenOrder(t string, s, e int) bool {
	b := sentenceBefore(t, s)
	if utf8.RuneCountInString(b) > 4 || hasAny(b, "你", "您", "给我") {
		return false
	}
	if exclaimRun(strings.TrimSpace(t[:s-len(b)]), true) < 2 {
		return false
	}
	rest, _ := restOfSentence(t, e)
	if hasAny(rest, "你", "您", "给我", "别", "不要", "又", "还") {
		return false
	}
	return exclaimRun(t[e+len(rest):], false) >= 2
}

// exclaimRun counts the exclamation marks that end t (atEnd) or open it.
func exclaimRun(t string, atEnd bool) int {
	n := 0
	for {
		var r rune
		var w int
		if atEnd {
			r, w = utf8.DecodeLastRuneInString(t)
		} else {
			r, w = utf8.DecodeRuneInString(t)
		}
		if w == 0 || (r != '！' && r != '!') {
			return n
		}
		if atEnd {
			t = t[:len(t)-w]
		} else {
			t = t[w:]
		}
		n++
	}
}

func ctxNoPlease(t string, s, e int) bool {
	b := strings.ToLower(sentenceBefore(t, s))
	return !strings.Contains(b, "please") && !strings.Contains(b, "could") && !strings.Contains(b, "can you")
}

// ctxSeriously accepts "Seriously?" and "Seriously, again?", not "seriously consider".
func ctxSeriously(t string, s, e int) bool {
	return e == len(t) || strings.ContainsRune("?,!.", rune(t[e]))
}

// ctxSarcasm accepts "Great job breaking the build": praise for a failure.
func ctxSarcasm(t string, s, e int) bool {
	k := skipSpace(t, e)
	w := strings.ToLower(t[k:readWord(t, k)])
	switch w {
	case "breaking", "losing", "missing", "ignoring", "forgetting", "messing", "crashing", "deleting", "screwing", "wrecking", "blowing":
		return true
	}
	return false
}

func ctxTiredOf(t string, s, e int) bool {
	k := skipSpace(t, e)
	return hasPrefixFold(t[k:], "chasing", "waiting", "asking", "reminding", "you", "your", "this", "the same")
}

func ctxAtYouEn(t string, s, e int) bool {
	b := strings.ToLower(sentenceBefore(t, s) + " " + firstRunes(t[e:], 40))
	return strings.Contains(b, "you") || strings.Contains(b, "they") || strings.Contains(b, "nobody")
}

func ctxNobody(t string, s, e int) bool {
	b := strings.ToLower(sentenceBefore(t, s))
	return strings.Contains(b, "nobody") || strings.Contains(b, "no one")
}

// ctxPerson accepts a word like 一点用都没有 / useless / 差劲 only when it is
// said of people (你们, 你, 他们, you …), not of a thing (这套旧系统一点用都没有).
func ctxPerson(t string, s, e int) bool {
	b := clauseBefore(t, s)
	if strings.Contains(b, "你") || strings.Contains(b, "他们") || strings.Contains(b, "这帮") || strings.Contains(b, "这些人") {
		return true
	}
	lb := " " + strings.ToLower(b) + " "
	for _, w := range []string{" you ", " you're ", " your ", " they ", " they're ", " he ", " she ", " people ", " guys ", " team "} {
		if strings.Contains(lb, w) {
			return true
		}
	}
	return false
}

// ctxPersonOrAlone accepts a verdict on people (ctxPerson) and one that is
// a sentence of its own after a sentence about the reader's side (round 26,
// h17aj: "Your sales guy promised 2 free cases and then vanished. Useless.").
// "Useless." after a sentence about a thing ("The old charger broke.
// Useless.") stays clean, as does "useless" inside a sentence about a thing.
func ctxPersonOrAlone(t string, s, e int) bool {
	if ctxPerson(t, s, e) {
		return true
	}
	if !wordSentence(t, s, e) {
		return false
	}
	b := strings.TrimRight(t[:s], " \n")
	b = b[:len(b)-1]
	if i := strings.LastIndexAny(b, ".!?\n"); i >= 0 {
		b = b[i+1:]
	}
	lb := " " + strings.ToLower(b) + " "
	return strings.Contains(lb, " your ") || strings.Contains(lb, " you ")
}

// wordSentence reports whether t[s:e] is an English sentence of one word
// after another sentence ("…vanished. Useless."): the writer's own verdict,
// which no earlier sentence's "said"/"promised" reports.
func wordSentence(t string, s, e int) bool {
	a := strings.TrimLeft(t[e:], ".!")
	if len(a) == len(t[e:]) || a != "" && a[0] != ' ' && a[0] != '\n' {
		return false
	}
	b := strings.TrimRight(t[:s], " \n")
	return len(b) < s && (strings.HasSuffix(b, ".") || strings.HasSuffix(b, "!"))
}

// speakers are third parties whose words a writer reports; speechVerbs
// introduce them: 客户说…, 供应商称…, 厂家回复…, the supplier said ….
var (
	speakers = []string{"客户", "对方", "供应商", "厂家", "厂商", "他们", "他", "她", "用户", "老板", "领导", "甲方", "乙方", "那边", "物流", "快递", "师傅", "司机", "房东", "物业", "银行", "医生", "工人",
		"会员", "顾客", "学员", "客人", "租户"} // round 24 (h17ag): 会员李先生说…，问我们是不是在糊弄他
	speechVerbs = []string{"说", "表示", "声称", "称", "提到", "回复", "反馈", "答复", "表态", "承诺"}
	speechEn    = []string{"said", "says", "wrote", "writes", "replied", "told us", "claims", "claimed", "mentioned", "promised"}
)

// crewSpeaker reports whether b ends with the name of a team or unit — a
// word of two or more characters ending in 班, 队, 室, 组 or 科 (维修班,
// 施工队, 化验室, 安保组, 设备科) — that speaks; a shift (上班, 下班, 加班,
// 值班, 夜班 …) or 排队 is no speaker.
func crewSpeaker(b string) bool {
	b = strings.TrimRight(b, " ")
	last, n := utf8.DecodeLastRuneInString(b)
	if n == 0 || !strings.ContainsRune("班队室组科", last) {
		return false
	}
	prev, m := utf8.DecodeLastRuneInString(b[:len(b)-n])
	if m == 0 || prev < 0x4e00 || prev > 0x9fff {
		return false
	}
	if last == '班' && strings.ContainsRune("上下加值倒换早晚夜白中跟领接交航替轮代排", prev) {
		return false
	}
	if last == '队' && strings.ContainsRune("排插归入站", prev) {
		return false
	}
	return true
}

// reported reports whether the sentence before s reports someone else's
// words — unless they ask something of the writer's side (客户希望我们尽快…),
// which the writer must then make concrete.
func reported(t string, s int) bool { return reportedBy(t, s, "", false) }

// reportedTime is reported for a vague time: 说的 + a thing (门窗厂说的那批
// Low-E原片，尽早给个报价; round 29, h17am) names the thing, and the writer
// asks. Rudeness after 说的 keeps being read as reported (the seventy-second
// set's writer). A promise relayed in two forms is the writer's, and so is
// an ask after the report (vague_relayed.go).
func reportedTime(t string, s, e int) bool { return reportedBy(t, s, t[s:e], true) }

// reportedBy is reported and reportedTime; w is the vague word judged.
func reportedBy(t string, s int, w string, saidThing bool) bool {
	b := sentenceBefore(t, s)
	if writerAfterReport(b, t[s:]) {
		return false
	}
	if near := lastBytes(b, 12); strings.Contains(near, "我们") || strings.Contains(near, "我司") {
		return false
	}
	if q := strings.LastIndex(b, "”"); q >= 0 && hasPrefixAny(strings.TrimLeft(b[q+len("”"):], "，,、 "), "我", "那我") {
		return false // round 15: 拉链厂说“过两天就补货”，我回头再打电话问一下 — the quote has closed; the writer speaks
	}
	for _, v := range speechVerbs {
		i := strings.LastIndex(b, v)
		if i < 0 {
			continue
		}
		if r := b[i+len(v):]; saidThing && strings.HasPrefix(r, "的") && !hasPrefixAny(r, "的是", "的话", "的都", "的也", "的还") {
			continue // 说的 names a thing; the writer asks
		}
		if addressAfterReport(b[i+len(v):], firstRunes(t[s:], 30)) || orderAfterReport(b[i+len(v):], firstRunes(t[s:], 30)) || askAfterReport(b[i+len(v):]) || saidThing && pleaseAfterReport(b[i+len(v):]) {
			return false // round 16: 酒店那边又说没收到房单，你们前台是摆设吗？ — the report ends; the writer asks the reader
		}
		if saidThing && relayedPromiseZh(b[:i], b[i+len(v):], w) {
			return false // round 37 (h17au): 物流那边说近期会安排提货 holds the writer to it
		}
		lead := lastBytes(b[:i], 27) // 他们最近比较忙,说…
		for _, who := range speakers {
			if j := strings.Index(lead, who); j >= 0 && !hasSuffixAny(lead[:j], "我们", "我司", "我们的", "我的", "我") {
				return true // 我们领导说了,过些日子… is the writer's side speaking
			}
		}
		// a unit of the company or an outside organisation speaking
		// (设备科说改日派人来看, 餐厅说稍后会有人联系), not one being asked
		// (请技术部说明原因) or 部说明
		if hasSuffixAny(b[:i], "部", "科", "处", "中心", "厂", "组", "厅", "店", "院", "校", "行", "局", "所", "站", "馆", "公司", "酒店", "餐厅", "医院", "学校") && !hasPrefixAny(b[i+len(v):], "明", "清") && !hasAny(b[:i], softZh...) {
			return true
		}
		// a team or crew (维修班说过阵子再修, 施工队表示…, 化验室回复…; round 8),
		// not a shift (下班说, 加班说不定) nor 说不定/说明
		if v == "说" && hasPrefixAny(b[i+len(v):], "不定", "明", "清") {
			continue
		}
		if crewSpeaker(b[:i]) && !hasAny(b[:i], softZh...) {
			return true
		}
	}
	if strings.ContainsAny(b, "sdy") {
		l := strings.ToLower(lastEnSentence(b))
		for _, v := range speechEn {
			if i := strings.Index(l, v); i >= 0 && !documentSays(l[:i]) && !claimsNoun(l, i, v) && !(saidThing && relayedPromiseEn(l, i, v)) {
				return true
			}
		}
	}
	return false
}

// ctxRubbish rejects rubbish bins and garbage collection, and "rubbish at"
// said of a tool.
func ctxRubbish(t string, s, e int) bool {
	k := skipSpace(t, e)
	return !hasPrefixFold(t[k:], "bin", "collection", "can", "bag", "truck", "disposal", "removal", "day", "at ", "in ", "out") && !toolVerdict(t, s, e)
}

// ctxWakeUp accepts "Wake up, people", not "wake up at 6".
func ctxWakeUp(t string, s, e int) bool {
	return e == len(t) || t[e] == ',' || t[e] == '!' || t[e] == '.'
}

// ctxNandao accepts 难道 in a question at the reader (难道你们都不检查吗?), not
// one the writer asks of the facts (难道没有更便宜的方案了吗).
func ctxNandao(t string, s, e int) bool {
	a, end := clauseAfter(t, e)
	return strings.Contains(a, "你") && (end == '？' || end == '?' || strings.Contains(a, "吗"))
}

// claimsNoun reports whether "claims" or "claimed" at l[i:] is no verb of
// saying but the noun or its participle ("clear the remaining 41 claims
// ASAP", "all claimed items", "warranty claims"): a number, a determiner
// or a word that qualifies claims comes right before it (round 34, h17ar).
func claimsNoun(l string, i int, v string) bool {
	if v != "claims" && v != "claimed" {
		return false
	}
	ws := strings.Fields(l[:i])
	if len(ws) == 0 {
		return false
	}
	w := strings.Trim(ws[len(ws)-1], ",;:")
	return w != "" && isDigit(w[0]) || claimQualifiers[w]
}

// claimQualifiers come before the noun claims, or before claimed as a
// participle: determiners, quantities and the kinds of claim.
var claimQualifiers = map[string]bool{"the": true, "these": true, "those": true, "all": true, "any": true, "some": true, "many": true, "few": true,
	"our": true, "your": true, "their": true, "its": true, "his": true, "her": true, "of": true, "remaining": true, "open": true, "pending": true,
	"new": true, "old": true, "unpaid": true, "rejected": true, "late": true, "warranty": true, "insurance": true, "expense": true, "commission": true,
	"rebate": true, "refund": true, "damage": true, "travel": true, "un": true, "no": true, "two": true, "three": true, "several": true}

// documentSays reports whether the words before a verb of saying name a
// document, not a person ("what the ticket says", "the spec says"): what a
// document says is no third party's speech.
func documentSays(before string) bool {
	return hasSuffixAny(strings.TrimRight(before, " "), "ticket", "spec", "email", "mail", "doc", "document", "contract", "policy",
		"manual", "sign", "note", "page", "log", "screen", "message", "error", "form", "label", "invoice", "report", "brief")
}

// ctxBaishe accepts 是摆设 as a question (你们的测试是摆设吗?) or said of
// people (你们质检就是摆设), not of a thing (会议室的空调是摆设).
func ctxBaishe(t string, s, e int) bool {
	a, end := clauseAfter(t, e)
	return end == '？' || end == '?' || strings.Contains(a, "吗") || ctxPersonAround(t, s, e)
}

// politeSuggestion rewrites a rude remark as facts, impact and a request,
// naming the form's contact and date when there is a form.
func (c *checker) politeSuggestion() string {
	f := c.opt.Form
	if f != nil && f.Contact != "" {
		due := f.Due
		if due == "" {
			due = c.tr("约定日期", "the agreed date")
		}
		return c.tr(fmt.Sprintf("请就事论事:说明事实、影响和期望,如「此问题已影响交付,请%s%s协助在%s前处理,谢谢」", f.Dept, f.Contact, due),
			fmt.Sprintf("Stick to the facts: what happened, its impact and what you need, e.g. \"This is holding up delivery; %s, could you sort it out by %s? Thanks.\"", f.Contact, due))
	}
	return c.tr("请就事论事:说明事实、影响和期望,如「此问题本周已出现两次,请协助在周五前排查原因」", "Stick to the facts: state what happened, its impact and what you need, e.g. \"This has happened twice this week; could you find the cause by Friday?\"")
}

// lastEnSentence returns the last English sentence of b, after a full stop
// (enSentenceStart), when the writer opens it with I: "Customer says the
// meters are skipping again. I'll swing by when I have time." — the report
// has ended; the writer speaks (round 25, h17ai). Any other sentence after
// a report may still carry it, so b is kept whole.
func lastEnSentence(b string) string {
	for i := len(b) - 1; i >= 5; i-- {
		if b[i-1] == ' ' && b[i-2] == '.' && enSentenceStart(b, i) {
			if hasPrefixAny(b[i:], "I ", "I'll ", "I’ll ", "I'm ", "I’m ") {
				return b[i:]
			}
			return b
		}
	}
	return b
}

// writerAfterReport reports whether the word at the start of rest opens a
// clause of the writer's own after a report (round 25, h17ai: 雷沃那边说液压泵
// 总成下周到，有空时我再去提货): a comma right before it and 我 + 再/去/来/就
// within a few characters after. 厂家说，过两天我就到 (the words said follow
// the comma), 厂家说，过两天他们再来 and 厂家说过两天我们就能发货 stay reported.
func writerAfterReport(b, rest string) bool {
	if !hasSuffixAny(b, "，", ",") || hasSuffixAny(strings.TrimRight(b, "，, "), speechVerbs...) {
		return false // 厂家说，过两天我就能收到货: what was said follows the comma
	}
	a := firstRunes(rest, 6)
	i := strings.Index(a, "我")
	return i > 0 && !strings.Contains(a, "我们") && hasPrefixAny(a[i+len("我"):], "再", "去", "来", "就")
}

// addressAfterReport reports whether what follows a verb of saying is a
// report that ends at a comma and a clause that turns to the reader with a
// question of the writer's own (没收到我们的房单，你们前台是摆设吗？). A comma
// right after the verb (客户说，你们…) opens the report; it does not end it.
func addressAfterReport(a, next string) bool {
	for _, c := range []string{"，你们", "，你", ",你们", ",你"} {
		i := strings.Index(a, c)
		if i <= 0 {
			continue
		}
		if strings.ContainsAny(a[i:], "。！!\n") {
			return false
		}
		if j := strings.IndexAny(next, "。！!\n"); j >= 0 {
			next = next[:j]
		}
		return strings.ContainsAny(a[i:], "？?") || strings.Contains(a[i:], "吗") || strings.ContainsAny(next, "？?") || strings.Contains(next, "吗")
	}
	return false
}

// orderAfterReport reports whether a report ends at a comma and the writer
// turns to the reader, named or not, with a task (round 17: Sarah那边又来邮件
// 说crew meal是冷的，chef你ASAP看一下): the words from there are the writer's.
func orderAfterReport(a, next string) bool {
	i := strings.LastIndexAny(a, ",，")
	if i <= 0 {
		return false
	}
	_, n := utf8.DecodeRuneInString(a[i:])
	c := a[i+n:]
	if c == "" {
		c = next // round 18: the turn opens right at the word judged (客户说扶手开线，照片发你了，你们自己看看…)
	}
	j := strings.Index(c, "你")
	if j < 0 || j > 12 || strings.ContainsAny(c[:j], "。！!？?") {
		return false
	}
	if k := strings.IndexAny(next, "。！!？?\n"); k >= 0 {
		next = next[:k]
	}
	return hasAny(next, "看一下", "看下", "看看", "瞧瞧", "处理", "回复", "跟进", "确认", "安排", "发我", "给我")
}

// askAfterReport reports whether a report ends at a comma and the writer's
// clause that holds the word opens with an ask of the reader (round 23:
// 三分部那边又说单价不认，拖了两个月了，能不能尽早定个调): the ask is the
// writer's. A report that opens with the ask (客户说，能不能尽快…) is still
// the report.
func askAfterReport(a string) bool {
	i := strings.LastIndexAny(a, ",，")
	if i <= 0 {
		return false
	}
	_, n := utf8.DecodeRuneInString(a[i:])
	r := a[i+n:]
	if hasPrefixAny(r, "能不能", "能否", "可不可以", "可否", "麻烦您", "麻烦你", "您看", "请您", "请你") {
		return true
	}
	// round 24 (h17ag): the writer asks a team of their own to act on the
	// report (NMPA那边退回来了，说依据不足，麻烦法规组尽快补一下); 客户说，请尽快发货
	// opens the report with its ask and stays the report
	return hasPrefixAny(r, "麻烦", "烦请", "请") && hasSuffixAny(r, "组", "部", "科", "室", "团队", "同事") && utf8.RuneCountInString(r) <= 10
}

// ctxBietuoLimit rejects 别拖到 + a time (别拖到下个月, 别拖到周五以后): the
// writer sets the limit of the task, a firm deadline, not a rebuke (round
// 17). A bare 别拖 and 别再拖了 stay blunt orders.
func ctxBietuoLimit(t string, s, e int) bool {
	a, ok := strings.CutPrefix(t[e:], "到")
	if !ok {
		return true
	}
	if a != "" && isDigit(a[0]) {
		return false
	}
	return !hasPrefixAny(a, "下个月", "下月", "下周", "明天", "后天", "月底", "年底", "年后", "节后", "明年", "周一", "周二", "周三", "周四", "周五", "周六", "周日", "下礼拜", "一二", "十二", "十一")
}
