package check

import "strings"

// Owners named with an apposition or addressed before a passive duty
// (round 42, h17az).

// nameAppositionLead reports whether l opens with a name, a role set off by
// commas ("David Zhou, the account executive for Lenovo, should send …";
// "Mia, our buyer, will confirm …") and then what the one named is to do,
// the modal and verb read as nameLead reads them ("David Zhou should send …").
func nameAppositionLead(l string) bool {
	n := strings.Index(l, ", ")
	if n <= 0 || n > 30 {
		return false
	}
	rest := l[n+2:]
	e := strings.Index(rest, ", ")
	if e < 0 || e > 60 || !hasPrefixAny(rest, "the ", "our ", "your ") || strings.ContainsAny(rest[:e], ".;:!?") {
		return false
	}
	return modalThenVerb(rest[e+1:]) && namesEnd(l) == n
}

// nameCommaPassiveDue reports whether a line addresses a person by name and
// a comma and then states what must be done by them in the passive ("Jenny,
// the Q4 sampling plan must be submitted by Saturday"): the one addressed
// is the one asked. "Lars, the inspector will witness …" (a third party
// acts) and "Monday, the plan must be …" name no one.
func nameCommaPassiveDue(l string) bool {
	e := readWord(l, 0)
	rest, ok := strings.CutPrefix(l[e:], ", ")
	if e < 2 || !ok || !hasPrefixAny(rest, "the ", "your ") || !isUpper(l[0]) || allUpper(l[:e]) || !lowerRest(l[:e]) {
		return false
	}
	if w := strings.ToLower(l[:e]); notAName[w] || notVocative[w] || notAnOwner12[w] || sentenceAdverb[w] {
		return false
	}
	if i := strings.IndexAny(rest, ".;!?"); i >= 0 {
		rest = rest[:i]
	}
	for _, p := range []string{" must be ", " needs to be ", " has to be ", " should be "} {
		if i := strings.Index(rest, p); i >= 0 {
			v := readWord(rest, i+len(p))
			return v > i+len(p)+2 && strings.HasSuffix(rest[:v], "ed") || strings.HasPrefix(rest[i+len(p):], "done") || strings.HasPrefix(rest[i+len(p):], "sent")
		}
	}
	return false
}

// sentenceAdverb are words that open a sentence before a comma and address
// no one (Honestly, the plan must be …).
var sentenceAdverb = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`honestly frankly seriously basically clearly obviously apparently unfortunately fortunately hopefully ideally personally also plus so now today tomorrow remember`) {
		m[w] = true
	}
	return m
}()
