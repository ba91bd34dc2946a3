package check

import (
	"strings"
	"unicode/utf8"
)

// Vague time, round 5 of issue 17 (the fifteenth set's misses, by class):
//
//   - availability as a condition: 一有空就…, 一有时间就…, and the writer's own
//     free time as the awaited event of 等…再 (等我腾出手来再办, 等手头这批忙完再说);
//   - a season instead of a date: 年后, 节后, 过完年, 开年后, 放假回来 … before a
//     promise (名单我们年后再公布), not a count of years (三年后);
//   - a time said to be undecided: 时间待定, 改期另行安排;
//   - a wait with no end: 要等上一阵, 再等几天;
//   - English: once things quiet down / slow down, when the dust settles,
//     after the holidays (in a promise), when I get a moment, when I find
//     the time, give me a few days / it'll take a couple of weeks.

var round5Zh = []term{
	{"一有空", clsVague, ctxThenDo},
	{"一有时间", clsVague, ctxThenDo},
	{"一得空", clsVague, ctxThenDo},
	{"一闲下来", clsVague, ctxThenDo},
	{"年后", clsVague, ctxSeasonPromise},
	{"节后", clsVague, ctxSeasonPromise},
	{"过完年", clsVague, ctxSeasonPromise},
	{"过了年", clsVague, ctxSeasonPromise},
	{"开年后", clsVague, ctxSeasonPromise},
	{"开春后", clsVague, ctxSeasonPromise},
	{"放假回来", clsVague, ctxSeasonPromise},
	{"休假回来", clsVague, ctxSeasonPromise},
	{"待定", clsVague, ctxTimeUndecided},
	{"等上一阵子", clsVague, ctxNotDone},
	{"等上一阵", clsVague, ctxNotDone},
	{"等一阵子", clsVague, ctxNotDone},
	{"等一阵", clsVague, ctxNotDone},
	{"等上一段时间", clsVague, ctxNotDone},
	{"等上几天", clsVague, ctxNotDone},
	{"再等几天", clsVague, ctxNotDone},
	// a little time, asked for or promised: 需要点时间, 给我些时间
	{"点时间", clsVague, ctxAWhile},
	{"些时间", clsVague, ctxAWhile},
	{"一点时间", clsVague, ctxAWhile},
	{"一些时间", clsVague, ctxAWhile},
	// finding a free moment: 找个空再碰, 抽个空过去
	{"找个空", clsVague, nil},
	{"抽个空", clsVague, nil},
	{"得个空", clsVague, nil},
	{"挑个空", clsVague, nil},
	{"回过头", clsVague, ctxThenDo},
	{"回过头来", clsVague, ctxThenDo},
	// a delay by a vague amount: 能否宽限几天, 我们缓一两天再发, 晚些天到
	{"宽限", clsVague, ctxDelayPeriod},
	{"缓", clsVague, ctxDelayPeriod},
	{"推迟", clsVague, ctxDelayPeriod},
	{"延后", clsVague, ctxDelayPeriod},
	{"延迟", clsVague, ctxDelayPeriod},
	{"晚", clsVague, ctxDelayPeriod},
	{"迟", clsVague, ctxDelayPeriod},
	{"拖", clsVague, ctxDelayPeriod},
	// postponement to an occasion nobody has fixed
	{"有机会再", clsVague, nil},
	{"下回再", clsVague, ctxXiacizai},
	{"往后再", clsVague, nil},
	{"看情况再", clsVague, nil},
	{"视情况再", clsVague, nil},
	{"等等看", clsVague, nil},
	{"改个时间", clsVague, ctxNotAfterVague},
	{"另找时间", clsVague, ctxNotAfterVague},
	{"另约时间", clsVague, ctxNotAfterVague},
	{"再约时间", clsVague, ctxNotAfterVague},
	{"挑个日子", clsVague, ctxNotAfterVague},
	{"缓一缓", clsVague, ctxNotDone},
	{"往后推一推", clsVague, ctxPostpone},
	{"往后推推", clsVague, ctxPostpone},
	{"早晚会", clsVague, ctxWriterSubject},
	{"迟早会", clsVague, ctxWriterSubject},
	// name-calling
	{"饭桶", clsImpolite, nil},
	{"草包", clsImpolite, nil},
	{"猪脑子", clsImpolite, nil},
	{"猪脑袋", clsImpolite, nil},
	{"脑残", clsImpolite, nil},
	{"弱智", clsImpolite, ctxNotNoun},
	{"缺心眼", clsImpolite, nil},
	{"二百五", clsImpolite, nil},
	{"神经病", clsImpolite, ctxNotNoun},
}

var round5En = func() []enTerm {
	var out []enTerm
	for _, w := range []string{"once", "when", "after"} {
		for _, v := range []string{"calm", "settle", "quiet", "slow"} {
			if w+v != "oncecalm" && w+v != "whencalm" { // lexicon.go has those
				out = append(out, enTerm{w + " things " + v + " down", clsVague, nil})
			}
			out = append(out, enTerm{w + " it " + v + "s down", clsVague, nil})
		}
		out = append(out, enTerm{w + " the dust settles", clsVague, nil})
		// round 7: without "down"
		out = append(out, enTerm{w + " things settle", clsVague, nil}, enTerm{w + " everything settles", clsVague, nil},
			enTerm{w + " things calm", clsVague, nil}, enTerm{w + " things quieten down", clsVague, nil})
	}
	for _, h := range []string{"the holidays", "the holiday", "the break", "the new year", "new year", "chinese new year", "the festival", "the long weekend", "the holiday season"} {
		out = append(out, enTerm{"after " + h, clsVague, ctxPromiseBeforeEn})
	}
	for _, w := range []string{"when", "once"} {
		for _, who := range []string{"i", "we"} {
			for _, g := range []string{"get a moment", "get a minute", "get a second", "have a moment", "have a minute", "have a chance", "find the time", "find time", "get round to it", "get around to it"} {
				out = append(out, enTerm{w + " " + who + " " + g, clsVague, ctxNoRush})
			}
		}
	}
	for _, w := range []string{"at some stage", "one of these days", "in the not too distant future", "in the not-too-distant future", "before too long",
		"as and when", "when convenient", "at a later time", "further down the line", "further down the road", "some other time",
		"at a more convenient time", "in the fullness of time", "when the time is right", "in a little bit", "in the next little while"} {
		out = append(out, enTerm{w, clsVague, nil})
	}
	out = append(out, enTerm{"at a later point", clsVague, ctxNotPlace})
	for _, w := range []string{"at a later point in time", "closer to the date", "closer to the time", "nearer the time",
		"nearer to the date", "nearer to the time", "in the not so distant future", "in the not-so-distant future"} {
		out = append(out, enTerm{w, clsVague, nil})
	}
	out = append(out, enTerm{"later on", clsVague, ctxLater})
	for _, d := range []string{"a few days", "a couple of days", "a few weeks", "a couple of weeks", "a day or so", "a few more days", "a week or so"} {
		out = append(out, enTerm{d, clsVague, ctxWaitFor})
	}
	return out
}()

// ctxThenDo accepts 一有空 as a condition on the writer's action (一有空就帮你看).
func ctxThenDo(t string, s, e int) bool {
	return hasPrefixAny(t[e:], "就", "再", "我", "马上", "立刻", "帮", "给", "会", "来再") && ctxNoRush(t, s, e)
}

// ctxSeasonPromise accepts 年后/节后 … before a promise (年后再公布, 节后统一安排),
// not a count (三年后) nor a report (年后就开工了).
func ctxSeasonPromise(t string, s, e int) bool {
	if s > 0 {
		if isDigit(t[s-1]) {
			return false
		}
		if r, _ := utf8.DecodeLastRuneInString(t[:s]); zhNumeral[r] || r == '几' || r == '多' || r == '周' || r == '今' || r == '明' {
			return false
		}
	}
	a, _ := clauseAfter(t, e)
	if strings.Contains(a, "了") {
		return false
	}
	return hasPrefixAny(t[e:], "再", "会", "将", "统一", "安排", "开始", "公布", "处理", "补", "另行", "我们再", "我再", "我们会", "我会") || commitVerbAt(t, e)
}

// ctxTimeUndecided accepts 待定 of a time (上线时间待定), not of a person or a thing.
func ctxTimeUndecided(t string, s, e int) bool {
	return hasAny(clauseBefore(t, s), "时间", "日期", "日子", "时候", "几点", "何时", "改期", "排期", "交期", "档期", "工期", "截止")
}

// ctxNotDone rejects a wait that is over (等了一阵) or qualifies a noun.
func ctxNotDone(t string, s, e int) bool { return !hasPrefixAny(t[e:], "了", "的", "后就") }

// ctxPromiseBeforeEn accepts "after the holidays" in a promise or a plan
// (We'll look into it after the holidays), not in a report.
func ctxPromiseBeforeEn(t string, s, e int) bool {
	b := " " + strings.ToLower(sentenceBefore(t, s))
	return hasAny(b, "'ll ", " will ", " let's ", "let us ", " going to ", " plan to ", " can ", " shall ", " should ", " could ", " would ", "'d ")
}

// ctxWaitFor accepts "a few days" as how long the reader must wait (give me a
// few days, it'll take a couple of weeks, within a week or so), not "a few
// days ago/later" or "in a few days" (its own entry).
func ctxWaitFor(t string, s, e int) bool {
	b := strings.TrimRight(lastBytes(t[:s], 16), " ")
	if !hasSuffixFold(b, "give me", "give us", "need", "needs", "take", "takes", "within", "another", "wait", "about") {
		return false
	}
	a := strings.TrimLeft(t[e:], " ")
	return !hasPrefixFold(a, "ago", "later", "earlier", "late", "before", "after", "of ", "'", "off")
}

// ctxDelayPeriod accepts a delay by a vague amount of time (宽限几天, 缓一两天,
// 晚些天), not a count (晚两天: two days) nor a report (已推迟了几天).
func ctxDelayPeriod(t string, s, e int) bool {
	if hasSuffixAny(lastBytes(t[:s], 9), "已", "已经", "又", "被", "今", "傍", "夜") {
		return false
	}
	return delayPeriodEnd(t, e) > 0
}

// delayPeriodEnd is the end of the vague amount after a delay verb (0 when
// there is none): 几天, 一两天, 两三天, 些天, 一段时间, 一阵.
func delayPeriodEnd(t string, e int) int {
	a := t[e:]
	a2 := strings.TrimPrefix(a, "个")
	skip := len(a) - len(a2)
	n := 0
	for _, q := range []string{"一两", "两三", "三五", "三两", "一段", "一阵", "几个", "一些", "几", "些", "段", "阵"} {
		if strings.HasPrefix(a2, q) {
			n = len(q)
			break
		}
	}
	if n == 0 {
		return 0
	}
	m := 0
	for _, u := range []string{"日子", "时间", "阵子", "礼拜", "星期", "天", "日", "周", "月"} {
		if strings.HasPrefix(a2[n:], u) {
			m = len(u)
			break
		}
	}
	if m == 0 && !strings.HasPrefix(a2[:n], "一阵") {
		return 0
	}
	end := e + skip + n + m
	if hasPrefixAny(t[end:], "的", "了", "左右的") {
		return 0
	}
	return end
}

// ctxWriterSubject accepts 早晚会/迟早会 as the writer's vague promise
// (我们早晚会补上), not a prediction about others (你们迟早会出事).
func ctxWriterSubject(t string, s, e int) bool {
	return hasSuffixAny(strings.TrimSpace(clauseBefore(t, s)), "我", "我们", "我们这边", "我这边", "公司")
}

// ctxNotNoun rejects a clinical or compound use (神经病学, 弱智化).
func ctxNotNoun(t string, s, e int) bool {
	return !hasPrefixAny(t[e:], "学", "科", "医院", "化", "儿童", "人士")
}

// delayVerb are the round-5 words whose finding spans the vague amount after them.
var delayVerb = map[string]bool{"宽限": true, "缓": true, "推迟": true, "延后": true, "延迟": true, "晚": true, "迟": true, "拖": true}

// ctxNotAfterVague leaves 改天再约时间 to 改天: one vague time, one finding.
func ctxNotAfterVague(t string, s, e int) bool {
	return !hasSuffixAny(lastBytes(t[:s], 12), "改天", "改日", "回头", "有空", "下次", "下回", "以后", "后面", "晚点", "过两天", "过几天")
}

// ctxNotPlace rejects a place in a text ("at a later point in the agenda").
func ctxNotPlace(t string, s, e int) bool {
	return !hasPrefixFold(strings.TrimLeft(t[e:], " "), "in the", "of the", "on the")
}

// ctxNotOnceIn rejects "once in a while" (now and then, a frequency; round 7).
func ctxNotOnceIn(t string, s, e int) bool {
	return !hasSuffixFold(strings.TrimRight(t[:s], " "), "once")
}
