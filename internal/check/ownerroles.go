package check

import "strings"

// Round 40 (h17ax): owners the action rows name by a role or a desk before
// or around the person — "Assessor Li Wei: please send …", "Pharmacist on
// duty to log …", "Lisa from the parts desk will reconcile …" — and a
// two-word name asked through another ("Please ask Tom Zhang to send …").

// roleWordEn reports whether w (lower case) is a role a person holds: one
// of the listed role nouns, or a word made with a suffix that names who does
// a work (assessor, pharmacist, technician, accountant, adjuster) — an open
// class the list cannot keep up with.
func roleWordEn(w string) bool {
	if roleNouns17[w] {
		return true
	}
	if len(w) < 6 || notAName[w] || notAnOwner12[w] {
		return false
	}
	return hasSuffixAny(w, "or", "ist", "ian", "ant", "er") && !hasSuffixAny(w, "order", "reminder", "letter", "number", "paper", "matter", "water", "folder", "filter", "weather", "poster", "later", "after", "other", "together", "whether")
}

// roleNameColon reports whether a line opens with a role word, a person's
// name of one or two capitalised words and a colon before an order
// ("Assessor Li Wei: please send …", "Pharmacist Chen: log …"). A label
// before a name (Reminder Li Wei:) is no role.
//
// Round 43 (h17ba): a modifier may come before the role, written in lower
// case after it ("Site foreman Liu: please send …", "Night nurse Wang: …").
func roleNameColon(l string) bool {
	e := readWord(l, 0)
	if e == 0 || e+1 >= len(l) || l[e] != ' ' || !isUpper(l[0]) {
		return false
	}
	if !roleWordEn(strings.ToLower(l[:e])) {
		m := readWord(l, e+1)
		if m == e+1 || m+1 >= len(l) || l[m] != ' ' || isUpper(l[e+1]) || !roleWordEn(l[e+1:m]) && !roleHolders43[l[e+1:m]] {
			return false
		}
		e = m
	}
	r := l[e+1:]
	n := namesEnd(r)
	if n == 0 || !strings.HasPrefix(r[n:], ":") {
		return false
	}
	a := strings.TrimLeft(r[n+1:], " ")
	return a != "" && (a[0] >= 0x80 || isDigit(a[0]) || imperativeAfterColon(a))
}

// roleOnDutyTo reports whether a line opens with a role and "on duty" (on
// call, on shift) and then "to" and a verb ("Pharmacist on duty to log …",
// "Engineer on call to check …"): whoever holds the role that day acts.
func roleOnDutyTo(l string) bool {
	e := readWord(l, 0)
	if e == 0 || !isUpper(l[0]) || !roleWordEn(strings.ToLower(l[:e])) {
		return false
	}
	for _, p := range []string{" on duty to ", " on call to ", " on shift to "} {
		if r, ok := strings.CutPrefix(l[e:], p); ok {
			return assignedVerb(r)
		}
	}
	return false
}

// nameOfDeskActs reports whether a line opens with a person of a desk or a
// team ("Lisa from the parts desk", "Anna from customer service") and then
// what they will or are to do: "will", "to", "should", "must" and a verb.
func nameOfDeskActs(l string) bool {
	for _, p := range []string{" will ", " to ", " should ", " must "} {
		i := strings.Index(l, p)
		if i > 0 && nameFromTeam(l[:i]) && assignedVerb(l[i+len(p):]) {
			return true
		}
	}
	return false
}

// namesTo reports whether a opens with a person's name of one or two
// capitalised words and then "to" (after "Please ask": "Tom Zhang to send
// …"); "the invoices to …" and "Monday to …" name no one.
func namesTo(a string) bool {
	n := namesEnd(a)
	return n > 0 && !notVocative[strings.ToLower(a[:readWord(a, 0)])] && strings.HasPrefix(a[n:], " to ")
}

// roleHoldersColon reports whether a line opens with the holders of a role,
// after at most three words that say which (a ward, a shift, a site), then
// a colon and an order (round 43, h17ba: "Ward 5 nurses: resend …", "Night
// shift technicians: recalibrate …", "All drivers: …"). The plural is what
// makes them people: "Ward 5 report: resend …" names a paper.
func roleHoldersColon(l string) bool {
	i := strings.IndexByte(l, ':')
	if i <= 0 || i > 40 {
		return false
	}
	ws := strings.Fields(l[:i])
	if len(ws) < 2 || len(ws) > 4 || !isUpper(ws[0][0]) {
		return false
	}
	last := strings.ToLower(ws[len(ws)-1])
	if !strings.HasSuffix(last, "s") || !(roleNouns17[last] && last != "desk" || roleWordEn(last[:len(last)-1]) || roleHolders43[last[:len(last)-1]]) {
		return false
	}
	a := strings.TrimLeft(l[i+1:], " ")
	return a != "" && a[0] < 0x80 && imperativeAfterColon(a)
}

// roleHolders43 are role nouns of people the suffix rule of roleWordEn
// misses or is too short to try (nurse, cook, tutor).
var roleHolders43 = map[string]bool{"nurse": true, "doctor": true, "cleaner": true, "porter": true, "guard": true, "cook": true, "resident": true, "intern": true, "volunteer": true, "tutor": true, "teacher": true}
