package check

import (
	"strings"
	"unicode/utf8"
)

// Round 12 of issue 17: classes of the twenty-ninth and thirtieth sets'
// misses and false alarms other than rudeness shapes (those are in
// rudeshape12.go), each with look-alikes in round12_test.go.

// round12Assignee reports whether a line of a request names who is to act
// in one of the layouts rounds 9–11 kept missing: several names joined
// (Mike + Ah Jie: …, Mike and Sara to …), a name and "will"/"should"/a dash
// before the task (Kevin will fix …, Kevin - fix …), a label before the
// name (Action: Kevin to …, Lighting: Kevin to …), a nickname or a team and
// a space before the task (阿杰 重新烘焙…, 美术组 重新烘焙…), a name alone in
// brackets at the start or the end of the line ([Kevin] Fix …, …（王磊）).
func round12Assignee(l string) bool {
	if nameLead(l) {
		return true
	}
	if rest, ok := labelColon(l); ok && (lineAssignee(rest) || nameLead(rest)) {
		return true
	}
	return nicknameSpace(l) || teamSpace(l) || bracketName(l) || fieldName(l) || joinedZhNames(l) || roleLead(l)
}

// fieldName reports whether a field of a task row holds a person's name
// alone: a table cell (| 修复骨骼绑定 | 王磊 | 12月3日 |, | … | @Kevin | … |),
// a Chinese name between two dashes (修复骨骼绑定 —— 王磊 —— 12月3日), the
// first item in brackets, a Latin one only before the date or after the
// line's first word and before its dash (修复骨骼绑定（王磊，12月3日前）, "(Kevin,
// by Dec 3)", "Rigging (Kevin) - fix …"; not "(Chrome, Safari)", "Shanghai
// (Pudong)": capitalised words are places and products too), a field after an
// owner label (责任人：王磊, "assignee: Kevin"), a team and a name before the
// line's colon (动画组王磊：…), or 交给 + a name. A name after the last dash
// or comma of a line is not read: that is where a writer signs ("Thanks,
// Kevin", "… - Kevin", ——孙倩). Priorities, states, kinds of work and
// common words name nobody.
func fieldName(l string) bool {
	if strings.Count(l, "|") >= 2 {
		first := true
		for _, c := range strings.Split(l, "|") {
			c = strings.TrimSpace(c)
			if c == "" {
				continue
			}
			if !first && (chineseNameField(c) || strings.HasPrefix(c, "@") && fieldIsName(c)) {
				return true
			}
			first = false
		}
	}
	for _, p := range [][2]string{{"(", ")"}, {"（", "）"}, {"[", "]"}, {"【", "】"}} {
		if i := strings.Index(l, p[0]); i >= 0 {
			if j := strings.Index(l[i:], p[1]); j > 0 {
				in := l[i+len(p[0]) : i+j]
				rest := ""
				if k := strings.IndexAny(in, ",，、;；"); k > 0 {
					in, rest = in[:k], strings.TrimLeft(in[k:], ",，、;； ")
				}
				in = strings.TrimSpace(in)
				if chineseNameField(in) || in != "" && isUpper(in[0]) && fieldIsName(in) && (datedRest(rest) || i > 0 && i <= 20 && strings.Count(l[:i], " ") <= 1 && hasPrefixAny(strings.TrimLeft(l[i+j+len(p[1]):], " "), "-", "–", "—", ":", "：")) {
					return true // 修复骨骼绑定（王磊，12月3日前）, "(Kevin, by Dec 3)", "Rigging (Kevin) - fix …"
				}
			}
		}
	}
	for _, sep := range []string{"——", " - ", " – ", " — "} {
		if parts := strings.Split(l, sep); len(parts) >= 3 {
			for _, f := range parts[1 : len(parts)-1] {
				if chineseNameField(strings.TrimSpace(f)) { // Latin words between dashes are dashAssignee's (round 11)
					return true
				}
			}
		}
	}
	low := strings.ToLower(l)
	for _, lab := range []string{"责任人", "负责人", "对接人", "经办人", "owner", "assignee", "assigned to", "responsible"} {
		i := strings.Index(low, lab)
		if i < 0 {
			continue
		}
		a := strings.TrimLeft(l[i+len(lab):], " ")
		a = strings.TrimLeft(strings.TrimPrefix(strings.TrimPrefix(a, ":"), "："), " ")
		if k := strings.IndexAny(a, ",，。;；)）"); k > 0 {
			a = a[:k]
		}
		if fieldIsName(strings.TrimRight(a, " .")) {
			return true
		}
	}
	if i := strings.IndexAny(l, ":："); i > 0 && chineseNameField(l[:i]) {
		return true
	}
	for _, p := range []string{"交给", "交由", "转给", "指派给", "分配给"} {
		if i := strings.Index(l, p); i >= 0 {
			a := l[i+len(p):]
			if k := strings.IndexAny(a, ",，。;；"); k > 0 {
				a = a[:k]
			}
			if chineseNameField(a) {
				return true
			}
		}
	}
	return false
}

// datedRest reports whether the rest of a bracket gives the date (by Dec 3,
// due 12/3, 12月3日前).
func datedRest(r string) bool {
	return r != "" && (isDigit(r[0]) || hasPrefixFold(r, "by ", "due", "before ", "deadline", "eta"))
}

// fieldIsName reports whether a field is a person's name and nothing else.
func fieldIsName(f string) bool {
	f = strings.TrimPrefix(f, "@")
	if f == "" {
		return false
	}
	if isUpper(f[0]) {
		return namesEnd(f) == len(f) && !roleWord12[strings.ToLower(f)]
	}
	return chineseNameField(f)
}

// chineseNameField reports whether f is a Chinese full name alone, after
// an optional team (动画组王磊).
func chineseNameField(f string) bool {
	if f == "" || f[0] < 0x80 {
		return false
	}
	if bracketedName(f) {
		return true
	}
	n := 0
	for i, r := range f {
		if r < 0x4E00 || r > 0x9FFF || n > 6 {
			return false
		}
		n++
		if n >= 2 && hasSuffixAny(f[:i+utf8.RuneLen(r)], "组", "部", "科", "室", "队", "中心") && i+utf8.RuneLen(r) < len(f) {
			return bracketedName(f[i+utf8.RuneLen(r):])
		}
	}
	return false
}

// joinedZhNames reports whether a line opens with two Chinese names joined
// by 和, 与, /, 、 or 及 and then what they are to do (王磊和李娜12月3日前修复,
// 王磊/李娜：…).
func joinedZhNames(l string) bool {
	for _, sep := range []string{"和", "与", "/", "、", "及", "跟"} {
		i := strings.Index(l, sep)
		if i <= 0 || !bracketedName(l[:i]) {
			continue
		}
		rest := l[i+len(sep):]
		if informalName(rest) {
			return true
		}
		for _, c := range []string{"：", ":"} {
			if j := strings.Index(rest, c); j > 0 && bracketedName(rest[:j]) {
				return true
			}
		}
	}
	return false
}

// roleWord12 are capitalised words a task row's cell may hold that name no
// person: priorities, states, kinds of work.
var roleWord12 = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`open closed done pending todo doing review blocked new fixed wontfix duplicate yes no n/a na none
		rigging animation lighting modeling modelling texturing layout compositing comp vfx fx audio sound music ui ux art concept
		backend frontend server client build release hotfix bug feature task story epic login checkout payment invoice
		cold chain gsp warehouse stock returns`) {
		m[w] = true
	}
	return m
}()

// nameLead reports whether l opens with one or more joined names and then
// what they are to do: the names' own colon or "to", or "will", "should",
// "needs to", "must", "please" or a dash before an action verb.
func nameLead(l string) bool {
	n := namesEnd(l)
	if n == 0 {
		return false
	}
	rest := l[n:]
	for _, sep := range []string{" + ", " & ", " and ", ", ", " / ", "/"} {
		if strings.HasPrefix(rest, sep) {
			r := rest[len(sep):]
			if m := namesEnd(r); m > 0 {
				return lineAssignee(r) || nameLead(r)
			}
		}
	}
	for _, p := range []string{" will ", " should ", " needs to ", " must ", " please ", " - ", " – ", " — "} {
		if strings.HasPrefix(rest, p) && assignedVerb(rest[len(p):]) {
			return true
		}
	}
	return false
}

// namesEnd is the end of one or two capitalised words that open l and may
// be a person's name (Mike, Ah Jie, Chen Jie), 0 when they are a label, a
// team or a priority (Note, Design, QA, Urgent, Team).
func namesEnd(l string) int {
	i, words := 0, 0
	for words < 2 {
		e := readWord(l, i)
		w := l[i:e]
		lw := strings.ToLower(w)
		if len(w) < 2 || !isUpper(w[0]) || allUpper(w) || !lowerRest(w) || notAName[lw] || notAnOwner11[lw] || notAnOwner12[lw] {
			break
		}
		words++
		i = e
		if i+1 < len(l) && l[i] == ' ' && isUpper(l[i+1]) {
			e2 := readWord(l, i+1)
			w2 := strings.ToLower(l[i+1 : e2])
			if !notAName[w2] && !notAnOwner11[w2] && !notAnOwner12[w2] && lowerRest(l[i+1:e2]) && e2-i-1 >= 2 {
				i++
				continue
			}
		}
		break
	}
	if words == 0 {
		return 0
	}
	return i
}

// notAnOwner12 are capitalised words that open an action line and name no
// person: greetings, groups and urgency.
var notAnOwner12 = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`quick asap pls kindly friendly team teams guys folks everybody all admin admins staff crew bugs tasks fixes
		monday tuesday wednesday thursday friday saturday sunday weekend tonight shipping production build builds`) {
		m[w] = true
	}
	return m
}()

// labelColon strips a short label and its colon before the line's content
// (Action: …, AI: …, Lighting: …, 备注: …): what follows may name the owner.
func labelColon(l string) (string, bool) {
	i := strings.IndexAny(l, ":：")
	if i <= 0 || i > 20 {
		return "", false
	}
	head := l[:i]
	if strings.Count(head, " ") > 1 {
		return "", false
	}
	_, n := utf8.DecodeRuneInString(l[i:])
	rest := strings.TrimLeft(l[i+n:], " ")
	return rest, rest != ""
}

// nicknameSpace reports whether a line opens with 阿 and one Han character,
// a space and the task (阿杰 重新烘焙场景光照贴图 周五前): the nickname of
// nicknameColon with a space for the colon. 阿里 and the like stay no name.
func nicknameSpace(l string) bool {
	if !strings.HasPrefix(l, "阿") {
		return false
	}
	r, n := utf8.DecodeRuneInString(l[len("阿"):])
	if r < 0x4E00 || r > 0x9FFF || strings.ContainsRune("里拉尔根富联姨", r) {
		return false
	}
	return hanAfterSpace(l[len("阿")+n:])
}

// teamSpace reports whether a line opens with a team of three to six Han
// characters ending in a team word, a space and the task (美术组 重新烘焙…,
// 财务部 周五前回传): the team is who acts. Two characters (小组, 全部, 内部)
// are no team name.
func teamSpace(l string) bool {
	n := 0
	for i, r := range l {
		if r < 0x4E00 || r > 0x9FFF {
			return n >= 3 && hasSuffixAny(l[:i], "组", "部", "科", "室", "队", "中心", "团队") && hanAfterSpace(l[i:])
		}
		n++
		if n > 6 {
			return false
		}
	}
	return false
}

// hanAfterSpace reports whether s is one or more spaces and then a Han
// character or a digit.
func hanAfterSpace(s string) bool {
	a := strings.TrimLeft(s, " 　")
	if len(a) == len(s) || a == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(a)
	return r >= 0x4E00 && r <= 0x9FFF || isDigit(a[0])
}

// bracketName reports whether a line opens or ends with a person's name
// alone in brackets ([Kevin] Fix …, Fix … (Kevin), 【王磊】…, …（王磊）), the
// way task lists tag an owner. A priority or a note in brackets ([urgent],
// (含税), （周五）, 【紧急】) names nobody.
func bracketName(l string) bool {
	l = strings.TrimRight(l, " 　。.")
	for _, p := range [][2]string{{"[", "]"}, {"(", ")"}, {"【", "】"}, {"（", "）"}} {
		if strings.HasPrefix(l, p[0]) {
			if j := strings.Index(l, p[1]); j > 0 && bracketedName(l[len(p[0]):j]) {
				return true
			}
		}
		if strings.HasSuffix(l, p[1]) {
			if j := strings.LastIndex(l, p[0]); j >= 0 && bracketedName(l[j+len(p[0]):len(l)-len(p[1])]) {
				return true
			}
		}
	}
	return false
}

// bracketedName reports whether w is only a name: one or two capitalised
// words a name may be, or a Chinese full name of two or three characters
// whose first is a family name and which is no common word (周五, 方案, 黄色).
func bracketedName(w string) bool {
	w = strings.TrimPrefix(strings.TrimSpace(w), "@")
	if w == "" {
		return false
	}
	if isUpper(w[0]) {
		return namesEnd(w) == len(w)
	}
	if n := utf8.RuneCountInString(w); n < 2 || n > 3 {
		return false
	}
	for _, r := range w {
		if r < 0x4E00 || r > 0x9FFF {
			return false
		}
	}
	r, _ := utf8.DecodeRuneInString(w)
	two := firstRunes(w, 2)
	return strings.ContainsRune(surnames, r) && !wordNotName(two) && !wordNotName(w) && !notAName12(two)
}

// notAName12 lists more words that begin with a family name's character
// but name nobody (陈列尽快调整, （周期）, （黄色）).
func notAName12(w string) bool {
	switch w {
	case "陈列", "周期", "周转", "高清", "高温", "付款", "付费", "方向", "方法", "方式", "王牌", "黄色", "白色", "金色", "顾客", "董事", "夏季", "段落", "韩国", "陆运", "钟表", "肖像", "陶瓷", "万元", "罗列", "郑重", "谢谢", "宋体", "任意", "江苏", "高级", "高度", "程度", "余量", "严重", "孙公", "叶子", "钱包", "雷达", "龙门", "史上", "许多", "曹操", "田间", "林业", "马路", "朱红", "胡乱":
		return true
	}
	return false
}

// urgentAfterName reports whether a full name is followed, without a space,
// by an urgency word and the task (赵磊尽快把授权书拿回来, 王磊抓紧把样品寄出):
// name[: two runes] must be no common word (方案尽快定下来, 任务书尽快发).
func urgentAfterName(name, rest string) bool {
	return hasPrefixAny(rest, "尽快", "抓紧", "马上", "赶紧", "牵头", "主导", "对接", "统筹") && !wordNotName(name) && !wordNotName(firstRunes(name, 2)) && !notAName12(firstRunes(name, 2))
}

// moreVerbs12 are action verbs of the trades of round 12 (render, bake,
// rig, animate …) and any verb with re- or pre- before one (re-render,
// re-export, rebake).
func moreVerbs12(w string) bool {
	if verbs12[w] {
		return true
	}
	for _, p := range []string{"re-", "pre-", "re"} {
		if len(w) > len(p)+2 && strings.HasPrefix(w, p) && (actionVerbs[w[len(p):]] || verbs12[w[len(p):]]) {
			return true
		}
	}
	return false
}

var verbs12 = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`render bake rig skin animate model texture export import shoot record edit cut build patch refactor polish retarget
		light composite retopo greenlight sculpt storyboard block key fill sign-off chase pick drop move transfer ping nudge prep gather confirm double-check
		recount quarantine dispatch load unload store stock restock dispense label relabel`) {
		m[w] = true
	}
	return m
}()

// toolVerdict reports whether "garbage"/"rubbish"/"junk" at [s, e) is said
// of a tool in a sentence that speaks to nobody: "The new asset tracker is
// garbage — half the filters don't work." Exasperation at a thing, as
// ownMachine is in Chinese. "Your report is garbage", "I expect better than
// this garbage" and "the mockups you sent are garbage" stay rude.
func toolVerdict(t string, s, e int) bool {
	b := strings.ToLower(lastBytes(t[:s], 80))
	if i := strings.LastIndexAny(b, ".!?\n"); i >= 0 {
		b = b[i+1:]
	}
	if !hasSuffixAny(strings.TrimRight(b, " "), " is", " are", " is total", " is complete", " is pure", " is just") {
		return false
	}
	sent := strings.ToLower(sentenceAround(t, s, e))
	for _, w := range []string{"you", "your"} {
		if containsWord(sent, w) {
			return false
		}
	}
	for _, w := range toolNouns12 {
		if containsWord(b, w) {
			return true
		}
	}
	return false
}

var toolNouns12 = []string{"tracker", "tool", "tools", "system", "software", "app", "printer", "scanner", "laptop", "machine", "vpn", "wifi",
	"wi-fi", "portal", "plugin", "plug-in", "ui", "interface", "dashboard", "erp", "crm", "server", "website", "editor", "engine",
	"database", "network", "keyboard", "monitor", "projector", "coffee", "template", "workflow", "pipeline", "build server", "ticketing"}

// addresseeAfter skips, after praise, an addressee written without its
// comma and the clapping or eye-rolling that may close the line ("great job
// everyone 👏", "nice work team 🙄"): the end of the text is then where the
// praise stops, as a full stop is.
func addresseeAfter(t string, k int) int {
	w := readWord(t, k)
	if w == k || !hasPrefixFold(t[k:w], "guys", "team", "everyone", "folks", "all", "people", "everybody") || w-k > len("everybody") {
		return k
	}
	rest := strings.TrimRight(t[w:], " \n")
	for _, em := range []string{"👏", "🙄", "🙃", "👍", "🎉", "😂", "🤡", "🫠"} {
		rest = strings.TrimSpace(strings.ReplaceAll(rest, em, ""))
	}
	if rest == "" {
		return len(t)
	}
	return w
}

// roleLead reports whether a line opens with a role or a team and then what
// it is to do: a colon, a space, a date or time, 这边, 负责, an urgency word
// (制片：周五前确认排期, 库管 12月3日前盘点冷库, 药师12月3日前复核处方,
// 原画师12月3日前交稿, 动画组：…, "PM to confirm …", "Vendor to ship …"). The
// role must end there: 采购单12月3日前提交 and 采购周期 are things, and a
// section label (说明：, 备注：, 要求：) is no role.
func roleLead(l string) bool {
	if l == "" {
		return false
	}
	if l[0] < 0x80 {
		e := readWord(l, 0)
		w := strings.ToLower(l[:e])
		if !roleEn12[w] {
			return false
		}
		rest := l[e:]
		if strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "：") {
			_, n := utf8.DecodeRuneInString(rest)
			a := strings.TrimLeft(rest[n:], " ")
			return a != "" && (a[0] >= 0x80 || isDigit(a[0]) || imperativeAfterColon(a))
		}
		for _, p := range []string{" to ", " will ", " - ", " – ", " — ", " please "} {
			if strings.HasPrefix(rest, p) && assignedVerb(rest[len(p):]) {
				return true
			}
		}
		return false
	}
	end := 0
	for _, r := range roleZh12 {
		if strings.HasPrefix(l, r) && len(r) > end {
			end = len(r)
		}
	}
	if end > 0 {
		end += officeSuffix13(l[end:]) // round 13: 采购办：, 财务处：
	}
	{
		n := 0
		for i, r := range l {
			if r < 0x4E00 || r > 0x9FFF || n >= 5 {
				break
			}
			n++
			if k := i + utf8.RuneLen(r); n >= 2 && hasSuffixAny(l[:k], "师", "专员", "主管", "经理", "组", "部", "科", "中心", "团队") && !hasAny(l[:k], "小组", "全部", "内部", "外部", "局部", "底部", "顶部", "头部", "尾部", "部分", "教师节") {
				end = max(end, k)
			}
		}
	}
	if end == 0 {
		return false
	}
	a := l[end:]
	if len(a) > 0 && isDigit(a[0]) {
		return true
	}
	return hasPrefixAny(a, "：", ":", " ", "　", "这边", "那边", "负责", "牵头", "统一", "尽快", "抓紧", "马上", "今天", "明天", "后天", "今晚", "本周", "下周", "这周",
		"周一", "周二", "周三", "周四", "周五", "周六", "周日", "月底", "下班前", "把")
}

var roleZh12 = []string{"制片", "策划", "库管", "质管", "药师", "采购", "美术", "动画", "原画", "财务", "销售", "运营", "行政", "人事", "法务", "客服",
	"前台", "仓库", "物流", "质检", "研发", "测试", "产品", "设计", "商务", "市场", "售后", "技术", "项目", "监制", "导演", "主美", "主策", "主程",
	"程序", "后端", "前端", "剪辑", "特效", "灯光", "绑定", "建模", "配送", "冷链", "注册", "医学", "临床", "招标", "投标", "法规"}

var roleEn12 = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`pm pms po ae am td ta cs bd qc ra ap ar producer producers vendor vendors supplier suppliers artist artists
		animator animators rigger riggers modeler modelers designer designers developer developers dev devs ops producer-side
		lead leads director directors coordinator coordinators buyer buyers warehouse logistics pharmacist pharmacists`) {
		m[w] = true
	}
	return m
}()
