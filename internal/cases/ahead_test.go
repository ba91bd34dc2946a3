package cases_test

import (
	"context"
	"testing"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// TestDecidedAheadOnlyWhenNothingChanged: on SQLite an action is decided
// before it joins the writer's batch and committed there when the case and
// the organisation are as it read them; when another action changed the
// case, or the organisation changed, in between, its decision is dropped
// and it is decided again inside the transaction, on what is stored then.
func TestDecidedAheadOnlyWhenNothingChanged(t *testing.T) {
	db := storetest.SQLite(t)
	ctx := context.Background()
	s := newService(t, db, at("2026-12-01 10:00"))
	setClock(t, s, "2026-12-01 10:00")
	f := collabFields()
	f["expected_by"] = "2026-12-20"
	open := func() cases.View {
		v, err := s.Open(ctx, who(db, "wangfang"), "internal-collab", process.Input{Fields: f})
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	accept := process.Input{Fields: map[string]any{"committed_by": "2026-12-10"}}

	// Nothing in between: committed as decided.
	v := open()
	if _, err := s.Act(ctx, who(db, "zhaolei"), v.ID, "comment", process.Input{Comment: "收到,今天内安排。"}); err != nil {
		t.Fatal(err)
	}
	if c, in := cases.AheadStats(s); c != 1 || in != 0 {
		t.Fatalf("a quiet comment: %d committed ahead, %d decided inside; want 1, 0", c, in)
	}

	// A comment on the case lands between the decision and the batch: the
	// acceptance is decided again and comes after the comment.
	v = open()
	cases.SetAheadDecided(s, func() {
		cases.SetAheadDecided(s, nil)
		if _, err := s.Act(ctx, who(db, "wangfang"), v.ID, "comment", process.Input{Comment: "请尽快处理。"}); err != nil {
			t.Errorf("comment in between: %v", err)
		}
	})
	got, err := s.Act(ctx, who(db, "zhaolei"), v.ID, "accept", accept)
	if err != nil {
		t.Fatal(err)
	}
	if c, in := cases.AheadStats(s); c != 2 || in != 1 {
		t.Errorf("after a change in between: %d committed ahead, %d decided inside; want 2, 1", c, in)
	}
	if got.State != "in_progress" || got.Version != v.Version+2 {
		t.Errorf("accepted: state %s version %d, want in_progress %d", got.State, got.Version, v.Version+2)
	}
	evs, err := db.CaseEvents(ctx, v.ID)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(evs); n < 3 || evs[n-2].Event.Type != "comment" || evs[n-1].Event.Action != "accept" || evs[n-1].Event.At.Before(evs[n-2].Event.At) {
		t.Errorf("events end %+v, want the comment then the acceptance", evs[max(0, len(evs)-2):])
	}

	// The organisation changes in between: decided again inside.
	v = open()
	cases.SetAheadDecided(s, func() {
		cases.SetAheadDecided(s, nil)
		if err := db.SetUserDisabled(ctx, "sunli", true); err != nil {
			t.Errorf("change of the organisation: %v", err)
		}
	})
	if _, err := s.Act(ctx, who(db, "zhaolei"), v.ID, "accept", accept); err != nil {
		t.Fatal(err)
	}
	if c, in := cases.AheadStats(s); c != 2 || in != 2 {
		t.Errorf("after an organisation change: %d committed ahead, %d decided inside; want 2, 2", c, in)
	}

	// A refused action is answered by the transaction's own decision.
	if _, err := s.Act(ctx, who(db, "zhaolei"), v.ID, "accept", accept); err == nil {
		t.Error("a second acceptance was taken")
	}
}
