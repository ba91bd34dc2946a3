package check

import (
	"strings"
	"time"
	"unicode/utf8"
)

// Deadlines: whether a date is a limit to meet — read from the words before
// it (截止到, 请于, by, due, "until" in a request), after it (前, 之前, 为止)
// or from a label (截止日期：, "the deadline for this is") — and whether the
// clause around it talks of the past (已, 原定, 逾期, was due, overdue), so
// that deadline-past is not raised for a fact. 截至 as "as of" (a tally) and
// 逾期 stating what will happen to those late (逾期系统自动锁定, 逾期未交的一律
// 按弃权处理, 逾期影响本季度绩效) set no past deadline either.

var deadlineCuesBefore = []string{"截止到", "届满日为", "届满日是", "期满日为", "到期日为", "到期日是", "届满日", "期满日", "截止日期为", "截止时间为", "截止日期是", "截止时间是", "期限为", "交期为", "交货期为", "最晚于", "最迟于", "最晚在", "最迟在", "截止日期", "截止时间", "截止日", "截止", "最晚", "最迟", "不晚于", "不迟于", "务必于", "请于", "须于", "需于", "应于", "请在", "需在", "务必在", "须在", "期限", "交期", "交货期", "到期日", "到期"}
var deadlineCuesBeforeEn = []string{"by", "before", "by the", "before the", "due", "due on", "due by", "deadline", "deadline is", "no later than", "not later than"}

// deadlineBefore reports whether the text before a date makes it a deadline.
func deadlineBefore(before string) bool {
	b := strings.TrimRight(before, " \t:：,，")
	if hasSuffixAny(b, deadlineCuesBefore...) || hasSuffixFold(b, deadlineCuesBeforeEn...) {
		return true
	}
	if deadlineLabel(b) || deadlineIsEn(b) || dueForOn(b) {
		return true
	}
	return dueField(before)
}

// dueField reports whether before ends in the colon of a field that holds
// the day the work is due: a label headed by a deadline word ("Deadline for
// comments: 11/24", "Due date (signed copy): …", 截止日期(纸质版):…) or a
// record's due field (dueFieldLabel). What follows is a deadline when it is
// a date, and vague time when it is 近期 or "soon" (vaguewords.go).
func dueField(before string) bool {
	t := strings.TrimRight(before, " \t")
	if !strings.HasSuffix(t, ":") && !strings.HasSuffix(t, "：") {
		return false
	}
	label := strings.ToLower(lastBytes(t, 40))
	if i := strings.LastIndexAny(label, "\n.;!?。；！？|｜，,"); i >= 0 {
		label = label[i+1:]
	}
	label = strings.TrimSpace(label)
	return hasPrefixAny(label, "deadline", "due date", "due by", "截止", "期限", "交期") || dueFieldLabel(label)
}

// dueFieldLabel reports whether a record's field label before its colon
// names the day the work is due (round 17): 完成时限：12月6日, 时限：2026-12-13,
// 完成时间：…, 要求到货日期：…, "Due: 2026-12-10" — the fields of a work order
// or a requisition, after a separator (｜, |, ，) or alone. A field of a day
// that is no limit (开工日期, 发现时间, 申请日期, 会议时间) is not one.
func dueFieldLabel(label string) bool {
	l := strings.TrimRight(label, ":： ")
	return l == "due" || hasSuffixAny(l, "时限", "完成时间", "完成日期", "到货日期", "到货时间", "交货日期", "交付日期", "交付时间", "办结时间", "截止时间", "截止日期")
}

// untilDeadline reports whether "until" before a date asks for something by
// then, as it does in the English of many writers whose first language
// reads "bis" or "直到" as "by": "please send us the declaration until 6
// December". It does only in a request (please, kindly, could you …) whose
// verb hands something over; "the office is closed until Dec 6", "please
// wait until Monday", "keep the samples until Friday" are no deadlines.
func untilDeadline(before string) bool {
	b := strings.TrimRight(before, " ")
	if !hasSuffixFold(b, "until", "till") {
		return false
	}
	sent := strings.ToLower(lastBytes(b, 160))
	if i := strings.LastIndexAny(sent, ".!?;\n"); i >= 0 {
		sent = sent[i+1:]
	}
	if !hasAny(sent, "please", "kindly", "could you", "can you", "would you", "pls", "we need", "i need") {
		return false
	}
	if hasAny(sent, "wait", "keep", "stay", "remain", "valid", "closed", "open", "hold", "postpone", "delay", "extend", "last", "continue", "store", "leave") {
		return false
	}
	return hasAny(sent, "send", "submit", "provide", "return", "deliver", "confirm", "reply", "share", "complete", "finish", "pay", "sign", "upload", "forward", "give", "let us know", "tell us", "update")
}

// deadlineNouns name a day by which something is due; deadlineLabel reads
// them as a label before a date: 截止日为, 截止期是, 交付日定为, 缴费期限为,
// 最后期限是 (round 8: 截止日为 was missing; the class is "deadline noun +
// 为/是/定为/定在"). A day that is no deadline (生日为, 开业日为, 会议日期为)
// is not among them.
var deadlineNouns = []string{"截止日", "截止期", "截止日期", "截止时间", "截稿日", "截单日", "截止", "期限", "最后期限", "最后一天", "最后日期", "到期日", "到期时间", "届满日", "期满日", "交付日", "交付期", "交货日", "交货期", "交期", "完成日", "完成期限", "缴费日", "缴款日", "付款日", "还款日", "提交日", "报送日", "申报日"}

func deadlineLabel(b string) bool {
	for _, v := range []string{"定为", "定在", "为", "是"} {
		if strings.HasSuffix(b, v) {
			return hasSuffixAny(strings.TrimRight(b[:len(b)-len(v)], " \t:：,，"), deadlineNouns...)
		}
	}
	return false
}

// deadlineIsEn reports whether an English clause names a deadline and then
// says "is" before the date: "The deadline for this is 5 December", "the
// due date for the report is Dec 4" (round 9); "deadline is" alone was read
// already. A past "was" is a fact, not a limit.
func deadlineIsEn(b string) bool {
	if !hasSuffixFold(b, "is", "will be") {
		return false
	}
	cl := strings.ToLower(lastBytes(b, 60))
	if i := strings.LastIndexAny(cl, ".;!?\n,"); i >= 0 {
		cl = cl[i+1:]
	}
	return hasAny(cl, "deadline", "due date", "cut-off", "cutoff", "closing date")
}

// asOfTally reports whether 截止到/截至 before a date means "as of": what
// follows the date (after 止/为止 and a comma) states a count or a state
// reached by then — 截止到11月22日,报名人数为86人, 截止11月20日共收到43份 — so the
// date is no deadline (round 7).
func asOfTally(before, after string) bool {
	b := strings.TrimRight(before, " \t:：")
	if !hasSuffixAny(b, "截止到", "截止", "截至", "截至到") {
		return false
	}
	a := after
	if strings.HasPrefix(a, "(") || strings.HasPrefix(a, "（") { // a weekday in brackets
		if j := strings.IndexAny(a, ")）"); j >= 0 && j < 16 {
			_, n := utf8.DecodeRuneInString(a[j:])
			a = a[j+n:]
		}
	}
	for _, p := range []string{"为止", "止", "前"} {
		a = strings.TrimPrefix(a, p)
	}
	a = strings.TrimLeft(a, " ,，、")
	a = firstRunes(a, 24)
	if strings.ContainsAny(a, "请须需务应") { // a request follows: 截止12月10日,请尚未提交的…
		return false
	}
	for _, w := range []string{"共", "累计", "总计", "合计", "已", "尚", "仍", "还有", "报名人数", "人数", "余额", "库存", "完成率", "销售额", "回款", "收到", "统计"} {
		if strings.Contains(a, w) {
			return true
		}
	}
	return false
}

// deadlineAfter looks past the weekday and clock time that follow the date at i
// for 前/之前/为止…; it also returns the instant the deadline falls due.
func (c *checker) deadlineAfter(i int, date time.Time) (bool, time.Time) {
	t := c.t
	pos := c.toks[i].e
	due := date.Add(24*time.Hour - time.Second)
	// A weekday, a part of the day and a clock time at most: a bounded look,
	// so that "周五周五周五…" stays linear.
	for j := i + 1; j < len(c.toks) && j <= i+4; j++ {
		o := &c.toks[j]
		if o.s < pos || !onlySeparators(t[pos:o.s]) {
			break
		}
		switch {
		case o.kind == kWeekday:
		case o.kind == kLex && o.cls == clsDayPart:
		case o.kind == kTime:
			hh := int(o.hh)
			if j > 0 && c.toks[j-1].kind == kLex && c.toks[j-1].cls == clsDayPart && c.toks[j-1].e == o.s {
				switch t[c.toks[j-1].s:c.toks[j-1].e] {
				case "下午", "晚上", "傍晚":
					if hh < 12 {
						hh += 12
					}
				case "中午":
					if hh < 3 {
						hh += 12
					}
				}
			}
			due = date.Add(time.Duration(hh)*time.Hour + time.Duration(o.mi)*time.Minute)
		default:
			j = len(c.toks)
			continue
		}
		pos = o.e
	}
	for pos < len(t) {
		r, n := utf8.DecodeRuneInString(t[pos:])
		if r != ' ' && r != ')' && r != '）' {
			break
		}
		pos += n
	}
	rest := t[pos:]
	if hasPrefixAny(rest, "前后") {
		return false, due // 12月5日前后: around the date, no limit (round 9)
	}
	if hasPrefixAny(rest, "前", "之前", "以前", "为止", "截止", "内", "以内", "之内", "下班前", "中午前", "午前") || hasPrefixFold(rest, "at the latest") {
		return true, due
	}
	return backRefLimit(rest), due
}

// backRefLimit reports whether the rest of the date's sentence sets its
// limit by pointing back at the date (round 23: 定稿时间为12月19日（周六），请各
// 采购于当日前提交): 当日前/当天前/该日前 with no other date in between.
func backRefLimit(rest string) bool {
	r := firstRunes(rest, 30)
	if i := strings.IndexAny(r, "。；;！!？?\n"); i >= 0 {
		r = r[:i]
	}
	for _, w := range []string{"当日前", "当天前", "当日之前", "当天之前", "该日前", "该日之前"} {
		if i := strings.Index(r, w); i >= 0 {
			return !strings.ContainsAny(r[:i], "0123456789月号周")
		}
	}
	return false
}

var pastMarkers = []string{"已", "原定", "原计划", "原本", "曾", "延期", "逾期", "超期", "推迟", "延误", "拖延", "实际", "当时", "上次",
	"说好", "答应", "承诺", "到现在", "至今"} // round 19: a promised date cited as missed (说好的11月20日前装表，到现在还没人来)

// pastAfterMarkers say, after the date in its clause, that what was due is
// still not done (round 23: 应于10月31日前支付，截至目前仍未到账); before the
// date they count something else (截至目前共收到3份，请于…前补齐).
var pastAfterMarkers = []string{"截至目前", "截止目前", "到目前为止", "迄今", "仍未", "仍没"}
var pastMarkersEn = []string{"was due", "were due", "already", "originally", "overdue", "missed", "delayed", "was ", "were ", "had ",
	"received nothing", "have not received", "haven't received", "has not been", "hasn't been", "still no ", "still not", "still haven't", "per clause", "under clause"} // round 19: a contract's date cited as missed

// pastContext reports whether the clause around a date talks about the past,
// where a past deadline is a fact, not a mistake ("原定11月20日前交付,已延期").
func (c *checker) pastContext(s, e int) bool {
	if c.past.ok && s >= c.past.s && e <= c.past.e {
		return c.past.v || c.past.after >= e // dates in one clause share the answer: linear time
	}
	t := c.t
	a, b := s, e
	for a > 0 {
		r, n := utf8.DecodeLastRuneInString(t[:a])
		if r == '。' || r == '\n' || r == '；' || r == '!' || r == '?' || r == '！' || r == '？' || enSentenceStart(t, a) {
			break
		}
		a -= n
	}
	for b < len(t) {
		r, n := utf8.DecodeRuneInString(t[b:])
		if r == '。' || r == '\n' || r == '；' || r == '!' || r == '?' || r == '！' || r == '？' {
			break
		}
		b += n
	}
	c.past.s, c.past.e, c.past.ok = a, b, true
	c.past.v = pastClause(t[a:b])
	c.past.after = -1
	for _, m := range pastAfterMarkers {
		if i := strings.LastIndex(t[a:b], m); i >= 0 {
			c.past.after = max(c.past.after, a+i)
		}
	}
	return c.past.v || c.past.after >= e
}

// enSentenceStart reports whether an English sentence starts at i after a
// full stop ("We still have not received the credit note. Please issue it
// by November 23."; round 25, h17ai): narration before it does not reach a
// later sentence's date. A sentence after the date still may (round 19:
// "… approved by November 20. We still haven't seen them." is a fact): ". " and a capital, the word before
// the stop a number or a lower-case word of three letters or more, so that
// "Mr. Park" and "No. 5" go on.
func enSentenceStart(t string, i int) bool {
	if i < 5 || i >= len(t) || t[i-1] != ' ' || t[i-2] != '.' || !isUpper(t[i]) {
		return false
	}
	k := i - 2
	if isDigit(t[k-1]) {
		return true // a date or a number ends the sentence: "… on November 12. Please …"
	}
	n := 0
	for k > 0 && t[k-1] >= 'a' && t[k-1] <= 'z' {
		k--
		n++
	}
	return n >= 3 && (k == 0 || !isLetter(t[k-1])) && !hasSuffixFold(t[k:i-2], "mrs", "etc", "approx", "incl", "dept")
}

func pastClause(clause string) bool {
	for _, m := range pastMarkers {
		if strings.Contains(clause, m) && !lateCondition(clause, m) {
			return true
		}
	}
	lower := strings.ToLower(clause)
	for _, m := range pastMarkersEn {
		if strings.Contains(lower, m) {
			return true
		}
	}
	return false
}

// lateCondition reports whether every 逾期/超期 in the clause states what
// happens if the deadline is missed (逾期按考核办法处理, 逾期不候, 逾期将…,
// 逾期者; round 7): a condition on the future, not a report that it was.
func lateCondition(clause, m string) bool {
	if m != "逾期" && m != "超期" {
		return false
	}
	for off := 0; ; {
		i := strings.Index(clause[off:], m)
		if i < 0 {
			return true
		}
		off += i + len(m)
		if !hasPrefixAny(strings.TrimLeft(clause[off:], "，, "), "按", "将", "不", "视", "者", "的话", "则", "需", "须", "要", "会", "扣", "罚", "取消", "作废", "自动") && !lateConsequence(clause[off:]) && !lateUnfiled(strings.TrimLeft(clause[off:], "，, ")) && !lateRule12(strings.TrimLeft(clause[off:], "，, ")) { // round 11: 逾期未报的板块不得吊装
			return false
		}
	}
}

// lateConsequence reports whether what follows 逾期/超期 states what will
// happen then, with a subject of its own before the consequence (逾期系统自动
// 锁定, 逾期后平台将关闭入口): a condition on the future, not a report that the
// date was missed (已逾期三天, 逾期了). It reads at most the rest of the clause.
func lateConsequence(a string) bool {
	a = strings.TrimPrefix(a, "后")
	if i := strings.IndexAny(a, "，,。；;！？!?\n"); i >= 0 {
		a = a[:i]
	}
	a = firstRunes(a, 12)
	if hasAny(a, "了", "已", "未", "天", "小时") {
		return false
	}
	return hasAny(a, "将", "会", "自动", "锁定", "关闭", "冻结", "取消", "作废", "不予", "不再", "视为", "视同", "停止", "扣", "罚")
}

// lateUnfiled reports whether what follows 逾期 is a rule for those who miss
// the date (逾期未报的板块不得吊装, 逾期未交的一律按弃权处理): 未 + a verb + 的,
// a short noun, then what will or may not happen to them. 已逾期未报 and 逾期未报，
// 请说明原因 report that it was missed; they stay past.
func lateUnfiled(a string) bool {
	if i := strings.IndexAny(a, "，,。；;！？!?\n"); i >= 0 {
		a = a[:i]
	}
	a = firstRunes(a, 24)
	if !strings.HasPrefix(a, "未") {
		return false
	}
	j := strings.Index(a, "的")
	if j < 0 || j > len("未提交完") {
		return false
	}
	rest := firstRunes(a[j+len("的"):], 10)
	return hasAny(rest, "不得", "不予", "一律", "将", "按", "视为", "不能", "禁止", "暂停", "取消", "扣") ||
		strings.HasPrefix(rest, "由") && hasAny(rest, "统一", "安排", "指定", "代为", "处理") // round 15: 逾期未报的由设备部统一安排
}

// lateRule12 reports whether the words after 逾期 state what happens to
// those who miss the date, in two more ways: 逾期影响本季度绩效 (an effect,
// not yet come: no 了, 已) and 逾期的我们统一下个月再处理 (the late ones, and
// a rule for them). 逾期影响了交付 and 逾期的已经催过了 report it.
func lateRule12(a string) bool {
	if i := strings.IndexAny(a, "，,。；;！？!?\n"); i >= 0 {
		a = a[:i]
	}
	a = firstRunes(a, 16)
	if hasAny(a, "了", "已", "过") {
		return false
	}
	if strings.HasPrefix(a, "影响") {
		return true
	}
	return strings.HasPrefix(a, "的") && hasAny(a, "统一", "一律", "下个月", "下月", "下期", "顺延", "不再", "不予", "将", "按")
}

// dueForOn reports whether an English clause says what is due and then
// "on" before the date: "is due for payment on December 5", "falls due for
// renewal on 6 Dec" (round 17). "was due" is read as past elsewhere.
func dueForOn(b string) bool {
	if !hasSuffixFold(b, "on") {
		return false
	}
	cl := lastBytes(b, 40)
	if i := strings.LastIndexAny(cl, ".;!?\n,"); i >= 0 {
		cl = cl[i+1:]
	}
	for i := len(cl) - len("due for "); i >= 0; i-- {
		if strings.EqualFold(cl[i:i+len("due for ")], "due for ") {
			return strings.Count(cl[i:], " ") <= 4
		}
	}
	return false
}
