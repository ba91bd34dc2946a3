package store

import (
	"encoding/json"
	"hash/maphash"
	"sync"
	"time"

	"github.com/liaison-dev/liaison/internal/process"
)

// Decoding a case's data (its fields, participants, items …) was a quarter
// of the CPU of a read under load: an inbox page decodes up to 50 of them,
// and the same cases are read again and again while they wait. decodeCaseData
// memoises the decoding per case id, keyed by the stored text itself, so a
// hit is exactly what decoding that text gives — whichever database, replica
// or version it came from — and a changed case simply misses. Every caller
// gets its own deep copy (the engine changes a case's maps in place), which
// costs a fraction of decoding — but for a reader that only looks (an
// inbox page, the calendar feed: CaseFilter.Shared), which gets the cached
// value itself.

// dataCacheShards × dataCacheShardSize bounds the cache at 4,096 cases
// (some 2 KiB each decoded: about 8 MiB), enough for the inboxes and
// first pages of a few dozen busy people at once.
const (
	dataCacheShards    = 16
	dataCacheShardSize = 256
)

type dataShard struct {
	mu sync.Mutex
	m  map[int64]cachedData
}

type cachedData struct {
	sum  uint64 // maphash of the text
	size int    // and its length
	d    caseData
}

var (
	dataCache [dataCacheShards]dataShard
	dataSeed  = maphash.MakeSeed()
)

// decodeCaseData returns the decoded data of case id, stored as text: a
// copy of its own, or with shared the cached value, which the caller must
// not change.
func decodeCaseData(id int64, text string, shared bool) (caseData, error) {
	sh := &dataCache[uint64(id)%dataCacheShards]
	sum := maphash.String(dataSeed, text)
	sh.mu.Lock()
	c, ok := sh.m[id]
	sh.mu.Unlock()
	if ok && c.sum == sum && c.size == len(text) {
		if shared {
			return c.d, nil
		}
		return c.d.clone(), nil
	}
	var d caseData
	if err := json.Unmarshal([]byte(text), &d); err != nil {
		return d, err
	}
	if d.Fields == nil {
		d.Fields = map[string]any{}
	}
	sh.mu.Lock()
	if sh.m == nil {
		sh.m = make(map[int64]cachedData, dataCacheShardSize)
	}
	if _, ok := sh.m[id]; !ok && len(sh.m) >= dataCacheShardSize {
		// A full shard gives up one entry at random (the map's order):
		// a working set a little larger than the cache still mostly hits,
		// where starting the shard afresh would miss on every read.
		for k := range sh.m {
			delete(sh.m, k)
			break
		}
	}
	sh.m[id] = cachedData{sum: sum, size: len(text), d: d}
	sh.mu.Unlock()
	if shared {
		return d, nil
	}
	return d.clone(), nil
}

// clone is a deep copy of d: nothing of it is shared with the cache.
func (d caseData) clone() caseData {
	out := caseData{
		Fields:       cloneFields(d.Fields),
		Participants: cloneSlice(d.Participants),
		Signatures:   cloneSlice(d.Signatures),
		Done:         cloneSlice(d.Done),
		StateDue:     cloneTime(d.StateDue),
	}
	if d.Items != nil {
		out.Items = make([]process.Item, len(d.Items))
		for i, it := range d.Items {
			it.Fields = cloneFields(it.Fields)
			it.DueAt, it.NoticeAt = cloneTime(it.DueAt), cloneTime(it.NoticeAt)
			if it.Meta != nil {
				m := make(map[string]string, len(it.Meta))
				for k, v := range it.Meta {
					m[k] = v
				}
				it.Meta = m
			}
			out.Items[i] = it
		}
	}
	return out
}

// cloneSlice copies s, keeping nil and empty apart (they encode as null and []).
func cloneSlice[T any](s []T) []T {
	if s == nil {
		return nil
	}
	return append(make([]T, 0, len(s)), s...)
}

func cloneTime(t *time.Time) *time.Time {
	if t == nil {
		return nil
	}
	c := *t
	return &c
}

// cloneFields deep-copies decoded JSON: objects, arrays and scalars (which
// are immutable).
func cloneFields(m map[string]any) map[string]any {
	if m == nil {
		return nil
	}
	out := make(map[string]any, len(m))
	for k, v := range m {
		out[k] = cloneJSON(v)
	}
	return out
}

func cloneJSON(v any) any {
	switch x := v.(type) {
	case map[string]any:
		return cloneFields(x)
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = cloneJSON(e)
		}
		return out
	}
	return v
}
