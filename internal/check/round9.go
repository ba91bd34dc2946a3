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
