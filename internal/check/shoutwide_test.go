package check

import "testing"

// A shouted word in full-width capitals among Chinese is shouting
// (shoutwide.go, round 30, h17an); full-width codes and names, and the word
// inside a longer full-width run, are not.
func TestShoutWideCaps(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Text, "ＷＨＹ又是这个网点？？？这周第三次投诉了", RuleShouting, "ＷＨＹ"},
		{Text, "ＷＨＹ又是这个网点，这周第三次投诉了", RuleShouting, "ＷＨＹ"},
		{Text, "ＳＴＯＰ，先别发货", RuleShouting, "ＳＴＯＰ"},
		{Text, "请在ＥＲＰ系统里登记这周的投诉", RuleShouting, ""},
		{Text, "ＫＦＣ旁边的网点这周投诉了三次", RuleShouting, ""},
		{Text, "ＷＨＹＺ型号的配件已到", RuleShouting, ""},
		{Text, "客户说：“ＷＨＹ又是你们”", RuleShouting, ""},
	})
}
