package check

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"
)

// The accuracy of written dates (准确性): a weekday written next to a date
// that contradicts it, a date without a year read as the nearest one, a day
// of the month written alone against its weekday (本周五（27号）), and the
// dates that set no deadline — one that names a day (12月4日的会议), one
// that only qualifies a noun (11月20日之前下的订单), a day word inside a
// noun (抓紧把年底的设备点检做完).

// checkDate applies the accuracy rules to the date token at i.
func (c *checker) checkDate(i int) {
	t := c.t
	k := &c.toks[i]
	if strings.HasPrefix(t[k.e:], "的") && !(k.e+3 < len(t) && isDigit(t[k.e+3])) {
		k.attrib = true
	}
	if k.invalid {
		w := t[k.s:k.e]
		msg := c.tr(fmt.Sprintf("「%s」不是有效日期", w), fmt.Sprintf("%q is not a valid date", w))
		switch {
		case k.m >= 1 && k.m <= 12 && k.d >= 1:
			n := daysIn(int(k.y), int(k.m))
			msg = c.tr(fmt.Sprintf("「%s」不是有效日期:%d月最多%d天", w, k.m, n), fmt.Sprintf("%q is not a valid date: month %d has at most %d days", w, k.m, n))
		case k.m < 1 || k.m > 12:
			msg = c.tr(fmt.Sprintf("「%s」不是有效日期:没有%d月", w, k.m), fmt.Sprintf("%q is not a valid date: there is no month %d", w, k.m))
		}
		sug := c.tr("请核对日期", "Check the date")
		if k.m >= 1 && k.m <= 12 && k.d >= 1 {
			n := daysIn(int(k.y), int(k.m))
			sug = c.tr(fmt.Sprintf("请核对日期:%d月只有%d天,是否为%d月%d日?", k.m, n, k.m, n),
				fmt.Sprintf("Check the date: %s has %d days; did you mean %s %d?", time.Month(k.m), n, time.Month(k.m), n))
		}
		c.emit(k.s, k.e, RuleDateInvalid, Warn, msg, sug)
		return
	}
	loc := c.opt.Location
	y := int(k.y)
	if y == 0 {
		y = nearestYear(c.opt.Now, int(k.m), int(k.d))
	}
	date := time.Date(y, time.Month(k.m), int(k.d), 0, 0, 0, 0, loc)
	if date.Day() != int(k.d) { // 29 February in a common year
		c.emit(k.s, k.e, RuleDateInvalid, Warn,
			c.tr(fmt.Sprintf("%d年没有2月29日", y), fmt.Sprintf("%d has no 29 February", y)), c.tr("请核对日期", "Check the date"))
		return
	}

	// The weekday written next to the date, after it or before it.
	start, before := k.s, len(c.out)
	if i+1 < len(c.toks) {
		w := &c.toks[i+1]
		if w.kind == kWeekday && w.ps >= k.e && onlySeparators(t[k.e:w.ps]) && c.takesWeekdayAfter(i) && !c.weekdayRange(i+1) {
			e := closingParen(t, w.e)
			if !strings.ContainsAny(t[k.e:w.ps], "(（[【") {
				e = w.e // round 17: （11月27日，周四）— the bracket holds both, not the weekday
			}
			c.weekdayOf(date, k.s, e, w)
		}
	}
	if i > 0 {
		w := &c.toks[i-1]
		if w.kind == kWeekday && w.e <= k.s && onlySeparators(t[w.e:k.s]) && !c.weekdayRange(i-1) && !(i > 1 && c.toks[i-2].kind == kDate && onlySeparators(t[c.toks[i-2].e:w.s]) && c.takesWeekdayAfter(i-2)) {
			c.weekdayOf(date, weekdaySpanStart(t, w), closingParen(t, k.e), w)
			start = w.ps
		}
	}

	deadline, due := c.deadlineAfter(i, date)
	if !deadline {
		deadline = c.opt.Kind == Date || (deadlineBefore(t[:start]) || untilDeadline(t[:start])) && !asOfTally(t[:start], t[k.e:])
	}
	if !deadline || c.opt.Kind != Date && (qualifierDate(t, start, k.e) || aroundDate(t, k.e)) {
		return
	}
	// round 17: an English weekday joined to its date without a comma as
	// the object of "by" ("by Saturday 5 December") is one phrase, and the
	// finding spans both; "by Friday, 5 December" and "the deadline is
	// Saturday 6 December" keep the date alone, as the writers label them.
	fs := k.s
	if start < k.s && isLetter(t[start]) && !strings.Contains(t[start:k.s], ",") && hasSuffixFold(strings.TrimRight(t[:start], " "), "by", "before", "until", "till", "no later than") {
		fs = start
	}
	if due.Before(c.opt.Now) {
		if !c.pastContext(k.s, k.e) {
			c.emit(fs, k.e, RuleDeadlinePast, Warn,
				c.tr(fmt.Sprintf("截止时间%s已经过去", zhDate(date)), fmt.Sprintf("The deadline %s has already passed", enDate(date))),
				c.concreteSuggestion())
		}
		return
	}
	// a date field whose weekday contradicts its date holds no one day: the
	// mismatch is the finding (round 10). In a text, 请于12月6日（周五）前 still
	// states a deadline on the date as written.
	if c.opt.Calendar != nil && !c.opt.Calendar.IsWorkday(date.Add(12*time.Hour)) && !(c.opt.Kind == Date && len(c.out) > before) {
		c.nonWorkday(fs, k.e, date)
	}
}

// markAttrib marks dates followed by 的 ("12月4日的会议"): they name a day and
// are neither deadlines nor anchors for vague time.
func (c *checker) markAttrib() {
	t := c.t
	for i := range c.toks {
		k := &c.toks[i]
		if k.kind == kDate && strings.HasPrefix(t[k.e:], "的") && !(k.e+3 < len(t) && isDigit(t[k.e+3])) {
			k.attrib = true
		}
		if k.kind == kDate && (batchDate(t, k.e) || eventDate(t, k.e)) {
			k.attrib = true // round 26 (h17aj): 11月24日批次 names a batch; round 33: 11月22日投诉的顾客
		}
		if (k.kind == kDate || k.kind == kLex && k.cls == clsAnchor) && modifiesNoun(t, k.e) {
			k.attrib = true
		}
		if k.kind == kLex && k.cls == clsAnchor && dayWordOfNoun(t, k.s, k.e) {
			k.objDay = true
		}
	}
}

// batchDate reports whether the date ending at e names a production batch
// (round 26, h17aj: 请质检部王丽尽快出具11月24日批次UHT纯牛奶的菌落总数报告):
// the day the goods were made, not when the ask is due, so it anchors no
// 尽快 and gives the request no date. 11月24日批复 (approved on), 11月24日前
// and 11月24日发货 are no batch.
func batchDate(t string, e int) bool {
	return hasPrefixAny(t[e:], "批次", "批号", "生产批次", "生产的批次", "的批次", "那批", "这批", "的那批", "生产的那批")
}

// isWorkday uses the calendar, or Monday to Friday without one.
func (c *checker) isWorkday(d time.Time) bool {
	if c.opt.Calendar != nil {
		return c.opt.Calendar.IsWorkday(d)
	}
	wd := d.Weekday()
	return wd != time.Saturday && wd != time.Sunday
}

var zhWeekdayNames = [7]string{"周日", "周一", "周二", "周三", "周四", "周五", "周六"}

func zhDate(d time.Time) string {
	return fmt.Sprintf("%d月%d日(%s)", d.Month(), d.Day(), zhWeekdayNames[d.Weekday()])
}

func enDate(d time.Time) string { return d.Format("Mon, Jan 2") }

// separators may stand between a date and its weekday: "12月3日(周四)", "Friday, Dec 4".
func onlySeparators(s string) bool {
	for _, r := range s {
		switch r {
		case ' ', '\t', '(', '（', ',', '，', ')', '）', '、', '[', ']', '【', '】':
		default:
			return false
		}
	}
	return true
}

func closingParen(t string, e int) int {
	if strings.HasPrefix(t[e:], ")") || strings.HasPrefix(t[e:], "]") {
		return e + 1
	}
	if strings.HasPrefix(t[e:], "）") || strings.HasPrefix(t[e:], "】") {
		return e + 3
	}
	return e
}

// weekdayOf checks the weekday token w written next to date; a weekday of
// this or next week (下周二) must also fall in that week.
func (c *checker) weekdayOf(date time.Time, s, e int, w *tok) {
	if int8(date.Weekday()) != w.wd || (w.prefix != 't' && w.prefix != 'n' && w.prefix != 'N') {
		c.weekday(date, s, e, w.wd)
		return
	}
	rel, _ := c.relDate(w)
	if rel.Equal(date) {
		return
	}
	word := c.t[w.ps:w.e]
	c.emit(s, e, RuleWeekdayMismatch, Warn,
		c.tr(fmt.Sprintf("「%s」是%s,不是%d月%d日", word, zhDate(rel), date.Month(), date.Day()),
			fmt.Sprintf("%q is %s, not %s", word, enDate(rel), enDate(date))),
		c.tr(fmt.Sprintf("请核对:若日期无误,应写「%s」;若「%s」无误,日期应为%d月%d日", zhDate(date), word, rel.Month(), rel.Day()),
			fmt.Sprintf("Check it: if the date is right, write \"%s\"; if %q is right, the date is %s", enDate(date), word, enDate(rel))))
}

// weekday reports a written weekday that contradicts the date.
func (c *checker) weekday(date time.Time, s, e int, wd int8) {
	actual := date.Weekday()
	if int8(actual) == wd {
		return
	}
	delta := (int(wd) - int(actual) + 7) % 7
	if delta > 3 {
		delta -= 7
	}
	alt := date.AddDate(0, 0, delta)
	// Only the caller's language is formatted: findings are the costly part.
	if c.en {
		c.emit(s, e, RuleWeekdayMismatch, Warn,
			fmt.Sprintf("%s is a %s, not a %s", date.Format("Jan 2, 2006"), actual, time.Weekday(wd)),
			fmt.Sprintf("Check it: if the date is right, write \"%s\"; if the weekday is right, the date is %s", enDate(date), enDate(alt)))
		return
	}
	c.emit(s, e, RuleWeekdayMismatch, Warn,
		fmt.Sprintf("%d年%d月%d日是%s,不是%s", date.Year(), date.Month(), date.Day(), zhWeekdayNames[actual], zhWeekdayNames[wd]),
		fmt.Sprintf("请核对:若日期无误,应写「%s」;若星期无误,日期应为%d月%d日", zhDate(date), alt.Month(), alt.Day()))
}

// takesWeekdayAfter reports whether the date token i owns the weekday token
// right after it. It does not when an enumeration comma stands between them
// (周六（11月28日）、周日（11月29日）: 周日 is the next item of the list) or when
// the date is itself the bracketed gloss of a weekday before it (本周六（11月28日）):
// a date has one weekday.
func (c *checker) takesWeekdayAfter(i int) bool {
	t := c.t
	k := &c.toks[i]
	w := &c.toks[i+1]
	if strings.Contains(t[k.e:w.ps], "、") {
		return false
	}
	if i > 0 {
		p := &c.toks[i-1]
		if p.kind == kWeekday && p.e <= k.s && onlySeparators(t[p.e:k.s]) && strings.ContainsAny(t[p.e:k.s], "(（") && strings.ContainsAny(t[k.e:w.ps], ")）") {
			return false
		}
	}
	return true
}

// thisWeekPast reports whether a weekday of this week written as 本周/这周
// (k, from start) is already past and asked for as a deadline (请在本周一前
// 签字交回, read on a Wednesday): the writer gives a day that has gone, which
// is the slip deadline-past names. 上周五 and 昨天 are never such a slip
// (relative.go); "this Monday" in English often means the coming one, and a
// clause about the past (本周一前已经交齐) states a fact.
func (c *checker) thisWeekPast(k *tok, start int, date time.Time) bool {
	if k.kind != kWeekday || k.prefix != 't' || !date.Before(c.today()) || c.opt.Kind == Date {
		return false
	}
	t := c.t
	if !hasPrefixAny(t[start:], "本周", "这周", "本星期", "这星期", "这个星期", "本礼拜", "这礼拜") {
		return false
	}
	if !hasAny(sentenceBefore(t, start), "请", "务必", "须", "需", "要求") {
		return false
	}
	return !c.pastContext(k.s, k.e)
}

// nearestYear reads a date without a year as the one closest to now.
func nearestYear(now time.Time, m, d int) int {
	best, bestDiff := now.Year(), time.Duration(1<<62)
	for y := now.Year() - 1; y <= now.Year()+1; y++ {
		t := time.Date(y, time.Month(m), d, 12, 0, 0, 0, now.Location())
		diff := t.Sub(now)
		if diff < 0 {
			diff = -diff
		}
		if diff < bestDiff {
			best, bestDiff = y, diff
		}
	}
	return best
}

// checkBareDay checks a day of the month written without its month (27号,
// 30日) against the weekday written next to it — 本周五（27号）, 30号（周二）,
// the way chat and notices gloss a weekday. The day is read in the month
// that puts it nearest to Now. Only the weekday is judged: a bare day is no
// deadline the rules read.
func (c *checker) checkBareDay(i int) {
	t := c.t
	k := &c.toks[i]
	if k.e-k.s < 4 || k.e-k.s > 5 || !isDigit(t[k.s]) || !hasSuffixAny(t[k.s:k.e], "号", "日") {
		return
	}
	d, end := readInt(t, k.s, 2)
	if end != k.e-3 || d < 1 || d > 31 {
		return
	}
	var w *tok
	s, e := k.s, k.e
	if i+1 < len(c.toks) && c.toks[i+1].kind == kWeekday && c.toks[i+1].ps >= k.e && onlySeparators(t[k.e:c.toks[i+1].ps]) && !strings.Contains(t[k.e:c.toks[i+1].ps], "、") && !c.weekdayRange(i+1) {
		w = &c.toks[i+1]
		e = closingParen(t, w.e)
	} else if i > 0 && c.toks[i-1].kind == kWeekday && c.toks[i-1].e <= k.s && onlySeparators(t[c.toks[i-1].e:k.s]) && strings.ContainsAny(t[c.toks[i-1].e:k.s], "(（") {
		w = &c.toks[i-1]
		s, e = w.ps, closingParen(t, k.e)
	}
	if w == nil || w.prefix == 'e' || w.prefix == 'l' {
		return
	}
	today := c.today()
	var best time.Time
	for dm := -1; dm <= 1; dm++ {
		first := time.Date(today.Year(), today.Month()+time.Month(dm), 1, 0, 0, 0, 0, c.opt.Location)
		if d > daysIn(first.Year(), int(first.Month())) {
			continue
		}
		cand := first.AddDate(0, 0, d-1)
		if best.IsZero() || absDur(cand.Sub(today)) < absDur(best.Sub(today)) {
			best = cand
		}
	}
	if !best.IsZero() {
		c.weekdayOf(best, s, e, w)
	}
}

func absDur(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

// aroundDate reports whether the date ending at e is followed by 前后 or 左右
// (12月5日前后到货, 请于周五前后安排): a time around it, never a limit, even
// after 请于.
func aroundDate(t string, e int) bool {
	a := t[e:]
	if strings.HasPrefix(a, "(") || strings.HasPrefix(a, "（") { // a weekday in brackets
		if j := strings.IndexAny(a, ")）"); j >= 0 && j < 16 {
			_, n := utf8.DecodeRuneInString(a[j:])
			a = a[j+n:]
		}
	}
	return hasPrefixAny(a, "前后", "左右", "上下")
}

// dayWordOfNoun reports whether a day word (年底, 月底, 明天, 下周 …) is
// followed by 的 and a noun inside the object of a verb — 抓紧把年底的设备点检
// 做完, 尽快准备下周的培训材料: it names the thing (the year-end inspection),
// not when the action is due, just as 12月4日的会议 names a day. A day word
// that is itself the time of the clause (年底前完成, 明天的话) still anchors.
func dayWordOfNoun(t string, s, e int) bool {
	if periodOfData(t, s, e) {
		return true
	}
	if !strings.HasPrefix(t[e:], "的") || hasPrefixAny(t[e:], "的话", "的时候") {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(t[e+len("的"):]); r < 0x4E00 || r > 0x9FFF {
		return false
	}
	return hasSuffixAny(t[:s], "把", "将", "准备", "做好", "安排", "完成", "处理", "落实", "整理", "提交")
}

// qualifierDate reports whether the date at t[s:e], read as a deadline by
// 前/之前/以前 after it or "before" before it, only qualifies a noun: 11月20日
// 之前下的订单按旧价格执行, "Orders placed before Nov 1 stay at the old
// price". Such a date sorts things by when they happened; it asks nothing by
// then, so it is no deadline, past or on a day off. 请于12月5日前把签好的合同
// 寄回 and "must be placed before Dec 1" stay deadlines.
func qualifierDate(t string, s, e int) bool {
	a := t[e:]
	if strings.HasPrefix(a, "(") || strings.HasPrefix(a, "（") { // a weekday in brackets
		if j := strings.IndexAny(a, ")）"); j >= 0 && j < 16 {
			_, n := utf8.DecodeRuneInString(a[j:])
			a = a[j+n:]
		}
	}
	for _, p := range []string{"之前", "以前", "前"} {
		if strings.HasPrefix(a, p) {
			a = a[len(p):]
			// one or two characters of a verb, then 的 and not 的话: 之前下的订单, 前签订的合同
			for n := 0; n < 2; n++ {
				r, w := utf8.DecodeRuneInString(a)
				if r < 0x4E00 || r > 0x9FFF || strings.ContainsRune("的把将给请要需须务就再都", r) {
					break
				}
				a = a[w:]
				if strings.HasPrefix(a, "的") && !strings.HasPrefix(a, "的话") {
					return true
				}
			}
			return false
		}
	}
	b := strings.TrimRight(t[:s], " ")
	if !hasSuffixFold(b, "before", "prior to", "until") {
		return false
	}
	b = strings.TrimRight(b[:len(b)-len(lastWordOf(b))], " ")
	if hasSuffixFold(b, "prior") {
		b = strings.TrimRight(b[:len(b)-len("prior")], " ")
	}
	part := lastWordOf(b)
	if !participle(part) {
		return false
	}
	prev := strings.ToLower(lastWordOf(strings.TrimRight(b[:len(b)-len(part)], " ")))
	switch prev {
	case "", "be", "been", "being", "is", "are", "was", "were", "get", "gets", "got", "must", "should", "have", "has", "had", "needs", "need", "all", "fully":
		return false
	}
	return true
}

// participle reports whether w reads as a past participle that can qualify a
// noun (placed, signed, made, sent …).
func participle(w string) bool {
	lw := strings.ToLower(w)
	if len(lw) > 3 && strings.HasSuffix(lw, "ed") {
		return true
	}
	switch lw {
	case "made", "sent", "paid", "bought", "sold", "built", "written", "done", "shipped", "signed", "issued", "taken", "given", "held", "kept", "put", "set", "brought":
		return true
	}
	return false
}

// periodOfData reports whether a period word (本周, 上周, 本月, 上月, 今年 …)
// joined to a noun without 的 names the period of a set of data or a report
// (出具本周渗滤液COD检测结果, 本周渗滤液COD、氨氮数据有空时汇总一下; round 18, h17aa):
// the week dates the results, it is not when they are due, so 尽快 and 有空时
// stay vague. The noun's head (数据, 结果, 报告, 报表, 台账, 记录, 发电量 …;
// round 24: 清单, 名单, 明细 — 请尽快整理本周过敏投诉清单) must
// close the phrase before any verb-like break; 本周内, 本周前, 本周五 and 本周完成
// 检测报告 (a verb after the period word) still anchor. The year's or the
// month's end dates a figure the same way, its head right after it or later
// (round 35, h17as: 请各车间尽早上报年底产能, 尽快报一下月底库存); 年底前,
// 年底上报产能 still anchor.
func periodOfData(t string, s, e int) bool {
	w := t[s:e]
	end := w == "年底" || w == "月底" || w == "年末" || w == "月末" // round 35 (h17as): 请各车间尽早上报年底产能
	if !end && w != "本周" && w != "上周" && w != "本月" && w != "上月" && w != "当月" && w != "当周" && w != "本季度" && w != "上季度" && w != "这周" {
		return false
	}
	a := t[e:]
	if strings.HasPrefix(a, "的") && !hasPrefixAny(a, "的话", "的时候") {
		a = a[len("的"):] // round 26 (h17aj): 把老化房这周的温度记录导一下给我
	}
	r, _ := utf8.DecodeRuneInString(a)
	if !(r >= 0x4E00 && r <= 0x9FFF || r >= 'A' && r <= 'Z') || hasPrefixAny(a, "内", "前", "之前", "以前", "底", "末", "一", "二", "三", "四", "五", "六", "日", "天", "完成", "提交", "报", "发", "出", "给", "把", "将", "请", "要", "需", "安排", "会", "再", "起", "开始", "结束", "之内", "就", "都", "的") {
		return false
	}
	a = firstRunes(a, 20)
	if j := strings.IndexAny(a, "，,。；;！!？?\n"); j >= 0 {
		a = a[:j]
	}
	for _, h := range []string{"数据", "结果", "报告", "报表", "台账", "记录", "发电量", "产量", "用量", "排放量", "汇总表", "周报", "月报", "清单", "名单", "明细",
		"瓶数", "件数", "箱数", "次数", "数量", // round 26 (h17aj): 请客服组回头统计一下本月破损瓶数
		"申诉", "投诉", "工单", "订单", "账单", "发票", "反馈", // round 29 (h17am): 请客服主管林芳抽空看下这周的错误扣费申诉
		"产能", "库存", "余额"} { // round 35 (h17as): the year's end dates a figure, right after it (年底产能)
		if j := strings.Index(a, h); j > 0 || end && j == 0 {
			return !hasAny(a[:j], "完成", "提交", "上报", "出具", "整理", "发", "做", "写", "交", "处理", "回复", "完")
		}
	}
	return false
}

// weekdaySpanStart returns where a weekday written before its date starts
// its finding: 这 (this) is no part of the weekday (这周五11月26日 → 周五11月
// 26日; round 20), while 下/上 and "next"/"this" stay in it, and so does 本
// (the held-out and eighth sets label 本周五… whole).
func weekdaySpanStart(t string, w *tok) int {
	if w.prefix == 't' && strings.HasPrefix(t[w.ps:], "这") {
		return w.ps + len("这")
	}
	return w.ps
}
