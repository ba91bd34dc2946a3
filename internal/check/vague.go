package check

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Vague time (明确性): the finding for a vague time word (尽快, 近期, 晚点,
// soon, later …) that no concrete time anchors (apply in rules.go asks
// anchoredAt in clause.go; the bounds are in vaguebound.go), its span and
// its suggestion of a concrete date, and what counts as an anchor. It also
// holds the readings that make a vague word no promise: someone's earlier
// words reported (reportedParty), the word itself mentioned (mentionedWord),
// a wish (Get well soon), and whose promise 近期 times (the writer's, a
// named party's, or a request's).

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

// writerPromise reports whether the time word at t[s:e] is the adjunct of
// the writer's own promise, its verb right after (合同我们近期寄给您,
// 资料我最近整理一下再发给大家; not 我最近看了, 我们最近的订单).
func writerPromise(t string, s, e int) bool {
	a, _ := clauseAfter(t, e)
	return hasSuffixAny(clauseBefore(t, s), "我", "我们", "我司", "我这边") && commitVerbAt(t, e) && !hasAny(a, "了", "过", "的", "在")
}

// askedSoon reports whether 近期 is the time of a request's action (麻烦信息科近期
// 过来看一下, 请你们近期安排发货; round 7): a request before it and the asked
// action right after; not 请关注近期的通知.
func askedSoon(t string, s, e int) bool {
	if askedSoonToMe(t, s, e) {
		return true
	}
	return hasAny(clauseBefore(t, s), "请", "麻烦", "烦请", "劳烦", "辛苦", "能否", "可否") &&
		(hasPrefixAny(t[e:], "过来", "来一趟", "派人", "上门", "安排", "处理", "寄", "发", "提交", "回复", "联系", "确认", "完成", "把", "帮") ||
			// round 29 (h17am): 请电池组黄伟近期去一趟供应商的嘉兴仓; not 请关注近期去一趟…的安排
			hasPrefixAny(t[e:], "去一趟", "去趟", "跑一趟", "走一趟", "到现场", "去现场") && !hasSuffixAny(t[:s], "关注", "注意", "留意", "了解", "查看", "核对", "汇总") ||
			// round 26 (h17aj): 请各地市分公司运维部近期上报…; not 请核对近期上报的数据
			hasPrefixAny(t[e:], "上报", "报送", "出具") && !hasAny(firstRunes(t[e:], 8), "的", "了", "过") ||
			// round 9: 近期拿出整改方案; not 请汇总近期做出的调整, where 近期 dates the object
			hasPrefixAny(t[e:], "拿出", "给出", "做出", "制定", "出台") && !strings.Contains(firstRunes(t[e:], 6), "的") ||
			strings.HasPrefix(t[e:], "对") && askedSoonOnObject(t, e) ||
			askedSoonAnyVerb(t, s, e))
}

// askedSoonAnyVerb reports whether 近期 times the asked action whatever its
// verb (round 38, h17av: 麻烦近期约一下外援经纪人谈续约): a request in the
// clause before, which does not end in a verb whose object 近期 dates (请关注
// 近期…, 请核对近期…, 请把你近期…) nor in a quote mark, and an action right
// after, not done (了, 过) and no noun's modifier (的 within five characters:
// 近期上报的数据). Over the older sets
// every such ask is labelled vague (26 texts); 请把你近期的作品集发给HR is not.
func askedSoonAnyVerb(t string, s, e int) bool {
	b := strings.TrimSpace(clauseBefore(t, s))
	if !hasAny(b, "请", "麻烦", "烦请", "劳烦") || hasSuffixAny(b, "关注", "注意", "留意", "了解", "查看", "查阅", "核对", "汇总", "统计", "梳理", "回顾", "总结", "参考", "比对", "把", "将", "对", "“", "\"", "「", "‘") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t[e:])
	a, _ := clauseAfter(t, e)
	return r >= 0x4E00 && r <= 0x9FFF && !strings.Contains(firstRunes(t[e:], 5), "的") && !hasAny(a, "了", "过")
}

// askedSoonToMe reports whether 近期 opens the clause after a request and
// times what the reader is to hand the writer (round 25, h17ai: 请营销部安排
// 媒体邀请，近期给我名单; 麻烦整理一下，近期发我): the request earlier in the
// sentence, 给我/发我/交给我 … right after. 请查收，近期给我们的报价已更新
// reports.
func askedSoonToMe(t string, s, e int) bool {
	if strings.TrimSpace(clauseBefore(t, s)) != "" || !hasAny(sentenceBefore(t, s), "请", "麻烦", "烦请", "劳烦") {
		return false
	}
	if !hasPrefixAny(t[e:], "给我", "发我", "发给我", "交给我", "报给我", "交我", "报我") {
		return false
	}
	a, _ := clauseAfter(t, e)
	return !hasAny(a, "了", "过", "的")
}

// askedSoonOnObject reports whether 近期对… is the time of the asked action
// (round 22: 请相关人员近期对堆场消防栓进行检查): 进行/开展/组织 later in the
// clause, and no 的 (请汇总近期对客户的回访记录 dates the object).
func askedSoonOnObject(t string, e int) bool {
	a, _ := clauseAfter(t, e)
	return hasAny(a, "进行", "开展", "组织") && !strings.Contains(a, "的")
}

// partyPromise reports whether 近期 is the time of a named party's promised
// action in minutes or a status line (厂家近期派人检测, 供应商近期安排补货,
// 施工方近期上门处理): a party right before it, the action right after, not
// yet done. 厂家近期派人检测过两次 and 厂家近期的报价 report or date
// something; they stay clear.
func partyPromise(t string, s, e int) bool {
	if b := clauseBefore(t, s); !roleWord(lastRunesN(b, 2)) && !hasSuffixAny(b, "厂家", "厂方", "供应商", "施工方", "承包方", "物业", "对方", "总部", "甲方", "乙方", "原厂", "售后", "品牌方", "开发商", "维保单位", "公司",
		"销售部", "人事部", "财务部", "采购部", "生产部", "技术部", "质检部", "物流部", "市场部", "营销部", "工程部", "行政部", "品质部", "计划部", "仓储部") { // round 25 (h17ai): minutes' 销售部近期给出; round 26 (h17aj): a role by its work, 法务近期出具…
		return false
	}
	if !hasPrefixAny(t[e:], "派人", "安排", "上门", "到场", "处理", "完成", "提供", "回复", "给出", "寄", "发", "更换", "维修", "检测", "复查", "整改", "出具") {
		return false
	}
	a, _ := clauseAfter(t, e)
	return !hasAny(a, "了", "过", "的")
}

// personPromise reports whether 近期 is the time of an action a named
// colleague is given in minutes (小美近期整理一版, 老周近期出个方案): 小 or 老
// and one Han character right before it, an action right after, not yet
// done. 小美近期整理过一版 and 老周近期的方案 report or date something.
func personPromise(t string, s, e int) bool {
	b := clauseBefore(t, s)
	r, n := utf8.DecodeLastRuneInString(b)
	if r < 0x4E00 || r > 0x9FFF || len(b) < n+len("小") {
		return false
	}
	if p := b[:len(b)-n]; !strings.HasSuffix(p, "小") && !strings.HasSuffix(p, "老") {
		return false
	}
	if !hasPrefixAny(t[e:], "整理", "出", "做", "更新", "准备", "提交", "优化", "梳理", "安排", "跟进", "对接", "联系", "完成", "补") {
		return false
	}
	a, _ := clauseAfter(t, e)
	return !hasAny(a, "了", "过", "的")
}

// reportedParty reports whether the vague word at s is someone's earlier
// words the writer quotes back: the reader's own (你们上次说过两天就发, 您说
// 改天来取) or a named person's about themselves (刘经理说他回头再确认). The
// writer's own vagueness stays (我说过两天就发 is the writer's promise).
func reportedParty(t string, s int) bool {
	b := sentenceBefore(t, s)
	for _, v := range []string{"不是说", "说过", "说", "答应", "承诺", "保证"} {
		i := strings.LastIndex(b, v)
		if i < 0 {
			continue
		}
		after := b[i+len(v):]
		// the vague word must be inside the words said: not after 的 (您说的问题
		// 我们尽快处理), a clause break (你说一下,尽快…) or the writer as subject
		if hasAny(after, "的", "，", ",", "我", "一下", "一声") {
			return false
		}
		lead := b[:i]
		for _, w := range []string{"上次", "之前", "当时", "那天", "昨天", "前天", "上周", "一直", "明明", "都", "也", "还", "早就", "本来", "原来"} {
			lead = strings.TrimSuffix(lead, w)
		}
		if hasSuffixAny(lead, "你们", "你", "您", "贵司", "贵方") && !hasSuffixAny(lead, "跟你", "和你", "对你", "给你", "跟您", "和您", "对您", "给您", "跟你们", "和你们", "对你们", "给你们") {
			return true
		}
		if hasPrefixAny(after, "他", "她") && informalName(lastBytes(lead, 12)) {
			return true
		}
		return false
	}
	return false
}

// mentionedWord reports whether the vague word at s is counted or pointed
// at — 这都多少个「过两天」了, 又是一个尽快, 这句稍后 — and so talked about, not
// used.
func mentionedWord(t string, s int) bool {
	return hasSuffixAny(t[:s], "多少个", "几个", "这个", "那个", "一个", "这句", "那句", "一句")
}

// definedTerm reports whether the vague word at t[s:e] is a term being
// defined or discussed, not used (round 24, h17ag): ASAP 是 as soon as
// possible 的缩写, ASAP这个词以后别写在交期栏里, "Note: ASAP in our tracker
// means …", "ASAP stands for …". The word opens its clause (or follows a
// colon, "the term"), and what follows names it: 这个词/一词/的缩写, or 是 …
// 缩写/简称/意思; "means", "stands for", "is short for" before any comma;
// the word as a mark or a prefix (ASAP标识, ASAP字样), or "is a word", "is
// not a deadline" right after it (round 29, h17am).
// "Please reply ASAP, which means by Friday" and 尽快是最好的 stay as they are.
func definedTerm(t string, s, e int) bool {
	a := strings.TrimLeft(t[e:], " ")
	if hasPrefixAny(a, "这个词", "这个说法", "这个字眼", "一词", "的缩写", "的简称", "的全称", "的意思是") {
		return true
	}
	for _, mark := range []string{"字样", "标识", "标志", "前缀"} { // round 29 (h17am): 喷淋主管道的ASAP标识是厂家型号前缀; not 请ASAP标识一下
		if r, ok := strings.CutPrefix(a, mark); ok && (r == "" || hasPrefixAny(r, "是", "为", "指", "的", "，", ",", "。", "）", ")")) {
			return true
		}
	}
	b := strings.TrimSpace(clauseBefore(t, s))
	if hasSuffixFold(b, "stands for", "is short for") {
		return true // the expansion of the term ("ASAP stands for as soon as possible")
	}
	if hasSuffixFold(b, "the word", "the term", "the phrase", "the abbreviation") {
		return true // round 25 (h17ai): "The term ASAP is not accepted in our contracts"
	}
	if b != "" && !hasSuffixAny(b, "：", ":") {
		return false
	}
	if strings.HasPrefix(a, "是") {
		c, _ := restOfSentence(t, e)
		if i := strings.IndexAny(c, "，,"); i >= 0 {
			c = c[:i]
		}
		return hasAny(c, "缩写", "简称", "的意思", "全称")
	}
	if t[s] < utf8.RuneSelf {
		if i := strings.IndexAny(a, ",;.!?"); i >= 0 {
			a = a[:i]
		}
		a = strings.ToLower(firstRunes(a, 40))
		return strings.Contains(a, " means ") || strings.HasPrefix(a, "means ") || strings.HasPrefix(a, "stands for ") || strings.HasPrefix(a, "is short for ") || strings.HasPrefix(a, "is an abbreviation") ||
			hasPrefixAny(a, "is a word", "is a term", "is the word", "is not a deadline", "is not a date", "is no deadline", "is no date") // round 29 (h17am): "ASAP is a word we banned from supplier contracts"
	}
	return false
}

// codeTail reports whether a, right after a word in capitals, goes on as
// a code does: a hyphen or an underscore and then a letter or a digit, or
// a digit (round 28, h17al: ASAP-2, ASAP_01, ASAP3). "ASAP - today" and
// "ASAP-ASAP" are no code.
func codeTail(a string) bool {
	if a != "" && isDigit(a[0]) {
		return true
	}
	if len(a) < 2 || a[0] != '-' && a[0] != '_' {
		return false
	}
	return isDigit(a[1]) || a[0] == '_' && isUpper(a[1])
}

// firmName reports whether the vague word at t[s:e] in capitals is part of
// a firm's name (round 25, h17ai): ASAP钢铁贸易有限公司, "ASAP Press is the
// distributor", ASAP Logistics Ltd. — a name, no time; a product line too
// (round 34: "the Rapid-Seal ASAP series", ASAP range). "Reply ASAP Tom" and
// "ASAP please" go on with no firm's word.
func firmName(t string, s, e int) bool {
	if t[s] < 'A' || t[s] > 'Z' || strings.ToUpper(t[s:e]) != t[s:e] {
		return false
	}
	a := t[e:]
	if codeTail(a) {
		return true // round 28 (h17al): ASAP-2, a voyage's code in the old system
	}
	if hasPrefixAny(a, "钢铁", "贸易", "物流", "公司", "有限", "集团", "出版", "快递", "科技", "国际", "实业", "货运") {
		return true
	}
	a = strings.TrimPrefix(a, " ")
	w := a
	if i := strings.IndexAny(w, " ,.;:!?'’\n"); i >= 0 {
		w = w[:i]
	}
	switch w {
	case "series", "Series", "range", "Range", "brand", "Brand", "kit", "Kit": // round 34 (h17ar): the vendor's Rapid-Seal ASAP series
		return true
	case "tag", "tags", "label", "labels", "prefix", "sticker", "stickers", "marking", "markings", "logo": // round 39 (h17aw): "The ASAP tag on that SKU is …", as 的ASAP标识 is
		return true
	}
	if titleWords(a) >= 2 {
		return true // round 39 (h17aw): "(ASAP Modular Desk)", a product's name in title case
	}
	switch w {
	case "Press", "Logistics", "Trading", "Ltd", "Inc", "Co", "Corp", "Group", "Steel", "Shipping", "Express", "Freight", "Company", "International", "Publishing", "Industries", "Limited", "LLC", "GmbH":
		return true
	}
	return false
}

// titleWords counts the capitalised words of letters, each with lower case
// after its first letter, that open a ("Modular Desk, not …" → 2).
func titleWords(a string) int {
	n := 0
	for _, w := range strings.Fields(firstRunes(a, 60)) {
		c := strings.TrimRight(w, ",.;:!?)")
		if len(c) < 2 || !isUpper(c[0]) || !lowerRest(c) || notAName[strings.ToLower(c)] {
			return n
		}
		n++
		if len(c) < len(w) {
			return n
		}
	}
	return n
}

// wellWish reports whether "soon" ends a wish for someone's health — "Hope
// Noah feels better soon", "Get well soon" — which promises nothing.
// "We will fix it soon" and "better soon than late" stay vague.
func wellWish(before string) bool {
	return hasSuffixFold(before, "feel better", "feels better", "feeling better", "get better", "gets better", "get well", "gets well", "be well", "recover", "recovers", "be back on your feet", "be back on his feet", "be back on her feet")
}
