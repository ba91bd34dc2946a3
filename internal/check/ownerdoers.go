package check

import (
	"strings"
	"unicode/utf8"
)

// Owners named by what they do (round 41, h17ay): a team and a person's
// full name opening a row (维修站陈刚12月18日前完成…), 各 and a doer (请各操作手于
// 本周五前…, 各飞手务必…), a role and a nickname (请摄影师阿杰尽快…), and a name
// addressed before a rude order ("Kevin, stop being lazy and upload …").

// unitNameLead reports whether a line opens with a unit or a role and a
// person's full name who is to act (维修站陈刚12月18日前完成…, 调度中心李伟
// 周五前…): unitThenName's reading of a name, at a line's start without 请.
// A unit with a date and no name (维修站12月18日前…) is left to roleLead.
func unitNameLead(l string) bool {
	i := 0
	for n := 1; n <= 5 && i < len(l); n++ {
		r, w := utf8.DecodeRuneInString(l[i:])
		if r < 0x4E00 || r > 0x9FFF || strings.ContainsRune("的把将对向给和与跟同为替帮让叫在于", r) {
			return false
		}
		i += w
		if n < 2 || !hasSuffixAny(l[:i], askUnits...) || hasAny(l[:i], "全部", "全体", "所有", "相关", "有关") {
			continue
		}
		rest := l[i:]
		if s, _ := utf8.DecodeRuneInString(rest); strings.ContainsRune(surnames, s) && !notAName12(firstRunes(rest, 2)) && fullNameActs(l, i, 0) {
			return true
		}
	}
	return false
}

// eachDoer reports whether a opens with 各 and a doer — one to four Han
// characters ending in 手, 员, 工 or 师 (操作手, 飞手, 馆员, 钳工, 化妆师) — and
// then when or how the task is due (于, 在, 务必, a date): each of them is
// asked. 各位, 各项 and 各相关人员 name nobody in particular.
func eachDoer(a string) bool {
	r, ok := strings.CutPrefix(a, "各")
	if !ok || hasPrefixAny(r, "位", "项", "种", "类", "方面", "相关", "有关", "人员") {
		return false
	}
	i := 0
	for n := 1; n <= 4 && i < len(r); n++ {
		c, w := utf8.DecodeRuneInString(r[i:])
		if c < 0x4E00 || c > 0x9FFF {
			return false
		}
		i += w
		if n < 2 || !strings.ContainsRune("手员工师", c) || hasSuffixAny(r[:i], "人员", "成员", "会员", "动员", "员工", "工作", "开工", "完工", "施工") {
			continue
		}
		a := r[i:]
		return hasPrefixAny(a, "于", "在", "务必", "须", "需", "要", "请", "本周", "下周", "今天", "明天") || a != "" && isDigit(a[0])
	}
	return false
}

// doerNickname reports whether a opens with a role — two to four Han
// characters ending in 师, 手, 员 or 工 (摄影师, 操作手, 维修工) — then a
// nickname (阿杰, 小周, 老王) and what the person is to do (请摄影师阿杰尽快把…,
// 化妆师小周12月18日前…). Round 42 (h17az): a teacher's post ending in 教
// (外教, 助教) is such a role, and an English given name stands for the
// nickname (请外教Emma在…前, 请工程师Kevin尽快…).
func doerNickname(a string) bool {
	i := 0
	for n := 1; n <= 4 && i < len(a); n++ {
		c, w := utf8.DecodeRuneInString(a[i:])
		if c < 0x4E00 || c > 0x9FFF {
			return false
		}
		i += w
		if n < 2 || !strings.ContainsRune("师手员工教", c) || hasSuffixAny(a[:i], "人员", "成员", "会员", "员工") {
			continue
		}
		rest, ok := cutNickname(a[i:])
		if !ok {
			rest, ok = cutLatinName(a[i:])
		}
		return ok && (rest != "" && isDigit(rest[0]) || hasPrefixAny(rest, "尽快", "抓紧", "马上", "赶紧", "把", "将", "于", "在", "负责", "今天", "明天", "后天", "本周", "下周", "这周", "周"))
	}
	return false
}

// cutNickname cuts 阿, 小 or 老 and one Han character off s (阿杰, 小周, 老王).
func cutNickname(s string) (string, bool) {
	for _, p := range []string{"阿", "小", "老"} {
		if r, ok := strings.CutPrefix(s, p); ok {
			c, w := utf8.DecodeRuneInString(r)
			if c >= 0x4E00 && c <= 0x9FFF && !hasPrefixAny(r, "组", "时", "队", "班", "板") {
				return r[w:], true
			}
		}
	}
	return "", false
}

// cutLatinName cuts an English given name off s (Emma, Kevin): a capital
// and two to eleven small letters, with no more letters after it.
func cutLatinName(s string) (string, bool) {
	e := readWord(s, 0)
	if e < 3 || e > 12 || !isUpper(s[0]) || !lowerRest(s[:e]) || notAName[strings.ToLower(s[:e])] {
		return "", false
	}
	return strings.TrimLeft(s[e:], " "), true
}

// rudeOrderThen reports whether rest, after "Name, ", is a rude order and
// then the task ("stop being lazy and upload …", "quit stalling and send
// …"): the one named is asked all the same.
func rudeOrderThen(rest string) bool {
	if !hasPrefixAny(rest, "stop ", "quit ") {
		return false
	}
	if k := strings.IndexAny(rest, ".!?;"); k >= 0 {
		rest = rest[:k]
	}
	_, a, ok := strings.Cut(rest, " and ")
	return ok && assignedVerb(a)
}

// letUnitDo reports whether a line has 让 or 叫 a unit do the task, after at
// most a word of when (回头让维修站看一下…, 让机修组查一下…, 明天叫仓库盘点…):
// the unit named is the owner, as 让小周… names a person (letDoerGo).
// 让我…, 让大家…, 让相关部门… and 让客户… name nobody who is to act.
func letUnitDo(l string) bool {
	if r, ok := cutAnyPrefix(l, "回头", "改天", "晚点", "待会", "今天", "明天", "后天", "下周", "本周"); ok {
		l = r
	}
	a, ok := cutAnyPrefix(l, "让", "叫")
	if !ok || hasPrefixAny(a, "我", "你", "您", "大家", "各位", "相关", "有关", "人", "他们", "客户", "全部", "所有") {
		return false
	}
	i := 0
	for n := 1; n <= 5 && i < len(a); n++ {
		c, w := utf8.DecodeRuneInString(a[i:])
		if c < 0x4E00 || c > 0x9FFF || c == '的' {
			return false
		}
		i += w
		if n >= 2 && hasSuffixAny(a[:i], askUnits...) {
			v, _ := utf8.DecodeRuneInString(a[i:])
			return v >= 0x4E00 && v <= 0x9FFF && v != '的'
		}
	}
	return false
}

// cutAnyPrefix cuts the first of ps that s opens with.
func cutAnyPrefix(s string, ps ...string) (string, bool) {
	for _, p := range ps {
		if r, ok := strings.CutPrefix(s, p); ok {
			return r, true
		}
	}
	return s, false
}
