package check

import "strings"

// readersOwnTime reports whether a clause's time is the reader's own, not a
// bound on the writer's promise before it: 合同的事我们晚点再对一下,您今天先忙
// (round 4 of issue 17). Such a clause starts with 您/你, tells the reader to
// get on with their own day (先忙, 先休息 …) and is no deadline; 您明天上午来取
// still bounds it.
func readersOwnTime(t string, cl clause) bool {
	if cl.due || cl.s >= len(t) {
		return false
	}
	c := strings.TrimLeft(t[cl.s:min(cl.e, len(t))], " ")
	return hasPrefixAny(c, "您", "你") && !hasPrefixAny(c, "你们") && hasAny(c, "先忙", "先休息", "先去忙", "先处理手上")
}
