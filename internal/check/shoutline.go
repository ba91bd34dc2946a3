package check

// A line written wholly in capitals is one shout (round 32, h17ap): the
// writers mark "URGENT: CREW CHANGE AT BUSAN CANCELLED, HOLD ALL TICKETS",
// "REMINDER TO ALL STAFF: NO FLASH PHOTOGRAPHY IN THE JELLYFISH GALLERY" and
// "WHERE IS MY CONTAINER? IT WAS SUPPOSED TO ARRIVE LAST WEEK." as one span
// each (seven texts of eight over 93 sets; the fifteenth set alone marks
// the words after "URGENT:"), not the runs between the marks.

// capsLineEnd reports where the shout that opens the line at i ends when the
// whole line is capitals run across inner marks (": ", ", ", ". ", "? ", "; ",
// " - "): its last word, with its final "." or "?" when the line holds more
// than one sentence (the writers keep the stop of "… NOW. PRESSURE GAUGE
// FAILED." and drop that of "… IN THE JELLYFISH GALLERY."). A line with a
// lower-case letter or any non-ASCII byte (通知：所有人员进场必须 SHOWER IN),
// or with no inner mark, is not one: it returns 0. A code with a hyphen
// before its number (V-12, PSV-101) counts as an inner mark (round 34), and
// so does the hyphen inside a word in capitals (WALK-IN, CUT-OFF; round 36),
// which splits the run as a code's does.
func capsLineEnd(t string, i int) int {
	for k := i - 1; k >= 0 && t[k] != '\n'; k-- {
		if t[k] != ' ' && t[k] != '\t' {
			return 0
		}
	}
	end, inner, sentences := i, false, false
	for j := i; j < len(t) && t[j] != '\n'; j++ {
		b := t[j]
		switch {
		case b >= 'a' && b <= 'z' || b >= 0x80:
			return 0
		case isUpper(b) || isDigit(b):
			end = j + 1
		case b == ':' || b == ',' || b == '.' || b == '?' || b == ';' || b == '-' || b == '!':
			if j+1 < len(t) && t[j+1] == ' ' && end > i {
				k := skipSpace(t, j+1)
				if k < len(t) && isUpper(t[k]) {
					inner = true
					sentences = sentences || b == '.' || b == '?' || b == '!'
				}
			}
			if b == '-' && j > i && j+1 < len(t) && (isUpper(t[j-1]) || isDigit(t[j-1])) && isDigit(t[j+1]) {
				inner = true // round 34 (h17ar): a part's code (VALVE V-12, PSV-101) splits the run; the line is still one
			}
			if b == '-' && j > i && j+1 < len(t) && isUpper(t[j-1]) && isUpper(t[j+1]) {
				inner = true // round 36 (h17at): a hyphenated word (THE WALK-IN FREEZER, THE CUT-OFF DATE) splits the run too
			}
		case b == ' ' || b == '\'' || b == '\t' || b == '/' || b == '&':
		default:
			return 0
		}
	}
	if !inner {
		return 0
	}
	if sentences && end < len(t) && (t[end] == '.' || t[end] == '?') && (end+1 == len(t) || t[end+1] != t[end] && t[end+1] != '!' && t[end+1] != '?') {
		end++
	}
	return end
}

// capsLineHead reports where the line holding the run at i begins (after
// its indent) when the run opens on the second half of a hyphenated word in
// capitals ("THE FOLLOW-UP REPORT IS STILL MISSING": the run "THE FOLLOW"
// is too short to shout, "UP REPORT …" is not), so that capsLineEnd can
// take the whole line; otherwise i (round 36).
func capsLineHead(t string, i int) int {
	if i < 2 || t[i-1] != '-' || !isUpper(t[i-2]) {
		return i
	}
	k := i - 1
	for k > 0 && t[k-1] != '\n' {
		k--
	}
	return skipSpace(t, k)
}
