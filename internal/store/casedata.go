package store

import (
	"encoding/json"
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
// costs a fraction of decoding.

// dataCacheShards × dataCacheShardSize bounds the cache at 2,048 cases
// (about 4 KiB each with the text: some 8 MiB).
const (
	dataCacheShards    = 16
	dataCacheShardSize = 128
)

type dataShard struct {
	mu sync.Mutex
	m  map[int64]cachedData
}

type cachedData struct {
	text string
	d    caseData
}

var dataCache [dataCacheShards]dataShard

// decodeCaseData returns the decoded data of case id, stored as text.
func decodeCaseData(id int64, text string) (caseData, error) {
	sh := &dataCache[uint64(id)%dataCacheShards]
	sh.mu.Lock()
	c, ok := sh.m[id]
	sh.mu.Unlock()
	if ok && c.text == text {
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
	if sh.m == nil || len(sh.m) >= dataCacheShardSize {
		// A full shard starts again: cheaper than tracking recency, and a
		// read-mostly working set refills it at once.
		sh.m = make(map[int64]cachedData, dataCacheShardSize)
	}
	sh.m[id] = cachedData{text: text, d: d}
	sh.mu.Unlock()
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
