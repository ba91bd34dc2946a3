package check

import "strings"

// eachGroupColon reports whether a line opens by addressing each of a
// kind of place or team before its colon — 各店：, 各门店注意：, 各车间：,
// 各分公司： (round 40, h17ax: 各店：有空时把过期的宣传海报撤下) — whatever
// follows: the people of each are told, as unitColonLine reads "Hotel
// housekeeping: …". Older sets label every such line as naming its owner.
// 各位： and 各相关单位： address whoever reads or whoever it concerns,
// and are left to the asks after them.
func eachGroupColon(l string) bool {
	r, ok := strings.CutPrefix(l, "各")
	if !ok || hasPrefixAny(r, "位", "相关", "有关", "种", "项", "类", "个", "自") {
		return false
	}
	n := 0
	for i, c := range r {
		switch {
		case c == '：' || c == ':':
			return n >= 1 && !hasSuffixAny(r[:i], "注意事项")
		case c < 0x4E00 || c > 0x9FFF || n >= 6:
			return false
		}
		n++
	}
	return false
}
