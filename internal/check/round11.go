package check

import (
	"strings"
)

// Round 11 of issue 17: classes of the twenty-seventh and twenty-eighth
// sets' misses and false alarms other than rudeness shapes (those are in
// rudeshape11.go), each with look-alikes in round11_test.go.

// dashAssignee reports whether a line is an action item laid out as
// "task - Name - due …" / "task – Name – by …": the name between two
// dashes, right before the date, is who is to act ("Submit signed UAT
// entry criteria - Wei Ling - due Nov 20"). A priority or status between
// the dashes (High, Open, Done, TBD) names nobody.
func dashAssignee(l string) bool {
	for _, sep := range []string{" - ", " – ", " — "} {
		i := strings.Index(l, sep)
		if i <= 0 {
			continue
		}
		rest := l[i+len(sep):]
		j := strings.Index(rest, sep)
		if j <= 0 || j > 40 {
			continue
		}
		after := strings.ToLower(rest[j+len(sep):])
		if !hasPrefixAny(after, "due", "by ", "before ", "deadline") && (after == "" || !isDigit(after[0])) {
			continue
		}
		words := strings.Fields(rest[:j])
		if len(words) == 0 || len(words) > 3 {
			continue
		}
		ok := true
		for _, w := range words {
			if len(w) < 2 || !isUpper(w[0]) || !lowerRest(w) || notAName[strings.ToLower(w)] || notAnOwner11[strings.ToLower(w)] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// notAnOwner11 are the capitalised words an action-item table puts between
// dashes that are no person: priorities and states.
var notAnOwner11 = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`high low medium critical major minor blocked blocker tbd tbc ongoing complete completed wip in progress
		finance legal sales marketing procurement hr it ops operations engineering design qa support logistics warehouse`) {
		m[w] = true
	}
	return m
}()

// teamThenName strips a Chinese team name before a Latin given name that
// opens a line (设计组Ricky：…, 运营部Cindy: …), so that the name is read as
// who is to act as "Linda：" is. Only a team word ends the prefix: 组, 部,
// 科, 室, 队, 中心, 团队 — not any Han text (请Linda…, 关于Q4…).
func teamThenName(l string) (string, bool) {
	n := 0
	for i, r := range l {
		if r < 0x4E00 || r > 0x9FFF {
			if n >= 2 && i < len(l) && isUpper(l[i]) && hasSuffixAny(l[:i], "组", "部", "科", "室", "队", "中心", "团队") {
				return l[i:], true
			}
			return "", false
		}
		n++
		if n > 6 {
			return "", false
		}
	}
	return "", false
}

// round11Assignee reports whether a line of a request names its owner in
// one of round 11's layouts.
func round11Assignee(l string) bool {
	if dashAssignee(l) {
		return true
	}
	if rest, ok := teamThenName(l); ok && lineAssignee(rest) {
		return true
	}
	return false
}

// nameSpaceTask lists what may follow a full name and a space in chat to
// say what the person is to do (许敏 尽快把对账单发过去, 王磊 把样品寄出):
// an urgency word or 把 with its object; round 9 read a date, 负责 and 跟进.
// wordNotName lists words that begin with a surname's character but name
// nobody (马上 把报价发我, 周报 尽快交, 方案 周五给): before a space and a
// task they are the task's own words.
func wordNotName(w string) bool {
	switch w {
	case "马上", "周报", "月报", "方案", "方面", "高速", "金额", "石材", "万一", "黄金", "白天", "江湖", "程序", "许可", "任务", "严格", "向上", "武汉", "苏州", "杭州", "孙子", "龙头", "曾经", "毛利", "贺卡", "戴上", "范围", "钱款", "余款", "余额", "何时", "汤料", "史料", "叶片", "吕梁", "周一", "周二", "周三", "周四", "周五", "周末", "周六", "周日":
		return true
	}
	return false
}

var nameSpaceTask = []string{"尽快", "抓紧", "马上", "赶紧", "把", "今晚", "下班前", "周一", "周二", "周三", "周四", "周五"}

// ownMachine reports whether 破 at [s, e) scorns a machine of the writer's
// own side — 这破机器真该换了, 那台破打印机又卡纸了 — in a sentence that
// speaks to nobody (no 你, 您, 贵): exasperation at a thing, not at the
// reader. 你们这破系统 and 什么破软件 (a vendor's software) stay rude.
func ownMachine(t string, s, e int) bool {
	if !hasPrefixAny(t[e:], "机器", "打印机", "电脑", "复印机", "投影仪", "空调") {
		return false
	}
	b := lastRunesN(t[:s], 4)
	if !strings.Contains(b, "这") && !strings.Contains(b, "那") {
		return false
	}
	sent := sentenceAround(t, s, e)
	return !strings.Contains(sent, "你") && !strings.Contains(sent, "您") && !strings.Contains(sent, "贵")
}
