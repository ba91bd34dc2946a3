package check

import (
	"strings"
	"unicode/utf8"
)

// Owners of round 31's sets (request-no-owner): a department named by
// its work as the line's label or addressee, without a unit noun
// ("Accounts: the final invoice must be paid by …", "Stores, please …",
// "Can stores please reorder …", "Print shop, please have …"), and a name
// with its crew in brackets before the colon ("Tom (stage crew): re-rig
// …"). The Chinese asks of the round (请龙星炭黑在…, 请各位教员…, 刘洋回头…)
// are read by roleByWork, namedPartyDated (below) and fullNameActs.

// deptWords are departments named by their work, which English requests
// address by that name alone or before a team word (Accounts, Stores,
// Purchasing team). As the first word of a short vocative only: "Security
// update:" or "Sales figures:" are topics, not whom the line addresses.
var deptWords = map[string]bool{"accounts": true, "finance": true, "stores": true, "purchasing": true, "procurement": true,
	"maintenance": true, "payroll": true, "reception": true, "logistics": true, "hr": true, "it": true, "qa": true, "qc": true,
	"facilities": true, "housekeeping": true, "admin": true, "dispatch": true, "ops": true, "operations": true, "engineering": true,
	"legal": true, "marketing": true, "sales": true, "security": true, "planning": true, "catering": true, "stage": true, "print": true}

// deptTail are the words that may follow a department's name in its
// vocative (Print shop, Stores team, Maintenance crew).
var deptTail = map[string]bool{"team": true, "shop": true, "crew": true, "desk": true, "office": true, "department": true, "dept": true, "room": true, "staff": true}

// deptVocative reports whether b, the words that open a line before its
// colon or before ", please", address a department by its work: the
// department alone, or with one team word after it (round 31, h17ao).
func deptVocative(b string) bool {
	ws := strings.Fields(b)
	if len(ws) == 0 || len(ws) > 2 || !isUpper(ws[0][0]) || !deptWords[strings.ToLower(ws[0])] {
		return false
	}
	if len(ws) == 2 {
		return deptTail[strings.ToLower(ws[1])]
	}
	return ws[0] != "It" && ws[0] != "Print" && ws[0] != "Stage" // "It: …" is no IT; print and stage need their shop or crew
}

// deptAddressed reports whether a line opens with a department addressed
// before a colon or ", please" ("Accounts: the invoice must …", "Print
// shop, please have …"), or asked with a modal ("Can stores please reorder
// …", "Could accounts send …"). "Sales: up 4%" has no task, but a request
// is a task, so the label is whom it addresses.
func deptAddressed(l string) bool {
	if i := strings.IndexAny(l, ":,"); i > 0 && deptVocative(l[:i]) {
		rest := strings.TrimLeft(l[i+1:], " ")
		return rest != "" && (l[i] == ':' || hasPrefixAny(strings.ToLower(rest), "please", "kindly", "can you", "could you"))
	}
	for _, m := range []string{"Can ", "Could ", "Would "} {
		b, ok := strings.CutPrefix(l, m)
		if !ok {
			continue
		}
		e := readWord(b, 0)
		if !deptWords[strings.ToLower(b[:e])] || strings.ToLower(b[:e]) == "it" {
			return false
		}
		rest := strings.TrimLeft(b[e:], " ")
		if k := readWord(rest, 0); deptTail[strings.ToLower(rest[:k])] {
			rest = strings.TrimLeft(rest[k:], " ")
		}
		rest = strings.TrimPrefix(rest, "please ")
		return assignedVerb(rest)
	}
	return false
}

// nameBracketColon reports whether a line opens with a name and its crew
// or team in brackets before the colon and the task ("Tom (stage crew):
// re-rig …", "Priya (QA): retest …"), as lineAssignee reads "Tom: …".
func nameBracketColon(l string) bool {
	n := namesEnd(l)
	if n == 0 || !strings.HasPrefix(l[n:], " (") {
		return false
	}
	j := strings.IndexByte(l[n:], ')')
	if j < 0 || j > 30 || !crewInBrackets(l[n+2:n+j]) {
		return false
	}
	return lineAssignee(l[:n] + l[n+j+1:])
}

// crewInBrackets reports whether the words in brackets after a name are
// its crew, team or department (stage crew, QA, night shift), not a
// version or a note ("Contract (v2): …").
func crewInBrackets(b string) bool {
	for _, w := range strings.Fields(strings.ToLower(b)) {
		if unitNouns[w] || deptWords[w] || deptTail[w] || roleNouns17[w] {
			return true
		}
	}
	return false
}

// roleByWork reports whether r (after 各位) opens with a role of two or
// three characters named by its work and ending as a post does — 员, 师,
// 长, 教练 (round 31, h17ao: 请各位教员…, 各位机长, 各位工程师, 各位检验员):
// the ask addresses the holders of that role. 各位成员, 各位人员, 各位会员
// are everyone who reads, as 各位同事 is.
func roleByWork(r string) bool {
	i := 0
	for n := 1; n <= 3 && i < len(r); n++ {
		c, w := utf8.DecodeRuneInString(r[i:])
		if c < 0x4E00 || c > 0x9FFF {
			return false
		}
		i += w
		if n >= 2 && hasSuffixAny(r[:i], "员", "师", "长", "教练") && !hasSuffixAny(r[:i], "成员", "人员", "会员", "全员", "官员", "动员") {
			return true
		}
	}
	return false
}

// cutGroupWord cuts the word that opens an ask to a whole group — 各位,
// 所有, 全体 — before the role its members hold (请所有教练…, 请全体驾驶员…;
// round 35, h17as).
func cutGroupWord(a string) (string, bool) {
	for _, g := range []string{"各位", "所有", "全体"} {
		if r, ok := strings.CutPrefix(a, g); ok {
			return r, true
		}
	}
	return a, false
}

// namedPartyDated reports whether a (after 请) opens with a party named
// by itself — a supplier's or a customer's name of two to six characters —
// and then 在 or 于 and a date (round 31, h17ao: 请龙星炭黑在11月20日前补交…,
// 请华信于12月3日前回传…). The caller has ruled out asks that open with the
// task; a document or a payment before the date (请申报材料于…, 请合同于…)
// is what is to be sent, and someone invited (请邀请专家于…) is the task's
// object: neither names whom the ask addresses.
func namedPartyDated(a string) bool {
	i := 0
	for n := 1; n <= 7 && i < len(a); n++ {
		c, w := utf8.DecodeRuneInString(a[i:])
		if c < 0x4E00 || c > 0x9FFF || strings.ContainsRune("的把将对向给和与跟同为替帮让叫", c) {
			return false
		}
		if c == '在' || c == '于' {
			if n < 3 || hasSuffixAny(a[:i], partyNotThing...) || hasPrefixAny(a, "组织", "邀请", "聘请", "联系", "协调", "找", "约", "请") {
				return false
			}
			d := a[i+w:]
			return d != "" && (isDigit(d[0]) || hasPrefixAny(d, "１", "２", "３", "４", "５", "６", "７", "８", "９", "０", "本周", "下周", "今天", "明天", "月底", "本月", "下月"))
		}
		i += w
	}
	return false
}

// partyNotThing end the words before 在/于 that are what is to be done or
// sent, not who does it.
var partyNotThing = []string{"材料", "资料", "报告", "文件", "合同", "款", "表", "单", "书", "费", "函", "件", "稿", "证", "票", "据", "样", "货", "品", "物", "工作", "任务", "项目", "计划", "方案"}
