package check

import (
	"strings"
	"unicode/utf8"
)

// Round 34 (h17ar): an ask to an outside party named by its role —
// 请承包商A在12月6日前撤离…, 请供应商十二月十日前提供…, 请分包商B于…, 请厂家尽快派人…
// — names whom it asks: the supplier or the contractor of the job is one
// party, known to both sides, as 请物流部… is. Every set so far labels it
// so (请施工方12月12日前…, 请维保单位尽快维修, 请供应商于本周五…). A letter
// or a number after the role tells one of several apart (承包商A, 分包商2).
// The role as what is to be sent or listed (请供应商名单…, 请供应商的报价…)
// names nobody.

// partyRoles are outside parties named by their role in the job.
var partyRoles = []string{"供应商", "供货商", "承包商", "分包商", "总包方", "总包单位", "施工方", "施工单位", "厂家", "厂商", "承运商", "服务商", "代理商", "监理"}

// partyRoleThing follow a role when it names what is to be sent, not who.
var partyRoleThing = []string{"的", "名单", "名录", "清单", "报价", "资料", "资质", "信息", "档案", "目录", "库", "评价", "评估", "考核", "准入", "管理", "合同", "发票"}

// partyByRole reports whether a (after 请) opens with an outside party
// named by its role, a label of up to three letters or digits after it,
// and no word after that makes the role a thing.
func partyByRole(a string) bool {
	for _, p := range partyRoles {
		r, ok := strings.CutPrefix(a, p)
		if !ok {
			continue
		}
		for n := 0; n < 3 && r != "" && (isUpper(r[0]) || isDigit(r[0])); n++ {
			r = r[1:]
		}
		if c, _ := utf8.DecodeRuneInString(r); r == "" || c < 0x4E00 || c > 0x9FFF {
			return false
		}
		return !hasPrefixAny(r, partyRoleThing...)
	}
	return false
}

// Round 37 (h17au): an outside party is named in English too — by its role
// before "to" in an action row ("Telecom vendor to confirm the SIP trunk
// failover test date …", "Piling subcontractor to submit …", as "Site
// manager to …"; four rows over the sets, none labelled ownerless), or by
// its trade name set off by a comma ("NetPath, please send …", "NetPath, we
// need …"): a capitalised name with a capital inside it, the way firms
// write theirs. "Please have the freight forwarder send …" and "Please ask
// the vendor to …" stay ownerless (who is to have them do it?), as two
// older sets label them; one newer writer labels the other way.

// partyNounsEn are outside parties named by their role in the job.
var partyNounsEn = map[string]bool{"vendor": true, "vendors": true, "supplier": true, "suppliers": true, "contractor": true, "contractors": true,
	"subcontractor": true, "subcontractors": true, "forwarder": true, "forwarders": true, "carrier": true, "carriers": true, "landlord": true,
	"installer": true, "installers": true, "courier": true, "couriers": true, "agency": true}

// camelName reports whether w is a trade name written as one word with a
// capital inside it (NetPath, SoundLine, FedEx): letters only, lower case
// after the first letter but for one or two capitals.
func camelName(w string) bool {
	if len(w) < 4 || len(w) > 16 || !isUpper(w[0]) || allUpper(w) {
		return false
	}
	inner := 0
	for k := 1; k < len(w); k++ {
		if !isLetter(w[k]) {
			return false
		}
		if isUpper(w[k]) {
			inner++
		}
	}
	return inner >= 1 && inner <= 2 && !isUpper(w[1])
}
