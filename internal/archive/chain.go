package archive

import (
	"fmt"
	"strconv"
)

// Event is one stored event of a case: its place, its JSON as stored and
// its hash in the chain.
type Event struct {
	Seq  int    `json:"seq"`
	Body string `json:"body"`
	Hash string `json:"hash"`
}

// Link is one event's place in the chain, as a manifest lists it.
type Link struct {
	Seq  int    `json:"seq"`
	Hash string `json:"hash"`
}

// Problem is one thing wrong, with where it is: a file, an event, a
// signature, the manifest.
type Problem struct {
	Where string `json:"where"`
	What  string `json:"what"`
}

func (p Problem) String() string { return p.Where + ": " + p.What }

func eventWhere(seq int) string { return "event " + strconv.Itoa(seq) }

// CheckChain recomputes the hash chain of events (in order, seq 1, 2, …)
// from their bodies and compares it with the hashes kept beside them and
// with the chain's head (its last seq and hash). It names every event whose
// hash does not follow from its body and predecessor.
func CheckChain(caseName string, events []Event, headSeq int, head string) []Problem {
	var out []Problem
	prev := ""
	for i, e := range events {
		if e.Seq != i+1 {
			out = append(out, Problem{eventWhere(i + 1), fmt.Sprintf("%s: missing or out of order (found seq %d)", caseName, e.Seq)})
			return out
		}
		h := EventHash(prev, e.Body)
		if h != e.Hash {
			out = append(out, Problem{eventWhere(e.Seq), caseName + ": its content does not match its hash (edited after it was recorded)"})
		}
		prev = e.Hash // the next link is checked against what was kept, so one edit is named once
	}
	if len(events) != headSeq {
		out = append(out, Problem{"chain", fmt.Sprintf("%s: %d events, the case's head says %d", caseName, len(events), headSeq)})
	} else if prev != head {
		out = append(out, Problem{"chain", caseName + ": the last event's hash is not the case's head"})
	}
	return out
}
