package check

import (
	"strings"
	"unicode/utf8"
)

// Round 10 of issue 17: classes from the twenty-fourth to twenty-sixth sets
// (written by people who never saw the checker), tuned after their first
// runs. Each helper names its class and the look-alikes that stay as they are.

// wellWish reports whether "soon" ends a wish for someone's health — "Hope
// Noah feels better soon", "Get well soon" — which promises nothing.
// "We will fix it soon" and "better soon than late" stay vague.
func wellWish(before string) bool {
	return hasSuffixFold(before, "feel better", "feels better", "feeling better", "get better", "gets better", "get well", "gets well", "be well", "recover", "recovers", "be back on your feet", "be back on his feet", "be back on her feet")
}

// ctxPostpone keeps a request to postpone (能不能往后推一推) unless the
// writer says in the next clauses that they will come back with the time
// themselves (…？等我有空时再联系您, 我下周再跟您约): the time is then theirs
// to name, and a vague word there (有空时) is the finding.
// 往后推一推吧 alone still is one.
func ctxPostpone(t string, s, e int) bool {
	a := firstRunes(t[e:], 30)
	return !strings.Contains(a, "再联系") && !strings.Contains(a, "再约") && !strings.Contains(a, "再跟您") && !strings.Contains(a, "再和您") && !strings.Contains(a, "再告诉") && !strings.Contains(a, "再通知")
}

// nicknameColon reports whether a line opens with a nickname of 阿 and one
// Han character before a colon (阿杰：12月2日前把保险续上, 阿明: 跟进一下):
// the person who is to act, as "Linda：" is. 小/老 with a surname are read
// by informalName; 小结：, 阿里 and the like are no nickname of this shape.
func nicknameColon(l string) bool {
	if !strings.HasPrefix(l, "阿") {
		return false
	}
	r, n := utf8.DecodeRuneInString(l[len("阿"):])
	if r < 0x4E00 || r > 0x9FFF || strings.ContainsRune("里拉尔根富联", r) {
		return false
	}
	rest := l[len("阿")+n:]
	if !strings.HasPrefix(rest, "：") && !strings.HasPrefix(rest, ":") {
		return false
	}
	_, m := utf8.DecodeRuneInString(rest)
	a := strings.TrimLeft(rest[m:], " ")
	return a != ""
}
