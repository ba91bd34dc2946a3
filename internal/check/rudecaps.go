package check

// Complaints whose words are written in capitals (round 35, h17as): the
// writers label the capitals as shouting and nothing as rude — "WHY IS
// NOBODY ANSWERING THE PHONE", "WHY IS THIS STILL NOT FIXED" (eleven
// all-caps WHY questions in the older sets, none rude), and the ordinal
// of "This is the THIRD time I've asked …" (seven sets, THIRD alone as
// shouting). The same words in lower case stay rude.

// ctxNotInCaps rejects a rude phrase written wholly in capitals: the line
// shouts it, and shouting reports it.
func ctxNotInCaps(t string, s, e int) bool {
	for k := s; k < e; k++ {
		if t[k] >= 'a' && t[k] <= 'z' {
			return true
		}
	}
	return false
}

// ordinalInCaps reports whether the fed-up phrase p ("the THIRD time I")
// has a word of three or more capitals: the capitals carry the complaint.
func ordinalInCaps(p string) bool {
	n := 0
	for k := 0; k < len(p); k++ {
		if isUpper(p[k]) {
			n++
			if n >= 3 {
				return true
			}
			continue
		}
		n = 0
	}
	return false
}

// countCaps are the ordinals that count a complaint's repeats.
var countCaps = map[string]bool{"SECOND": true, "THIRD": true, "FOURTH": true, "FIFTH": true, "SIXTH": true, "TENTH": true, "HUNDREDTH": true}

// countTimeCaps reports whether the ordinal at s:e, in capitals among
// lower-case words, counts the times: "This is the THIRD time …" (nine
// texts in the older sets label THIRD as shouting). "the THIRD reminder",
// a document's name, stays clean (the seventh set), as does "THIRD TIME"
// in a run of capitals, which the run reports.
func countTimeCaps(t string, s, e int) bool {
	return hasPrefixAny(t[e:], " time ", " time.", " time,", " time!", " time?") && lowerWordBefore(t, s)
}
