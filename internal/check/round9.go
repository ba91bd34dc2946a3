package check

import (
	"strings"
	"unicode/utf8"
)

// Round 9 of issue 17: the classes the twenty-fourth and twenty-fifth sets'
// first runs missed or raised falsely — sets written by people who never saw
// the checker. Each helper names its class and the look-alikes that stay as
// they are.

// namedAssignee reports whether a request opens, at its start or a line's,
// with the name of the person who is to act, the way action items are
// written: "Priya: fix the label template", "Kevin: rework the 40 units",
// "Linda：12月3日前订好会议室", "Chen Jie to update the release notes". A
// label word before the colon (Note:, Update:, Action:, Reminder: …) or a
// verb before "to" (Need to, Remember to, Time to …) names nobody.
func namedAssignee(text string) bool {
	for line := range strings.SplitSeq(text, "\n") {
		if l := strings.TrimLeft(line, " \t　-*•"); lineAssignee(l) || nicknameColon(l) || round11Assignee(l) || round12Assignee(l) {
			return true
		}
	}
	return false
}

func lineAssignee(l string) bool {
	i, words := 0, 0
	for words < 2 {
		e := readWord(l, i)
		w := l[i:e]
		if len(w) < 2 || !isUpper(w[0]) || allUpper(w) || !lowerRest(w) || notAName[strings.ToLower(w)] {
			break
		}
		words++
		i = e
		if i < len(l) && l[i] == ' ' && i+1 < len(l) && isUpper(l[i+1]) {
			i++
			continue
		}
		break
	}
	if words == 0 {
		return false
	}
	rest := l[i:]
	switch {
	case strings.HasPrefix(rest, ":"), strings.HasPrefix(rest, "："):
		_, n := utf8.DecodeRuneInString(rest)
		a := strings.TrimLeft(rest[n:], " ")
		if a == "" {
			return false
		}
		if r, _ := utf8.DecodeRuneInString(a); r >= 0x4E00 && r <= 0x9FFF || isDigit(a[0]) {
			return true // Linda：12月3日前订好…
		}
		return imperativeAfterColon(a)
	case strings.HasPrefix(rest, " to "):
		return assignedVerb(rest[len(" to "):])
	}
	return false
}

// assignedVerb reports whether a begins with a verb an action item assigns.
func assignedVerb(a string) bool {
	e := readWord(a, 0)
	if e > 0 && e+1 < len(a) && a[e] == '-' && isLetter(a[e+1]) {
		e = readWord(a, e+1) // round 12: re-render, double-check
	}
	w := strings.ToLower(a[:e])
	return actionVerbs[w] || moreVerbs12(w)
}

// imperativeAfterColon reports whether the words after "Name:" read as an
// order (Tom: renew the licences), not a statement about the person or a
// thing (Tom: the licence expires …, Tom: out of office).
func imperativeAfterColon(a string) bool {
	e := readWord(a, 0)
	if e == 0 || isUpper(a[0]) {
		return assignedVerb(a)
	}
	return !notAnOrder[strings.ToLower(a[:e])]
}

var notAnOrder = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`the a an this that these those it its our your their his her my we i you they he she there all some no not only
		just also still already today tomorrow yesterday done ok okay fyi re tbd pending waiting in on at for with from to of by out off away
		back busy sick absent available unavailable is was has had will can could would should may might`) {
		m[w] = true
	}
	return m
}()

var actionVerbs = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`fix rework update send check review prepare confirm follow contact arrange book draft test look investigate
		provide share submit finalize finalise coordinate schedule call email reply order ship deliver complete run verify validate reach sort chase
		write create add remove clean install upload collect approve sign organise organize handle take own lead present compile align sync print
		pack inspect measure calibrate repair replace quote negotiate pay invoice translate file close raise log set get make do finish deploy
		release merge rebase debug analyse analyze document report escalate reserve buy purchase return retest re-test revise redo rerun restart
		renew reorder rebook replan reschedule recheck reprint reply respond clear train brief cover tidy label photograph upgrade migrate back`) {
		m[w] = true
	}
	return m
}()

// notAName are capitalised words that open a line without naming anyone.
var notAName = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`note notes update updates action actions todo task tasks item items reminder subject re fyi fw fwd urgent important
		request requests summary status issue issues problem problems question questions agenda deadline due owner date time location step goal scope
		background context bug feature ticket topic next result results comment comments feedback customer client supplier vendor error warning info
		hi hello dear thanks thank need needs have has want wants going remember try plan plans please nice up back welcome add move switch reply send
		go listen make sure also and but so then now today tomorrow still just all everyone anyone someone somebody nobody ps attention attn
		ready able happy hoping trying decision proposal option options answer answers priority action-item follow-up followup meeting minutes
		spec specs test tests order orders shipment delivery price prices total cost budget risk risks target targets plan remark remarks tip tips
		pending open closed done new old draft final`) {
		m[w] = true
	}
	return m
}()

// reportedParty reports whether the vague word at s is someone's earlier
// words the writer quotes back: the reader's own (你们上次说过两天就发, 您说
// 改天来取) or a named person's about themselves (刘经理说他回头再确认). The
// writer's own vagueness stays (我说过两天就发 is the writer's promise).
func reportedParty(t string, s int) bool {
	b := sentenceBefore(t, s)
	for _, v := range []string{"不是说", "说过", "说", "答应", "承诺", "保证"} {
		i := strings.LastIndex(b, v)
		if i < 0 {
			continue
		}
		after := b[i+len(v):]
		// the vague word must be inside the words said: not after 的 (您说的问题
		// 我们尽快处理), a clause break (你说一下,尽快…) or the writer as subject
		if hasAny(after, "的", "，", ",", "我", "一下", "一声") {
			return false
		}
		lead := b[:i]
		for _, w := range []string{"上次", "之前", "当时", "那天", "昨天", "前天", "上周", "一直", "明明", "都", "也", "还", "早就", "本来", "原来"} {
			lead = strings.TrimSuffix(lead, w)
		}
		if hasSuffixAny(lead, "你们", "你", "您", "贵司", "贵方") && !hasSuffixAny(lead, "跟你", "和你", "对你", "给你", "跟您", "和您", "对您", "给您", "跟你们", "和你们", "对你们", "给你们") {
			return true
		}
		if hasPrefixAny(after, "他", "她") && informalName(lastBytes(lead, 12)) {
			return true
		}
		return false
	}
	return false
}

// mentionedWord reports whether the vague word at s is counted or pointed
// at — 这都多少个「过两天」了, 又是一个尽快, 这句稍后 — and so talked about, not
// used.
func mentionedWord(t string, s int) bool {
	return hasSuffixAny(t[:s], "多少个", "几个", "这个", "那个", "一个", "这句", "那句", "一句")
}

// round9Zh and round9En are the lexicon entries round 9 adds.
var round9Zh = []term{
	// roles of the trades the round-9 writers wrote for (a clinic, a
	// kindergarten, a car service centre, property management): 张医生明天
	// 上午看一下3床, 服务顾问今天联系车主 name who is to act, as 经理 and 师傅 do
	{"医生", clsOwner, nil},
	{"护士", clsOwner, nil},
	{"大夫", clsOwner, nil},
	{"园长", clsOwner, nil},
	{"班主任", clsOwner, nil},
	{"顾问", clsOwner, nil},
	{"技师", clsOwner, nil},
	{"管家", clsOwner, nil},
}

var round9En = []enTerm{
	// "we will revert at the earliest": a promise with no time; "on Monday
	// at the earliest" is anchored by its day, and the longer phrases
	// (at the earliest convenience/opportunity) are matched first
	{"at the earliest", clsVague, ctxEarliest},
	{"at the earliest possible", clsVague, ctxClauseEnd},
	{"dr", clsOwner, ctxCapitalised}, // Dr. Wang to review the chart
	// "approx. 50 pcs per box" in a delivery standard
	{"approx", clsQty, nil},
}

// ctxEarliest accepts "at the earliest" ending a clause with no time of
// its own before it ("we will revert at the earliest"), not a lower bound
// on a time ("in March at the earliest", "in week 50 at the earliest").
func ctxEarliest(t string, s, e int) bool {
	if !ctxClauseEnd(t, s, e) {
		return false
	}
	b := strings.TrimRight(t[:s], " ,")
	if b != "" && isDigit(b[len(b)-1]) {
		return false
	}
	w := strings.ToLower(lastWordOf(b))
	if _, ok := enMonths[w]; ok {
		return false
	}
	if _, ok := enWeekdays[w]; ok {
		return false
	}
	switch w {
	case "week", "weeks", "month", "months", "year", "quarter", "tomorrow", "today", "morning", "afternoon", "evening", "noon", "am", "pm", "time", "date", "then", "later", "days", "hours":
		return false
	}
	return true
}

// ctxZhuajin keeps 抓紧 as "hurry" (抓紧把点检做完), not as "grip" — a gripper
// before it (机械手吸盘必须抓紧板料) or a thing held after it (抓紧扶手).
func ctxZhuajin(t string, s, e int) bool {
	if hasAny(clauseBefore(t, s), "吸盘", "夹具", "夹爪", "卡盘", "机械手", "双手", "钳子", "抓手", "卡爪", "夹头", "吊钩") {
		return false
	}
	return !hasPrefixAny(t[e:], "扶手", "栏杆", "把手", "拉手", "绳", "安全绳", "吊绳", "吊带", "工件", "板料", "护栏", "方向盘", "手柄")
}
