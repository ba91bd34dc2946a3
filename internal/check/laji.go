package check

import (
	"strings"
	"unicode/utf8"
)

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
	return hasPrefixAny(t[e:], lajiWorkAfter...) || hasSuffixAny(lastBytes(t[:s], 12), lajiWorkBefore...) || lajiWorkOnPlace(clauseBefore(t, s))
}

// lajiWorkVerbs are the work done to rubbish that may take its place or
// amount between them (清运展位垃圾, 清运全部展位垃圾; round 37, h17au).
var lajiWorkVerbs = []string{"清运", "清理", "清扫", "清除", "收运", "转运", "运走", "收集", "打扫"}

// lajiWorkOnPlace reports whether the clause before 垃圾 ends with a work
// verb and at most four characters of where or how much (展位, 全部展位,
// 现场的), and no verdict (是, 真, 太) between them.
func lajiWorkOnPlace(b string) bool {
	for _, v := range lajiWorkVerbs {
		i := strings.LastIndex(b, v)
		if i < 0 {
			continue
		}
		gap := b[i+len(v):]
		if utf8.RuneCountInString(gap) <= 4 && !hasAny(gap, "是", "真", "太", "你", "们") {
			return true
		}
	}
	return false
}

// deviceEnds are the last characters of the names of devices and supplies
// (温控器, 检票闸机, 滚刷, 报警阀, 标签膜, 垃圾袋).
const deviceEnds = "器机仪泵阀膜袋箱桶刷闸灯柜锁床炉秤扇梯轮胎带网"

// deviceVerdictZh reports whether 垃圾 at s is a verdict on a device or a
// supply the clause names (冷库的温控器真是垃圾，修了三次还不行; round 37,
// h17au): the clause is the thing and a copula (真是, 就是, 简直是, 太, 是),
// its last character names a device, and nobody is in the sentence.
// Criticism of a thing is not rudeness (round 3); 你们的温控器就是垃圾 and
// a person (这帮人就是垃圾) stay rude.
func deviceVerdictZh(t string, s, e int) bool {
	b := strings.TrimSpace(clauseBefore(t, s))
	cut := false
	for _, c := range []string{"简直就是", "简直是", "真是", "就是", "实在是", "太", "是"} {
		if r, ok := strings.CutSuffix(b, c); ok {
			b, cut = r, true
			break
		}
	}
	if !cut || utf8.RuneCountInString(b) < 2 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(b)
	return strings.ContainsRune(deviceEnds, r) && !hasAny(sentenceAround(t, s, e), "你", "您", "他们", "她们", "这帮", "这群", "人")
}
