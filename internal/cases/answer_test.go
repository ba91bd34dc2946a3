package cases_test

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// TestAnswerIsWhatWasStored: an action answers with the case as it
// stored it, without reading it back; that answer must be exactly what a
// read of the case returns afterwards.
func TestAnswerIsWhatWasStored(t *testing.T) {
	db := storetest.SQLite(t)
	ctx := context.Background()
	s := newService(t, db, at("2026-12-01 10:00"))
	f := collabFields()
	f["expected_by"] = "2026-12-20"
	wang, zhao := who(db, "wangfang"), who(db, "zhaolei")
	same := func(step string, answer cases.View, viewer process.Actor) {
		t.Helper()
		read, err := s.Get(ctx, cases.ViewerOf(viewer), answer.ID)
		if err != nil {
			t.Fatal(err)
		}
		a, _ := json.Marshal(answer)
		b, _ := json.Marshal(read)
		if string(a) != string(b) {
			t.Errorf("%s: the answer differs from a read of the case:\nanswer %s\nread   %s", step, a, b)
		}
	}
	v, err := s.Open(ctx, wang, "internal-collab", process.Input{Fields: f})
	if err != nil {
		t.Fatal(err)
	}
	same("open", v, wang)
	v, err = s.Act(ctx, zhao, v.ID, "accept", process.Input{Fields: map[string]any{"committed_by": "2026-12-10"}})
	if err != nil {
		t.Fatal(err)
	}
	same("accept", v, zhao)
	v, err = s.Act(ctx, zhao, v.ID, "progress", process.Input{Fields: map[string]any{"summary": "需求分析完成", "percent": 40, "next_steps": "12月4日前完成原型评审"}})
	if err != nil {
		t.Fatal(err)
	}
	same("progress", v, zhao)
}
