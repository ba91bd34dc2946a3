package check

// Round 39 (h17aw): 别拖 and 别又拖到最后 after the writer has already urged
// the task in the same sentence (抓紧把投诉工单关掉，别拖了; 这事抓紧办，别又拖
// 到最后; 材料尽早准备，别拖) only repeat the urging, and the writers do not
// call it rude: over all sets, fifteen such texts are labelled clean and
// none rude. A bare 别拖 with a demand (报告今天必须交，别拖; 别拖。今天必须给
// 我), 别又拖到 next week after a deadline, and 别再拖了 — six texts of seven
// mark it, as the issue's own examples do — stay blunt orders.

// urgedNoDelay reports whether the rude word at t[s:e] is 别拖 or 别又拖…
// (not 别再拖) and the sentence before it urges the task: 抓紧, 尽早, 尽快,
// 早点.
func urgedNoDelay(t string, s, e int) bool {
	if !hasPrefixAny(t[s:e], "别拖", "别又拖") {
		return false
	}
	return hasAny(sentenceBefore(t, s), "抓紧", "尽早", "尽快", "早点")
}
