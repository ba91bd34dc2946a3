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

func ctxLaji(t string, s, e int) bool {
	if hasPrefixAny(t[e:], "请", "需", "要", "不要", "应", "放", "扔", "统一", "及时", "桶", "分类", "邮件", "清运", "处理", "站", "袋", "回收", "箱", "短信", "车", "房", "场", "清理", "堆", "电话", "信息", "文件", "数据", "篓") {
		return false
	}
	return !hasSuffixAny(lastBytes(t[:s], 12), "厨余", "建筑", "生活", "可回收", "有害", "其他", "干", "湿", "倒", "扔", "清运", "装修")
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
