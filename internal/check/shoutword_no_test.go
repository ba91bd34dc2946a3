package check

import "testing"

// Round 41 (h17ay): NO and a word in capitals (NO EXCEPTIONS, NO EXCUSES,
// NO WAY) shout in English and in Chinese, and an alert word heads a clause
// inside Chinese before its colon (，WARNING：); signs, labels and codes do
// not.
func TestShoutNoWordAndClauseAlert(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Text, "所有飞手注意：作业前必须检查喷头，NO EXCEPTIONS。", RuleShouting, "NO EXCEPTIONS"},
		{Text, "NO WAY我们降价，这个价已经是底价了", RuleShouting, "NO WAY"},
		{Text, "Check the nozzles before every flight, NO EXCEPTIONS.", RuleShouting, "NO EXCEPTIONS"},
		{Text, "严禁在未获批空域飞行，WARNING：违者后果自负。", RuleShouting, "WARNING"},
		{Text, "设备已断电，URGENT：请立即检查配电柜。", RuleShouting, "URGENT"},
		// look-alikes
		{Text, "库区入口贴了NO SMOKING标识。", RuleShouting, ""},
		{Text, "状态：NO ETA，等配件。", RuleShouting, ""},
		{Text, "表格第三栏，NO EXCEPTIONS：填写例外情况。", RuleShouting, ""},
		{Text, "标签上印有WARNING字样，请勿撕掉。", RuleShouting, ""},
		{Text, "仓库说，CAPA：下周提交。", RuleShouting, ""},
	})
}
