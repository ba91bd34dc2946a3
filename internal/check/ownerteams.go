package check

import "strings"

// Round 39 (h17aw): English action rows name their owner by a team or a
// role and the person in it, in three layouts the sets' writers use and
// label as owned — the role and then the person's name before "to"
// ("Security screening supervisor Wang Hao to upload …", as "Account
// manager Tom Lee to send …" and "Duty manager Helen Ma to submit …"
// already were), the team and its member in brackets before ", please"
// ("Factory scheduling (Grace), please …", as "Procurement (Wang Li),
// please …"), the person and the team they are from ("Anna from customer
// service, please …"), and an outside party with its firm and contact in
// brackets ("Fuel supplier (Sinopec Aviation, Mr. Zhou) to deliver …").
// A department named by its work with a word before it ("Ground handling
// to confirm …", "Production scheduling to …") is a team, as "Ops team
// to …" is; every "<team> to <verb>" row over the sets is labelled owned.

// workDepts name a department by its work after a word that says which
// ("Ground handling", "Factory scheduling"); alone they are a gerund.
var workDepts = map[string]bool{"handling": true, "scheduling": true, "planning": true, "maintenance": true, "purchasing": true, "procurement": true,
	"logistics": true, "dispatch": true, "operations": true, "ops": true, "security": true, "catering": true, "engineering": true, "support": true,
	"service": true, "services": true}

// roleThenName returns how many of the words before "to" are the role when
// a role noun is followed by a person's name of two or three capitalised
// words to the end ("Security screening supervisor Wang Hao"), or 0.
func roleThenName(ws []string) int {
	for k := len(ws) - 2; k >= 1 && k >= len(ws)-3; k-- {
		if !roleNouns17[strings.ToLower(ws[k-1])] {
			continue
		}
		name := strings.Join(ws[k:], " ")
		if namesEnd(name) == len(name) {
			return k
		}
	}
	return 0
}

// teamWithMember reports whether the words before ", please" (b, its
// bracket dropped from before) are a team of at most three words, the
// first capitalised and the last a team, a role or a department by its
// work, and the bracket t closes with holds a person's name: "Factory
// scheduling (Grace), please …". "Budget (Q3), please …" names nobody.
func teamWithMember(t, b string) bool {
	t = strings.TrimRight(strings.TrimSuffix(strings.TrimRight(t, " "), ","), " ")
	i := strings.LastIndexByte(t, '(')
	if i < 0 || !strings.HasSuffix(t, ")") || !bracketedName(t[i+1:len(t)-1]) {
		return false
	}
	if k := strings.LastIndexAny(b, ".!?:;\n"); k >= 0 {
		b = b[k+1:]
	}
	ws := strings.Fields(b)
	if len(ws) == 0 || len(ws) > 3 || !isUpper(ws[0][0]) {
		return false
	}
	last := strings.ToLower(ws[len(ws)-1])
	return unitNouns[last] || roleNouns17[last] || deptWords[last] || workDepts[last]
}

// nameFromTeam reports whether the words before ", please" are a person's
// name and the team they are from ("Anna from customer service", "Li Wei
// from the warehouse"): at most four words after "from", the last a team
// or a department ("Samples from Hamburg, please …" names nobody).
func nameFromTeam(b string) bool {
	if k := strings.LastIndexAny(b, ".!?:;\n"); k >= 0 {
		b = b[k+1:]
	}
	b = strings.TrimLeft(b, " ")
	n := namesEnd(b)
	if n == 0 {
		return false
	}
	r, ok := strings.CutPrefix(b[n:], " from ")
	if !ok {
		return false
	}
	ws := strings.Fields(r)
	if len(ws) == 0 || len(ws) > 4 {
		return false
	}
	last := strings.ToLower(ws[len(ws)-1])
	return unitNouns[last] || deptWords[last] || workDepts[last] || len(ws) == 1 && allUpper(ws[0])
}

// lastPart is the last of the comma-separated parts of a bracket: the
// contact after the firm, without a title ("Sinopec Aviation, Mr. Zhou"
// → "Zhou").
func lastPart(b string) string {
	i := strings.LastIndexByte(b, ',')
	if i < 0 {
		return b
	}
	b = strings.TrimSpace(b[i+1:])
	for _, h := range []string{"Mr. ", "Ms. ", "Mrs. ", "Dr. ", "Mr ", "Ms ", "Mrs ", "Dr "} {
		if r, ok := strings.CutPrefix(b, h); ok {
			return r
		}
	}
	return b
}
