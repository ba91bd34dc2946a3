package check

import "testing"

// A promise relayed from an outside party named as X那边, with no span at
// all, or relayed with a present "says", is the writer's vague time
// (vague_relayed.go); the older sets' bare X说, "said", "promised", a rough
// span (过两天) and a demand on the writer's side stay reported.
func TestRelayedPromise(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Text, "物流那边说近期会安排提货，具体时间还没定。", RuleVagueTime, "近期"},
		{Text, "forwarder那边说船期delay了，回头再更新ETA。", RuleVagueTime, "回头"},
		{Text, "体检中心那边说改天再来给老人抽血。", RuleVagueTime, "改天"},
		{Text, "售后那边说配件有空时寄过来。", RuleVagueTime, "有空时"},
		{Text, "油料公司那边回话说下批航油尽快安排。", RuleVagueTime, "尽快"},
		{Text, "Supplier says they'll ship soon.", RuleVagueTime, "soon"},
		{Text, "The translator says she'll get back to us soon about the glossary.", RuleVagueTime, "soon"},
		{Text, "Linda，客户说偏黄，请尽快重打。", RuleVagueTime, "尽快"},
		// look-alikes that stay reported
		{Text, "韩国那边说过两天发新的价目表，到时候再定促销价。", RuleVagueTime, ""},
		{Text, "学院那边说要尽快交，我有点着急。", RuleVagueTime, ""},
		{Text, "客户那边一直说soon soon soon，到底哪天下单也不给个准话。", RuleVagueTime, ""},
		{Text, "餐厅说稍后会有人联系我们。", RuleVagueTime, ""},
		{Text, "Our supplier said the parts would ship soon, so I've asked them for a firm date.", RuleVagueTime, ""},
		{Text, "The supplier promised to ship the parts shortly.", RuleVagueTime, ""},
		{Text, "Our technician says it will be fixed soon.", RuleVagueTime, ""},
		{Text, "客户说，请尽快发货。", RuleVagueTime, ""},
	})
}
