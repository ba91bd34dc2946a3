package check

import (
	"strings"
	"unicode/utf8"
)

// numberedVehicle reports whether the words after N号 name a vehicle by its
// number (round 35, h17as): a Han word of two to four characters ending in
// 车 (3号教练车, 2号清运车, 5号勾臂车), or a list of numbers whose last one
// names a vehicle or a thing (3号、7号教练车). An act on a car right before
// 车 (3号提车, 3号去用车, 5号交车) or at the word's start (3号去洗车) leaves
// the day a day; N号车 alone is in numberedThings13.
//
// Round 41 (h17ay): a two-character vehicle too (6号吊车, 3号叉车, 2号铲车:
// 回头让维修站看一下6号吊车的刹车 has no day), unless its first character is
// an act on a car (3号打车, 3号约车, 5号刹车).
func numberedVehicle(a string) bool {
	if r, ok := strings.CutPrefix(a, "、"); ok {
		k := 0
		for k < len(r) && k < 2 && isDigit(r[k]) {
			k++
		}
		if k == 0 || !strings.HasPrefix(r[k:], "号") {
			return false
		}
		r = r[k+len("号"):]
		return numberedVehicle(r) || hasPrefixAny(r, "车", "楼", "线", "机") || hasPrefixAny(r, numberedThings13...) || numberedDevice(r)
	}
	const acts = "提用派订租还交验洗修装卸出发接送叫坐乘开停试上下倒挪拖调去来借包打约拼搭赶刹"
	n := 0
	for i, c := range a {
		if c < 0x4E00 || c > 0x9FFF || n >= 4 {
			return false
		}
		n++
		if c == '车' {
			p, _ := utf8.DecodeLastRuneInString(a[:i])
			return n >= 2 && !strings.ContainsRune(acts, p) && !strings.ContainsRune(acts, firstRune(a))
		}
	}
	return false
}
