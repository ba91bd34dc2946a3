package check

import (
	"strings"
	"unicode/utf8"
)

// One capitalised word that shouts on its own (rounds 16 and 17). Any other
// capitalised word alone is an acronym or a code (DCS, SDS, HACCP, CET, an
// airline's code), and a heading word before a colon (NOW OPEN:) or at the
// start of a line is no shout, with the exceptions below and one more: an
// alert word heading a message or a line (alertHeading; round 20, h17ac).

// oneCapsShout reports whether the lone capitalised word at s:e shouts.
func oneCapsShout(t string, s, e int) bool {
	w := t[s:e]
	switch {
	case singleShout[w] || judgementCaps[w]:
		return twoCapsShout(t, s, e) && lowerWordBefore(t, s) && !afterColon(t, s) || hanShoutWords[w] && hanFlanked(t, s, e)
	case questionCaps[w]:
		return capsQuestion(t, s, e)
	case alertWords[w]:
		return alertPredicate(t, s, e) || alertTail(t, s, e)
	case countCaps[w]:
		return countTimeCaps(t, s, e)
	}
	return capsRepeat(t, s, e)
}

// alertPredicate reports whether the alert word at s:e is what a sentence
// says of its subject, after a copula and ending a statement (round 21:
// "This is URGENT.", "it's URGENT!", "this is VERY URGENT" is a run of two):
// the writer raises the voice in running text. A mark or a name ("Stamp the
// crate URGENT before …", "the file named URGENT is …") and a field's value
// (Priority: URGENT) have no copula before them or go on after.
func alertPredicate(t string, s, e int) bool {
	b := strings.TrimRight(t[max(0, s-8):s], " ")
	if !hasSuffixFold(b, "is", "are", "was", "were", "it's", "that's", "it’s", "that’s") {
		return false
	}
	return e == len(t) || strings.IndexByte(".!\n", t[e]) >= 0
}

// alertTail reports whether the alert word at s:e is a sentence of its own
// closing the message after another sentence in running text (round 24,
// h17ag: "… by Monday at the latest, ok? URGENT", "Call me back. URGENT!"):
// the writer raises the voice at the end as "URGENT:" does at the head.
// "Priority: URGENT" (a field) and "mark it URGENT" (a mark) have no
// sentence mark before them.
func alertTail(t string, s, e int) bool {
	if strings.TrimRight(t[e:], "!. \n") != "" {
		return false
	}
	b := strings.TrimRight(t[:s], " ")
	return b != "" && strings.IndexByte(".?!", b[len(b)-1]) >= 0 && lowerWordBefore(t, s)
}

// judgementCaps are words of judgement and blame that shout when
// capitalised in running text (round 17: "were RUDE and USELESS", "the
// WRONG part numbers", "… no food. UNACCEPTABLE."). None of them is an
// acronym or a code.
var judgementCaps = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`WRONG RUDE USELESS UNACCEPTABLE RIDICULOUS TERRIBLE HORRIBLE AWFUL STUPID INCOMPETENT LAZY DISGUSTING APPALLING PATHETIC UNBELIEVABLE INSANE NONSENSE UNSAFE NOBODY NOTHING NOONE STILL`) {
		m[w] = true
	}
	return m
}()

// questionCaps are question words that shout when capitalised at the head
// of a question in lower case ("WHY is the crane still not on site???").
var questionCaps = map[string]bool{"WHY": true, "HOW": true, "WHO": true, "WHERE": true, "WHAT": true, "WHEN": true}

// capsQuestion reports whether the question word at s:e opens its sentence,
// a lower-case word follows it, and its sentence ends with a question mark.
func capsQuestion(t string, s, e int) bool {
	if k := s - 1; k >= 0 {
		for k >= 0 && t[k] == ' ' {
			k--
		}
		if k >= 0 && t[k] != '\n' && t[k] != '.' && t[k] != '!' && t[k] != '?' {
			return false
		}
	}
	if e+1 >= len(t) || t[e] != ' ' || t[e+1] < 'a' || t[e+1] > 'z' {
		return false
	}
	z := strings.IndexAny(t[e:], ".!?\n")
	return z >= 0 && t[e+z] == '?'
}

// capsRepeat reports whether the capitalised word at s:e repeats the word
// just before it in lower case ("please, PLEASE stop", "never, NEVER"): the
// capitals are the emphasis.
func capsRepeat(t string, s, e int) bool {
	k := s
	for k > 0 && (t[k-1] == ' ' || t[k-1] == ',') {
		k--
	}
	n := e - s
	if k == s || k < n {
		return false
	}
	for i := 0; i < n; i++ {
		if t[k-n+i] != t[s+i]|0x20 { // the lower-case of a capital (no allocation)
			return false
		}
	}
	return k == e-s || !isLetter(t[k-(e-s)-1])
}

// alertWords are the ordinary English words of urgency that shout when
// capitalised at the head of a message or a line ("URGENT: the SF6 pressure
// …", "IMPORTANT - …", "REMINDER: …"): a decided convention of round 20
// (h17ac), as six of the seven writers since round 9 who wrote one labelled
// it. Acronyms and codes (FYI, OCC, CAPA), a standard's NOTE and a form's
// labels (STATUS: OPEN) are not among them and stay clean.
var alertWords = map[string]bool{"URGENT": true, "IMPORTANT": true, "ATTENTION": true, "REMINDER": true,
	"WARNING": true, "CRITICAL": true, "ALERT": true, "EMERGENCY": true}

// alertModifiers go with an alert word in its heading (FINAL REMINDER, VERY
// IMPORTANT, URGENT ACTION REQUIRED); FINAL NOTICE and ACTION REQUIRED are
// alert headings on their own. Alone (FINAL:, ACTION:, NOTICE:) each is a
// label.
var alertModifiers = map[string]bool{"FINAL": true, "NOTICE": true, "ACTION": true, "REQUIRED": true,
	"VERY": true, "PLEASE": true, "READ": true, "IMMEDIATE": true, "HIGH": true, "TOP": true, "PRIORITY": true}

// alertHeading reports whether the capitalised words at s:e are an alert
// heading: the first words of their line (only spaces, a bullet or a
// bracket before), every word an alert word or its modifier, with an alert
// word among them or FINAL NOTICE / ACTION REQUIRED whole. The scan reads
// at most the three words of the run.
func alertHeading(t string, s, e int) bool {
	for k := s - 1; k >= 0 && t[k] != '\n'; k-- {
		if b := t[k]; b != ' ' && b != '\t' && b != '-' && b != '*' && b != '[' && b != '(' {
			return false
		}
	}
	core, final, notice, action, required := false, false, false, false, false
	for j := s; j < e; {
		z := readWord(t, j)
		w := t[j:z]
		switch {
		case alertWords[w]:
			core = true
		case alertModifiers[w]:
			final = final || w == "FINAL"
			notice = notice || w == "NOTICE"
			action = action || w == "ACTION"
			required = required || w == "REQUIRED"
		default:
			return false
		}
		j = skipSpace(t, z)
		if j == z {
			break
		}
	}
	return core || final && notice || action && required
}

// afterColon reports whether the word at s opens a field's value right after
// its colon ("Item I: NEED assessment …"; round 20): a label's word, not a
// shout in running text.
func afterColon(t string, s int) bool {
	b := strings.TrimRight(t[max(0, s-4):s], " ")
	return strings.HasSuffix(b, ":") || strings.HasSuffix(b, "：")
}

// noWordShout reports whether the capitalised words at s:e are NO and a
// word or two (NO EXCUSES, NO EXCEPTIONS, NO WAY; round 42, h17az: NO MORE
// EXCUSES, both such runs over the sets labelled) in running text, English or
// Chinese, and not a label before a colon (round 41, h17ay: every such pair
// over the 128 sets is labelled a shout). NO is otherwise an acronym (No.),
// so the pair reads as one word in capitals; NO ETA has an acronym after it
// and goes with its run, and a sign (NO SMOKING, NO ENTRY) is no shout.
func noWordShout(t string, s, e int) bool {
	w, ok := strings.CutPrefix(t[s:e], "NO ")
	first, _, _ := strings.Cut(w, " ")
	if !ok || len(w) < 3 || acronyms[w] || signWords[first] || acronyms[first] {
		return false
	}
	if k := skipSpace(t, e); k < len(t) && (t[k] == ':' || strings.HasPrefix(t[k:], "：")) {
		return false
	}
	return twoCapsShout(t, s, e) || hanOnLine(t, s, e)
}

// signWords follow NO on a sign (NO SMOKING, NO ENTRY, NO PARKING).
var signWords = map[string]bool{"SMOKING": true, "ENTRY": true, "PARKING": true, "ACCESS": true, "EXIT": true, "FLY": true}

// lineAround returns the bounds of the line that holds t[s:e].
func lineAround(t string, s, e int) (a, z int) {
	a = strings.LastIndexByte(t[:s], '\n') + 1
	if z = strings.IndexByte(t[e:], '\n'); z < 0 {
		return a, len(t)
	}
	return a, z + e
}

// hanOnLine reports whether a Han character stands on the line of t[s:e],
// before or after it: the capitals are inside Chinese running text.
func hanOnLine(t string, s, e int) bool {
	a, z := lineAround(t, s, e)
	for _, r := range t[a:s] + t[e:z] {
		if r >= 0x4E00 && r <= 0x9FFF {
			return true
		}
	}
	return false
}

// alertClauseHead reports whether the capitalised words at s:e are alert
// words heading a clause inside Chinese: right after a full-width comma,
// full stop, semicolon or exclamation mark, and before a colon (严禁在未获批
// 空域飞行，WARNING：违者后果自负; round 41, h17ay) — the line's heading moved
// into the sentence. WARNING in running text without its colon is left to
// alertPredicate and alertTail.
func alertClauseHead(t string, s, e int) bool {
	b := strings.TrimRight(t[:s], " ")
	if !hasSuffixAny(b, "，", "。", "；", "！", "？") {
		return false
	}
	if k := skipSpace(t, e); k >= len(t) || t[k] != ':' && !strings.HasPrefix(t[k:], "：") {
		return false
	}
	for j := s; j < e; {
		z := readWord(t, j)
		if !alertWords[t[j:z]] && !alertModifiers[t[j:z]] {
			return false
		}
		j = skipSpace(t, z)
		if j == z {
			break
		}
	}
	return true
}

// hanShoutWords are the words of voice that shout alone when a writer drops
// them into a Chinese sentence (round 42, h17az: 工具 NEVER 混用).
var hanShoutWords = map[string]bool{"NEVER": true, "NOT": true, "MUST": true, "ALWAYS": true, "NOW": true, "IMMEDIATELY": true, "AGAIN": true, "CANNOT": true}

// hanFlanked reports whether the word at s:e stands between two Han
// characters, spaces aside: inside a Chinese sentence, not a label or code
// (NOW：…, NOW-2 型号).
func hanFlanked(t string, s, e int) bool {
	b := strings.TrimRight(t[:s], " ")
	a := strings.TrimLeft(t[e:], " ")
	p, _ := utf8.DecodeLastRuneInString(b)
	n, _ := utf8.DecodeRuneInString(a)
	return p >= 0x4E00 && p <= 0x9FFF && n >= 0x4E00 && n <= 0x9FFF
}
