package check

import "testing"

// A vague word talked about as a word — "ASAP is a word …", "ASAP is not a
// deadline", ASAP标识/ASAP字样 as a mark — is no vague time; the same word
// used ("Send it ASAP", 请ASAP标识一下) still is.
func TestVagueWordAsMark(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Text, "ASAP is a word we banned from supplier contracts last year.", RuleVagueTime, ""},
		{Text, "ASAP is not a deadline.", RuleVagueTime, ""},
		{Text, "Soon is not a date.", RuleVagueTime, ""},
		{Text, "喷淋主管道的ASAP标识是厂家型号前缀，不是催促的意思。", RuleVagueTime, ""},
		{Text, "箱子上的ASAP字样是客户要求印的。", RuleVagueTime, ""},
		{Text, "Send it ASAP, it is a word I use a lot.", RuleVagueTime, "ASAP"},
		{Text, "Reply ASAP is all I ask.", RuleVagueTime, "ASAP"},
		{Text, "请ASAP标识一下这批货。", RuleVagueTime, "ASAP"},
		{Text, "ASAP, the crane is down.", RuleVagueTime, "ASAP"},
	})
}
