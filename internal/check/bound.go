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

// nowReason reports whether a later clause whose time is only "today/now"
// says why the thing cannot be done now (药改天再给您配,今天缺货; 改天再约,
// 今天实在排不开): its today is not the later day the vague word leaves
// open, so it anchors nothing before it (round 8). A deadline today (今天
// 下班前给您) or a time of day (今天下午三点) still anchors.
func nowReason(t string, cl clause) bool {
	if cl.due || cl.s >= len(t) {
		return false
	}
	c := strings.TrimLeft(t[cl.s:min(cl.e, len(t))], " ")
	var rest string
	for _, p := range []string{"今天", "今日", "现在", "目前", "眼下", "这会儿", "这两天"} {
		if strings.HasPrefix(c, p) {
			rest = c[len(p):]
			break
		}
	}
	if rest == "" {
		return false
	}
	if hasAny(rest, "点", "上午", "下午", "晚上", "中午", "前", "号", "日", "时") {
		return false
	}
	return hasAny(rest, "缺货", "没货", "断货", "没空", "没时间", "太忙", "忙不过来", "排不开", "不在", "休息", "休假", "放假", "关门", "停电", "停水", "来不及", "人手不够", "缺人", "没人", "不方便", "走不开")
}
