package check

import (
	"strings"
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
