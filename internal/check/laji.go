package check

// lajiWorkBefore are the words before 垃圾 that make it the material a
// sanitation crew handles: the work done to it (收垃圾, 捡垃圾, 清理垃圾) or
// where it lies or waits (积存垃圾, 绿化带垃圾, 路面垃圾, 站内垃圾); round 35
// (h17as).
var lajiWorkBefore = []string{"收", "捡", "拾", "捡拾", "清", "清扫", "清除", "运", "拉", "装", "收集", "积存", "存", "堆积", "滞留", "暴露", "遗留", "残留", "乱扔", "乱倒", "偷倒", "焚烧",
	"绿化带", "路面", "街面", "路边", "沿街", "河道", "水面", "站内", "站外", "周边", "小区", "楼道", "门口", "桶内", "车厢", "厢内", "道路", "背街小巷"}

// lajiWorkAfter are the words after 垃圾 that name its collection or where
// it is taken (垃圾捡拾, 垃圾收集点, 垃圾中转, 垃圾分拣, 垃圾不落地).
var lajiWorkAfter = []string{"捡拾", "捡", "拾", "清", "收", "中转", "分拣", "点", "屋", "亭", "死角", "外溢", "落地", "不落地", "日产日清", "治理", "整治", "收费", "转运", "直运", "装车", "拖", "清单"}

// ctxLajiWork reports whether 垃圾 at [s, e) is the material handled by
// work words on either side, not a verdict on someone's work.
func ctxLajiWork(t string, s, e int) bool {
	return hasPrefixAny(t[e:], lajiWorkAfter...) || hasSuffixAny(lastBytes(t[:s], 12), lajiWorkBefore...)
}
