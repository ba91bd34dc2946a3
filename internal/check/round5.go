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
	for _, d := range []string{"a few days", "a couple of days", "a few weeks", "a couple of weeks", "a day or so", "a few more days", "a week or so"} {
		out = append(out, enTerm{d, clsVague, ctxWaitFor})
	}
	return out
}()

// ctxThenDo accepts 一有空 as a condition on the writer's action (一有空就帮你看).
func ctxThenDo(t string, s, e int) bool {
	return hasPrefixAny(t[e:], "就", "再", "我", "马上", "立刻", "帮", "给", "会") && ctxNoRush(t, s, e)
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
	b := strings.ToLower(strings.TrimRight(lastBytes(t[:s], 16), " "))
	if !hasSuffixAny(b, "give me", "give us", "need", "needs", "take", "takes", "within", "another", "wait", "about") {
		return false
	}
	a := strings.ToLower(strings.TrimLeft(t[e:], " "))
	return !hasPrefixAny(a, "ago", "later", "earlier", "late", "before", "after", "of ", "'", "off")
}
