package check

import "testing"

// Round 42 (h17az): NO and two words in capitals shout as NO and one does,
// and a word of voice in capitals inside a Chinese sentence shouts alone;
// signs, labels and codes do not.
func TestShoutNoMoreAndHanFlanked(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Text, "NO MORE EXCUSES. Grades in by Friday.", RuleShouting, "NO MORE EXCUSES"},
		{Text, "Send the as-builts by 30 November. NO MORE EXCUSES.", RuleShouting, "NO MORE EXCUSES"},
		{Text, "这批货必须今天发，NO MORE DELAYS。", RuleShouting, "NO MORE DELAYS"},
		{Text, "再强调一次：生肉区和熟食区的工具 NEVER 混用。", RuleShouting, "NEVER"},
		{Text, "进车间MUST戴安全帽。", RuleShouting, "MUST"},
		{Text, "报价单 NOT 含税，请注意。", RuleShouting, "NOT"},
		// look-alikes
		{Text, "门口贴了NO SMOKING AREA标识。", RuleShouting, ""},
		{Text, "NO MORE EXCUSES: a talk on ownership, Friday 3pm.", RuleShouting, ""},
		{Text, "型号：NOW-2，数量3台。", RuleShouting, ""},
		{Text, "品牌NOW。", RuleShouting, ""},
		{Text, "We will never mix the tools again.", RuleShouting, ""},
	})
}
