package store

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"sync"

	"github.com/liaison-dev/liaison/internal/process"
)

// A case's page and the answer to every action carry its whole history:
// reading and decoding every event again was 8 % of the server's CPU in
// the load mix, and on PostgreSQL a round trip. Events are never changed,
// and each one's hash chains it to all before it (EventHash), so the
// events of a case up to a head (its sequence number and hash, which the
// case row carries) are known for good once read. HistoryAt keeps them,
// and reads only what was appended since.
//
// A kept history is used only when it proves itself against the database:
// entirely, when its head is the one asked for; as a prefix, when the
// first event read after it chains to its last hash. So a history kept
// from a transaction that rolled back, from another replica's point of
// view, or from a case whose id was reused after a deletion, is never
// taken for the stored one.

// historyShards × historyShardSize bounds the memo at 256 cases, and a case
// with more than historyMaxEvents events is not kept (a long weekly
// reporting thread): the cases being worked on now, within a few MiB. With
// 1,024 cases of up to 64 events, reads of random cases at a million took
// the server to 150.7 MB, past the 150 MB it must stay under.
const (
	historyShards    = 8
	historyShardSize = 32
	historyMaxEvents = 32
)

type historyShard struct {
	mu sync.Mutex
	m  map[int64][]StoredEvent
}

// historyMemo is shared by every database of the process: entries prove
// themselves against the database they are read with.
var historyMemo [historyShards]historyShard

// HistoryAt returns the events of case caseID, as CaseEvents does, when
// its row's head is (seq, hash), without their stored JSON (Body). The
// events are shared with the memo: callers only read them.
func (q Q) HistoryAt(ctx context.Context, caseID int64, seq int, hash string) ([]StoredEvent, error) {
	sh := &historyMemo[uint64(caseID)%historyShards]
	sh.mu.Lock()
	kept := sh.m[caseID]
	sh.mu.Unlock()
	var prefix []StoredEvent
	if n := len(kept); n > 0 {
		last := kept[n-1]
		switch {
		case last.Seq == seq && last.Hash == hash:
			return kept, nil
		case last.Seq < seq:
			prefix = kept
		}
	}
	evs, err := q.historyAfter(ctx, caseID, prefix)
	if err != nil {
		return nil, err
	}
	sh.keep(caseID, evs)
	return evs, nil
}

// keep holds evs as the history of caseID.
func (sh *historyShard) keep(caseID int64, evs []StoredEvent) {
	if len(evs) == 0 || len(evs) > historyMaxEvents {
		return
	}
	sh.mu.Lock()
	defer sh.mu.Unlock()
	if sh.m == nil {
		sh.m = make(map[int64][]StoredEvent, historyShardSize)
	}
	if _, ok := sh.m[caseID]; !ok && len(sh.m) >= historyShardSize {
		for k := range sh.m { // one at random, as decodeCaseData does
			delete(sh.m, k)
			break
		}
	}
	sh.m[caseID] = evs
}

// KeepHistory extends the kept history of case caseID, whose head was
// (seq, hash) — none for a new case — with events an action appended
// after it (AppendEvents) and committed, its head now (toSeq, toHash):
// the answer to the action then reads none of its history. The events are
// stored again exactly as AppendEvents stored them (their JSON, decoded as
// a read decodes it, and their chain), and kept only if that chain ends at
// the case's head and starts from the history kept; anything else leaves
// the memo as it was.
func KeepHistory(caseID int64, seq int, hash string, events []process.Event, toSeq int, toHash string) {
	if len(events) == 0 {
		return
	}
	sh := &historyMemo[uint64(caseID)%historyShards]
	var kept []StoredEvent
	if seq > 0 {
		sh.mu.Lock()
		kept = sh.m[caseID]
		sh.mu.Unlock()
		if n := len(kept); n == 0 || kept[n-1].Seq != seq || kept[n-1].Hash != hash {
			return
		}
	}
	if len(kept)+len(events) > historyMaxEvents {
		return
	}
	out := slices.Clip(kept)
	for _, e := range events {
		body, next, err := chain(hash, e)
		if err != nil {
			return
		}
		seq++
		hash = next
		var read process.Event
		if err := json.Unmarshal([]byte(body), &read); err != nil {
			return
		}
		out = append(out, StoredEvent{Seq: seq, Event: read, Hash: hash})
	}
	if seq != toSeq || hash != toHash {
		return
	}
	sh.keep(caseID, out)
}

// historyAfter reads the events after prefix and returns prefix and them
// (a new slice); if the first of them does not chain to prefix, prefix was
// not this case's history and the whole history is read.
func (q Q) historyAfter(ctx context.Context, caseID int64, prefix []StoredEvent) ([]StoredEvent, error) {
	from, prev := 0, ""
	if n := len(prefix); n > 0 {
		from, prev = prefix[n-1].Seq, prefix[n-1].Hash
	}
	rows, err := q.QueryContext(ctx, `SELECT seq, body, hash FROM case_events WHERE case_id = $1 AND seq > $2 ORDER BY seq`, caseID, from)
	if err != nil {
		return nil, fmt.Errorf("store: events: %w", err)
	}
	defer rows.Close()
	out := slices.Clip(prefix)
	for rows.Next() {
		e, err := scanEvent(rows, caseID)
		if err != nil {
			return nil, err
		}
		if from > 0 && len(out) == len(prefix) && (e.Seq != from+1 || EventHash(prev, e.Body) != e.Hash) {
			rows.Close()
			return q.historyAfter(ctx, caseID, nil)
		}
		e.Body = ""
		out = append(out, e)
	}
	return out, rows.Err()
}
