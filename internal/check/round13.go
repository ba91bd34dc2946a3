package check

import (
	"strings"
	"unicode/utf8"
)

// Round 13 of issue 17: vague-time classes of the thirty-second set's
// misses, generalised (look-alikes in round13_test.go):
//
//   - a later clause "this week I'm swamped" says why the writer cannot do
//     it now, as 今天忙不过来 does (round 8): 我有空时再补传，这周实在忙不过来了
//     leaves 有空时 open; 这周五前给我 still bounds it;
//   - a thing, a date and an opening or closing (申请系统12月1日开放, 报名通道
//     周五关闭) dates an event, as "the upload window opens Dec 3" does in
//     English (round 11): the reason for hurrying, not the vague word's
//     limit; 12月1日前提交 and 我们12月1日开会 are no such clause;
//   - a number and 号 before a lift, a room or a seat (1号货梯, 3号教室) names
//     it, as 2号电梯 does: no date to bound the 过两天 before it.

// nowWords13 are the spans of "now" that a reason clause may open with,
// beyond round 8's 今天, 现在, 这两天 (nowReason).
var nowWords13 = []string{"这周", "本周", "这几天", "这阵子", "这段时间", "最近"}

// nowPrefix13 returns the rest of c after one of nowWords13, or "".
func nowPrefix13(c string) string {
	for _, p := range nowWords13 {
		if strings.HasPrefix(c, p) {
			return c[len(p):]
		}
	}
	return ""
}

// openCloseVerbs13 are the events a thing's clause dates (申请系统12月1日开放).
// 检查, 验收, 评审 are left out: with a subject they are often the reader's
// own work to be done by the date.
var openCloseVerbs13 = []string{"开放", "关闭", "开通", "启动", "开始", "结束", "上线", "下线", "开播", "开课", "开考", "开幕", "开标", "开业", "开赛", "发车", "起飞"}

// thingTimedEvent reports whether a clause is a short subject of Han
// characters (no person, no request), a time and then an opening or a
// closing, and no more: 申请系统12月1日开放.
func thingTimedEvent(p string) bool {
	p = strings.TrimSpace(p)
	if len(p) < 6 || strings.Contains(p, "前") || strings.Contains(p, "截止") {
		return false
	}
	for i, n := 0, 0; i < len(p) && n < 8; n++ {
		r, w := utf8.DecodeRuneInString(p[i:])
		if r < 0x4E00 || r > 0x9FFF || strings.ContainsRune("我你您要需得务", r) || r == '请' && !strings.HasSuffix(p[:i], "申") {
			return false // a person or a request; 申请 is a thing (申请系统)
		}
		i += w
		if timedEventIn(p[i:], openCloseVerbs13) {
			return true
		}
	}
	return false
}

// officeSuffix13 returns the length of an office's name right after a role
// (采购办, 财务处, 法务室, 人事办公室): the row names that office as its
// owner (round 13, request-no-owner). 采购办法 and 财务处理 are no office, and
// a bare 待办 or 督办 has no role before it.
func officeSuffix13(a string) int {
	if strings.HasPrefix(a, "办公室") {
		return len("办公室")
	}
	for _, s := range []string{"办", "处", "室"} {
		if strings.HasPrefix(a, s) && !hasPrefixAny(a, "办法", "办理", "处理", "处置", "处方") {
			return len(s)
		}
	}
	return 0
}

// latinUnitAfterNumber reports whether b ends in a number and a Latin unit
// of one to four letters (1TB, 5 kg, 20ml, 3GHz): 左右 after it rounds a
// quantity, as after 100吨. A word with no number before it (iPhone左右,
// 上下左右) is none.
func latinUnitAfterNumber(b string) bool {
	i := len(b)
	for i > 0 && isLetter(b[i-1]) {
		i--
	}
	if n := len(b) - i; n < 1 || n > 4 {
		return false
	}
	b = strings.TrimRight(b[:i], " ")
	return len(b) > 0 && isDigit(b[len(b)-1])
}

// repeatedTime13 reports whether the one-word sentence w (lower case)
// repeats the time the reader was given, said just before ("You had two
// weeks. Two."): the eleventh's, found by round 12's model and not by the
// model retrained in round 13. The time must be the reader's ("you had",
// "you've had", "you were given"); "We had two weeks. Two." is not.
func repeatedTime13(w, prev string) bool {
	for _, who := range []string{"you had ", "you've had ", "you have had ", "you were given ", "you got "} {
		i := strings.LastIndex(prev, who+w+" ")
		if i < 0 {
			continue
		}
		if hasPrefixAny(prev[i+len(who)+len(w)+1:], "days", "weeks", "months", "hours", "working days", "business days") {
			return true
		}
	}
	return false
}
