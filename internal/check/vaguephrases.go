package check

import (
	"strings"
	"unicode/utf8"
)

// Vague-time phrases beyond single words, each with the context that keeps
// its look-alikes clean. From round 3 of issue 17 (their entries are in
// round3Zh/round3En, lexicon_tuned.go): quantities of "some time" (过一两天,
// 过段日子, 过几周), availability (有空我再…, 空下来, 抽时间), 第一时间, 适时,
// 后期会…, 不久后; as quickly as we can, in due time, when you're free, at
// the earliest possible time. From round 5 (the fifteenth set's misses, by
// class; round5Zh/round5En below, which also hold a few impolite words such
// as 弱智, kept clear of clinical use by ctxNotNoun):
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
	out = append(out, enTerm{"later on", clsVague, ctxLaterOn})
	for _, d := range []string{"a few days", "a couple of days", "a few weeks", "a couple of weeks", "a day or so", "a few more days", "a week or so"} {
		out = append(out, enTerm{d, clsVague, ctxWaitFor})
	}
	// round 16: "please send the P&IDs a few days before." — before an
	// event the request leaves unsaid
	for _, d := range []string{"a few days before", "a couple of days before", "a few days beforehand", "a couple of days beforehand", "a few days in advance", "a couple of days in advance", "a few days ahead", "a couple of days ahead"} {
		out = append(out, enTerm{d, clsVague, ctxBeforeUnsaid})
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
	n, m := vaguePeriod(a2, delayAmounts)
	if n == 0 || m == 0 && !strings.HasPrefix(a2[:n], "一阵") {
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

// ctxNoticeAfterVague leaves 近期会安排复检，等通知吧 to 近期 (round 38,
// h17av): the writers mark the vague time, and 等通知 after it in the same
// sentence only says the date will follow (four texts over the sets, none
// marking 等通知 too); 发货时间等通知 alone is vague.
func ctxNoticeAfterVague(t string, s, e int) bool {
	return !hasAny(sentenceBefore(t, s), "近期", "近日", "尽快", "回头", "改天", "过几天", "过两天", "晚点", "稍后", "以后", "择期", "到时候", "ASAP", "asap")
}

// ctxNotBeforeSoon leaves "at some point soon" to "soon" (round 38, h17av):
// three writers over the sets mark "soon" alone; "at some point" and "at
// some point next month" stay.
func ctxNotBeforeSoon(t string, s, e int) bool {
	return !hasPrefixFold(t[e:], " soon")
}

// ctxNotPlace rejects a place in a text ("at a later point in the agenda").
func ctxNotPlace(t string, s, e int) bool {
	return !hasPrefixFold(strings.TrimLeft(t[e:], " "), "in the", "of the", "on the")
}

// ctxNotOnceIn rejects "once in a while" (now and then, a frequency; round 7).
func ctxNotOnceIn(t string, s, e int) bool {
	return !hasSuffixFold(strings.TrimRight(t[:s], " "), "once")
}

// ---- vague time ----

// ctxGuoPeriod accepts 过 + a vague amount of time + a promise (过一两天给你换,
// 过段日子再寄, 过几周再看), not 过了几天 (past) or 过两天的假 (a noun).
func ctxGuoPeriod(t string, s, e int) bool {
	return guoPeriodEnd(t, e) > 0
}

// guoPeriodEnd is the end of the vague period after 过 (0 when there is none).
func guoPeriodEnd(t string, e int) int {
	n, m := vaguePeriod(t[e:], guoAmounts)
	if n == 0 || m == 0 {
		return 0
	}
	end := e + n + m
	if hasPrefixAny(t[end:], "的", "了", "左右的", "内", "之内") || hasSuffixAny(t[:e-len("过")], "已经", "又", "才", "刚", "经") {
		return 0
	}
	return end
}

// ctxFirstTime accepts 第一时间 as "as soon as" (第一时间通知您), not 第一时间段.
func ctxFirstTime(t string, s, e int) bool {
	b := clauseBefore(t, s)
	if pb := clauseBefore(t, max(0, s-len(b)-1)); strings.HasSuffix(strings.TrimRight(t[:s-len(b)], "，, "), "后") {
		b = pb + b // 图纸更新好以后,我们会第一时间通知您
	}
	if hasAny(b, "一有", "一旦", "有进展", "有消息", "有结果", "有变化", "有更新", "如有", "只要", "后", "出了问题", "出了事", "出现问题", "发现", "遇到", "如遇", "万一", "好了", "完", "下来了", "出来了", "到了", "回复了", "答复了", "确认了", "批了", "定了") {
		return false // the time is the event's: 有进展会第一时间同步
	}
	// "when there is X" opening the clause (round 9): 有床位第一时间通知您,
	// 有货第一时间给您发 — not 我们有专人第一时间处理
	if tb := strings.TrimSpace(b); strings.HasPrefix(tb, "有") && len(tb) <= 6*3 && !hasPrefixAny(tb, "有时间", "有专人", "有人", "有同事", "有工程师", "有客服", "有师傅", "有专员") &&
		(!strings.HasPrefix(tb, "有空") || hasPrefixAny(tb, "有空位", "有空房", "有空床", "有空余")) {
		return false
	}
	// an event just before it, a verb with its result (round 8): 报告出来第一时间
	// 发您, 货一到第一时间通知, 修好第一时间告诉你 — not 我们第一时间处理
	if hasSuffixAny(strings.TrimRight(b, " "), "出来", "回来", "下来", "到货", "一到", "收到", "拿到", "做好", "修好", "弄好", "搞好", "办好", "改好", "写好", "批好", "审完", "做完", "弄完", "出结果", "有结果", "到位") {
		return false
	}
	// an event in the clause before: 出了问题,请第一时间联系值班工程师
	if len(b) < s {
		pb := clauseBefore(t, max(0, s-len(b)-1))
		if hasPrefixAny(strings.TrimSpace(pb), "出了", "出现", "发现", "遇到", "如果", "若", "一旦", "万一", "如遇", "如发现") {
			return false
		}
	}
	return !hasPrefixAny(t[e:], "段", "的", "内")
}

// ctxShishi accepts 适时 (at the right time) before a verb, not 适时的.
func ctxShishi(t string, s, e int) bool { return !hasPrefixAny(t[e:], "的", "性") }

// ctxHouqi accepts 后期 as "later on" before a promise (后期会统一考虑), not
// the phase (项目后期, 后期制作).
func ctxHouqi(t string, s, e int) bool {
	return hasPrefixAny(t[e:], "会", "将", "再", "统一", "安排", "考虑", "跟进", "补", "处理", "另行", "视情况", "逐步")
}

// ctxBujiuHou accepts 不久后 as a promise, not 不久后就… in a report of the past.
func ctxBujiuHou(t string, s, e int) bool {
	a, _ := clauseAfter(t, e)
	return !strings.Contains(a, "了") && !strings.HasSuffix(t[:s], "前")
}

// ctxLuxu accepts 陆续 in a promise (会陆续安排发出), not a report (已陆续到货).
func ctxLuxu(t string, s, e int) bool {
	a, _ := clauseAfter(t, e)
	return hasSuffixAny(lastBytes(t[:s], 9), "会", "将", "后续", "再") && !strings.Contains(a, "了")
}

// ctxAWhile accepts 一段时间 as how long the reader must wait (还需要一段时间,
// 过一段时间再…), not 一段时间以来 or 一段时间内的数据.
func ctxAWhile(t string, s, e int) bool {
	if hasPrefixAny(t[e:], "以来", "的", "内", "里", "了") {
		return false
	}
	return hasSuffixAny(lastBytes(t[:s], 9), "需要", "要", "还得", "得", "等", "再等", "还需", "给我", "给我们", "多给")
}

// ctxLaterNotice accepts 另行通知 of a time (培训时间另行通知). After a
// vague time in the same sentence (近期将对2号跑道进行施工，具体时间另行通知)
// it leaves the finding to that word, as ctxNoticeAfterVague does for 等通知
// (round 39, h17aw: seven texts over the sets, all marking 近期 alone).
func ctxLaterNotice(t string, s, e int) bool {
	return hasAny(clauseBefore(t, s), "时间", "日期", "时候", "几点", "何时", "改期", "排期", "档期") && ctxNoticeAfterVague(t, s, e) && !movedToPeriod(sentenceBefore(t, s))
}

// movedToPeriod reports whether b moves a plan to a named week, month or
// day (改到下周, 推迟至下个月, 延期到12月): 另行通知 after it gives the hour
// within a period already named (round 40, h17ax: 保养改到下周，具体时间另行
// 通知, unmarked). 改期，具体时间另行通知 names no period and stays vague.
func movedToPeriod(b string) bool {
	for _, m := range []string{"改到", "改至", "改在", "推迟到", "推迟至", "延期到", "延期至", "顺延到", "顺延至", "延后到", "延后至", "挪到", "调整到", "调整至"} {
		if i := strings.Index(b, m); i >= 0 {
			a := b[i+len(m):]
			if hasPrefixAny(a, "下周", "下星期", "下个月", "下月", "本周", "这周", "明年", "下半月", "月底", "月中") || a != "" && isDigit(a[0]) {
				return true
			}
		}
	}
	return false
}

// ctxSoonerOrLater accepts "sooner or later" as when a task is to be done
// (please send the drawings sooner or later), not as the idiom of what
// will happen anyway that opens its sentence (round 40, h17ax: "Sooner or
// later every newsroom faces a takedown request; …" — four texts over the
// sets, none marked).
func ctxSoonerOrLater(t string, s, e int) bool {
	return strings.TrimSpace(strings.Trim(sentenceBefore(t, s), "\"'“‘-—– ")) != ""
}

// ctxNoInside rejects 近一两天内 read as a bound.
func ctxNoInside(t string, s, e int) bool { return !hasPrefixAny(t[e:], "内", "之内") }

// vagueAttributive reports whether the vague word at t[s:e] is no time
// adjunct of a verb: it qualifies a noun (过几天的培训, 稍后的议程) or is the
// subject of 是 (过两天就是元旦, 抓紧时间是好事).
func vagueAttributive(t string, e int) bool {
	a := t[e:]
	if strings.HasPrefix(a, "的") {
		return !hasPrefixAny(a, "的时候", "的话")
	}
	return hasPrefixAny(a, "就是", "是", "时间是", "将进行", "进行", "的议程", "开始第")
}

// commitVerbs are the verbs of a promise or a request whose time a vague
// word can be the adjunct of (晚些整理好再发您).
var commitVerbs = []string{"整理", "处理", "回复", "答复", "安排", "发", "给", "寄", "补", "联系", "确认", "提交", "提供", "做", "弄", "看", "改", "交",
	"通知", "上传", "更新", "核对", "跟进", "落实", "解决", "修", "过来", "上门", "打款", "付款", "支付", "结算", "开", "约", "沟通", "汇报", "反馈", "告诉", "同步",
	"对一下", "核", "碰", "聊", "谈", "商量", "讨论", "评估", "跑", "办"}

// commitVerbAt reports whether a verb of commitment follows at e (after an
// optional subject 我/我们/我这边).
func commitVerbAt(t string, e int) bool {
	a := t[e:]
	for _, p := range []string{"我这边", "我们", "我", "再"} {
		if strings.HasPrefix(a, p) {
			a = a[len(p):]
			break
		}
	}
	if r, ok := strings.CutPrefix(a, "去"); ok && !hasPrefixAny(r, "年", "世") {
		a = r // round 26 (h17aj): 场地我近期去看一下, 我回头去确认
	}
	return hasPrefixAny(a, commitVerbs...)
}

// ctxSometime leaves "sometime in the coming weeks" and "sometime next
// week" to the phrase that follows it.
func ctxSometime(t string, s, e int) bool {
	k := skipSpace(t, e)
	return !hasPrefixFold(t[k:], "in the", "next", "this", "soon", "today", "tomorrow", "before", "by", "on ", "within")
}

// ctxShiliang rejects 适量饮酒 and 适量运动, the health advice's fixed words
// (round 26, h17aj: 适量饮酒是品鉴会须向客人提示的内容): no quantity a standard
// asks to be delivered. 加入适量清水 and 适量饮用水 stay vague.
func ctxShiliang(t string, s, e int) bool {
	return !hasPrefixAny(t[e:], "饮酒", "运动")
}

// ctxNotTime keeps 适当 as a quantity (适当加固), not 适当的时候 (vague time).
func ctxNotTime(t string, s, e int) bool {
	return !hasPrefixAny(t[e:], "的时候", "时候", "的时间", "时间", "时")
}

// ctxFreeThen accepts 空下来/闲下来/得闲 followed by what will be done then.
func ctxFreeThen(t string, s, e int) bool {
	return hasPrefixAny(t[e:], "再", "回", "给", "帮", "看", "就", "了", "时", "的时候", "联系", "打", "处理", "我") && ctxNoRush(t, s, e)
}

// The vague amounts a period may open with, after a delay verb (推迟几天)
// and after 过 (过两天, where 两 is as vague as 几), longest first.
var (
	delayAmounts = []string{"一两", "两三", "三五", "三两", "一段", "一阵", "几个", "一些", "几", "些", "段", "阵"}
	guoAmounts   = []string{"一两", "两三", "三五", "三两", "一段", "一阵", "几个", "两个", "一些", "几", "两", "些", "段", "阵"}
)

// periodUnits are the units of time a vague period counts in.
var periodUnits = []string{"日子", "时间", "阵子", "礼拜", "星期", "天", "日", "周", "月"}

// vaguePeriod reads a vague period at the start of a: the bytes of its
// amount (n, 0 when a opens with none of amounts) and of its unit (m, 0
// when no unit follows).
func vaguePeriod(a string, amounts []string) (n, m int) {
	for _, q := range amounts {
		if strings.HasPrefix(a, q) {
			n = len(q)
			break
		}
	}
	if n == 0 {
		return 0, 0
	}
	for _, u := range periodUnits {
		if strings.HasPrefix(a[n:], u) {
			return n, len(u)
		}
	}
	return n, 0
}

// ctxBeforeUnsaid accepts "a few days before" that ends its sentence — the
// event it is before left unsaid — in a request or a promise ("please send
// the P&IDs a few days before.", "we'll confirm a few days in advance"), not
// "a few days before the audit" nor a report ("it failed a few days before.").
func ctxBeforeUnsaid(t string, s, e int) bool {
	k := skipSpace(t, e)
	if k < len(t) && !strings.ContainsRune(".!;,\n)", rune(t[k])) {
		return false
	}
	b := " " + strings.ToLower(sentenceBefore(t, s))
	return hasAny(b, " please ", "please ", " kindly ", " could you ", " can you ", "'ll ", " will ", " let us ", " let's ") && !hasAny(b, " was ", " were ", " had ", " did ")
}
