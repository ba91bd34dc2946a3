package check

import (
	"regexp"
	"strings"
)

// Round 10 of issue 17: classes from the twenty-fourth to twenty-sixth sets
// (written by people who never saw the checker), tuned after their first
// runs. Each helper names its class and the look-alikes that stay as they are.

// round10En are the lexicon entries round 10 adds.
var round10En = []enTerm{
	// praise standing as a sentence of its own next to what the reader broke:
	// "Great job, guys. … you managed to lose my wheel lock key. Really impressive."
	{"great job", clsImpolite, ctxSarcasmAround},
	{"good job", clsImpolite, ctxSarcasmAround},
	{"nice job", clsImpolite, ctxSarcasmAround},
	{"nice work", clsImpolite, ctxSarcasmAround},
	{"great work", clsImpolite, ctxSarcasmAround},
	{"well done", clsImpolite, ctxSarcasmAround},
	{"bravo", clsImpolite, ctxSarcasmAround},
	{"really impressive", clsImpolite, ctxSarcasmAround},
	{"very impressive", clsImpolite, ctxSarcasmAround},
	{"truly impressive", clsImpolite, ctxSarcasmAround},
	{"impressive", clsImpolite, ctxSarcasmAround},
}

// readerFailure finds the reader's own blunder told as such: "you managed
// to lose", "you've somehow broken", "you lost my". "You managed to close
// 40 tickets" and "your team lost the final" are no blunder of the reader's.
var readerFailure = regexp.MustCompile(`(?i)\b(you|your [a-z]+( [a-z]+)?|you guys|you people)('ve| have)? (somehow |actually |even |also |then )?managed to (lose|break|forget|miss|damage|scratch|ruin|delete|dent|mix up|crack|overcharge|double-charge|lock|misplace|drop)\b|\b(you|your [a-z]+( [a-z]+)?|you guys|you people)('ve| have)? (somehow|actually|even|also) (lost|broke|broken|forgot|forgotten|damaged|scratched|ruined|deleted|dented|mixed up|cracked|misplaced)\b|\b(you|you guys|you people)('ve| have)? (lost|broke|broken|forgot|forgotten|damaged|scratched|ruined|deleted|dented|cracked|misplaced) (my|our)\b`)

// ctxSarcasmAround accepts praise that is a sentence of its own — nothing
// before it but Oh/Wow/Really, nothing after it but an addressee (guys,
// team, everyone) — when the sentence before or after it tells the
// reader's blunder. "Great job on the launch, everyone." and "Nice work,
// everyone." after good news stay praise.
func ctxSarcasmAround(t string, s, e int) bool {
	b := lastBytes(t[:s], 90)
	if i := strings.LastIndexAny(b, ".!?\n。！？"); i >= 0 {
		b = b[i+1:]
	}
	b = strings.ToLower(strings.TrimSpace(b))
	b = strings.TrimRight(strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(b, "oh"), "wow"), "well")), ",")
	if b != "" {
		return false
	}
	k := skipSpace(t, e)
	if k < len(t) && t[k] == ',' {
		k = skipSpace(t, k+1)
		w := readWord(t, k)
		if !hasPrefixFold(t[k:w], "guys", "team", "everyone", "folks", "all", "people", "everybody", "it") {
			return false
		}
		k = w
	} else {
		k = addresseeAfter(t, k) // round 12: "great job everyone 👏"
	}
	if k < len(t) && t[k] != '.' && t[k] != '!' {
		return false
	}
	if k < len(t) {
		k++
	}
	around := lastBytes(t[:s], 200) + " " + firstRunes(t[k:], 200)
	return readerFailure.MatchString(around) || sarcasticLove.MatchString(around) // round 12: love how the build is green but …
}
