package check

import (
	"strings"
)

// Round 11 of issue 17: classes of the twenty-seventh and twenty-eighth
// sets' misses and false alarms other than rudeness shapes (those are in
// rudeshape11.go), each with look-alikes in round11_test.go.

// ownMachine reports whether 破 at [s, e) scorns a machine of the writer's
// own side — 这破机器真该换了, 那台破打印机又卡纸了 — in a sentence that
// speaks to nobody (no 你, 您, 贵): exasperation at a thing, not at the
// reader. 你们这破系统 and 什么破软件 (a vendor's software) stay rude.
func ownMachine(t string, s, e int) bool {
	if !hasPrefixAny(t[e:], "机器", "打印机", "电脑", "复印机", "投影仪", "空调") {
		return false
	}
	b := lastRunesN(t[:s], 4)
	if !strings.Contains(b, "这") && !strings.Contains(b, "那") {
		return false
	}
	sent := sentenceAround(t, s, e)
	return !strings.Contains(sent, "你") && !strings.Contains(sent, "您") && !strings.Contains(sent, "贵")
}
