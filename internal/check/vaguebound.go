package check

import (
	"strings"
	"unicode/utf8"
)

// What bounds a vague time: whether a later clause with a time (今天, 周五前)
// limits the writer's vague promise before it, or is a clause of its own —
// the reader's own day (您今天先忙), the reason the writer cannot act now
// (今天忙不过来, 这周实在忙不过来了), a statement about others, or the date of
// an event (申请系统12月1日开放, "the upload window opens Dec 3") that is the
// reason for hurrying rather than the limit of the vague word.

// readersOwnTime reports whether a clause's time is the reader's own, not a
// bound on the writer's promise before it: 合同的事我们晚点再对一下,您今天先忙
// (round 4 of issue 17). Such a clause starts with 您/你, tells the reader to
// get on with their own day (先忙, 先休息 …) and is no deadline; 您明天上午来取
// still bounds it.
func readersOwnTime(t string, cl clause) bool {
	if cl.due || cl.s >= len(t) {
		return false
	}
	c := strings.TrimLeft(t[cl.s:min(cl.e, len(t))], " ")
	return hasPrefixAny(c, "您", "你") && !hasPrefixAny(c, "你们") && hasAny(c, "先忙", "先休息", "先去忙", "先处理手上")
}

// nowReason reports whether a later clause whose time is only "today/now"
// says why the thing cannot be done now (药改天再给您配,今天缺货; 改天再约,
// 今天实在排不开): its today is not the later day the vague word leaves
// open, so it anchors nothing before it (round 8). A deadline today (今天
// 下班前给您) or a time of day (今天下午三点) still anchors.
func nowReason(t string, cl clause) bool {
	if cl.due || cl.s >= len(t) {
		return false
	}
	c := strings.TrimLeft(t[cl.s:min(cl.e, len(t))], " ")
	var rest string
	for _, p := range []string{"今天", "今日", "现在", "目前", "眼下", "这会儿", "这两天"} {
		if strings.HasPrefix(c, p) {
			rest = c[len(p):]
			break
		}
	}
	if rest == "" {
		rest = nowPrefix13(c) // round 13: 这周实在忙不过来了
	}
	if rest == "" {
		return false
	}
	if hasAny(rest, "点", "上午", "下午", "晚上", "中午", "前", "号", "日", "时") {
		return false
	}
	if hasPrefixAny(rest, "先", "就先", "我们先", "咱们先", "我先") {
		return true // round 24 (h17ag): 回头再说吧，今天先保交付 — today goes to something else first
	}
	if shortOfCount(rest) {
		return true // round 21: 回头再说吧，今天早高峰缺三个司机 — short of staff today
	}
	return hasAny(rest, "缺货", "没货", "断货", "没空", "没时间", "太忙", "忙不过来", "排不开", "不在", "休息", "休假", "放假", "关门", "停电", "停水", "来不及", "人手不够", "缺人", "没人", "不方便", "走不开",
		// round 18: a condition that is bad today (今天光线不好, 现在雨太大, 今天设备坏了)
		"不好", "不行", "不够", "不足", "不适合", "不合适", "太暗", "太大", "太差", "下雨", "有雨", "刮风", "坏了", "没电", "停机", "检修",
		// round 19: the schedule is full (这周排满了, 本周约满了)
		"排满", "约满", "满了", "排不上", "没档期")
}

// shortOfCount reports whether r says something is short by a count (缺三个
// 司机, 缺2台车, 少两名驾驶员): 缺 or 少 and a numeral right after it. Reads
// at most the clause's first 60 bytes.
func shortOfCount(r string) bool {
	r = r[:min(len(r), 60)]
	for _, p := range []string{"缺", "少"} {
		i := strings.Index(r, p)
		if i < 0 {
			continue
		}
		a := r[i+len(p):]
		if a != "" && isDigit(a[0]) {
			return true
		}
		if c, _ := utf8.DecodeRuneInString(a); zhNumeral[c] {
			return true
		}
	}
	return false
}

// Round 9: what ends the clauses that can bound a vague word. Before, any
// later clause of the sentence with a time bounded it; writers who never saw
// the checker showed that a later clause often starts a statement of its own
// whose date is not the vague action's:
//
//   - someone else's action: 请…近期拿出整改方案,12月15日之前德方还会来电话确认
//   - an event's date: 大家抓紧把测试用例补完,评审会是12月2日
//   - a condition on another action: 大家有空时看一下,有意见周五中午前提给我
//   - a thing as the subject in English: "we will send the drawings as soon as
//     possible, the CAD license issue should be fixed by Thursday"
//   - for a request to the reader, the writer's own doings: 报告稍后发我一下,
//     今天下午我要跟客户开会; 尽快把铅封加上,台账我来补,争取12月2日…
//
// A later clause that is the vague action's own limit (最晚12月4日前给到客户,
// "by Thursday at the latest", 截止是12月2日, 我们最晚周五要用) still bounds it.

// statementBreak reports whether clause cl starts a statement of its own
// (someone else's action, an event's date, a condition, a thing as subject).
func statementBreak(t string, cl clause) bool {
	if cl.s >= len(t) {
		return false
	}
	return pieceBreaks(t[cl.s:min(cl.e, len(t))], cl.due)
}

// writerClause reports whether clause cl is about the writer's own doings
// and gives no limit (台账我来补, 今天下午我要跟客户开会).
func writerClause(t string, cl clause) bool {
	if cl.due || cl.s >= len(t) {
		return false
	}
	return writerPiece(t[cl.s:min(cl.e, len(t))])
}

// gapBreaks applies statementBreak and writerClause to the clauses without
// tokens between two kept clauses (t[s:e]); each gap is read once, so the
// index stays linear.
func gapBreaks(t string, s, e int) (all, writer bool) {
	if e <= s || e > len(t) {
		return false, false
	}
	g := t[s:e]
	for len(g) > 0 {
		i, r := firstMark(g, true)
		piece := g
		if i >= 0 {
			piece = g[:i]
			g = g[i+utf8.RuneLen(r):]
		} else {
			g = ""
		}
		if pieceBreaks(piece, false) {
			all = true
		}
		if writerPiece(piece) {
			writer = true
		}
	}
	return all, writer
}

// othersAct reports whether a clause says that a party other than the
// writer and the reader will come and act: 德方还会来电话, 总部会派人抽查,
// 客户也会到现场确认 — a visit or a check of theirs, whose date is theirs.
// 将来 (the future) and 我们会来/您会来 are not it.
func othersAct(head string) bool {
	for _, m := range []string{"还会", "也会", "会", "还将", "将", "还要"} {
		i := strings.Index(head, m)
		if i <= 0 {
			continue
		}
		a := head[i+len(m):]
		if !hasPrefixAny(a, "来", "去", "打", "派", "过来", "到现场", "现场", "抽查", "检查", "审核", "回访", "复查", "上门") || m == "将" && strings.HasPrefix(a, "来") {
			return false
		}
		b := head[:i]
		r, _ := utf8.DecodeLastRuneInString(b)
		if r < 0x4E00 || r > 0x9FFF || hasSuffixAny(b, "我", "我们", "你", "你们", "您", "咱们", "大家", "各位", "都", "不", "也", "就", "谁") {
			return false
		}
		return true
	}
	return false
}

// eventNouns are events whose date a clause can state: 评审会是12月2日.
var eventNouns = []string{"评审会", "例会", "年会", "发布会", "说明会", "座谈会", "见面会", "家长会", "表彰会", "动员会", "启动会", "交流会", "论证会", "协调会", "碰头会", "周会", "晨会", "月会", "总结会", "答辩会", "推介会", "展销会", "运动会", "茶话会", "验收会", "展会", "会议", "培训", "审核", "评审", "验收", "演示", "答辩", "考试", "活动", "展", "检查", "拜访", "走访", "上线", "发布", "开工", "启动", "参观", "面试", "巡检", "复查"}

func pieceBreaks(p string, due bool) bool {
	p = strings.TrimLeft(p, " \t　")
	if ongoing12(stripTimeWords(p)) {
		return true // round 12: 改天跟你细说，今天一直在跑招标办
	}
	head := firstRunes(p, 16)
	if hasPrefixAny(head, "有意见", "有疑问", "有异议", "有建议", "有想法", "如有", "若有", "如需", "有问题", "如果", "要是", "假如", "万一", "有任何") || hasPrefixFold(head, "if ", "in case", "any question") {
		// "if possible by Friday", 如果可以的话周五前: the vague action's own limit
		return !hasAny(strings.ToLower(firstRunes(p, 24)), "possible", "you can", "we can", "可以", "可能", "方便", "来得及", "行的话")
	}
	// an English clause with a thing as subject: "the CAD license issue should be fixed by Thursday"
	if hasPrefixFold(p, "the ", "this ", "that ", "our ", "their ", "its ") {
		return thingSubject(p)
	}
	// someone else's action, after an optional time and even with 前 after
	// it: 12月15日之前德方还会来电话 is their deadline, not the vague action's

	if othersAct(head) {
		return true
	}
	if due {
		return false
	}
	if topicHead(head) { // round 16: 保温拆除我们尽量抓紧，争取尽快完成，人员方面明天再加两个
		return true
	}
	if timedEvent(p) || eventClauseEn(p) || thingTimedEvent(p) { // round 11: 抓紧把违规词过一遍，今晚8点开播; "ASAP - payroll runs on Monday"; round 13: 申请系统12月1日开放
		return true
	}
	// an event's date: 评审会是12月2日, 培训定于下周三
	for _, v := range []string{"定于", "定在", "安排在", "是", "在"} {
		i := strings.Index(head, v)
		if i <= 0 || utf8.RuneCountInString(head[:i]) > 8 {
			continue
		}
		noun := head[:i]
		a := head[i+len(v):]
		if !hasSuffixAny(noun, eventNouns...) || hasAny(noun, "时间", "日期", "期限", "目标", "计划", "截止", "要求") {
			continue
		}
		if len(a) > 0 && isDigit(a[0]) || hasPrefixAny(a, "周", "星期", "下周", "本周", "这周", "明天", "后天", "十", "一", "二", "三", "四", "五", "六", "七", "八", "九") {
			return true
		}
	}
	return false
}

// thingSubject reports whether an English clause opens with a noun phrase
// (up to four words after its determiner) and then a verb of its own; a
// noun of time (deadline, target, plan, ETA …) is the vague action's limit.
func thingSubject(p string) bool {
	i := readWord(p, 0)
	for n := 0; n < 5; n++ {
		k := skipSpace(p, i)
		if k == i || k >= len(p) || !isLetter(p[k]) {
			return false
		}
		e := readWord(p, k)
		w := strings.ToLower(p[k:e])
		switch w {
		case "deadline", "target", "plan", "eta", "goal", "date", "aim", "cutoff", "cut-off", "latest", "timeline", "schedule":
			return false
		case "closes", "opens", "runs", "starts", "begins", "ends", "expires", "launches", "departs", "sails", "kicks":
			return n > 0 // round 11: "the upload window closes Dec 3" dates an event
		case "should", "will", "is", "are", "must", "has", "have", "was", "were", "would", "can", "could", "may", "might", "needs":
			// a verb on "it" or "them" is about the vague action's own
			// thing ("the courier will pick it up by 5 pm")
			r := " " + strings.ToLower(firstRunes(p[e:], 60)) + " "
			// … and so is a consequence ("the account will be frozen on
			// Dec 10 otherwise")
			return n > 0 && !hasAny(r, " it ", " it.", " it,", " them ", " them.", " them,", "otherwise", "or else", "if not")
		}
		i = e
	}
	return false
}

// writerPiece reports whether a clause is the writer's own doings: after an
// optional time and a short topic, 我/我们/我这边 and a verb of intent
// (台账我来补, 今天下午我要跟客户开会) — not 发我, 我的建议.
func writerPiece(p string) bool {
	p = strings.TrimLeft(p, " \t　")
	for _, w := range []string{"今天", "明天", "后天", "今晚", "明早", "上午", "下午", "中午", "晚上", "这周", "本周", "下周"} {
		p = strings.TrimPrefix(p, w)
	}
	if ongoing12(p) {
		return true // round 12: 合同的事改天再聊，上午都在开会
	}
	i := strings.Index(firstRunes(p, 6), "我")
	if i < 0 {
		return false
	}
	if hasAny(p[:i], "给", "发", "帮", "跟", "让", "和", "找", "告诉", "通知", "你", "您") {
		return false
	}
	a := p[i+len("我"):]
	for _, q := range []string{"们这边", "这边", "们"} {
		if strings.HasPrefix(a, q) {
			a = a[len(q):]
			break
		}
	}
	if hasAny(a, "要用", "需要", "用到", "要交", "要给", "要发", "要报", "要看", "要汇报", "要提交", "等着") {
		return false // 明天我要用: the writer's need, which limits the request
	}
	return hasPrefixAny(a, "要", "来", "得", "会", "在", "去", "先", "还", "也", "正", "已经", "自己", "负责")
}

// asksOthers reports whether the vague word at s is the time of what the
// clause asks of the reader or another party — 报告稍后发我一下, 涂装这边尽快把
// 铅封加上, 请大家抓紧 — rather than the writer's own promise or a need the
// writer takes on (客户那边 ASAP 要报价,我已经在做了,今天五点前发): only then is a
// later clause about the writer's own doings no limit for it.
func asksOthers(t string, cs, s int) bool {
	if s <= cs || s > len(t) {
		return false
	}
	b := lastBytes(t[cs:s], 60)
	a := firstRunes(t[s:], 12)
	if hasAny(a, "发我", "给我", "帮我", "告诉我", "通知我") {
		return true
	}
	if hasAny(b, "请", "麻烦", "大家", "各位", "你们", "你", "您", "辛苦") {
		return true
	}
	i := strings.LastIndex(b, "这边")
	return i > 0 && !hasSuffixAny(b[:i], "我", "我们")
}

// eventVerbsZh are events whose time a clause can state after the time
// itself (今晚8点开播, 明早9点发车): the reason for hurrying, not a limit.
var eventVerbsZh = []string{"开播", "开场", "开幕", "开会", "开工", "开课", "开考", "开赛", "开盘", "开业", "开标", "发车", "起飞", "开船", "直播", "上线", "验收", "检查", "评审"}

// timedEvent reports whether a clause is a time and then an event, and no
// more (今晚8点开播, 周四上午开标): an event's date, as 评审会是12月2日 is.
// A limit (今晚8点前发我, 开播前过一遍) is no such clause.
func timedEvent(p string) bool { return timedEventIn(p, eventVerbsZh) }

// timedEventIn is timedEvent with the event verbs given (round 13 adds a
// thing's opening or closing, thingTimedEvent).
func timedEventIn(p string, verbs []string) bool {
	p = strings.TrimSpace(p)
	if strings.Contains(p, "前") || strings.Contains(p, "截止") {
		return false
	}
	q := p
	for {
		k := q
		for _, w := range []string{"今天", "今晚", "明天", "明晚", "明早", "后天", "本周", "下周", "这周", "周一", "周二", "周三", "周四", "周五", "周六", "周日", "上午", "下午", "中午", "晚上", "早上", "凌晨", "点半", "点", "号", "日", "月", "：", ":", "半"} {
			q = strings.TrimPrefix(q, w)
		}
		for len(q) > 0 && isDigit(q[0]) {
			q = q[1:]
		}
		if q == k {
			break
		}
	}
	if q == p {
		return false // no time first
	}
	q = strings.TrimRight(q, "了啊呢。！!")
	for _, v := range verbs {
		if q == v {
			return true
		}
	}
	return false
}

// eventVerbsEn are the verbs of an English clause that states when a thing
// happens ("the upload window closes Dec 3", "payroll runs on Monday"): the
// reason for hurrying, not the vague action's limit.
var eventVerbsEnList = []string{"closes", "opens", "runs", "starts", "begins", "ends", "expires", "launches", "departs", "sails", "kicks"}

// notEventSubject are words that make a clause no event's date: a
// subordinator (once, when: the vague action's own limit), a person, a
// request, a limit or a verb of its own.
var notEventSubject = []string{"once", "when", "after", "as", "till", "so", "if", "unless", "i", "we", "you", "he", "she", "they", "please", "by", "before", "until", "deadline", "due", "latest", "need", "needs", "send", "is", "are", "will", "should", "must"}

// eventClauseEn reports whether an English clause with no determiner first
// says when a thing happens ("payroll for the site workers runs on Monday
// 30 November", "testing starts Dec 7"): a subject of up to six words, no
// person among them, then an event verb. It is the reason for hurrying,
// not the vague action's limit; "by Friday" and "the deadline is …" are.
func eventClauseEn(p string) bool {
	i := 0
	for n := 0; n < 7; n++ {
		k := skipSpace(p, i)
		if k >= len(p) || !isLetter(p[k]) {
			return false
		}
		e := readWord(p, k)
		w := p[k:e]
		if foldIn(w, eventVerbsEnList) {
			return n > 0
		}
		if foldIn(w, notEventSubject) {
			return false
		}
		i = e
	}
	return false
}

// nowWords13 are the spans of "now" that a reason clause may open with,
// beyond round 8's 今天, 现在, 这两天 (nowReason).
var nowWords13 = []string{"这周", "本周", "这几天", "这阵子", "这段时间", "最近"}

// nowPrefix13 returns the rest of c after one of nowWords13, or "".
func nowPrefix13(c string) string {
	for _, p := range nowWords13 {
		if strings.HasPrefix(c, p) {
			return c[len(p):]
		}
	}
	return ""
}

// openCloseVerbs13 are the events a thing's clause dates (申请系统12月1日开放).
// 检查, 验收, 评审 are left out: with a subject they are often the reader's
// own work to be done by the date.
var openCloseVerbs13 = []string{"开放", "关闭", "开通", "启动", "开始", "结束", "上线", "下线", "开播", "开课", "开考", "开幕", "开标", "开业", "开赛", "发车", "起飞"}

// thingTimedEvent reports whether a clause is a short subject of Han
// characters (no person, no request), a time and then an opening or a
// closing, and no more: 申请系统12月1日开放.
func thingTimedEvent(p string) bool {
	p = strings.TrimSpace(p)
	if len(p) < 6 || strings.Contains(p, "前") || strings.Contains(p, "截止") {
		return false
	}
	for i, n := 0, 0; i < len(p) && n < 8; n++ {
		r, w := utf8.DecodeRuneInString(p[i:])
		if r < 0x4E00 || r > 0x9FFF || strings.ContainsRune("我你您要需得务", r) || r == '请' && !strings.HasSuffix(p[:i], "申") {
			return false // a person or a request; 申请 is a thing (申请系统)
		}
		i += w
		if timedEventIn(p[i:], openCloseVerbs13) {
			return true
		}
	}
	return false
}

// ongoing12 reports whether a clause, its time stripped, tells what the
// writer has been busy with, the subject left out (今天一直在跑招标办, 上午都在
// 开会): why the vague promise before it has no date, not its limit. A need
// (今天一直要用) is no such clause.
func ongoing12(p string) bool {
	return hasPrefixAny(p, "一直在", "一直忙", "都在忙", "都在开", "都在跑", "正在开", "正在跑", "忙着", "还在外", "还在路上", "还在开") && !hasAny(firstRunes(p, 10), "要用", "需要", "等着")
}

// stripTimeWords drops the day words that open a clause (今天, 上午 …).
func stripTimeWords(p string) string {
	for _, w := range []string{"今天", "今晚", "上午", "下午", "中午", "晚上", "这周", "本周", "这两天", "最近"} {
		p = strings.TrimPrefix(p, w)
	}
	return p
}

// topicHead reports whether a clause opens with a topic of its own — up to
// four characters and 方面 or 这块 (人员方面明天再加两个, 材料这块周三到) —
// so that its time is that topic's, not the vague action's before it. A
// deadline (进度方面周五前给您答复) is read before this and still bounds it.
func topicHead(head string) bool {
	for _, m := range []string{"方面", "这块", "这一块"} {
		i := strings.Index(head, m)
		if i > 0 && utf8.RuneCountInString(head[:i]) <= 4 && !hasAny(head[:i], "，", ",", "我", "你") {
			return true
		}
	}
	return false
}
