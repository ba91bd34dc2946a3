package check

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// ---- context vetoes: each returns false for a known false alarm ----

// ctxToldYou rejects the neutral "as I told you".
func ctxToldYou(t string, s, e int) bool {
	if hasSuffixFold(strings.TrimRight(t[:s], " "), "as") {
		return false
	}
	k := skipSpace(t, e)
	return k == len(t) || ctxToldYouTimes(t, s, e) || hasPrefixFold(t[k:], "so", "!", "already", "to ", "this", "that before", ".")
}

// ctxLaji: 垃圾 is the material (waste) when a handling word, a plant's part
// or a process follows it (垃圾运输车辆, 垃圾照常进厂, 垃圾分流方案, 垃圾进行翻堆,
// 垃圾焚烧), or a quantity, size, place or kind precedes it (吨垃圾, 大件垃圾,
// 渣坑垃圾, 入炉垃圾, 原生垃圾); round 18 (h17aa). 垃圾服务, 真垃圾 stay rude.
// Round 35 (h17as), a sanitation contractor's own words: the work done to
// it (收垃圾, 捡拾垃圾, 清运垃圾) or the place it lies or waits (积存垃圾,
// 绿化带垃圾, 路面垃圾) before it, or its collection after it (垃圾捡拾,
// 垃圾收集点, 垃圾中转, 垃圾分拣); see ctxLajiWork.
func ctxLaji(t string, s, e int) bool {
	if thingVerdictZh(t, s, e) || ctxLajiWork(t, s, e) || deviceVerdictZh(t, s, e) {
		return false
	}
	if hasPrefixAny(t[e:], "请", "需", "要", "不要", "应", "放", "扔", "统一", "及时", "桶", "分类", "邮件", "清运", "处理", "站", "袋", "回收", "箱", "短信", "车", "房", "场", "清理", "堆", "电话", "信息", "文件", "数据", "篓",
		"运输", "运送", "收运", "转运", "进厂", "进场", "入炉", "入厂", "照常", "分流", "发电", "焚烧", "填埋", "贮存", "储存", "进行", "翻堆", "热值", "渗滤液", "池", "坑", "仓", "吊", "抓斗", "量", "厂", "称重", "卸料", "压缩", "减量", "清扫", "收集", "满", "溢") {
		return false
	}
	return !hasSuffixAny(lastBytes(t[:s], 12), "厨余", "建筑", "生活", "可回收", "有害", "其他", "干", "湿", "倒", "扔", "清运", "装修",
		"吨", "大件", "渣坑", "坑内", "入炉", "进厂", "原生", "城市", "混合", "餐厨", "园林", "医疗", "工业", "卸", "堆放", "散落")
}

// ctxFeiwu accepts 废物 as an insult (你就是个废物), not the waste a hospital
// or a plant hands over (医疗废物处置记录, 危险废物暂存间, 固体废物; round 19).
func ctxFeiwu(t string, s, e int) bool {
	if thingVerdictZh(t, s, e) {
		return false
	}
	if hasPrefixAny(t[e:], "处置", "处理", "暂存", "贮存", "储存", "收集", "转运", "运输", "交接", "登记", "管理", "台账", "记录", "桶", "袋", "箱", "间", "库", "分类", "回收", "焚烧", "排放", "产生", "种类", "名录", "代码", "标签") {
		return false
	}
	return !hasSuffixAny(lastBytes(t[:s], 12), "医疗", "危险", "固体", "工业", "生活", "感染性", "损伤性", "病理性", "药物性", "化学性", "放射性", "一般", "实验室", "化学", "含汞", "废液及", "废水、")
}

// thingVerdictZh reports whether 垃圾/废物 at [s, e) is a verdict on a thing
// its clause points at — 这台椭圆机的设计真是垃圾, 这批件都是废物 (round 24,
// h17ag): the clause opens with 这/那 and a measure word, and nobody (你, 您,
// 他们, 这帮, 人) is in the sentence. Criticism of a thing is not rudeness to a
// person (round 3); 你们这批件都是垃圾 and 这帮人就是垃圾 stay rude.
func thingVerdictZh(t string, s, e int) bool {
	b := strings.TrimLeft(clauseBefore(t, s), " ")
	if !hasPrefixAny(b, "这", "那") {
		return countedThing(b) && !hasAny(sentenceAround(t, s, e), "你", "您", "他们", "她们", "这帮", "这群", "人")
	}
	_, n := utf8.DecodeRuneInString(b)
	if !hasPrefixAny(b[n:], "台", "批", "个", "款", "种", "套", "张", "份", "件", "把", "辆", "块", "根", "条", "部", "次", "些", "版", "副", "组") {
		return false
	}
	return !hasAny(sentenceAround(t, s, e), "你", "您", "他们", "她们", "这帮", "这群", "人")
}

// countedThing reports whether the clause b points at things by 这/那, a
// count and a measure word only things take (round 27, h17ak: 枯死的那三棵
// 女贞是废物, 仓库里那两台叉车就是废物); 那三个司机, 那几位 may be people.
func countedThing(b string) bool {
	for _, d := range []string{"这", "那"} {
		for i := strings.Index(b, d); i >= 0; {
			r := strings.TrimLeft(b[i+len(d):], "一二两三四五六七八九十几0123456789")
			if hasPrefixAny(r, "台", "批", "款", "套", "张", "份", "件", "辆", "块", "根", "条", "棵", "株", "堆", "箱", "版") {
				return true
			}
			j := strings.Index(b[i+len(d):], d)
			if j < 0 {
				break
			}
			i += len(d) + j
		}
	}
	return false
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
			if c.opt.Kind != Date && (c.quoted(k.s, k.e) || reportedTime(c.t, k.s, k.e) || reportedParty(c.t, k.s) || mentionedWord(c.t, k.s) || definedTerm(c.t, k.s, k.e) || firmName(c.t, k.s, k.e) || k.e < len(c.t) && c.t[k.e] >= utf8.RuneSelf && vagueAttributive(c.t, k.e)) {
				continue // someone else's words, a name, a word being defined
			}
			c.vague(k)
		case k.kind == kLex && k.cls == clsImpolite:
			if c.quoted(k.s, k.e) || reported(c.t, k.s) && !wordSentence(c.t, k.s, k.e) || insideReportedQuote(c.t, k.e) {
				continue // round 33 (h17aq): 家属投诉记录：王先生原话“你们这服务太差了…” — the quoted relative's words
			}
			if urgedNoDelay(c.t, k.s, k.e) {
				continue // round 39 (h17aw): 抓紧把工单关掉，别拖了 — the rest of an urging, no rebuke
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
			if c.wordMentioned(k.s, k.e) {
				continue // 禁止使用“适量”, do not use words such as "a few": the word, not a quantity
			}
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
