package check

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Requests (明确性): a request must say who is to act and by when
// (request-no-owner, request-no-date). The rule reads the window's tokens
// for an owner or a date, takes a clause that asks the reader (帮我…, 帮忙…,
// 你…) as naming the owner, and suggests the form's own department and
// contact when there is a form. Names: an informal name (张工, 刘总, 小李) or
// a full name that acts (陈杰负责接口联调) is an owner; the layouts of action
// items that name one are in owners.go and ownerfields.go.

// requestFlags notes whether the window's tokens name an owner or give a
// date, for request (which runs once, on the whole text).
func (c *checker) requestFlags() {
	if c.opt.Kind != Request || (c.reqOwner && c.reqDate) {
		return
	}
	c.markAttrib()
	for i := range c.toks {
		k := &c.toks[i]
		if k.kind == kLex && k.cls == clsOwner && !roleInNameOnly(c.t, k.s) && !bareAsk(c.t, k.s, k.e) && !emptyOwnerField(c.t, k.e) {
			c.reqOwner = true
		}
		if k.isAnchor() && !(k.objDay && periodOfData(c.t, k.s, k.e)) || (k.kind == kDate && !k.invalid && !batchDate(c.t, k.e) && !eventDate(c.t, k.e)) {
			c.reqDate = true // round 18: 出具本周…检测结果 — the week dates the results, no deadline
		}
	}
}

// request checks that a request names an owner and a date; c.t is the
// whole text, and requestFlags has read its tokens.
func (c *checker) request() {
	t := c.t
	s, e := 0, len(t)
	for s < e {
		r, n := utf8.DecodeRuneInString(t[s:])
		if !isSpaceRune(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(t[:e])
		if !isSpaceRune(r) {
			break
		}
		e -= n
	}
	if s >= e {
		return
	}
	owner, date := c.reqOwner, c.reqDate
	if f := c.opt.Form; f != nil {
		owner, date = owner || f.Owner != "", date || f.Due != ""
	}
	if !owner {
		owner = informalName(t[s:e]) || addressedToReader(t[s:e]) || namedAssignee(t[s:e])
	}
	if !owner {
		c.emit(s, e, RuleRequestNoOwner, Warn,
			c.tr("请求没有写明由谁负责", "The request does not say who is to act"),
			c.ownerSuggestion())
	}
	if !date {
		c.emit(s, e, RuleRequestNoDate, Warn,
			c.tr("请求没有写明完成期限", "The request gives no date"),
			c.concreteSuggestion())
	}
}

// addressedToReader reports whether a clause of the request opens by asking
// the reader (帮我…, 帮忙…, 你…): the reader is its owner, also after
// the object named first (会议室,帮忙订一下; round 8). 有人帮忙 names nobody.
func addressedToReader(r string) bool {
	for {
		c := strings.TrimLeft(r, " ")
		if hasPrefixAny(c, "帮我", "帮忙", "你") {
			return true
		}
		i := strings.IndexAny(r, ",，")
		if i < 0 {
			return false
		}
		_, n := utf8.DecodeRuneInString(r[i:])
		r = r[i+n:]
	}
}

// ownerSuggestion names the form's own department and contact when there is
// a form, and asks for a department and a name otherwise.
func (c *checker) ownerSuggestion() string {
	if f := c.opt.Form; f != nil && (f.Dept != "" || f.Contact != "") {
		who := f.Dept + f.Contact
		whoEn := f.Contact
		if whoEn == "" {
			whoEn = f.Dept
		} else if f.Dept != "" {
			whoEn += " (" + f.Dept + ")"
		}
		return c.tr(fmt.Sprintf("请写明负责人,如「请%s负责」", who), fmt.Sprintf("Name the owner, e.g. \"%s, please …\"", whoEn))
	}
	return c.tr("请写明负责的部门和人员,如「请××部××负责」", "Name the department and the person who is to act, e.g. \"<name> (<department>), please …\"")
}

// ctxYou accepts 由 as "by whom" (由技术部负责), not in 由于, 理由, 自由.
func ctxYou(t string, s, e int) bool {
	n, _ := utf8.DecodeRuneInString(t[e:])
	p, _ := utf8.DecodeLastRuneInString(t[:s])
	return !strings.ContainsRune("于此来衷", n) && !strings.ContainsRune("理自缘经原", p)
}

// ctxQing rejects 请 inside 申请, 邀请, 聘请.
func ctxQing(t string, s, e int) bool {
	p, _ := utf8.DecodeLastRuneInString(t[:s])
	return !strings.ContainsRune("申邀聘宴恳", p) && ctxNotWhoever(t, s, e) && !recordAsk(t, e)
}

// recordAsk reports whether 请 closes a record row that names nobody — a
// finding or a permit under its label (巡检发现：E-201 保温层破损，请处理;
// 受限空间作业：V-108 清罐，请安排人员尽快办理) — with a bare 处理 or 安排人员
// after it: whoever reads the log, no one (round 16). 请维修班处理 and a row
// without such a label (E-201保温层破损，请处理一下) are not read here.
func recordAsk(t string, e int) bool {
	if !hasPrefixAny(t[e:], "处理", "尽快处理", "及时处理", "安排人员", "安排人", "派人", "安排更换", "安排维修", "安排检修", "安排修复", "安排处理", "安排清理") { // round 17: 安排更换
		return false
	}
	if a := strings.TrimPrefix(t[e:], "安排"); len(a) < len(t[e:]) && hasPrefixAny(strings.TrimPrefix(strings.TrimPrefix(a, "维修"), "检修"), "班", "组", "队", "部", "科", "工", "单位", "中心", "车间") {
		return false // 请安排维修班王磊…: a crew is named
	}
	l := t
	if i := strings.IndexByte(l, '\n'); i >= 0 {
		l = l[:i]
	}
	i := strings.Index(l, "：")
	if i <= 0 || utf8.RuneCountInString(l[:i]) > 8 || i > e {
		return false
	}
	return hasSuffixAny(l[:i], "发现", "作业", "异常", "隐患", "缺陷", "报警", "故障", "问题", "工单", "报修", "维修单", "派工单") // round 17: 工单：…，请安排更换
}

// ctxNotWhoever rejects 请/麻烦 before "whoever it concerns" (请相关人员抓紧处理,
// 麻烦有关部门…, 请各相关单位…): an owner in name only (round 15). 请相关的
// 报告…, 请王磊和相关人员… still ask someone.
func ctxNotWhoever(t string, s, e int) bool {
	a := strings.TrimPrefix(t[e:], "各")
	for _, p := range []string{"相关", "有关"} {
		if r, ok := strings.CutPrefix(a, p); ok {
			return !hasPrefixAny(r, "人员", "人士", "部门", "同事", "单位", "方", "负责人", "责任人", "岗位", "班组", "车间")
		}
	}
	return true
}

// surnames are the common family names that informal names are made of.
const surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"

// informalName reports whether text names someone the way colleagues do:
// 张工, 刘总, 王经理, 陈姐, 小李, 老周.
func informalName(text string) bool {
	var prev rune
	for i, r := range text {
		if strings.ContainsRune(surnames, r) && inContactField(text, i) {
			prev = r
			continue // round 20: a contact is whom to call, not who acts (联系人：物业 陈姐 136…)
		}
		if strings.ContainsRune(surnames, r) && fullNameActs(text, i, prev) {
			return true
		}
		if strings.ContainsRune(surnames, r) {
			rest := text[i+utf8.RuneLen(r):]
			if (prev == '小' || prev == '老') && !hasPrefixAny(rest, "序", "时", "于") && !strings.HasPrefix(text[i:], "方面") {
				return true
			}
			if hasPrefixAny(rest, "工", "总", "姐", "哥", "老师", "师傅", "主任", "经理", "主管", "科长", "处长", "部长") && !hasPrefixAny(rest, "工作", "工程", "工艺", "工具", "工资", "工期", "工单", "工厂", "总额", "总价", "总结", "总数", "总计", "总体", "工位") {
				return true
			}
		}
		prev = r
	}
	return false
}

// fullNameActs reports whether a full name (surname and one or two more
// characters) starts a clause at i and is followed by what the person is to
// do or by when: 周敏12月9日前把报价发给华信, 陈杰负责接口联调.
func fullNameActs(text string, i int, prev rune) bool {
	if prev != 0 && !strings.ContainsRune("，,、：:；;。 \n@", prev) {
		return false
	}
	j := i
	for n := 0; n < 3 && j < len(text); n++ {
		r, w := utf8.DecodeRuneInString(text[j:])
		if r < 0x4E00 || r > 0x9FFF {
			break
		}
		j += w
		if n == 0 {
			continue
		}
		rest := text[j:]
		if sp := strings.TrimLeft(rest, " 　"); len(sp) < len(rest) && (len(sp) > 0 && isDigit(sp[0]) || hasPrefixAny(sp, "负责", "跟进", "今天", "明天", "后天", "本周", "下周", "这周") || hasPrefixAny(sp, nameSpaceTask...) && !wordNotName(text[i:j])) { // round 11: 许敏 尽快把…
			return true // a name and a space before the date or the task: 陈杰 11月23日前完成…, 李娜 跟进… (round 9)
		}
		if prev == 0 && n == 1 && hasPrefixAny(rest, "，", ",", "：", ":") {
			return true // addressed by name: 吴强,会议室的椅子…
		}
		if urgentAfterName(text[i:j], rest) {
			return true // round 12: 赵磊尽快把授权书拿回来
		}
		if len(rest) > 0 && isDigit(rest[0]) || hasPrefixAny(rest, "负责", "把", "于", "在", "来", "去", "跟进", "今天", "明天", "后天", "本周", "下周", "这周", "周") || (prev == 0 || prev == '\n') && hasPrefixAny(rest, "回头", "抽空", "有空", "得空", "记得") && !wordNotName(text[i:j]) && !notAName12(firstRunes(text[i:j], 2)) {
			return true
		}
	}
	return false
}

// inContactField reports whether i lies in a contact field (联系人：物业 陈姐,
// 现场联系人：王磊): the field names whom the crew calls, not who acts — the
// manual asks a request to name who is responsible (负责人, 对接人), and a
// work order's contact with a phone number is the site's (round 20). Looks
// back at most 40 bytes, to the field's start.
func inContactField(text string, i int) bool {
	b := lastBytes(text[:i], 40)
	if k := strings.LastIndexAny(b, ",，;；。|\n"); k >= 0 {
		b = b[k+1:]
	}
	return strings.Contains(b, "联系人") || strings.Contains(b, "联系电话") || strings.Contains(b, "联络人")
}
