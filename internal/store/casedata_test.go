package store

import (
	"encoding/json"
	"reflect"
	"testing"
)

// The decoding memo gives what decoding gives, hit or miss, and nothing a
// caller changes reaches the next caller.
func TestDecodeCaseDataIsolated(t *testing.T) {
	texts := []string{
		`{"fields":{"title":"客户门户","rows":[{"item":"A","qty":2}],"n":3.5,"ok":true,"none":null},"participants":[{"role":"contact","login":"zhaolei"}],"items":[{"id":1,"kind":"milestone","status":"open","fields":{"d":"2026-12-09"},"due_at":"2026-12-09T18:00:00+08:00","created_at":"2026-12-01T09:00:00+08:00","meta":{"k":"v"}}],"done":["accept"],"state_due":"2026-12-10T18:00:00+08:00"}`,
		`{"fields":{},"participants":[]}`,
		`{"fields":null}`,
	}
	for i, text := range texts {
		id := int64(900000 + i)
		var want caseData
		if err := json.Unmarshal([]byte(text), &want); err != nil {
			t.Fatal(err)
		}
		if want.Fields == nil {
			want.Fields = map[string]any{}
		}
		for round := range 3 {
			got, err := decodeCaseData(id, text, false)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("text %d round %d: got %#v, want %#v", i, round, got, want)
			}
			// A caller that changes everything it was given.
			got.Fields["title"] = "changed"
			if rows, ok := got.Fields["rows"].([]any); ok {
				rows[0].(map[string]any)["qty"] = 99
			}
			if len(got.Participants) > 0 {
				got.Participants[0].Login = "someone"
			}
			if len(got.Items) > 0 {
				got.Items[0].Fields["d"] = "x"
				got.Items[0].Meta["k"] = "x"
				*got.Items[0].DueAt = got.Items[0].DueAt.AddDate(1, 0, 0)
			}
			if got.StateDue != nil {
				*got.StateDue = got.StateDue.AddDate(1, 0, 0)
			}
			if len(got.Done) > 0 {
				got.Done[0] = "x"
			}
		}
	}
	// A changed text for the same case is decoded afresh.
	got, err := decodeCaseData(900000, `{"fields":{"title":"新"}}`, false)
	if err != nil || got.Fields["title"] != "新" || got.Participants != nil {
		t.Fatalf("changed text: %#v, %v", got, err)
	}
	if _, err := decodeCaseData(900001, `{"fields":`, false); err == nil {
		t.Fatal("bad text decoded")
	}
}

// The memo holds at most its bound, however many cases are read, and a
// full shard still takes the case just read.
func TestDecodeCaseDataBounded(t *testing.T) {
	for id := int64(1_000_000); id < 1_000_000+3*dataCacheShards*dataCacheShardSize; id++ {
		if _, err := decodeCaseData(id, `{"fields":{"n":1}}`, false); err != nil {
			t.Fatal(err)
		}
	}
	total := 0
	for i := range dataCache {
		sh := &dataCache[i]
		sh.mu.Lock()
		if len(sh.m) > dataCacheShardSize {
			t.Errorf("shard %d holds %d entries, bound %d", i, len(sh.m), dataCacheShardSize)
		}
		total += len(sh.m)
		sh.mu.Unlock()
	}
	last := int64(1_000_000 + 3*dataCacheShards*dataCacheShardSize - 1)
	sh := &dataCache[uint64(last)%dataCacheShards]
	sh.mu.Lock()
	_, ok := sh.m[last]
	sh.mu.Unlock()
	if !ok || total > dataCacheShards*dataCacheShardSize {
		t.Errorf("last read cached: %v; %d entries in all", ok, total)
	}
}

// A shared read (an inbox page, CaseFilter.Shared) gets the cached value
// itself, hit or miss — no copy — and the next copying read still gets a
// copy of its own that decodes the same.
func TestDecodeCaseDataShared(t *testing.T) {
	const id, text = 990000, `{"fields":{"title":"共享","rows":[{"item":"A"}]},"participants":[{"role":"contact","login":"zhaolei"}]}`
	first, err := decodeCaseData(id, text, true) // a miss
	if err != nil {
		t.Fatal(err)
	}
	second, err := decodeCaseData(id, text, true) // a hit
	if err != nil {
		t.Fatal(err)
	}
	if reflect.ValueOf(first.Fields).UnsafePointer() != reflect.ValueOf(second.Fields).UnsafePointer() ||
		&first.Participants[0] != &second.Participants[0] {
		t.Error("two shared reads of one text got copies")
	}
	own, err := decodeCaseData(id, text, false)
	if err != nil {
		t.Fatal(err)
	}
	if reflect.ValueOf(own.Fields).UnsafePointer() == reflect.ValueOf(first.Fields).UnsafePointer() || &own.Participants[0] == &first.Participants[0] {
		t.Error("a copying read got the shared value")
	}
	if !reflect.DeepEqual(own, first) {
		t.Errorf("the copy %#v differs from the shared value %#v", own, first)
	}
}
