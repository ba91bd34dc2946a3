package check

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// Context checks of the vague-time words of the lexicon (lexicon.go): each
// ctx function accepts its word only where it reads as an unbounded time
// — 回头 as "later", not 回头客; 晚点 as "a bit later", not 航班晚点了;
// "soon", not "Talk soon!" closing a message — and rejects the known false
// alarms.

// ctxFuture accepts 近期/最近 only where it promises or asks for future
// action (近期会安排, 请近期完成), not where it describes the past or a place
// (最近的会议室, 最近三个月, 近期发生的故障).
func ctxFuture(t string, s, e int) bool {
	after := t[e:]
	if hasPrefixAny(after, "的", "一次", "一段", "几", "发生", "出现", "以来", "来", "收到", "遇到", "反馈", "比较", "很", "太", "都", "在",
		"多次", "屡次", "频繁", "接连", "连续", "多起", "频频") { // round 18: 由于近期多次出现… reports what happened
		return false
	}
	if len(after) > 0 && isDigit(after[0]) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(after); zhNumeral[r] {
		return false
	}
	if hasPrefixAny(after, "会", "将", "就", "要", "内", "安排", "处理", "提交", "提供", "发给", "发送", "发您", "给您", "给你", "完成", "回复", "答复", "上门", "联系", "跟进", "确认", "落实", "推进", "组织", "召开", "更新", "上线", "解决", "修复", "寄出", "到货", "交付", "抽空", "补", "才", "能", "可以", "可") ||
		strings.HasPrefix(after, "注意") && !strings.HasPrefix(after, "注意到") && hasAny(clauseBefore(t, s), "请", "希望", "务必") { // round 21: 请各位驾驶员近期注意… asks

		return true
	}
	if hasPrefixAny(after, "请", "务必", "再议", "再定", "再说", "再商", "再讨论", "再研究", "再安排", "再开会") && !hasPrefixAny(after, "请假", "请求", "请示") {
		return true // round 33 (h17aq): 近期请各楼层组织一次消防演练 asks, 完成时间待定，近期再议 puts off
	}
	before := lastBytes(t[:s], 12)
	if hasSuffixAny(before, "由于", "鉴于", "对于", "关于", "基于", "至于", "属于", "处于", "等于", "在于") {
		return writerPromise(t, s, e) // round 18: the 于 of 由于近期 is no "by"
	}
	return hasSuffixAny(before, "请", "希望", "需要", "需", "要", "会", "将", "争取", "计划", "拟", "预计", "能否", "可否", "务必", "于") || writerPromise(t, s, e)
}

// ctxHuitou rejects 回头客, 回头看, 回头想想, 回头一看, 回头路: looking back, not "later".
func ctxHuitou(t string, s, e int) bool {
	r, _ := utf8.DecodeRuneInString(t[e:])
	if hasPrefixAny(t[e:], "看一下", "看下") {
		return true // round 21: 郑师傅回头看一下 — "take a look later"; 回头看看 stays a look back
	}
	return !strings.ContainsRune("客看率路头草望顾想瞭", r) && !strings.HasPrefix(t[e:], "一看") // round 17: 回头瞭望

}

// ctxGaitian rejects the idiom 改天换地 (to transform the world).
func ctxGaitian(t string, s, e int) bool {
	return !hasPrefixAny(t[e:], "换地", "换日")
}

// ctxWandian rejects 晚点 as "delayed" (航班晚点了), keeping "a bit later".
func ctxWandian(t string, s, e int) bool {
	if hasPrefixAny(t[e:], "了", "的", "到", "半小时", "一小时", "两小时") {
		return false
	}
	return !hasSuffixAny(lastBytes(t[:s], 9), "航班", "飞机", "火车", "高铁", "列车", "车", "已经", "又", "发生", "未", "无", "没有", "避免", "减少", "防止", "出现", "杜绝") // round 17: 全线未发生晚点 — a delay, the noun
}

// ctxDaoshihou accepts 到时候 as a postponement (到时候再说), not as "then" (到时候请带上工牌).
// Round 17: 到时候 after a vague time earlier in its sentence points back to
// it (方案近期会出，到时候再跟大家对): one vague time, one finding.
func ctxDaoshihou(t string, s, e int) bool {
	b := sentenceBefore(t, s)
	if hasAny(b, "近期", "过几天", "过两天", "改天", "改日", "回头", "稍后", "尽快", "以后", "下次", "晚点", "过段时间", "过阵子") {
		return false
	}
	if hasAny(b, "明天", "后天", "下周", "本周", "周一", "周二", "周三", "周四", "周五", "周六", "周日") || datedBefore(b) {
		return false // 方案12月3日定稿，到时候再发给您: "then" is that day
	}
	return hasPrefixAny(t[e:], "再", "看", "联系", "通知", "告诉", "发", "给")
}

// datedBefore reports whether b holds a day in digits (12月3日, 3号, 12/3).
func datedBefore(b string) bool {
	for i := 1; i < len(b); i++ {
		if isDigit(b[i-1]) && (strings.HasPrefix(b[i:], "月") || strings.HasPrefix(b[i:], "日") || strings.HasPrefix(b[i:], "号") || b[i] == '/' && i+1 < len(b) && isDigit(b[i+1])) {
			return true
		}
	}
	return false
}

// ctxDengxia accepts 等下/等会儿 as "in a while" (等下发你), not 等下周 or 请等一下.
func ctxDengxia(t string, s, e int) bool {
	if hasPrefixAny(t[e:], "周", "午", "个", "月", "次", "班", "一", "。", "，", ",", "!", "！") || e == len(t) {
		return false
	}
	return !strings.HasSuffix(t[:s], "请")
}

// ctxYihuir accepts 一会儿 as a promise (一会儿发你), not 一会儿就到 (in minutes).
func ctxYihuir(t string, s, e int) bool {
	return !hasPrefixAny(t[e:], "就到", "就好", "就来", "就回", "就完", "到", "见", "。", "，", ",")
}

// ctxYoushijian accepts 有时间 as "when there is time" (有时间帮我看下),
// not 没有时间, 有时间限制.
func ctxYoushijian(t string, s, e int) bool {
	if hasSuffixAny(t[:s], "没", "是否", "都", "还") {
		return false
	}
	// round 23: 有时间发我, 有时间回个电话 — the task right after
	return hasPrefixAny(t[e:], "帮", "的话", "再", "就", "看", "处理", "请", "给", "联系", "来", "去", "时", "的时候", "发我", "发给", "发过来", "回我", "回个", "回复")
}

// ctxHoumianzai accepts 后面再补 (later), not 后面再往前走 (further on).
func ctxHoumianzai(t string, s, e int) bool {
	return hasPrefixAny(t[e:], "补", "说", "看", "发", "处理", "议", "讨论", "定", "安排", "给", "聊", "改")
}

// ctxWanxie accepts 晚些 as "later" (晚些再给), not 晚些到 (arrives late).
func ctxWanxie(t string, s, e int) bool {
	return hasPrefixAny(t[e:], "再", "给", "发", "回", "处理", "定", "补", "联系", "告诉", "寄", "安排") || commitVerbAt(t, e)
}

func ctxYoukong(t string, s, e int) bool {
	// asking who is free (谁有空帮忙换一下?) names no time
	if hasSuffixAny(t[:s], "谁", "哪位", "有没有人", "有人", "谁那边") {
		return false
	}
	// round 23: free right now (谁现在有空帮忙拿一下?, 你这会儿有空吗) is
	// no time put off; nor is asking who is free at a named time (谁明天有空)
	if hasSuffixAny(t[:s], "现在", "这会儿", "此刻", "眼下") {
		return false
	}
	for _, now := range []string{"今天", "今晚", "明天", "下午", "上午", "晚上"} {
		if b, ok := strings.CutSuffix(t[:s], now); ok && hasSuffixAny(b, "谁", "哪位", "有没有人", "有人") {
			return false
		}
	}
	return strings.HasSuffix(t[:s], "等") || hasPrefixAny(t[e:], "时", "的时候", "再", "帮", "我", "咱", "看", "处理", "就", "了", "请", "回", "给", "联系", "过来", "来", "去", "的话")
}

// ctxSoonish accepts 这两天/近日 as a promise: ctxFuture, or a clause that
// goes on with 会/将/再 (这两天我会整理出来, 会在近日到账), not a report
// (这两天一直在下雨).
func ctxSoonish(t string, s, e int) bool {
	if ctxFuture(t, s, e) {
		return true
	}
	a, _ := clauseAfter(t, e)
	b := clauseBefore(t, s)
	if hasAny(a, "了", "一直", "都在", "正在", "会议") {
		return false
	}
	if hasAny(a, "会", "将", "再", "争取") || hasAny(b, "会在", "将在", "会于", "将于") {
		return true
	}
	// the writer's promise: 培训课件我这两天弄完发你
	// a request with its verb right after: 原件麻烦这两天寄过来
	if hasSuffixAny(strings.TrimSpace(b), softZh...) && commitVerbAt(t, e) {
		return true
	}
	// the writer as subject after the time word: 这两天我把课件发你
	if hasPrefixAny(a, "我们", "我这边", "我") && !hasAny(a, "过", "的") && hasAny(a, commitVerbs...) {
		return true
	}
	return hasSuffixAny(strings.TrimSpace(b), "我", "我们", "我这边", "我们这边") &&
		hasAny(a, "完", "发", "给", "补", "交", "整理", "处理", "安排", "回复", "寄", "联系", "改", "做", "弄", "搞定", "出", "看")
}

// ctxJinqi accepts 近期 as a promise: ctxFuture, or 会在近期/将于近期.
func ctxJinqi(t string, s, e int) bool {
	if ctxFuture(t, s, e) || hasAny(clauseBefore(t, s), "会在", "将在", "会于", "将于", "计划在", "预计在", "争取在") {
		return true
	}
	return writerPromise(t, s, e) || askedSoon(t, s, e) || partyPromise(t, s, e) || personPromise(t, s, e) || absentSoon(t, e) || // round 11: 小美近期整理一版
		leadingSoon(t, s, e) || dueField(t[:s]) || // round 19: the value of a due field, 要求完成时间：近期 (发现时间：近期 is no limit)
		dutySoon(t, s, e) || arrivalSoon(t, s, e)
}

// arrivalSoon reports whether 近期 is when goods are expected to arrive,
// the clause's subject right before it and the arrival right after, not yet
// done (round 29, h17am: 日本那边的感烟探测器样品近期到港，到了再安排送检):
// the next step waits on a day nobody gave. 样品近期到港了, 近期到港的样品
// and 近期到港量下降 report or describe.
func arrivalSoon(t string, s, e int) bool {
	if strings.TrimSpace(clauseBefore(t, s)) == "" || !hasPrefixAny(t[e:], "到港", "到货", "到厂", "到仓", "到站", "抵港", "抵达") {
		return false
	}
	a, _ := clauseAfter(t, e)
	return !hasAny(a, "了", "过", "的", "量", "率")
}

// dutySoon reports whether 近期 times an action item in minutes whose owner
// the clause before names (round 24, h17ag: 互联网客户扩容报价，张蕾负责，近期给出):
// the clause before ends in 负责/跟进, 近期 opens its clause and the action
// follows, not yet done. 张蕾负责的项目近期进展顺利 and 张蕾负责，近期给出的报价已确认
// stay clean.
func dutySoon(t string, s, e int) bool {
	if strings.TrimSpace(clauseBefore(t, s)) != "" || !hasSuffixAny(lastBytes(t[:s], 12), "负责，", "负责,", "跟进，", "跟进,", "牵头，", "牵头,") {
		return false
	}
	if !hasPrefixAny(t[e:], "给出", "完成", "提交", "提供", "出", "发", "安排", "处理", "回复", "确认", "整理", "更新", "落实", "联系", "跟进") {
		return false
	}
	a, _ := clauseAfter(t, e)
	return !hasAny(a, "了", "过", "的")
}

// absentSoon reports whether 近期 is how long someone stays away, closing its
// clause (round 23: 老陈家里有事请假了，近期都来不了): the return has no date.
// 近期不在本地的员工 (an attribute) and 近期来不了的订单 stay clean.
func absentSoon(t string, e int) bool {
	a, _ := clauseAfter(t, e)
	for _, p := range []string{"都", "也", "可能", "应该", "恐怕", "暂时", "估计"} {
		a = strings.TrimPrefix(a, p)
	}
	switch a {
	case "来不了", "到不了", "回不来", "不在", "无法到岗", "不能到岗", "上不了班", "不能来", "没法来", "来不了了", "回不来了", "无法上班":
		return true
	}
	return false
}

// jinqiWill is what follows a 近期 that opens its clause and promises an
// action: the writer's side or an authority, 将/会, and the action (近期园区将
// 组织抽查, 近期我们会调整导服费标准). Weather and markets (近期天气会比较冷,
// 近期订单会比较多) and reports (近期园区组织了抽查) stay clear.
var jinqiWill = regexp.MustCompile(`^(我们|我司|我方|我部|我局|我处|园区|公司|集团|本公司|管委会|本单位|本中心|总部|学校|酒店|景区)?(将|会|计划|准备|拟)(统一|陆续|集中|再)?(组织|安排|调整|开展|进行|发布|推出|上线|召开|派|检查|抽查|通知|更新|启动|下发|出台|公布|举办|实施|发|上调|下调|修订|更换)`)

// leadingSoon reports whether 近期 opens its clause and promises an action
// (round 16).
func leadingSoon(t string, s, e int) bool {
	if b := strings.TrimSpace(clauseBefore(t, s)); b != "" && !strings.HasSuffix(b, "：") && !strings.HasSuffix(b, ":") {
		return false
	}
	a, _ := clauseAfter(t, e)
	return jinqiWill.MatchString(strings.TrimLeft(t[e:], "，, ")) && !hasAny(a, "了", "过")
}

// ctxZaodian accepts 早点/早一点 in a promise or a wish about work
// (我尽量早点给你答复, 希望早一点拿到), not 早点休息.
func ctxZaodian(t string, s, e int) bool {
	if hasPrefixAny(t[e:], "休息", "睡", "回家", "下班") {
		return false
	}
	return hasAny(lastBytes(t[:s], 15), "尽量", "尽可能", "争取", "希望", "最好", "能不能", "能否", "请", "麻烦")
}

// ctxKongle accepts 空了 as "when free" (空了给我回个电话), not 库存空了.
func ctxKongle(t string, s, e int) bool {
	b := lastBytes(t[:s], 3)
	return (b == "" || hasSuffixAny(b, "，", ",", "等", "你", "您", "我")) && hasPrefixAny(t[e:], "给", "再", "帮", "回", "联系", "看", "就", "打")
}

// ctxDengZai accepts 等…再说/再定/再看 — waiting for an event with no date
// (等忙完这阵再说) — and reports the event between 等 and 再 (see vagueSpan).
//
// Round 23: a warning not to wait (别等到灌注时候再发现漏浆, 不要等到验收再返工)
// puts nothing off, and 再发现/再发生 (find, happen again) are no 再发.
func ctxDengZai(t string, s, e int) bool {
	if hasSuffixAny(lastBytes(t[:s], 9), "别", "不要", "不能", "不可", "不得", "千万别", "以免", "免得", "省得", "避免") {
		return false
	}
	a, _ := clauseAfter(t, e)
	if j := freeThenEnd(t, e, a); j > 0 {
		return true // 等我消停了给你打电话: the writer's free time, then the action
	}
	i := strings.Index(a, "再")
	if i < 3 || i > 30 {
		return false
	}
	ev := a[:i]
	if hasAny(ev, "月", "日", "号", "周", "点", "明天", "后天", "下午", "上午") || isDigit(ev[0]) {
		return false
	}
	// waiting for a stretch of time with no end: 等我忙过这一阵再寄
	if hasAny(ev, "这阵", "这一阵", "这段", "忙完", "忙过", "出差回来", "以后", "腾出", "手头") {
		return true
	}
	return hasPrefixAny(a[i:], "再说", "再定", "再看", "再议", "再安排", "再处理", "再发", "再谈", "再聊") && !hasPrefixAny(a[i:], "再发现", "再发生")
}

// ctxXiacizai rejects 下次再这样/再犯 (a condition), keeps 下次再说/再聊.
func ctxXiacizai(t string, s, e int) bool {
	if hasPrefixAny(t[e:], "这样", "犯", "出现", "发生", "出错", "迟到", "有", "出", "错", "漏", "忘", "来") {
		return false
	}
	// a condition with its consequence in the next clause: 下次再…,就…
	a, end := clauseAfter(t, e)
	if end == '，' || end == ',' {
		b, _ := clauseAfter(t, e+len(a)+len(string(end)))
		return !strings.HasPrefix(strings.TrimSpace(b), "就")
	}
	return true
}

// ctxNotDian leaves 尽量早点 to 早点.
func ctxNotDian(t string, s, e int) bool { return !hasPrefixAny(t[e:], "点", "一点", "些") }

// ctxMashang rejects 马上 after a condition with no date (一有消息马上通知):
// it names no time.
func ctxMashang(t string, s, e int) bool {
	cb := clauseBefore(t, s)
	return !hasAny(cb, "一有", "一旦", "只要", "等") && !afterEvent(cb)
}

// afterEvent reports whether the clause holds an event followed by 后
// (确认后马上通知您, 到货后我们马上安排; round 7): the time is the event's, not a
// date — but 后天, 后面, 后期 … are not that 后.
func afterEvent(cb string) bool {
	for off := 0; ; {
		i := strings.Index(cb[off:], "后")
		if i < 0 {
			return false
		}
		i += off
		off = i + len("后")
		if i == 0 || hasPrefixAny(cb[off:], "天", "面", "期", "续", "台", "门", "勤", "果", "来", "悔", "方", "备") {
			continue
		}
		return true
	}
}

// ctxNoRush rejects a courtesy phrase (方便的时候, when you have a moment)
// when the writer says in the next sentence that there is no deadline to
// plan for (我全天都在, 不急, No rush, anytime before Dec 11).
func ctxNoRush(t string, s, e int) bool {
	a := strings.ToLower(firstRunes(t[e:], 60))
	return !hasAny(a, "全天", "随时", "不急", "不着急", "no rush", "anytime", "any time", "no hurry")
}

// ctxHasTime is ctxNoRush for "when he has time" and its kin, and rejects
// "time off" (when he has time off he visits the site: a schedule).
func ctxHasTime(t string, s, e int) bool {
	return !hasPrefixFold(t[e:], " off") && ctxNoRush(t, s, e)
}

// ctxHouxu accepts 后续 as "later" (后续再开通, 后续会补), not the noun
// (后续工作, 后续步骤).
func ctxHouxu(t string, s, e int) bool {
	return hasPrefixAny(t[e:], "再", "会", "将", "补", "另行", "安排", "通知", "提供", "发", "给", "开通", "处理", "跟进再")
}

// ctxRihou rejects 日后的 (a noun phrase).
func ctxRihou(t string, s, e int) bool { return !strings.HasPrefix(t[e:], "的") }

// ctxZaori rejects a wish (祝您早日康复).
func ctxZaori(t string, s, e int) bool {
	return !strings.Contains(lastBytes(t[:s], 12), "祝") && !hasPrefixAny(t[e:], "康复", "痊愈")
}

// ctxBujiu accepts 不久 as a promise (不久会上线), not the past (不久前, 前不久).
func ctxBujiu(t string, s, e int) bool {
	return !strings.HasSuffix(t[:s], "前") && hasPrefixAny(t[e:], "会", "将", "就会", "后会", "后将", "后再")
}

// ctxClauseEnd accepts an English phrase that ends its clause ("reply when
// you can."), not one that goes on ("when you can attend").
func ctxClauseEnd(t string, s, e int) bool {
	k := skipSpace(t, e)
	return k == len(t) || strings.ContainsRune(".,;!?)", rune(t[k]))
}

// ctxShaohou rejects 请稍后, (please hold on) and 稍后的议程 (the later item):
// neither promises anything.
func ctxShaohou(t string, s, e int) bool {
	if hasPrefixAny(t[e:], "再试", "重试", "片刻", "的", ",", "，", "。", "…") {
		return false
	}
	return e < len(t)
}

// ctxSuihou accepts 随后 only as a promise (随后发您), not as narrative
// (随后双方确认了…) or a description (随后附上的清单).
func ctxSuihou(t string, s, e int) bool {
	after := t[e:]
	if !hasPrefixAny(after, "会", "将", "再", "就", "发", "补", "提供", "寄", "回复", "联系", "通知", "告知", "给您", "给你", "奉上", "附上", "送上", "补上") {
		return false
	}
	clause := firstRunes(after, 10)
	if i := strings.IndexAny(clause, "。,，;；!?！？\n"); i >= 0 {
		clause = clause[:i]
	}
	return !strings.Contains(clause, "了") && !strings.Contains(clause, "的")
}

func ctxSoon(t string, s, e int) bool {
	before := strings.TrimRight(t[:s], " ")
	if hasSuffixFold(before, "as", "how", "too", "talk", "speak", "see you", "chat", "catch you", "hear from you", "write") || wellWish(before) {
		return false // "Talk soon!" closes a message; it promises nothing
	}
	// round 23: a name (Hi Soon-hee, Dear Soon, Ms. Soon) or a compound
	// ("soon-to-be") is no vague time
	if e+1 < len(t) && t[e] == '-' && isLetter(t[e+1]) || t[s] == 'S' && hasSuffixFold(before, "hi", "hello", "dear", "mr.", "ms.", "mrs.", "mr", "ms", "mrs") {
		return false
	}
	// round 24 (h17ag): a name whose next word is a name too — "Soon Fitness
	// is the name of the rival chain", "21 Soon Lee Road" — a capital S and a
	// capitalised word after it ("Soon I will …" and "Soon, …" stay vague)
	if t[s] == 'S' && e+2 < len(t) && t[e] == ' ' && t[e+1] >= 'A' && t[e+1] <= 'Z' && t[e+2] >= 'a' && t[e+2] <= 'z' {
		return false
	}
	return !hasPrefixFold(strings.TrimLeft(t[e:], " "), "after", "as ")
}

// ctxLaterOn accepts "later on" as one phrase, not "later" with an "on" that
// opens its topic (round 22: "circle back later on the rental guarantee"),
// where "later" alone is the vague word.
func ctxLaterOn(t string, s, e int) bool {
	if hasPrefixFold(t[e:], " the ", " a ", " an ", " our ", " your ", " this ", " that ", " these ", " those ", " my ", " its ", " their ", " his ", " her ") {
		return false
	}
	return ctxLater(t, s, e)
}

func ctxLater(t string, s, e int) bool {
	after := strings.TrimLeft(t[e:], " ")
	if hasPrefixFold(after, "than", "in ", "that ", "on,", "the same", "today", "this morning", "this afternoon", "tonight", "on in the") {
		return false
	}
	before := strings.TrimRight(t[:s], " ")
	if hasSuffixFold(before, "the", "a", "no", "not", "day", "days", "week", "weeks", "hour", "hours", "minutes", "month", "months", "year", "years") {
		return false
	}
	if hasSuffixFold(before, "sooner or") {
		return false // round 40 (h17ax): the whole phrase is read by ctxSoonerOrLater
	}
	if hasSuffixFold(before, "anything", "nothing", "everything", "anyone", "anybody") {
		return false // round 34 (h17ar): "… by Monday, Nov 30. Anything later goes into the December cycle": after the date named
	}
	if t[s] == 'L' && strings.HasPrefix(after, ",") {
		return false // "Later, the team …": narrative in minutes
	}
	if laterNouns[strings.ToLower(after[:readWord(after, 0)])] {
		return false // round 15: "Later shipments will use the new carton", "later versions": which ones, not when
	}
	return true
}

// laterNouns are the things "later" picks out when it stands right before
// them as an adjective ("later shipments", "later batches", "later
// releases"): those that come after, not a time to act.
var laterNouns = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`shipment shipments batch batches order orders version versions release releases model models stage stages phase phases
		lot lots delivery deliveries build builds revision revisions round rounds section sections chapter chapters sample samples run runs
		installment installments instalment instalments wave waves generation generations season seasons styles drops`) {
		m[w] = true
	}
	return m
}()

func ctxShortly(t string, s, e int) bool {
	return !hasPrefixFold(strings.TrimLeft(t[e:], " "), "after", "before", "thereafter")
}

func ctxWithin(t string, s, e int) bool {
	k := skipSpace(t, e)
	if k < len(t) && isDigit(t[k]) {
		return true
	}
	return hasPrefixFold(t[k:], "a day", "a week", "an hour", "one ", "two ", "three ", "four ", "five ", "half", "24", "48", "the day", "the hour", "the week", "this week")
}

// ctxEarliest accepts "at the earliest" ending a clause with no time of
// its own before it ("we will revert at the earliest"), not a lower bound
// on a time ("in March at the earliest", "in week 50 at the earliest").
func ctxEarliest(t string, s, e int) bool {
	if !ctxClauseEnd(t, s, e) {
		return false
	}
	b := strings.TrimRight(t[:s], " ,")
	if b != "" && isDigit(b[len(b)-1]) {
		return false
	}
	w := strings.ToLower(lastWordOf(b))
	if _, ok := enMonths[w]; ok {
		return false
	}
	if _, ok := enWeekdays[w]; ok {
		return false
	}
	switch w {
	case "week", "weeks", "month", "months", "year", "quarter", "tomorrow", "today", "morning", "afternoon", "evening", "noon", "am", "pm", "time", "date", "then", "later", "days", "hours":
		return false
	}
	return true
}

// ctxZhuajin keeps 抓紧 as "hurry" (抓紧把点检做完), not as "grip" — a gripper
// before it (机械手吸盘必须抓紧板料) or a thing held after it (抓紧扶手).
func ctxZhuajin(t string, s, e int) bool {
	if hasAny(clauseBefore(t, s), "吸盘", "夹具", "夹爪", "卡盘", "机械手", "双手", "两手", "单手", "一只手", "用手", "钳子", "抓手", "卡爪", "夹头", "吊钩") {
		return false // round 15: 两手抓紧面料边缘
	}
	return !hasPrefixAny(t[e:], "扶手", "栏杆", "把手", "拉手", "绳", "安全绳", "吊绳", "吊带", "工件", "板料", "护栏", "方向盘", "手柄",
		"面料", "布料", "布边", "衣片", "梯子", "管子", "软管", "电缆", // round 15: the thing held
		"扶", "梯", "吊环", "抓杆", "安全带", "车把") // round 34 (h17ar): 请抓紧扶梯, 抓紧爬梯 hold on
}

// ctxPostpone keeps a request to postpone (能不能往后推一推) unless the
// writer says in the next clauses that they will come back with the time
// themselves (…？等我有空时再联系您, 我下周再跟您约): the time is then theirs
// to name, and a vague word there (有空时) is the finding.
// 往后推一推吧 alone still is one.
func ctxPostpone(t string, s, e int) bool {
	a := firstRunes(t[e:], 30)
	return !strings.Contains(a, "再联系") && !strings.Contains(a, "再约") && !strings.Contains(a, "再跟您") && !strings.Contains(a, "再和您") && !strings.Contains(a, "再告诉") && !strings.Contains(a, "再通知")
}

// ctxRuleTime accepts "promptly" only as the time a rule sets: after a
// modal of obligation in the same clause ("should be escalated to the study
// manager promptly", "must be reported promptly"; round 20, the
// forty-eighth's SOP). Elsewhere ("thanks for replying promptly") it stays
// clean. 应及时上报 was tried with the Chinese modals below and left: the
// forty-fourth labels one such 及时 clean. Looks back at most 80 bytes.
func ctxRuleTime(t string, s, e int) bool {
	b := lastBytes(t[:s], 80)
	if k := strings.LastIndexAny(b, "，,。.;；!！?？\n"); k >= 0 {
		b = b[k+1:]
	}
	if t[s] >= 0x80 {
		return hasSuffixAny(b, "应", "应当", "须", "必须", "务必")
	}
	lb := " " + strings.ToLower(b)
	if strings.Contains(lb, " should ") || strings.Contains(lb, " must ") || strings.Contains(lb, " shall ") {
		return true
	}
	// round 29 (h17am): a rule written as an order, the clause opening with
	// its verb ("Report emission exceedances promptly to the environmental
	// officer"); "Thanks for replying promptly" opens with none.
	b = strings.TrimLeft(b, " ")
	return b != "" && isUpper(b[0]) && reportVerb(strings.ToLower(b[:readWord(b, 0)]))
}

// reportVerb lists the verbs a rule uses to order a report or a hand-over
// (report, notify, inform, escalate, submit …).
func reportVerb(w string) bool {
	switch w {
	case "report", "notify", "inform", "escalate", "submit", "forward", "alert", "communicate", "record", "log", "document":
		return true
	}
	return false
}
