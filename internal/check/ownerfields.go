package check

import (
	"strings"
	"unicode/utf8"
)

// Owners in the fields of a task line and by role: a field that holds a
// person's name — between dashes (修复骨骼绑定 —— 王磊 —— 12月3日), in
// brackets ("(Kevin, by Dec 3)"), after an owner label (责任人：王磊) —,
// Chinese names joined before the task (王磊和李娜12月3日前修复), and a line
// that opens with a role or a team and then the task (制片：周五前确认排期,
// "PM to confirm …", 采购办：…).

// fieldName reports whether a field of a task row holds a person's name
// alone: a table cell (| 修复骨骼绑定 | 王磊 | 12月3日 |, | … | @Kevin | … |),
// a Chinese name between two dashes (修复骨骼绑定 —— 王磊 —— 12月3日), the
// first item in brackets, a Latin one only before the date or after the
// line's first word and before its dash (修复骨骼绑定（王磊，12月3日前）, "(Kevin,
// by Dec 3)", "Rigging (Kevin) - fix …"; not "(Chrome, Safari)", "Shanghai
// (Pudong)": capitalised words are places and products too), a field after an
// owner label (责任人：王磊, 领用人：刘红 — round 18: who collects a requisition, 处理人：彭卫东 — round 19: a work order's handler, "assignee: Kevin"), a team and a name before the
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
	for _, lab := range ownerFieldLabels {
		i := strings.Index(low, lab)
		if i < 0 || lab[0] < 0x80 && i > 0 && isLetter(low[i-1]) {
			continue
		}
		a := strings.TrimLeft(l[i+len(lab):], " ")
		a = strings.TrimLeft(strings.TrimPrefix(strings.TrimPrefix(a, ":"), "："), " ")
		if k := strings.IndexAny(a, ",，。;；)）|｜"); k > 0 {
			a = a[:k] // round 19: a work order's fields end at a bar (处理人：彭卫东 | 要求完成时间…)
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
	if k := strings.IndexByte(f, ' '); k > 0 && f[0] >= 0x80 && utf8.RuneCountInString(f[:k]) <= 6 {
		return bracketedName(strings.TrimLeft(f[k:], " ")) // round 20: a team, a space and the name (责任人：仓库 陈敏)
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
			if k := i + utf8.RuneLen(r); n >= 2 && hasSuffixAny(l[:k], "师", "专员", "主管", "经理", "组", "部", "科", "中心", "团队") && !hasAny(l[:k], "小组", "全部", "内部", "外部", "局部", "底部", "顶部", "头部", "尾部", "部分", "教师节") || staffRole(l[:k]) {
				end = max(end, k)
			}
		}
	}
	if end == 0 {
		return false
	}
	a := l[end:]
	if len(a) > 0 && isDigit(a[0]) {
		return !siteCode(a) // round 20: 为中心003补寄…, 补充中心010… name a site, not who acts
	}
	return hasPrefixAny(a, "：", ":", " ", "　", "这边", "那边", "负责", "牵头", "统一", "尽快", "抓紧", "马上", "今天", "明天", "后天", "今晚", "本周", "下周", "这周",
		"周一", "周二", "周三", "周四", "周五", "周六", "周日", "月底", "下班前", "把", "抽空", "赶紧")
}

// staffRole reports whether w, three to five characters, is a post ending
// in 员 (安全员, 资料员, 调度员, 仓管员; round 29, h17am: 安全员抽空把本月的动火
// 作业台账整理出来): not a crowd or a count of people (相关人员, 公司全员,
// 新会员, 成员).
func staffRole(w string) bool {
	if utf8.RuneCountInString(w) < 3 || !strings.HasSuffix(w, "员") || strings.HasSuffix(w, "全员") && !strings.HasSuffix(w, "安全员") {
		return false
	}
	return !hasSuffixAny(w, "人员", "会员", "动员", "满员", "减员", "裁员", "增员", "成员", "学员", "官员")
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

// officeSuffix13 returns the length of an office's name right after a role
// (采购办, 财务处, 法务室, 人事办公室): the row names that office as its
// owner (round 13, request-no-owner). 采购办法 and 财务处理 are no office, and
// a bare 待办 or 督办 has no role before it.
func officeSuffix13(a string) int {
	if strings.HasPrefix(a, "办公室") {
		return len("办公室")
	}
	for _, s := range []string{"办", "处", "室"} {
		if strings.HasPrefix(a, s) && !hasPrefixAny(a, "办法", "办理", "处理", "处置", "处方") {
			return len(s)
		}
	}
	return 0
}

// applicantField reports whether a work permit's applicant is named
// (申请人：电仪班 吴敏, 申请人：王磊): who is answerable for the work (round 16).
func applicantField(l string) bool {
	i := strings.Index(l, "申请人")
	if i < 0 {
		return false
	}
	a := strings.TrimLeft(l[i+len("申请人"):], " ")
	if b, ok := strings.CutPrefix(a, "："); ok {
		a = b
	} else if b, ok := strings.CutPrefix(a, ":"); ok {
		a = b
	} else {
		return false
	}
	a = strings.TrimSpace(a)
	if k := strings.IndexAny(a, ",，。;；)）|｜"); k > 0 {
		a = a[:k] // round 19: a work order's fields end at a bar (处理人：彭卫东 | 要求完成时间…)
	}
	return fieldIsName(a) || teamSpaceName(a)
}

// eachRoleHolder reports whether each holder of a role is addressed with 各
// before the date or the duty (各地接导游于12月5日前提交报账单, 各班组长12月3日前
// 上报; round 16); 各相关单位 and 各有关部门 stay whoever it concerns (round 15).
func eachRoleHolder(l string) bool {
	rest, ok := strings.CutPrefix(l, "各")
	if !ok || hasPrefixAny(rest, "相关", "有关", "位") {
		return false
	}
	for _, suf := range []string{"导游", "领队", "司机", "班组长", "班组", "班长", "组长", "车间", "门店", "店长", "项目部", "项目经理", "经理", "主管", "站长", "站点", "科室"} {
		i := strings.Index(rest, suf)
		if i < 0 || utf8.RuneCountInString(rest[:i]) > 4 || hasAny(rest[:i], "，", ",", "：", ":") {
			continue
		}
		a := rest[i+len(suf):]
		return hasPrefixAny(a, "于", "在", "须", "务必", "请", "要", "需") || a != "" && isDigit(a[0])
	}
	return false
}

// teamSpaceName reports whether f is a team and a Chinese name after a
// space (电仪班 吴敏, 维修组 王磊).
func teamSpaceName(f string) bool {
	team, name, ok := strings.Cut(f, " ")
	if !ok {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(team)
	return strings.ContainsRune("班组队部科室间", last) && chineseNameField(strings.TrimSpace(name))
}

// siteCode reports whether the digits opening a are a numbered site's code
// (中心003补寄…, 中心010研究者…) rather than a date or time (研发中心12月3日前…,
// 3号, 9点): a leading zero, or a Han character after the digits that
// belongs to no date or time. Reads at most six digits.
func siteCode(a string) bool {
	if a[0] == '0' {
		return true
	}
	k := 0
	for k < len(a) && k < 6 && isDigit(a[k]) {
		k++
	}
	return k < len(a) && a[k] >= 0x80 && !hasPrefixAny(a[k:], "月", "日", "号", "点", "时", "前", "天", "周", "个", "：")
}
