package check

import (
	"strings"
	"unicode/utf8"
)

// Owners of the rows of round 17's sets (request-no-owner): the owner
// field of a work order whose value runs into a bracket or a separator
// (责任人：王磊（车辆检修二班）；…, 责任人：冯磊｜时限：…); a team word and a
// name, or a name and its bracketed team, before the row's colon (仓库吴磊：,
// 司机班张强：, 周敏（中控）：); a team as the row's subject before its verb
// (菜单组出…); and in English a name with its company in brackets, or a
// role noun after a modifier, before "to" and a verb ("Tommy Huang
// (Lingnan Poultry) to confirm …", "Loading supervisor to brief …"). An
// owner field left empty ("Owner: —") names nobody (ctxOwnerFilled).

// teamNameComma reports whether a line opens by addressing a team word and
// a full name before a comma, as teamNameColon reads them before a colon
// (round 24, h17ag: 计划科孙丽，下个月的排产请12月31日前发出; 仓库吴磊，…).
// A team alone (计划科，…) or a name alone is read elsewhere.
func teamNameComma(l string) bool {
	i := strings.Index(l, "，")
	if i <= 0 || utf8.RuneCountInString(l[:i]) > 8 {
		return false
	}
	return teamNameColon(l[:i] + "：")
}

// teamComma reports whether a line opens by addressing a team alone before
// a comma (round 27, h17ak: 技术组，今天下班前必须…; 化验室，12月3日前…),
// as unitBeforeAsk reads one before 请. 各部门，…, 相关单位，… and a topic
// (下个月的排产，…) name nobody.
func teamComma(l string) bool {
	i := strings.Index(l, "，")
	return i > 0 && unitBeforeAsk(l[:i])
}

// unitColonLine reports whether a line opens by addressing a team, an
// office or an outside party before a colon, whatever follows (round 28,
// h17al: "Hotel housekeeping: extra blankets for rooms 401–420 by 6 pm
// today please."), as unitVocative reads one before ": please". "Note: …"
// and "For the night shift: …" name nobody.
func unitColonLine(l string) bool {
	i := strings.Index(l, ":")
	return i > 0 && unitVocative(l[:i])
}

// unitsRequested reports whether a line opens with a team, an office or
// an outside party, one or many, that "is/are requested/asked to" act
// (round 28, h17al: "Travel agencies are requested to confirm …", "The
// warehouse team is asked to …"). "All agencies …", "Changes are requested
// to …" and "You are requested to …" are read elsewhere or name nobody.
func unitsRequested(l string) bool {
	for _, v := range []string{" are requested to ", " is requested to ", " are asked to ", " is asked to "} {
		i := strings.Index(l, v)
		if i <= 0 {
			continue
		}
		ws := strings.Fields(strings.TrimPrefix(l[:i], "The "))
		if len(ws) == 0 || len(ws) > 4 || !isUpper(ws[0][0]) {
			return false
		}
		switch strings.ToLower(ws[0]) {
		case "all", "every", "each", "any", "some", "for", "in", "on", "at", "after", "before":
			return false
		}
		last := strings.ToLower(ws[len(ws)-1])
		return unitNouns[last] || unitNouns[strings.TrimSuffix(last, "s")] || strings.HasSuffix(last, "ies") && unitNouns[strings.TrimSuffix(last, "ies")+"y"]
	}
	return false
}

// greetedNeed reports whether a line greets a person by name and then says
// what the writer needs from them (round 25, h17ai: "Dear Sofia, we will
// need the import permit copy …", "Hi Tom, I need the packing list …"):
// the one greeted is asked. "Dear customer, we need …" greets no one by
// name, and "Sofia, we shipped …" asks nothing.
func greetedNeed(l string) bool {
	for _, g := range []string{"Dear ", "Hi ", "Hello "} {
		if r, ok := strings.CutPrefix(l, g); ok {
			l = r
			break
		}
	}
	e := readWord(l, 0)
	w := l[:e]
	if len(w) < 2 || !isUpper(w[0]) || allUpper(w) || !lowerRest(w) && !camelName(w) || notAName[strings.ToLower(w)] {
		return false // round 37 (h17au): a trade name, "NetPath, we need …"
	}
	if e+1 < len(l) && l[e] == ' ' && isUpper(l[e+1]) {
		if f := readWord(l, e+1); lowerRest(l[e+1:f]) && !notAName[strings.ToLower(l[e+1:f])] {
			e = f // a family name: Dear Sofia Chen,
		}
	}
	rest, ok := strings.CutPrefix(l[e:], ", ")
	if !ok {
		return false
	}
	if strings.HasPrefix(rest, "I ") {
		rest = "I " + strings.ToLower(rest[2:]) // round 27 (h17ak): "Peter, I NEED the as-builts by …"
	}
	return hasPrefixAny(rest, "we will need ", "we'll need ", "we need ", "we would need ", "we'd need ", "I will need ", "I'll need ", "I need ", "we still need ", "I still need ")
}

// nameCommaOrder reports whether a line addresses a person by name and a
// comma and then gives the order itself, without "please" (round 26, h17aj:
// "Jenny, send me the distributor sales report …", "Lisa, arrange the
// courier pickup …"): the one named is asked, as in "Jenny: send …".
// "Sofia, we shipped …", "Thanks, send …" and "Monday, send …" name no one.
func nameCommaOrder(l string) bool {
	e := readWord(l, 0)
	w := strings.ToLower(l[:e])
	if e < 2 || !isUpper(l[0]) || allUpper(l[:e]) || !lowerRest(l[:e]) || notAName[w] || notVocative[w] {
		return false
	}
	rest, ok := strings.CutPrefix(l[e:], ", ")
	return ok && rest != "" && !isUpper(rest[0]) && (assignedVerb(rest) || rudeOrderThen(rest))
}

// pleaseCommaName reports whether a line opens with "Please," and a name of
// one to three capitalised words set off by commas, then the order (round
// 29, h17am: "Please, Li Wei, confirm the revised ETA …"): the one named is
// asked, as in "Li Wei, please confirm …". "Please, everyone, confirm …"
// and "Please, if possible, confirm …" name no one.
func pleaseCommaName(l string) bool {
	rest, ok := strings.CutPrefix(l, "Please, ")
	if !ok {
		return false
	}
	i := strings.Index(rest, ", ")
	if i <= 0 {
		return false
	}
	ws := strings.Fields(rest[:i])
	if len(ws) > 3 {
		return false
	}
	for _, w := range ws {
		lw := strings.ToLower(w)
		if len(w) < 2 || !isUpper(w[0]) || allUpper(w) || !lowerRest(w) || notAName[lw] || notVocative[lw] {
			return false
		}
	}
	a := rest[i+2:]
	return a != "" && !isUpper(a[0]) && assignedVerb(a)
}

// ownerFieldValue reads the value of an owner label up to a bracket, a
// separator or a clause's end, and accepts a name, or a team and a name.
func ownerFieldValue(l string) bool {
	low := strings.ToLower(l)
	if len(low) != len(l) {
		low = l // a letter whose lower case is longer: read the Chinese labels only
	}
	for _, lab := range ownerFieldLabels {
		i := strings.Index(low, lab)
		if i < 0 || lab[0] < 0x80 && i > 0 && isLetter(low[i-1]) {
			continue // "topic: Kevin" is no PIC
		}
		a := strings.TrimLeft(l[i+len(lab):], " ")
		if b, ok := strings.CutPrefix(a, "："); ok {
			a = b
		} else if b, ok := strings.CutPrefix(a, ":"); ok {
			a = b
		} else {
			continue
		}
		a = strings.TrimSpace(a)
		if k := strings.IndexAny(a, ",，。;；)）(（|｜"); k > 0 {
			a = a[:k]
		}
		a = strings.TrimSpace(a)
		if fieldIsName(a) || teamSpaceName(a) {
			return true
		}
	}
	return false
}

// ownerFieldLabels name the owner field of a work order, a requisition or
// a ticket, read by fieldName (the label, then a name) and ownerFieldValue
// (a colon, then a name or a team and a name): round 18's 领用人, round
// 19's 处理人, round 21's 经办：包装组王美玲, 承办, 执行人, 跟进人, "Assignee:
// Wu Min (customs)", Assigned to, Handler, PIC. An English label counts
// only as a whole word ("topic: Kevin" is no PIC).
var ownerFieldLabels = []string{"责任人", "负责人", "对接人", "经办人", "经办", "承办人", "承办", "执行人", "跟进人", "处理人", "领用人", "领料人",
	"assignee", "assigned to", "owner", "handler", "pic", "responsible"}

// ownerPlaceholder reports whether the value of an owner field names
// nobody: empty, a dash, or a placeholder (（空）, 待定, TBD, unassigned).
func ownerPlaceholder(a string) bool {
	a = strings.TrimSpace(a)
	if k := strings.IndexAny(a, "|｜;；,，。\n"); k >= 0 {
		a = strings.TrimSpace(a[:k])
	}
	a = strings.ToLower(strings.Trim(a, "()（）[]【】 "))
	switch a {
	case "", "—", "-", "–", "--", "——", "/", "tbd", "tba", "n/a", "na", "none", "?", "unassigned", "nobody", "待定", "无", "空", "暂无", "未定", "待分配", "未分配":
		return true
	}
	return false
}

// emptyOwnerField reports whether the owner word ending at e heads an owner
// field left empty (负责人：（空）, 负责人：待定): the label names nobody.
func emptyOwnerField(t string, e int) bool {
	a, ok := strings.CutPrefix(t[e:], "人")
	if !ok {
		return false
	}
	a = strings.TrimLeft(a, " ")
	if b, ok := strings.CutPrefix(a, "："); ok {
		return ownerPlaceholder(b)
	}
	if b, ok := strings.CutPrefix(a, ":"); ok {
		return ownerPlaceholder(b)
	}
	return false
}

// teamNameColon reports whether the line's label before its colon is a
// team word and a full name (仓库吴磊：, 司机班张强：) or a full name and its
// team in brackets (周敏（中控）：). Round 23: an institute's division, an
// office or a bureau is a team too (隧道所张晨：, 质监处王强：, 院办李娜：).
func teamNameColon(l string) bool {
	i := strings.IndexAny(l, ":：")
	if i <= 0 || utf8.RuneCountInString(l[:i]) > 10 {
		return false
	}
	lab := l[:i]
	if j := strings.Index(lab, "（"); j > 0 && strings.HasSuffix(lab, "）") {
		return bracketedName(lab[:j])
	}
	if j := strings.Index(lab, "("); j > 0 && strings.HasSuffix(lab, ")") {
		return bracketedName(lab[:j])
	}
	for _, team := range []string{"仓库", "库房", "班", "组", "队", "车间", "中心", "站", "科", "部", "室", "所", "处", "办", "局"} {
		j := strings.Index(lab, team)
		if j < 0 {
			continue
		}
		if j == 0 && team != "仓库" && team != "库房" {
			continue // 班长：, 组长： are roles, read elsewhere
		}
		if name := lab[j+len(team):]; bracketedName(name) {
			return true
		}
	}
	return false
}

// teamSubject reports whether a line opens with a team (two to five Han
// characters ending in 组, 班, 队, 车间) and then the verb of its task
// (菜单组出圣诞节菜单的成本测算, 装配班完成…). 小组 and 全组 are no team's name.
func teamSubject(l string) bool {
	n := 0
	for i, r := range l {
		if r < 0x4E00 || r > 0x9FFF || n >= 5 {
			return false
		}
		n++
		k := i + utf8.RuneLen(r)
		if n >= 2 && hasSuffixAny(l[:k], "组", "班", "队", "车间") && !hasAny(l[:k], "小组", "全组", "本组", "各组", "该组", "每组", "全班", "本班", "各班", "早班", "晚班", "夜班", "加班", "值班", "航班", "班车") {
			return teamTask(l[k:])
		}
	}
	return false
}

// teamTask reports whether r, after a team's name, opens with the verb of
// its task, or with 把 and its object, when or by when (回头, 尽快, 于…前,
// 在…前) before them (round 43, h17ba: 微生物组回头把药敏质控补录一下,
// 质量组于11月20日前提交…).
func teamTask(r string) bool {
	for _, p := range []string{"回头", "尽快", "务必", "今天", "明天", "本周"} {
		r = strings.TrimPrefix(r, p)
	}
	if hasPrefixAny(r, "于", "在") {
		if i := strings.Index(r, "前"); i > 0 && i <= 30 {
			r = strings.TrimPrefix(r[i+len("前"):], "，")
		}
	}
	return hasPrefixAny(r, "把", "出", "做", "完成", "提交", "整理", "核对", "编制", "准备", "更新", "联系", "确认", "负责", "安排", "制定", "梳理", "排查", "跟进", "落实", "组织")
}

// bracketedCompanyTo reports whether a line opens with a name, its company
// or team in brackets, then "to" and a verb ("Tommy Huang (Lingnan Poultry)
// to confirm …").
//
// A team with its member's name in brackets reads the same way (round 35,
// h17as: "Front desk (Amy) to call all trainees …", "Warehouse (Li Wei) to
// recount …"); "Budget (Q3) to be approved" has no name in brackets.
func bracketedCompanyTo(l string) bool {
	i := strings.Index(l, " (")
	if i <= 0 || i > 30 {
		return false
	}
	j := strings.IndexByte(l[i:], ')')
	if j < 0 || !bracketedName(l[:i]) && !(unitVocative(l[:i]) && bracketedName(lastPart(l[i+2:i+j]))) {
		return false
	}
	rest, ok := strings.CutPrefix(l[i+j+1:], " to ")
	return ok && assignedVerb(rest)
}

// roleNounTo reports whether a line opens with a role noun, after at most
// one modifier, then "to" and a verb ("Loading supervisor to brief …",
// "Night shift foreman to check …"); "Need to", "Remember to" have no role.
func roleNounTo(l string) bool {
	i := strings.Index(l, " to ")
	if i <= 0 || i > 40 || !assignedVerb(l[i+len(" to "):]) {
		return false
	}
	ws := strings.Fields(l[:i])
	if k := roleThenName(ws); k > 0 {
		ws = ws[:k] // round 39 (h17aw): "Security screening supervisor Wang Hao to upload …"
	}
	if len(ws) > 3 {
		return false
	}
	if len(ws) >= 2 && unitLabel(ws[len(ws)-1]) && (roleNouns17[strings.ToLower(ws[len(ws)-2])] || unitNouns[strings.ToLower(ws[len(ws)-2])]) {
		return true // round 38 (h17av): "Field crew A to …", "Shift 2 to …"
	}
	last := strings.ToLower(ws[len(ws)-1])
	return roleNouns17[last] || partyNounsEn[last] || len(ws) >= 2 && workDepts[last] || honorificName(ws) || roleAcronym(ws)
}

// unitLabel reports whether w tells one crew, shift or team of several
// apart: one to three capitals or digits ("A", "B2", "3"), as 承包商A does
// in Chinese; "Crew to …" and "Crew leaders to …" need none.
func unitLabel(w string) bool {
	if len(w) == 0 || len(w) > 3 {
		return false
	}
	for k := 0; k < len(w); k++ {
		if !isUpper(w[k]) && !isDigit(w[k]) {
			return false
		}
	}
	return true
}

// roleAcronym reports whether the words before "to" are a role or an office
// by its letters alone ("DPA to circulate …", "HR to post …", "QA to
// re-test …"; round 32, h17ap), after at most one modifier.
func roleAcronym(ws []string) bool {
	w := ws[len(ws)-1]
	return len(ws) <= 2 && len(w) >= 2 && len(w) <= 5 && allUpper(w)
}

// honorificName reports whether the words are a person's name with an
// honorific ("Tanaka-san", "Mr. Dubois", "Dr Weber"; round 18, h17aa):
// "Tanaka-san to send the spare list" names its owner.
func honorificName(ws []string) bool {
	last := strings.ToLower(ws[len(ws)-1])
	for _, h := range []string{"-san", "-sama", "-kun", "-sensei"} {
		if strings.HasSuffix(last, h) && len(last) > len(h)+1 {
			return true
		}
	}
	if len(ws) < 2 || ws[1] == "" || ws[1][0] < 'A' || ws[1][0] > 'Z' {
		return false
	}
	switch ws[0] {
	case "Mr.", "Mr", "Ms.", "Ms", "Mrs.", "Mrs", "Dr.", "Dr", "M.", "Mme", "Mme.", "Herr", "Frau":
		return true
	}
	return false
}

var roleNouns17 = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`supervisor supervisors foreman foremen manager managers engineer engineers technician technicians officer officers planner planners dispatcher dispatchers controller controllers crew crews team teams lead leads coordinator coordinators inspector inspectors chef chefs driver drivers agent agents clerk clerks
		superintendent superintendents desk office department dept master mate bosun purser surveyor broker accountant buyer analyst
		assistant secretary director head vet keeper keepers aquarist aquarists curator operator operators handler handlers`) {
		m[w] = true
	}
	return m
}()

// ctxOwnerFilled rejects "owner" as the label of a field left empty
// ("Owner: —", "Owner: TBD", "owner: n/a"): the row says nobody is named.
func ctxOwnerFilled(t string, s, e int) bool {
	a := strings.TrimLeft(t[e:], " ")
	a, ok := strings.CutPrefix(a, ":")
	if !ok {
		return true
	}
	a = strings.TrimLeft(a, " ")
	if k := strings.IndexAny(a, "|;,\n"); k >= 0 {
		a = a[:k]
	}
	a = strings.ToLower(strings.TrimSpace(a))
	switch a {
	case "", "—", "-", "–", "--", "——", "tbd", "tba", "n/a", "na", "none", "?", "待定", "无":
		return false
	}
	return true
}

// ctxTitle rejects Mr/Ms/Mrs that are a model's code (MS-40, MS40; round
// 20): a title is followed by a space or a dot, never a dash or a digit.
func ctxTitle(t string, s, e int) bool {
	return e >= len(t) || t[e] != '-' && !isDigit(t[e])
}
