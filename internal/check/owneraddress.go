package check

import (
	"strings"
	"unicode/utf8"
)

// Whom a polite ask addresses (round 19, a decided change): a bare 请/麻烦/
// 烦请/劳烦/辛苦 or "please"/"kindly" asks whoever reads and names nobody,
// and the manual asks every request to name who is responsible (明确对接人).
// The ask names an owner only when a department, team, role or person
// follows it (请技术部…, 请维修班王磊…, 请营销部回头…, 请Linda…) or, in
// English, a person is addressed before it (Kevin, please …). 你/您/贵司,
// you/your, 由…, @name and the other owner forms are read elsewhere.

// askNamesSomeone reports whether the words right after a polite ask (t[e:])
// name whom it asks: a unit or a role ending within a few characters
// (技术部, 维修班, 值班人员, 城东店店长), a full name that acts (王磊于…), or
// a Latin name (Linda). An ask that opens with what is to be done (请尽快
// 更换烟溪所…, 请对…开展, 请安排人员…, 请核对…) names nobody.
func askNamesSomeone(t string, e int) bool {
	a := strings.TrimLeft(t[e:], " 　")
	if a == "" {
		return false
	}
	if isUpper(a[0]) {
		return true // 请Linda…, 麻烦 Kevin …
	}
	for _, v := range []string{"安排", "派", "让", "叫", "通知"} {
		if r, ok := strings.CutPrefix(a, v); ok {
			return !hasPrefixAny(r, "一", "两", "几", "专", "人", "相关", "有关", "师傅", "同事", "工程师", "技术员", "维修工", "医生", "护士") && askNamesSomeone(r, 0) // 请安排维修班王磊…; not 请安排人员…, 安排师傅来看看 (round 20)
		}
	}
	if !hasPrefixAny(a, nobodyInParticular...) && !hasPrefixAny(a, "各", "全体", "所有", "相关", "有关") && unitThenName(a) {
		return true // round 25: 请发行部张敏在…, 请美编王磊12月4日前… (发 opens no task here)
	}
	if r, ok := cutGroupWord(a); ok && groupRole(r) {
		return true // round 26 (h17aj): 请各位销售…, 请各位经销商…; round 35 (h17as): 请所有教练…, 请全体驾驶员…
	}
	if eachPlaceRole(a) || placeActs(a) {
		return true // round 28 (h17al): 请各船大副…, 请仓库统计…
	}
	if eachDoer(a) || doerNickname(a) {
		return true // round 41 (h17ay): 请各操作手于…, 请摄影师阿杰尽快…
	}
	if partyByRole(a) {
		return true // round 34 (h17ar): 请承包商A在…, 请供应商十二月十日前…; before the task words, round 38 (h17av): 请报关行… is no 请报…
	}
	if hasPrefixAny(a, askOpensTask...) && !hasPrefixAny(a, "维修班", "维修组", "维修队", "维修部", "修理厂", "维修厂", "修车厂", "维修站", "维修点", "修理店", "检修班", "检修组", "检修队", "检修部", "安全", "客服", "信息", "技术") {
		return false // 请维修班王磊… names a crew
	}
	if !hasPrefixAny(a, nobodyInParticular...) && !hasPrefixAny(a, "各", "全体", "所有", "相关", "有关") && namedPartyDated(a) {
		return true // round 31 (h17ao): 请龙星炭黑在11月20日前…
	}
	if hasPrefixAny(a, rankRoles...) {
		return true // round 32 (h17ap): 请大副尽早完成…
	}
	if roleActs(a) {
		return true // round 22: 麻烦采购跟…催一下, 请财务把…
	}
	if hasPrefixAny(a, nobodyInParticular...) {
		return false // everyone, nobody in particular; round 24: 请哪位同事帮忙… asks whoever is free
	}
	if fullNameActs(a, 0, '，') || informalName(firstRunes(a, 4)) {
		return true // 请王磊于12月3日前…, 麻烦张工…
	}
	n, i := 0, 0
	for i < len(a) && n < 10 {
		r, w := utf8.DecodeRuneInString(a[i:])
		if r < 0x4E00 || r > 0x9FFF || r == '的' {
			return false
		}
		i += w
		n++
		for _, u := range askUnits {
			if strings.HasSuffix(a[:i], u) && len(u) < i && !expertsAsObject(a[:i]) {
				return true // the unit has a name before its suffix: 技术部, 值班人员
			}
		}
	}
	return false
}

// groupRole reports whether r (after 各位) opens with a role that a group
// of people holds by their work (round 26, h17aj: 各位销售, 各位经销商, 各位
// 店长): the ask addresses that group. 各位同事, 各位领导 and a bare 各位
// address everyone who reads.
func groupRole(r string) bool {
	for _, u := range []string{"销售", "经销商", "代理商", "供应商", "店长", "区域经理", "客户经理", "业务员", "司机", "班组长"} {
		if strings.HasPrefix(r, u) {
			return true
		}
	}
	return roleByWork(r)
}

// eachPlaceRole reports whether a opens with 各, one character for a
// ship, a shop or a crew, and a role held there (round 28, h17al: 各船大副,
// 各店店长, 各班班长): the holder of that role in each of them. 各位同事,
// 各部门 and 各船 alone address everyone.
func eachPlaceRole(a string) bool {
	r, ok := strings.CutPrefix(a, "各")
	if !ok {
		return false
	}
	_, w := utf8.DecodeRuneInString(r)
	if w == 0 || !hasPrefixAny(r, "船", "店", "班", "队", "车", "站", "厂") {
		return false
	}
	return hasPrefixAny(r[w:], "大副", "二副", "船长", "轮机长", "店长", "班长", "队长", "车长", "站长", "厂长", "司机", "负责人")
}

// placeActs reports whether a opens with a place that is a unit by itself
// (仓库, 前台, 客服, 门店, 车间) and then a task's verb (round 28, h17al:
// 请仓库统计一下…, 请前台通知…): the people who work there are asked.
// 请仓库里的人…, 请仓库管理员… are read by the units above.
func placeActs(a string) bool {
	for _, u := range []string{"仓库", "前台", "客服", "门店", "车间"} {
		if r, ok := strings.CutPrefix(a, u); ok {
			return hasPrefixAny(r, "统计", "清点", "盘点", "核对", "确认", "通知", "准备", "安排", "整理", "检查", "登记", "发", "送", "把", "将", "在", "于", "尽快", "今天", "明天")
		}
	}
	return false
}

// nobodyInParticular open an ask to everyone or to whoever is free.
var nobodyInParticular = []string{"全员", "成员", "哪位", "哪个", "谁", "有人", "有没有人", "任何人"}

// askOpensTask are the words a bare ask opens its task with: a manner or
// time adverb, a preposition before the object, or the task's verb.
var askOpensTask = []string{"尽快", "及时", "立即", "立刻", "马上", "务必", "抓紧", "于", "在", "对", "把", "将", "按", "根据", "依据",
	"安排", "核", "更", "开展", "检查", "确认", "提供", "补", "上报", "报", "回复", "通知", "联系", "协助", "帮", "处理", "落实", "组织",
	"做好", "做", "完成", "提交", "整理", "统计", "填", "发", "送", "跟进", "查", "排查", "修", "维修", "清", "关注", "注意", "留意",
	"考虑", "评估", "审核", "审批", "签", "准备", "配合", "督促", "加强", "重新", "再", "先", "今天", "明天", "本周", "下周", "这周",
	"大家", "各位", "相关", "有关"}

// askUnits end the name of a unit or a role that an ask addresses.
var askUnits = []string{"部", "部门", "班", "班组", "组", "科", "室", "队", "中心", "所", "站", "车间", "处", "局", "公司", "厂", "团队",
	"单位", "人员", "同事", "同志", "师傅", "老师", "经理", "主任", "主管", "医生", "护士", "工程师", "负责人", "对接人", "店", "院区",
	"供电所", "营业厅", "客服", "前台", "仓库", "门店", "员", // round 20: 员 (请资料员…, 请安全员…)
	"专家", "顾问", // round 25 (h17ai): 请审读专家在…, 请评审专家…, 请法律顾问…
	"代表",                // round 26 (h17aj): 请销售代表徐亮于…, 请客户代表…
	"供应商", "服务商", "承包商", // round 27 (h17ak): 请周边供应商（杭州织造）在…
	"代理商", "经销商", "维修间", // round 28 (h17al): 请瑞士压雪车代理商于…, 请雪具维修间在…
	"秘书", "助理"} // round 39 (h17aw): 请研究生秘书整理…, 请院长助理…

// bareAsk reports whether the owner word at t[s:e] is a polite ask that
// names nobody: 请/麻烦/烦请/劳烦/辛苦 with no one after it, "please"/
// "kindly" with no name addressed. Read for a request only (requestFlags),
// so other kinds of text pay nothing for it.
func bareAsk(t string, s, e int) bool {
	switch w := t[s:e]; {
	case w == "请" || w == "麻烦" || w == "烦请" || w == "劳烦" || w == "辛苦":
		return !askNamesSomeone(t, e) && !(w == "请" && (unitBeforeAsk(t[:s]) || unitColonBeforeAsk(t[:s]) || vocativeOpensAsk(t[:s])))
	case strings.EqualFold(w, "please") || strings.EqualFold(w, "kindly"):
		return !pleaseNamed(t, s, e)
	}
	return false
}

// pleaseNamed reports whether "please"/"kindly" comes after a person addressed by name
// (Kevin, please …; Hi Priya, kindly …) or before one (Please, Kevin, …);
// a bare "Please update …" or "Someone please chase …" names nobody.
func pleaseNamed(t string, s, e int) bool {
	b := strings.TrimRight(t[:s], " ")
	sep := strings.HasSuffix(b, ",") || strings.HasSuffix(b, ":")
	b = strings.TrimSuffix(strings.TrimSuffix(b, ","), ":")
	b = strings.TrimRight(b, " ")
	bracketed := false
	if sep {
		n := len(b)
		b = trimBracketed(b) // round 27 (h17ak): Anna (legal), please …; Maria (procurement): please …
		bracketed = len(b) < n
	}
	b = trimHonorific(b) // round 22: Tanaka-san, please …
	j := len(b)
	for j > 0 && isLetter(b[j-1]) {
		j--
	}
	// "Note: please …" addresses nobody
	colonOnly := strings.HasSuffix(strings.TrimRight(t[:s], " "), ":") && !bracketed
	if w := b[j:]; !colonOnly && len(w) >= 2 && isUpper(w[0]) && (lowerRest(w) || sep && camelName(w)) && !notAName[strings.ToLower(w)] && !notVocative[strings.ToLower(w)] { // a request only: the allocation is rare; round 37 (h17au): NetPath, please …
		return true
	}
	if sep && (bracketed && teamWithMember(t[:s], b) || nameFromTeam(b)) {
		return true // round 39 (h17aw): Factory scheduling (Grace), please …; Anna from customer service, please …
	}
	if sep && unitVocative(b) {
		return true // round 24: NOC shift B, please …; Night shift, please …; round 27 (h17ak): Safety officer: please …
	}
	if nameClosesAsk(t[e:]) {
		return true // round 26 (h17aj): "Please send … by 2026-12-02, Emma."
	}
	a := strings.TrimLeft(strings.TrimPrefix(strings.TrimLeft(t[e:], " "), ","), " ")
	for _, v := range []string{"have ", "get ", "ask ", "let "} {
		if r, ok := strings.CutPrefix(a, v); ok && (modalName(r) || unitBefore(r, " to ") || nameTo(r) || namesTo(r) || bracketedCompanyTo(r)) {
			return true // round 22: Please have Jiayi Interior submit …; round 24: Please ask the landlord's property office to fix …; round 38 (h17av): Please ask Kevin (customs desk) to upload …; round 40 (h17ax): Please ask Tom Zhang to send …
		}
	}
	k := readWord(a, 0)
	if w := a[:k]; len(w) >= 2 && isUpper(w[0]) && lowerRest(w) && !notAName[strings.ToLower(w)] {
		return strings.HasPrefix(a[k:], ",") || strings.HasPrefix(a[k:], " to ")
	}
	return false
}

// trimBracketed drops a bracketed note that closes b, a department or a
// role after the name addressed (round 27, h17ak: "Anna (legal), please …",
// "Maria (procurement): please …"): the name before it is what addresses.
func trimBracketed(b string) string {
	if !strings.HasSuffix(b, ")") {
		return b
	}
	i := strings.LastIndexByte(b, '(')
	if i <= 0 {
		return b
	}
	for _, c := range b[i+1 : len(b)-1] {
		if !(c == ' ' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return b // (v2), (2026-12-02) note a thing, not whom
		}
	}
	return strings.TrimRight(b[:i], " ")
}

// nameClosesAsk reports whether the sentence of a polite ask (a, from
// after "please") ends with a person addressed by a comma and a name
// ("… by 2026-12-02, Emma.", "… by 2027-01-01, Mei!"): the one named is
// asked. "…, Monday." and "…, thanks." name no one, nor a name that is the
// sentence's object ("… send it to Emma.").
func nameClosesAsk(a string) bool {
	if i := strings.IndexAny(a, "\n?!"); i >= 0 {
		a = a[:i+1]
	}
	if i := strings.Index(a, ". "); i >= 0 {
		a = a[:i+1]
	}
	a = strings.TrimRight(a, " \n")
	a = strings.TrimRight(a, ".!")
	j := len(a)
	for j > 0 && isLetter(a[j-1]) {
		j--
	}
	w := a[j:]
	return strings.HasSuffix(a[:j], ", ") && len(w) >= 2 && isUpper(w[0]) && lowerRest(w) && !notAName[strings.ToLower(w)] && !notVocative[strings.ToLower(w)]
}

// trimHonorific drops a Japanese honorific after a name addressed
// (Tanaka-san, Sato-sama): the name before it is what addresses.
func trimHonorific(b string) string {
	for _, h := range []string{"-san", "-sama", "-sensei", "-kun", "-shi"} {
		if r, ok := strings.CutSuffix(b, h); ok && r != "" && isLetter(r[len(r)-1]) {
			return r
		}
	}
	return b
}

// notVocative are capitalised words before ", please" that address nobody.
var notVocative = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`again meanwhile otherwise finally first firstly second secondly lastly additionally sorry however therefore
		yes no ok okay monday tuesday wednesday thursday friday saturday sunday morning afternoon tonight hey guys folks`) {
		m[w] = true
	}
	return m
}()

// roleInNameOnly reports whether the owner word at s is a role nobody holds
// yet (round 19): one to be found (安排一名护士, 派两个师傅) or whoever it
// concerns (请相关同事抓紧…, 有关同事). 护士长, 王护士, 城东店同事 still name.
// Round 20: a role right after 安排/派 is one to be found (麻烦安排师傅来看看;
// 安排王师傅 still names), and the 你/您 of a greeting (客服你好，…) asks nothing.
func roleInNameOnly(t string, s int) bool {
	b := t[:s]
	return hasSuffixAny(b, "相关", "有关", "安排", "派") || // round 20: 安排师傅来看看 — one to be found
		strings.HasPrefix(t[s:], "你好") || strings.HasPrefix(t[s:], "您好") || // round 20: a greeting (客服你好，…) asks nothing

		hasSuffixAny(b, "一名", "一个", "一位", "两名", "两个", "两位", "几名", "几个", "几位", "名", "个") && !hasSuffixAny(b, "这个", "那个", "这名", "那名", "这位", "那位")
}

// modalAsksName reports whether a sentence of the line asks a person by name
// with a modal (round 21: "Please could Kenji send …", "Could Kenji send …",
// "Can Priya send …"): the modal, one or two capitalised words that are no
// common word or weekday, then a verb an action item assigns. "Could you"
// is the reader's and read elsewhere; "Could someone" names nobody.
func modalAsksName(l string) bool {
	for n := 0; n < 8 && l != ""; n++ {
		a := strings.TrimLeft(l, " ")
		a, _ = strings.CutPrefix(a, "Please ")
		for _, m := range []string{"Could ", "could ", "Can ", "can ", "Would ", "would "} {
			if b, ok := strings.CutPrefix(a, m); ok && (modalName(b) || unitBefore(b, " please ") || unitActs(b)) {
				return true
			}
		}
		i := strings.IndexAny(l, ".?!")
		if i < 0 {
			return false
		}
		l = l[i+1:]
	}
	return false
}

// unitNouns end the name of a team, an office or an outside party that a
// request may address in English (round 24, h17ag).
var unitNouns = map[string]bool{"desk": true, "helpdesk": true, "office": true, "team": true, "shift": true, "crew": true, "department": true,
	"dept": true, "branch": true, "warehouse": true, "supplier": true, "vendor": true, "contractor": true, "landlord": true, "agency": true,
	"lab": true, "workshop": true, "plant": true, "store": true,
	"officer": true,                                                                          // round 27 (h17ak): Safety officer: please …
	"school":  true, "bureau": true, "liaison": true, "shipyard": true, "housekeeping": true, // round 28 (h17al): Ski school: please …, Dear shipyard, please …
	"management": true, // round 29 (h17am): Property management: please …
	"support":    true} // round 35 (h17as): Merchant support: please reply …

// unitBefore reports whether a opens with "the", a team, an office or a
// party of at most five words ending in a unit noun, then sep (round 24,
// h17ag): "Could the Life Fitness service desk please send …", "Please ask
// the landlord's property office to fix …". "Could the report please be
// sent" and "Please ask the question to …" name nobody.
func unitBefore(a, sep string) bool {
	r, ok := strings.CutPrefix(a, "the ")
	if !ok {
		return false
	}
	i := strings.Index(r, sep)
	if i <= 0 {
		return false
	}
	ws := strings.Fields(r[:i])
	return len(ws) <= 5 && unitNouns[strings.ToLower(ws[len(ws)-1])]
}

// unitActs reports whether a opens with "the", a team or an office of at
// most five words ending in a unit noun, and then an action verb (round 27,
// h17ak: "Could the safety office check …" without "please"). "Could the
// office printer be fixed …" and "Could the report check out …" name nobody.
func unitActs(a string) bool {
	r, ok := strings.CutPrefix(a, "the ")
	if !ok {
		return false
	}
	ws := strings.Fields(r)
	for i := 0; i < len(ws)-1 && i < 5; i++ {
		if w := strings.ToLower(ws[i]); unitNouns[w] {
			return assignedVerb(ws[i+1])
		}
		if !isLetter(ws[i][len(ws[i])-1]) && ws[i][len(ws[i])-1] != '\'' {
			return false
		}
	}
	return false
}

// nameTo reports whether a opens with one capitalised name and " to "
// (round 24: "Please ask Tom to fix …"; "Please ask Monday to …" is no name).
func nameTo(a string) bool {
	k := readWord(a, 0)
	w := a[:k]
	return len(w) >= 2 && isUpper(w[0]) && lowerRest(w) && !notAName[strings.ToLower(w)] && !notVocative[strings.ToLower(w)] && strings.HasPrefix(a[k:], " to ")
}

// unitVocative reports whether the words before ", please" that open their
// sentence address a team by name — "NOC shift B", "Night shift", "Service
// desk" (round 24, h17ag): at most four words, the first capitalised, one of
// them a unit noun, no preposition first ("For the night shift, please …"
// sets a topic).
func unitVocative(b string) bool {
	if i := strings.LastIndexAny(b, ".!?:;\n"); i >= 0 {
		b = b[i+1:]
	}
	ws := strings.Fields(b)
	if len(ws) == 0 || len(ws) > 4 || !isUpper(ws[0][0]) {
		return false
	}
	switch strings.ToLower(ws[0]) {
	case "for", "in", "on", "at", "about", "regarding", "after", "before", "from", "to", "if", "when", "as":
		return false
	}
	for _, w := range ws {
		if unitNouns[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// ctxSomeColleague rejects 同事 asked for as whoever is free (round 24,
// h17ag: 这周内请哪位同事帮忙把音响修一下, 有没有同事…, 任何同事): it names
// nobody. 请技术部的同事…, 请同事小王… still name someone.
func ctxSomeColleague(t string, s, e int) bool {
	return !hasSuffixAny(t[:s], "哪位", "哪个", "哪一位", "有没有", "任何", "随便哪位")
}

// modalName reports whether a opens with a name of one or two capitalised
// words and then an action verb (Kenji send, Wu Min check).
func modalName(a string) bool {
	i := 0
	for w := 0; w < 2; w++ {
		e := readWord(a, i)
		x := a[i:e]
		if len(x) < 2 || !isUpper(x[0]) || !lowerRest(x) || notAName[strings.ToLower(x)] || notVocative[strings.ToLower(x)] {
			return false
		}
		if e < len(a) && a[e] == ' ' && assignedVerb(a[e+1:]) {
			return true
		}
		i = e + 1
		if i >= len(a) {
			return false
		}
	}
	return false
}

// unitThenName reports whether a opens with a unit or a role (two to five
// characters ending as a unit does, or a role named by its work) and then a
// full name that acts, or a unit and then when or what it does (round 25):
// 发行部张敏在…, 美编王磊12月4日前…, 审读组李娜于…, 发行部在12月4日前….
// A task's words before a name are no unit: 请提交方案于…, 请发给王磊…,
// 请把陈杰在… name nobody who is asked.
func unitThenName(a string) bool {
	i := 0
	for n := 1; n <= 5 && i < len(a); n++ {
		r, w := utf8.DecodeRuneInString(a[i:])
		if r < 0x4E00 || r > 0x9FFF || strings.ContainsRune("的把将对向给和与跟同为替帮让叫在于", r) {
			return false
		}
		i += w
		if n < 2 {
			continue
		}
		u, rest := a[:i], a[i:]
		unit := hasSuffixAny(u, askUnits...) && !expertsAsObject(u)
		if !unit && !roleWord(u) {
			continue
		}
		if s, _ := utf8.DecodeRuneInString(rest); strings.ContainsRune(surnames, s) && !notAName12(firstRunes(rest, 2)) && fullNameActs(a, i, 0) {
			return true
		}
		if unit && (rest != "" && isDigit(rest[0]) || hasPrefixAny(rest, "在", "于", "把", "将", "负责", "尽快", "今天", "明天", "本周", "下周", "１", "２", "３", "４", "５", "６", "７", "８", "９", "０")) {
			return true // 请发行部在12月4日前…, 请发行部12月4日前…
		}
	}
	return false
}

// expertsAsObject reports whether u is experts or advisers that the ask's
// task brings in (round 25, h17ai: 请组织专家…, 请邀请专家…, 请聘请法律顾问…)
// rather than whom it addresses (请审读专家在…, 请法律顾问在…).
func expertsAsObject(u string) bool {
	return hasSuffixAny(u, "专家", "顾问") && hasPrefixAny(u, "组织", "邀请", "聘请", "安排", "联系", "通知", "协调", "找", "约", "请")
}

// unitBeforeAsk reports whether the clause before a 请 (b ends where it
// starts) is a unit, a role or a full name alone, which the ask then
// addresses (round 25: 印厂请于12月4日前返回蓝样, 发行部张敏请…). 各部门, 相关
// 人员 and 全体同事 address everyone, so nobody in particular.
// unitColonBeforeAsk reports whether a unit or a role addressed before a
// colon opens the line that 请 follows (round 27, h17ak: 化验室：请12/03前…);
// 备注：请…, 注意：请… and 所有人：请… name nobody.
func unitColonBeforeAsk(b string) bool {
	r, ok := strings.CutSuffix(b, "：")
	if !ok {
		r, ok = strings.CutSuffix(b, ":")
	}
	if ok && r != "" && unitBeforeAsk(r) {
		return true
	}
	if r, ok = strings.CutSuffix(b, "，"); !ok {
		r, ok = strings.CutSuffix(b, ",")
	}
	return ok && titledName(r)
}

// titledName reports whether b, which opens its line or sentence, is a
// surname and a title (round 28, h17al: 李教练，请…, 王老师，请…, 张经理，
// 请…): a person addressed before the ask. 教练，请… and 明天，请… name
// nobody.
func titledName(b string) bool {
	if i := strings.LastIndexAny(b, "。；;！!？?\n"); i >= 0 {
		_, w := utf8.DecodeRuneInString(b[i:])
		b = b[i+w:]
	}
	b = strings.TrimLeft(b, " 　")
	s, w := utf8.DecodeRuneInString(b)
	if w == 0 || !strings.ContainsRune(surnames, s) {
		return false
	}
	switch b[w:] {
	case "教练", "老师", "经理", "主任", "主管", "师傅", "工", "总", "医生", "队长", "班长", "组长", "站长", "店长", "船长", "大副", "部长", "科长", "处长",
		"场长", "厂长", "兽医", "轮机长": // round 32 (h17ap): 李场长，请…; 刘兽医，…请
		return true
	}
	return false
}

func unitBeforeAsk(b string) bool {
	if i := strings.LastIndexAny(b, "，,。；;：:！!？?\n 　"); i >= 0 {
		b = b[i+1:]
		if r, w := utf8.DecodeRuneInString(b); w > 0 && r == utf8.RuneError {
			return false
		}
	}
	n := utf8.RuneCountInString(b)
	if n < 2 || n > 6 || hasPrefixAny(b, "各", "全", "所有", "相关", "有关", "每", "如", "若", "以上", "以下", "收到") {
		return false
	}
	for _, r := range b {
		if r < 0x4E00 || r > 0x9FFF {
			return false
		}
	}
	if k := nameAtEnd(b); k > 0 && k < len(b) {
		b = b[:k] // 发行部张敏请…: the unit before the name
	}
	for _, u := range askUnits {
		if strings.HasSuffix(b, u) && (len(u) < len(b) || utf8.RuneCountInString(u) >= 2 && !hasPrefixAny(u, "人员", "同事", "同志", "单位")) {
			return true // 印厂, 发行部; 仓库 and 前台 alone too
		}
	}
	return roleWord(b)
}

// nameAtEnd returns where a full name of two or three characters that ends
// b starts (its surname), or -1: 发行部张敏 → 发行部.
func nameAtEnd(b string) int {
	for _, n := range []int{3, 2} {
		i := len(b)
		for k := 0; k < n && i > 0; k++ {
			_, w := utf8.DecodeLastRuneInString(b[:i])
			i -= w
		}
		if r, _ := utf8.DecodeRuneInString(b[i:]); i > 0 && strings.ContainsRune(surnames, r) && !notAName12(firstRunes(b[i:], 2)) && !wordNotName(firstRunes(b[i:], 2)) {
			if hasSuffixAny(b[:i], askUnits...) || roleWord(b[:i]) {
				return i
			}
		}
	}
	return -1
}

// roleWord reports whether u names a role by its work: an editor, a
// designer, a buyer (美编, 责编, 设计, 采购 …), as a title before a name.
func roleWord(u string) bool {
	switch u {
	case "美编", "责编", "主编", "编辑", "校对", "设计", "美工", "文案", "翻译", "律师", "会计", "出纳", "司机", "保安", "库管", "仓管",
		"采购", "财务", "行政", "人事", "法务", "质检", "品管", "销售", "售后", "商务", "客服",
		"业主", "房东", // round 26 (h17aj): 请业主赵先生在…
		"博士后", "博士生", "研究生", "秘书", "助理": // round 39 (h17aw): 请博士后赵磊11月24日前…
		return true
	}
	return false
}

// roleActs reports whether a opens with a department named by its function
// alone and then a word that starts its task (round 22: 麻烦采购跟Greifwerk
// 催一下, 请财务把发票…, 请行政那边…): 请采购一批手套 buys and names nobody.
func roleActs(a string) bool {
	for _, r := range []string{"采购", "财务", "行政", "人事", "法务", "质检", "品质", "品管", "仓储", "物流", "销售", "售后", "商务", "设计", "工艺", "生产"} {
		if b, ok := strings.CutPrefix(a, r); ok {
			return hasPrefixAny(b, "跟", "和", "同", "把", "帮", "给", "去", "那边", "这边", "同事", "今天", "明天", "尽快")
		}
	}
	return false
}
