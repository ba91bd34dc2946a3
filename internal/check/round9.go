package check

import (
	"strings"
	"unicode/utf8"
)

// Round 9 of issue 17: the classes the twenty-fourth and twenty-fifth sets'
// first runs missed or raised falsely — sets written by people who never saw
// the checker. Each helper names its class and the look-alikes that stay as
// they are.

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

// lastWordOf is the last run of ASCII letters of s.
func lastWordOf(s string) string {
	i := len(s)
	for i > 0 && isLetter(s[i-1]) {
		i--
	}
	return s[i:]
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
