package check

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// ---- context vetoes: each returns false for a known false alarm ----

// ctxFuture accepts 近期/最近 only where it promises or asks for future
// action (近期会安排, 请近期完成), not where it describes the past or a place
// (最近的会议室, 最近三个月, 近期发生的故障).
func ctxFuture(t string, s, e int) bool {
	after := t[e:]
	if hasPrefixAny(after, "的", "一次", "一段", "几", "发生", "出现", "以来", "来", "收到", "遇到", "反馈", "比较", "很", "太", "都", "在") {
		return false
	}
	if len(after) > 0 && isDigit(after[0]) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(after); zhNumeral[r] {
		return false
	}
	if hasPrefixAny(after, "会", "将", "就", "要", "内", "安排", "处理", "提交", "提供", "发给", "发送", "发您", "给您", "给你", "完成", "回复", "答复", "上门", "联系", "跟进", "确认", "落实", "推进", "组织", "召开", "更新", "上线", "解决", "修复", "寄出", "到货", "交付", "抽空", "补", "才", "能", "可以", "可") {
		return true
	}
	before := lastBytes(t[:s], 12)
	return hasSuffixAny(before, "请", "希望", "需要", "需", "要", "会", "将", "争取", "计划", "拟", "预计", "能否", "可否", "务必", "于") || writerPromise(t, s, e)
}

// ctxHuitou rejects 回头客, 回头看, 回头想想, 回头一看, 回头路: looking back, not "later".
func ctxHuitou(t string, s, e int) bool {
	r, _ := utf8.DecodeRuneInString(t[e:])
	return !strings.ContainsRune("客看率路头草望顾想", r) && !strings.HasPrefix(t[e:], "一看")
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
	return !hasSuffixAny(lastBytes(t[:s], 9), "航班", "飞机", "火车", "高铁", "列车", "车", "已经", "又")
}

// ctxDaoshihou accepts 到时候 as a postponement (到时候再说), not as "then" (到时候请带上工牌).
func ctxDaoshihou(t string, s, e int) bool {
	return hasPrefixAny(t[e:], "再", "看", "联系", "通知", "告诉", "发", "给")
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
	return hasPrefixAny(t[e:], "帮", "的话", "再", "就", "看", "处理", "请", "给", "联系", "来", "去", "时", "的时候")
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
	return writerPromise(t, s, e) || askedSoon(t, s, e) || partyPromise(t, s, e) || personPromise(t, s, e) // round 11: 小美近期整理一版
}

// askedSoon reports whether 近期 is the time of a request's action (麻烦信息科近期
// 过来看一下, 请你们近期安排发货; round 7): a request before it and the asked
// action right after; not 请关注近期的通知.
func askedSoon(t string, s, e int) bool {
	return hasAny(clauseBefore(t, s), "请", "麻烦", "烦请", "劳烦", "辛苦", "能否", "可否") &&
		(hasPrefixAny(t[e:], "过来", "来一趟", "派人", "上门", "安排", "处理", "寄", "发", "提交", "回复", "联系", "确认", "完成", "把", "帮") ||
			// round 9: 近期拿出整改方案; not 请汇总近期做出的调整, where 近期 dates the object
			hasPrefixAny(t[e:], "拿出", "给出", "做出", "制定", "出台") && !strings.Contains(firstRunes(t[e:], 6), "的"))
}

// writerPromise reports whether the time word at t[s:e] is the adjunct of
// the writer's own promise, its verb right after (合同我们近期寄给您,
// 资料我最近整理一下再发给大家; not 我最近看了, 我们最近的订单).
func writerPromise(t string, s, e int) bool {
	a, _ := clauseAfter(t, e)
	return hasSuffixAny(clauseBefore(t, s), "我", "我们", "我司", "我这边") && commitVerbAt(t, e) && !hasAny(a, "了", "过", "的", "在")
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
func ctxDengZai(t string, s, e int) bool {
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
	return hasPrefixAny(a[i:], "再说", "再定", "再看", "再议", "再安排", "再处理", "再发", "再谈", "再聊")
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

// ctxToldYou rejects the neutral "as I told you".
func ctxToldYou(t string, s, e int) bool {
	if hasSuffixFold(strings.TrimRight(t[:s], " "), "as") {
		return false
	}
	k := skipSpace(t, e)
	return k == len(t) || ctxToldYouTimes(t, s, e) || hasPrefixFold(t[k:], "so", "!", "already", "to ", "this", "that before", ".")
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

func ctxLaji(t string, s, e int) bool {
	if hasPrefixAny(t[e:], "请", "需", "要", "不要", "应", "放", "扔", "统一", "及时", "桶", "分类", "邮件", "清运", "处理", "站", "袋", "回收", "箱", "短信", "车", "房", "场", "清理", "堆", "电话", "信息", "文件", "数据", "篓") {
		return false
	}
	return !hasSuffixAny(lastBytes(t[:s], 12), "厨余", "建筑", "生活", "可回收", "有害", "其他", "干", "湿", "倒", "扔", "清运", "装修")
}

func ctxZuoyou(t string, s, e int) bool {
	p, _ := utf8.DecodeLastRuneInString(t[:s])
	if p < utf8.RuneSelf {
		return isDigit(byte(p)) || p == '%' || latinUnitAfterNumber(t[:s]) // round 13: 1TB左右
	}
	if p == '量' { // 2小时用量左右 (round 9); not 受天气影响量左右
		return !strings.Contains(clauseBefore(t, s), "受")
	}
	return zhNumeral[p] || strings.ContainsRune("天元个台件人时周次万千百份米秒分页套年月日度斤吨箱盒倍条项家钟克升寸", p)
}

// ctxYou accepts 由 as "by whom" (由技术部负责), not in 由于, 理由, 自由.
func ctxYou(t string, s, e int) bool {
	n, _ := utf8.DecodeRuneInString(t[e:])
	p, _ := utf8.DecodeLastRuneInString(t[:s])
	return !strings.ContainsRune("于此来衷", n) && !strings.ContainsRune("理自缘经原", p)
}

// ctxQing rejects 请 inside 申请, 邀请, 聘请.
func ctxQing(t string, s, e int) bool {
	p, _ := utf8.DecodeLastRuneInString(t[:s])
	return !strings.ContainsRune("申邀聘宴恳", p)
}

func ctxSoon(t string, s, e int) bool {
	before := strings.TrimRight(t[:s], " ")
	if hasSuffixFold(before, "as", "how", "too", "talk", "speak", "see you", "chat", "catch you", "hear from you", "write") || wellWish(before) {
		return false // "Talk soon!" closes a message; it promises nothing
	}
	return !hasPrefixFold(strings.TrimLeft(t[e:], " "), "after", "as ")
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
	if t[s] == 'L' && strings.HasPrefix(after, ",") {
		return false // "Later, the team …": narrative in minutes
	}
	return true
}

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

// ---- the rules ----

func (c *checker) apply() {
	c.index()
	c.passFindings = 0
	for i := range c.toks {
		if i&4095 == 4095 && c.cancelled() || c.full() {
			break
		}
		switch k := &c.toks[i]; {
		case k.kind == kDate:
			c.checkDate(i)
		case k.kind == kWeekday, k.kind == kLex && k.cls == clsAnchor:
			c.checkRelative(i)
			if k.kind == kLex {
				c.checkBareDay(i)
			}
		}
	}
	if c.err != nil {
		return
	}
	impoliteUntil, impoliteAt := -1, 0
	c.passFindings = 0
	for i := range c.toks {
		if i&4095 == 4095 && c.cancelled() || c.full() {
			break
		}
		k := &c.toks[i]
		switch {
		case k.kind == kLex && k.cls == clsVague:
			if c.anchoredAt(i) {
				continue
			}
			if c.opt.Kind != Date && (c.quoted(k.s, k.e) || reported(c.t, k.s) || reportedParty(c.t, k.s) || mentionedWord(c.t, k.s) || k.e < len(c.t) && c.t[k.e] >= utf8.RuneSelf && vagueAttributive(c.t, k.e)) {
				continue // someone else's words, a name, a word being defined
			}
			c.vague(k)
		case k.kind == kLex && k.cls == clsImpolite:
			if c.quoted(k.s, k.e) || reported(c.t, k.s) {
				continue
			}
			if k.s < impoliteUntil || impoliteUntil >= 0 && adjacentSentence(c.t, impoliteUntil, k.s) {
				// one finding per sentence (or run of rude sentences); it
				// covers every rude part of it
				if f := &c.out[impoliteAt]; k.e > f.e {
					f.e = k.e
				}
				if k.s >= impoliteUntil {
					impoliteUntil = c.sentenceEnd(k.e) // the next sentence: each is scanned once
				}
				continue
			}
			impoliteUntil = c.sentenceEnd(k.e)
			impoliteAt = len(c.out)
			w := c.t[k.s:k.e]
			c.emit(k.s, k.e, RuleImpolite, Warn,
				c.tr(fmt.Sprintf("「%s」语气不礼貌或带有情绪,可能影响协作", w), fmt.Sprintf("%q sounds rude or emotional and may hurt cooperation", w)),
				c.politeSuggestion())
		case k.kind == kLex && k.cls == clsQty && c.opt.Kind == Standard:
			e := k.e
			if e < len(c.t) && c.t[e] == '.' && strings.EqualFold(c.t[k.s:e], "approx") {
				e++ // the abbreviation's dot: "approx."
			}
			w := c.t[k.s:e]
			c.emit(k.s, e, RuleVagueQuantity, Info,
				c.tr(fmt.Sprintf("交付标准中的「%s」无法验收", w), fmt.Sprintf("%q in a delivery standard cannot be verified", w)),
				c.tr("请写明数量或范围,如「不少于20条」「误差不超过2%」", "State a number or a range, e.g. \"at least 20 items\", \"within 2%\""))
		case k.kind == kShout:
			c.emit(k.s, k.e, RuleShouting, Warn,
				c.tr("连续的感叹号或问号显得情绪激动", "Repeated exclamation or question marks read as shouting"),
				c.tr("一个标点即可;若事情紧急,请写明原因和期限", "One mark is enough; if it is urgent, say why and by when"))
		case k.kind == kCaps:
			c.emit(k.s, k.e, RuleShouting, Warn,
				c.tr("整段大写字母像是在喊叫", "A long run of capitals reads as shouting"),
				c.tr("请使用正常大小写;需要强调时写明原因", "Use normal case; if something matters, say why"))
		}
	}
}

// adjacentSentence reports whether s lies in the sentence that starts at
// from: a rude sentence right after another is the same outburst
// (你们是怎么做质检的?这种划痕都看不出来?) and gets one finding.
func adjacentSentence(t string, from, s int) bool {
	if s-from > 300 || from > 0 && t[from-1] == '\n' {
		return false // a line break ends the outburst
	}
	return !strings.ContainsAny(t[from:s], "。！？；!?;\n")
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

// tr picks the message in the caller's language.
func (c *checker) tr(zh, en string) string {
	if c.en {
		return en
	}
	return zh
}

func (c *checker) emit(s, e int, rule string, sev Severity, msg, sug string) {
	c.out = append(c.out, rawFinding{s: s, e: e, rule: rule, sev: sev, msg: msg, sug: sug})
	c.passFindings++
}

// full reports whether the current pass over the tokens has found
// MaxFindings already: a pass finds in text order, so whatever it would find
// next sorts after them and cannot be among the first MaxFindings returned.
func (c *checker) full() bool { return c.passFindings >= MaxFindings }

// isAnchor reports whether a token names a concrete time.
func (k *tok) isAnchor() bool {
	switch k.kind {
	case kDate:
		return !k.attrib
	case kTime:
		return true
	case kWeekday:
		return k.prefix != 'l'
	case kLex:
		return k.cls == clsAnchor && !k.attrib
	}
	return false
}

// modifiesNoun reports whether the time word ending at e is inside a noun
// phrase — one to four Chinese characters, then 的 and a noun — that is the
// topic of the clause (年底对账的事我回头跟财务碰一下, 下周开会的材料): it dates
// the thing, not the action, so it is neither a deadline nor an anchor.
func modifiesNoun(t string, e int) bool {
	a := t[e:]
	n := 0
	for n < 4 && len(a) >= 3 {
		r, w := utf8.DecodeRuneInString(a)
		if r < 0x4E00 || r > 0x9FFF || strings.ContainsRune("的前内后以之起止到至为是于在日号点时", r) {
			break
		}
		a = a[w:]
		n++
	}
	return n > 0 && strings.HasPrefix(a, "的") && hasPrefixAny(a[len("的"):], "事", "问题", "工作", "材料", "资料", "数据", "方案", "文件", "报告", "安排", "情况")
}

func (c *checker) vague(k *tok) {
	s, e := vagueSpan(c.t, k.s, k.e)
	w := c.t[s:e]
	sev := Warn
	msg := c.tr(fmt.Sprintf("「%s」是模糊的时间表述,对方无法据此安排", w), fmt.Sprintf("%q is vague about time; the reader cannot plan with it", w))
	if c.opt.Kind == Date {
		sev = Block
		msg = c.tr(fmt.Sprintf("日期字段不能填写「%s」,需要具体日期", w), fmt.Sprintf("A date field cannot hold %q; it needs a concrete date", w))
	}
	c.emit(s, e, RuleVagueTime, sev, msg, c.concreteSuggestion())
}

// vagueSpan is the vague part of a match: for 等…再说 it is the awaited
// event (等「忙完这阵」再说), everything else is the match itself.
func vagueSpan(t string, s, e int) (int, int) {
	if t[s:e] == "过" {
		if end := guoPeriodEnd(t, e); end > 0 {
			return s, end
		}
		return s, e
	}
	if delayVerb[t[s:e]] { // 宽限「宽限几天」, 缓「缓一两天」
		if end := delayPeriodEnd(t, e); end > 0 {
			return s, end
		}
		return s, e
	}
	if t[s:e] == "有空" && strings.HasPrefix(t[e:], "时") && !strings.HasPrefix(t[e:], "时候") {
		return s, e + len("时") // 「有空时」 (round 9), as docs/checker.md writes it: 有空(时)
	}
	if t[s:e] != "等" {
		return s, e
	}
	a, _ := clauseAfter(t, e)
	if j := freeThenEnd(t, e, a); j > 0 {
		a, i := a[:j], 0
		for _, p := range []string{"我们", "我"} {
			if strings.HasPrefix(a, p) {
				i = len(p)
				break
			}
		}
		return e + i, e + j // 等我「消停了」给你打电话
	}
	if i := strings.Index(a, "再"); i > 0 {
		// the event, without its subject: 等我「忙过这一阵」再寄
		for _, p := range []string{"我们", "咱们", "你们", "我", "你", "他们", "他"} {
			if strings.HasPrefix(a[:i], p) && len(a[:i]) > len(p) {
				return e + len(p), e + i
			}
		}
		return e, e + i
	}
	return s, e
}

// concreteSuggestion proposes a date two working days from now.
func (c *checker) concreteSuggestion() string {
	if c.sugDate != "" {
		return c.sugDate
	}
	d := c.opt.Now
	for n := 0; n < 2; {
		d = d.AddDate(0, 0, 1)
		if c.isWorkday(d) {
			n++
		}
	}
	if c.en {
		c.sugDate = fmt.Sprintf("Give a concrete date, e.g. \"by 18:00 on %s\"", enDate(d))
	} else {
		c.sugDate = fmt.Sprintf("请写明具体日期,如「%s18:00前」", zhDate(d))
	}
	return c.sugDate
}

// requestFlags notes whether the window's tokens name an owner or give a
// date, for request (which runs once, on the whole text).
func (c *checker) requestFlags() {
	if c.opt.Kind != Request || (c.reqOwner && c.reqDate) {
		return
	}
	c.markAttrib()
	for i := range c.toks {
		k := &c.toks[i]
		if k.kind == kLex && k.cls == clsOwner {
			c.reqOwner = true
		}
		if k.isAnchor() || (k.kind == kDate && !k.invalid) {
			c.reqDate = true
		}
	}
}

// request checks that a request names an owner and a date; c.t is the
// whole text, and requestFlags has read its tokens.
func (c *checker) request() {
	t := c.t
	s, e := 0, len(t)
	for s < e {
		r, n := utf8.DecodeRuneInString(t[s:])
		if !isSpaceRune(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(t[:e])
		if !isSpaceRune(r) {
			break
		}
		e -= n
	}
	if s >= e {
		return
	}
	owner, date := c.reqOwner, c.reqDate
	if f := c.opt.Form; f != nil {
		owner, date = owner || f.Owner != "", date || f.Due != ""
	}
	if !owner {
		owner = informalName(t[s:e]) || addressedToReader(t[s:e]) || namedAssignee(t[s:e])
	}
	if !owner {
		c.emit(s, e, RuleRequestNoOwner, Warn,
			c.tr("请求没有写明由谁负责", "The request does not say who is to act"),
			c.ownerSuggestion())
	}
	if !date {
		c.emit(s, e, RuleRequestNoDate, Warn,
			c.tr("请求没有写明完成期限", "The request gives no date"),
			c.concreteSuggestion())
	}
}

// addressedToReader reports whether a clause of the request opens by asking
// the reader (帮我…, 帮忙…, 你…): the reader is its owner, also after
// the object named first (会议室,帮忙订一下; round 8). 有人帮忙 names nobody.
func addressedToReader(r string) bool {
	for {
		c := strings.TrimLeft(r, " ")
		if hasPrefixAny(c, "帮我", "帮忙", "你") {
			return true
		}
		i := strings.IndexAny(r, ",，")
		if i < 0 {
			return false
		}
		_, n := utf8.DecodeRuneInString(r[i:])
		r = r[i+n:]
	}
}

// ownerSuggestion names the form's own department and contact when there is
// a form, and asks for a department and a name otherwise.
func (c *checker) ownerSuggestion() string {
	if f := c.opt.Form; f != nil && (f.Dept != "" || f.Contact != "") {
		who := f.Dept + f.Contact
		whoEn := f.Contact
		if whoEn == "" {
			whoEn = f.Dept
		} else if f.Dept != "" {
			whoEn += " (" + f.Dept + ")"
		}
		return c.tr(fmt.Sprintf("请写明负责人,如「请%s负责」", who), fmt.Sprintf("Name the owner, e.g. \"%s, please …\"", whoEn))
	}
	return c.tr("请写明负责的部门和人员,如「请××部××负责」", "Name the department and the person who is to act, e.g. \"<name> (<department>), please …\"")
}

// surnames are the common family names that informal names are made of.
const surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"

// informalName reports whether text names someone the way colleagues do:
// 张工, 刘总, 王经理, 陈姐, 小李, 老周.
func informalName(text string) bool {
	var prev rune
	for i, r := range text {
		if strings.ContainsRune(surnames, r) && fullNameActs(text, i, prev) {
			return true
		}
		if strings.ContainsRune(surnames, r) {
			rest := text[i+utf8.RuneLen(r):]
			if (prev == '小' || prev == '老') && !hasPrefixAny(rest, "序", "时", "于") && !strings.HasPrefix(text[i:], "方面") {
				return true
			}
			if hasPrefixAny(rest, "工", "总", "姐", "哥", "老师", "师傅", "主任", "经理", "主管", "科长", "处长", "部长") && !hasPrefixAny(rest, "工作", "工程", "工艺", "工具", "工资", "工期", "工单", "工厂", "总额", "总价", "总结", "总数", "总计", "总体", "工位") {
				return true
			}
		}
		prev = r
	}
	return false
}

// fullNameActs reports whether a full name (surname and one or two more
// characters) starts a clause at i and is followed by what the person is to
// do or by when: 周敏12月9日前把报价发给华信, 陈杰负责接口联调.
func fullNameActs(text string, i int, prev rune) bool {
	if prev != 0 && !strings.ContainsRune("，,、：:；;。 \n@", prev) {
		return false
	}
	j := i
	for n := 0; n < 3 && j < len(text); n++ {
		r, w := utf8.DecodeRuneInString(text[j:])
		if r < 0x4E00 || r > 0x9FFF {
			break
		}
		j += w
		if n == 0 {
			continue
		}
		rest := text[j:]
		if sp := strings.TrimLeft(rest, " 　"); len(sp) < len(rest) && (len(sp) > 0 && isDigit(sp[0]) || hasPrefixAny(sp, "负责", "跟进", "今天", "明天", "后天", "本周", "下周", "这周") || hasPrefixAny(sp, nameSpaceTask...) && !wordNotName(text[i:j])) { // round 11: 许敏 尽快把…
			return true // a name and a space before the date or the task: 陈杰 11月23日前完成…, 李娜 跟进… (round 9)
		}
		if prev == 0 && n == 1 && hasPrefixAny(rest, "，", ",", "：", ":") {
			return true // addressed by name: 吴强,会议室的椅子…
		}
		if urgentAfterName(text[i:j], rest) {
			return true // round 12: 赵磊尽快把授权书拿回来
		}
		if len(rest) > 0 && isDigit(rest[0]) || hasPrefixAny(rest, "负责", "把", "于", "在", "来", "去", "跟进", "今天", "明天", "后天", "本周", "下周", "这周", "周") {
			return true
		}
	}
	return false
}

// finish converts byte offsets to rune offsets; c.out is sorted by start.
func (c *checker) finish() []Finding {
	fs := make([]Finding, len(c.out))
	pos, runes := 0, 0
	for i, f := range c.out {
		runes += utf8.RuneCountInString(c.t[pos:f.s])
		pos = f.s
		fs[i] = Finding{
			Rule: f.rule, Severity: f.sev,
			Start: runes, End: runes + utf8.RuneCountInString(c.t[f.s:f.e]),
			Message: f.msg, Suggestion: f.sug,
		}
	}
	return fs
}

// freeThenEnd is, for 等 + the writer's own free time + 了 + an action
// (等我消停了给你打电话, 等我们忙完了给您回复) with no 再, the offset in a (the
// clause after 等) just after 了; 0 when the clause is not of that shape.
func freeThenEnd(t string, e int, a string) int {
	if strings.Contains(a, "再") || !hasPrefixAny(a, "我", "我们") {
		return 0
	}
	j := strings.Index(a, "了")
	if j < 3 || j > 24 || !hasAny(a[:j], "消停", "不忙", "忙完", "忙过", "有空", "闲下来", "空下来", "腾出", "手头", "得空", "缓过来") {
		return 0
	}
	if !commitVerbAt(t, e+j+len("了")) && !hasPrefixAny(a[j+len("了"):], "给你", "给您", "跟你", "跟您", "和你", "联系", "打") {
		return 0
	}
	return j + len("了")
}
