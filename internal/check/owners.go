package check

import (
	"strings"
	"unicode/utf8"
)

// Who is to act: the layouts of a request's lines that name an owner
// (namedAssignee) — "Name: task", "Name to …", a nickname and a colon
// (阿杰：…), an action item "task - Name - due …", a team before a Latin
// name, several names joined (Mike + Ah Jie: …), a name and "will"/"should"
// or a dash before the task, a label before the name (Action: Kevin to …),
// a nickname or a team and a space (阿杰 重新烘焙…), a name alone in
// brackets ([Kevin] Fix …). Capitalised words that open a line without
// naming anyone (priorities, states, kinds of work) are listed here too.

// namedAssignee reports whether a request opens, at its start or a line's,
// with the name of the person who is to act, the way action items are
// written: "Priya: fix the label template", "Kevin: rework the 40 units",
// "Linda：12月3日前订好会议室", "Chen Jie to update the release notes". A
// label word before the colon (Note:, Update:, Action:, Reminder: …) or a
// verb before "to" (Need to, Remember to, Time to …) names nobody.
func namedAssignee(text string) bool {
	for line := range strings.SplitSeq(text, "\n") {
		l := strings.TrimLeft(line, " \t　-*•")
		for _, names := range assigneeLayouts {
			if names(l) {
				return true
			}
		}
	}
	return false
}

// assigneeLayouts are the layouts in which a line of a request names who is
// to act, one reader each; a line names an owner when any of them reads one.
var assigneeLayouts = []func(l string) bool{
	lineAssignee, nicknameColon, modalAsksName,
	dashAssignee, teamThenNameAssignee, // round 11
	nameLead, labelThenName, nicknameSpace, teamSpace, bracketName, fieldName, joinedZhNames, roleLead, // round 12
	deptCodeName, crewSpaceTask, ahNameTask, letDoerGo, // round 15
	applicantField, eachRoleHolder, // round 16
	ownerFieldValue, teamNameColon, teamSubject, bracketedCompanyTo, roleNounTo, teamNameComma, // round 17 and after
	greetedNeed,                   // round 25
	nameCommaOrder,                // round 26 (h17aj)
	teamComma,                     // round 27 (h17ak)
	unitColonLine, unitsRequested, // round 28 (h17al)
	pleaseCommaName,                 // round 29 (h17am)
	deptAddressed, nameBracketColon, // round 31 (h17ao)
	roleNameColon, roleOnDutyTo, nameOfDeskActs, eachGroupColon, // round 40 (h17ax)
	unitNameLead, eachDoer, doerNickname, letUnitDo, // round 41 (h17ay)
	nameAppositionLead, nameCommaPassiveDue, // round 42 (h17az)
	roleHoldersColon, // round 43 (h17ba)
}

func lineAssignee(l string) bool {
	i, words := 0, 0
	for words < 2 {
		e := readWord(l, i)
		w := l[i:e]
		if len(w) < 2 || !isUpper(w[0]) || allUpper(w) || !lowerRest(w) || notAName[strings.ToLower(w)] {
			break
		}
		words++
		i = e
		if i < len(l) && l[i] == ' ' && i+1 < len(l) && isUpper(l[i+1]) {
			i++
			continue
		}
		break
	}
	if words == 0 {
		return false
	}
	rest := l[i:]
	switch {
	case strings.HasPrefix(rest, ":"), strings.HasPrefix(rest, "："):
		_, n := utf8.DecodeRuneInString(rest)
		a := strings.TrimLeft(rest[n:], " ")
		if a == "" {
			return false
		}
		if r, _ := utf8.DecodeRuneInString(a); r >= 0x4E00 && r <= 0x9FFF || isDigit(a[0]) {
			return true // Linda：12月3日前订好…
		}
		return imperativeAfterColon(a)
	case strings.HasPrefix(rest, " to "):
		return assignedVerb(rest[len(" to "):])
	}
	return false
}

// assignedVerb reports whether a begins with a verb an action item assigns.
func assignedVerb(a string) bool {
	e := readWord(a, 0)
	if e > 0 && e+1 < len(a) && a[e] == '-' && isLetter(a[e+1]) {
		e = readWord(a, e+1) // round 12: re-render, double-check
	}
	w := strings.ToLower(a[:e])
	return actionVerbs[w] || moreVerbs12(w)
}

// imperativeAfterColon reports whether the words after "Name:" read as an
// order (Tom: renew the licences), not a statement about the person or a
// thing (Tom: the licence expires …, Tom: out of office).
func imperativeAfterColon(a string) bool {
	e := readWord(a, 0)
	if e == 0 || isUpper(a[0]) || e < len(a) && a[e] == '-' {
		return assignedVerb(a) // round 31 (h17ao): Tom: re-rig … — "re" alone is a heading
	}
	return !notAnOrder[strings.ToLower(a[:e])]
}

var notAnOrder = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`the a an this that these those it its our your their his her my we i you they he she there all some no not only
		just also still already today tomorrow yesterday done ok okay fyi re tbd pending waiting in on at for with from to of by out off away
		back busy sick absent available unavailable is was has had will can could would should may might`) {
		m[w] = true
	}
	return m
}()

var actionVerbs = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`fix rework update send check review prepare confirm follow contact arrange book draft test look investigate
		provide share submit finalize finalise coordinate schedule call email reply order ship deliver complete run verify validate reach sort chase
		write create add remove clean install upload collect approve sign organise organize handle take own lead present compile align sync print
		pack inspect measure calibrate repair replace quote negotiate pay invoice translate file close raise log set get make do finish deploy
		release merge rebase debug analyse analyze document report escalate reserve buy purchase return retest re-test revise redo rerun restart
		renew reorder rebook replan reschedule recheck reprint reply respond clear train brief cover tidy label photograph upgrade migrate back`) {
		m[w] = true
	}
	return m
}()

// notAName are capitalised words that open a line without naming anyone.
var notAName = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`note notes update updates action actions todo task tasks item items reminder subject re fyi fw fwd urgent important
		request requests summary status issue issues problem problems question questions agenda deadline due owner date time location step goal scope
		background context bug feature ticket topic next result results comment comments feedback customer client supplier vendor error warning info
		hi hello dear thanks thank need needs have has want wants going remember try plan plans please nice up back welcome add move switch reply send
		go listen make sure also and but so then now today tomorrow still just all everyone anyone someone somebody nobody ps attention attn
		ready able happy hoping trying decision proposal option options answer answers priority action-item follow-up followup meeting minutes
		spec specs test tests order orders shipment delivery price prices total cost budget risk risks target targets plan remark remarks tip tips
		pending open closed done new old draft final`) {
		m[w] = true
	}
	return m
}()

// nicknameColon reports whether a line opens with a nickname of 阿 and one
// Han character before a colon (阿杰：12月2日前把保险续上, 阿明: 跟进一下):
// the person who is to act, as "Linda：" is. 小/老 with a surname are read
// by informalName; 小结：, 阿里 and the like are no nickname of this shape.
func nicknameColon(l string) bool {
	if !strings.HasPrefix(l, "阿") {
		return false
	}
	r, n := utf8.DecodeRuneInString(l[len("阿"):])
	if r < 0x4E00 || r > 0x9FFF || strings.ContainsRune("里拉尔根富联", r) {
		return false
	}
	rest := l[len("阿")+n:]
	if !strings.HasPrefix(rest, "：") && !strings.HasPrefix(rest, ":") {
		return false
	}
	_, m := utf8.DecodeRuneInString(rest)
	a := strings.TrimLeft(rest[m:], " ")
	return a != ""
}

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

// teamThenNameAssignee reports whether a line opens with a team and then a
// name in the action-item layout (round 11).
func teamThenNameAssignee(l string) bool {
	rest, ok := teamThenName(l)
	return ok && lineAssignee(rest)
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

// The layouts rounds 9–11 kept missing (round 12): several names joined
// (Mike + Ah Jie: …, Mike and Sara to …), a name and "will"/"should"/a dash
// before the task (Kevin will fix …, Kevin - fix …), a label before the
// name (Action: Kevin to …, Lighting: Kevin to …), a nickname or a team and
// a space before the task (阿杰 重新烘焙…, 美术组 重新烘焙…), a name alone in
// brackets at the start or the end of the line ([Kevin] Fix …, …（王磊）).

// labelThenName reports whether a label and a colon come before a name in
// the action-item layout (Action: Kevin to …).
func labelThenName(l string) bool {
	rest, ok := labelColon(l)
	return ok && (lineAssignee(rest) || nameLead(rest))
}

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
	return modalThenVerb(rest)
}

// modalThenVerb reports whether rest, after a name, opens with "will",
// "should", "needs to", "must", "please" or a dash before an action verb.
func modalThenVerb(rest string) bool {
	for _, p := range []string{" will ", " should ", " needs to ", " must ", " please ", " - ", " – ", " — "} {
		if strings.HasPrefix(rest, p) && assignedVerb(rest[len(p):]) {
			return true
		}
	}
	return nameDashPlease(rest)
}

// nameDashPlease reports whether rest, after a name, is a dash and then
// "please" and an action verb (round 43, h17ba: "Kevin — please upload …",
// "Amy - please send …"): the name the dash sets off is who is asked.
func nameDashPlease(rest string) bool {
	for _, p := range []string{" - ", " – ", " — "} {
		if r, ok := strings.CutPrefix(rest, p); ok {
			if hasPrefixFold(r, "please ") {
				return assignedVerb(r[len("please "):])
			}
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
	return hasPrefixAny(rest, "尽快", "尽早", "及早", "赶快", "抓紧", "马上", "赶紧", "牵头", "主导", "对接", "统筹") && !wordNotName(name) && !wordNotName(firstRunes(name, 2)) && !notAName12(firstRunes(name, 2))
}

// moreVerbs12 are action verbs of the trades of round 12 (render, bake,
// rig, animate …) and any verb with re- or pre- before one (re-render,
// re-export, rebake). Round 32 (h17ap) adds the verbs of office rows
// ("Priya to reconcile …", "DPA to circulate …", "Finance to refund …"),
// round 38 (h17av) those of site crews ("… to mobilise the crew", "… to
// re-torque the flanges", "… to energise the feeder").
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
		recount quarantine dispatch load unload store stock restock dispense label relabel
		reconcile circulate refund post notify inform distribute audit assess evaluate nominate appoint issue liaise assign advise publish
		mobilise mobilize demobilise demobilize torque tighten commission decommission energise energize dismantle`) {
		m[w] = true
	}
	return m
}()

// Round 15's layouts follow: deptCodeName, crewSpaceTask, ahNameTask and
// letDoerGo.

// deptCodeName reports whether a department's abbreviation and a full name
// come before the colon (IQC张敏：…, EHS 陈晨：…, PMC赵磊：…; not SOP说明：,
// ERP系统：, QC标准：).
func deptCodeName(l string) bool {
	i := strings.IndexAny(l, ":：")
	if i <= 0 {
		return false
	}
	k := 0
	for k < i && isUpper(l[k]) {
		k++
	}
	return k >= 2 && k <= 5 && !acronymNotDept[l[:k]] && bracketedName(strings.TrimLeft(l[k:i], " "))
}

// crewSpaceTask reports whether a numbered crew or shift, a space and the
// task open the line (二队 １２月２０日前完成…, 三班 周五前…; not 一组 数据, 小组 …).
func crewSpaceTask(l string) bool {
	r, n := utf8.DecodeRuneInString(l)
	if !strings.ContainsRune("二三四五六七八九十", r) {
		return false
	}
	u, m := utf8.DecodeRuneInString(l[n:])
	return strings.ContainsRune("队班组", u) && taskAfterSpace(l[n+m:])
}

// ahNameTask reports whether 阿 and a Latin name, a space and the task open
// the line (阿May 12月6日前…).
func ahNameTask(l string) bool {
	a, ok := strings.CutPrefix(l, "阿")
	if !ok || a == "" || !isUpper(a[0]) {
		return false
	}
	e := readWord(a, 0)
	return e >= 2 && lowerRest(a[:e]) && taskAfterSpace(a[e:])
}

// letDoerGo reports whether the line has 让 or 叫 someone go and do it
// (让二队的胖子明天上午去看一下…, 叫小李去仓库…; not 让大家久等了, 让我们…, 让你们…).
func letDoerGo(l string) bool {
	for _, p := range []string{"让", "叫"} {
		a, ok := strings.CutPrefix(l, p)
		if !ok || hasPrefixAny(a, "我", "你", "您", "大家", "各位", "相关", "人", "他们", "客户") {
			continue
		}
		// the doer and then 去/来 and a verb within a few characters
		n := 0
		for i, r := range a {
			if n > 12 || r < 0x4E00 || r > 0x9FFF {
				break
			}
			if n >= 1 && (r == '去' || r == '来') && i+len("去") < len(a) {
				return true
			}
			n++
		}
	}
	return false
}

// acronymNotDept are capitals before a name and a colon that are no
// department (a document or a system: SOP, ERP, PDF).
var acronymNotDept = map[string]bool{"SOP": true, "ERP": true, "PDF": true, "OA": true, "PPT": true, "BOM": true, "ID": true}

// taskAfterSpace reports whether s is one or more spaces and then a Han
// character or a digit, half- or full-width (１２月２０日前…).
func taskAfterSpace(s string) bool {
	a := strings.TrimLeft(s, " 　")
	if len(a) == len(s) || a == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(a)
	return r >= 0x4E00 && r <= 0x9FFF || isDigit(a[0]) || r >= '０' && r <= '９'
}
