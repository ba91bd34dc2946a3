package cases_test

import (
	"context"
	"testing"
	"time"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// TestMeetingOnTheDatabase: 会议组织 on a real database with the simulated
// clock — the attendees see the meeting; the minutes' action items become
// steps in their owners' inboxes, reminded at half time and escalated at
// their date; the meeting closes once every item is done.
func TestMeetingOnTheDatabase(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		s := newService(t, db, at("2026-12-01 10:00"))
		wang, chen, zhao := who(db, "wangfang"), who(db, "chenjie"), who(db, "zhaolei")
		v, err := s.Open(ctx, wang, "meeting", process.Input{Fields: map[string]any{
			"title": "Q1产品规划评审会", "agenda": []any{map[string]any{"topic": "Q1路线图", "presenter": "陈杰"}},
			"meeting_at": "2026-12-04 10:00", "place": "3楼会议室",
			"attendees":  []any{map[string]any{"login": "chenjie"}, map[string]any{"login": "zhaolei"}},
			"minutes_by": "2026-12-04"}})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.Get(ctx, cases.ViewerOf(zhao), v.ID); err != nil {
			t.Fatalf("an attendee cannot see the meeting: %v", err)
		}
		setClock(t, s, "2026-12-04 15:00")
		v, err = s.Act(ctx, wang, v.ID, "record_minutes", process.Input{Fields: map[string]any{
			"held_at": "2026-12-04 10:00", "present": "王芳、陈杰、赵磊", "summary": "确认排期。",
			"action_items": []any{map[string]any{"item": "赵磊于12月8日前确认测试资源", "owner": "zhaolei", "due": "2026-12-08"}}}})
		if err != nil {
			t.Fatal(err)
		}
		inbox, err := s.Inbox(ctx, cases.ViewerOf(zhao), store.Page{})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, row := range inbox.Items {
			if row.CaseID == v.ID && row.Action == "complete_action_item" && row.DueAt != nil && stamp(row.DueAt) == at("2026-12-08 18:00").Format(time.RFC3339) {
				found = true
			}
		}
		if !found {
			t.Fatalf("the owner's inbox lacks the action item: %+v", inbox)
		}
		setClock(t, s, "2026-12-06 16:30")
		if kinds(t, db, v.ID)["reminder/zhaolei/inbox"] != 1 {
			t.Fatalf("no reminder at half time: %v", kinds(t, db, v.ID))
		}
		setClock(t, s, "2026-12-08 18:00")
		if k := kinds(t, db, v.ID); k["escalation/zhaolei/inbox"] != 1 || k["escalation/lina/inbox"] == 0 {
			t.Fatalf("no escalation at the date: %v", k)
		}
		if _, err := s.Act(ctx, chen, v.ID, "complete_action_item", process.Input{Fields: map[string]any{"item_id": 1, "result": "x"}}); problem.CodeOf(err) != problem.Forbidden {
			t.Fatalf("an attendee who owns no item: %v", err)
		}
		if _, err := s.Act(ctx, wang, v.ID, "close", process.Input{}); problem.CodeOf(err) != problem.Conflict {
			t.Fatalf("close with an item open: %v", err)
		}
		if _, err := s.Act(ctx, zhao, v.ID, "complete_action_item", process.Input{Fields: map[string]any{"item_id": 1, "result": "测试资源已确认。"}}); err != nil {
			t.Fatal(err)
		}
		v, err = s.Act(ctx, wang, v.ID, "close", process.Input{})
		if err != nil || v.State != "closed" {
			t.Fatalf("close: %v %s", err, v.State)
		}
	})
}

// TestMeetingItemsEscalateOncePerLevel: each overdue action item escalates
// once per level — at its date its owner, the organiser and the organiser's
// head (level 1), one working day later management (level 2 in the demo's
// flat tree) — and the meeting's own close step does not escalate the last
// item a second time: its 1-working-day clock starts when the last item is
// done.
func TestMeetingItemsEscalateOncePerLevel(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		s := newService(t, db, at("2026-12-01 10:00"))
		wang, chen, zhao := who(db, "wangfang"), who(db, "chenjie"), who(db, "zhaolei")
		v, err := s.Open(ctx, wang, "meeting", process.Input{Fields: map[string]any{
			"title": "Q1产品规划评审会", "agenda": []any{map[string]any{"topic": "Q1路线图"}},
			"meeting_at": "2026-12-04 10:00", "place": "3楼会议室",
			"attendees":  []any{map[string]any{"login": "chenjie"}, map[string]any{"login": "zhaolei"}},
			"minutes_by": "2026-12-04"}})
		if err != nil {
			t.Fatal(err)
		}
		setClock(t, s, "2026-12-04 15:00")
		v, err = s.Act(ctx, wang, v.ID, "record_minutes", process.Input{Fields: map[string]any{
			"held_at": "2026-12-04 10:00", "present": "王芳、陈杰、赵磊", "summary": "确认排期。",
			"action_items": []any{
				map[string]any{"item": "赵磊于12月8日前确认测试资源", "owner": "zhaolei", "due": "2026-12-08"},
				map[string]any{"item": "陈杰于12月9日前完成接口联调", "owner": "chenjie", "due": "2026-12-09"}}}})
		if err != nil {
			t.Fatal(err)
		}
		if v.DueAt == nil || stamp(v.DueAt) != at("2026-12-08 18:00").Format(time.RFC3339) {
			t.Fatalf("while items are open the case is due with the first item: %v", v.DueAt)
		}
		esc := func(when string, want map[string]int) {
			t.Helper()
			setClock(t, s, when)
			k := kinds(t, db, v.ID)
			for _, login := range []string{"zhaolei", "chenjie", "wangfang", "lina", "gaojun"} {
				if got := k["escalation/"+login+"/inbox"]; got != want[login] {
					t.Fatalf("%s: %s has %d escalations, want %d (%v)", when, login, got, want[login], k)
				}
			}
		}
		esc("2026-12-08 17:59", map[string]int{})
		// Item 1 at its date: level 1.
		esc("2026-12-08 18:00", map[string]int{"zhaolei": 1, "wangfang": 1, "lina": 1})
		// Item 2, the last, at its date: level 1 once (the meeting's close
		// step used to escalate it again at the same instant).
		esc("2026-12-09 18:00", map[string]int{"zhaolei": 1, "chenjie": 1, "wangfang": 2, "lina": 2})
		// Item 1, one working day on: level 2, management, and its owner again.
		esc("2026-12-10 08:59", map[string]int{"zhaolei": 1, "chenjie": 1, "wangfang": 2, "lina": 2})
		esc("2026-12-10 09:00", map[string]int{"zhaolei": 2, "chenjie": 1, "wangfang": 2, "lina": 2, "gaojun": 1})
		// Item 2 is done before its level 2: no more for it.
		if _, err := s.Act(ctx, chen, v.ID, "complete_action_item", process.Input{Fields: map[string]any{"item_id": 2, "result": "接口联调完成。"}}); err != nil {
			t.Fatal(err)
		}
		// Management is the last level: nothing more, however long it waits.
		esc("2026-12-15 09:30", map[string]int{"zhaolei": 2, "chenjie": 1, "wangfang": 2, "lina": 2, "gaojun": 1})
		v, err = s.Act(ctx, zhao, v.ID, "complete_action_item", process.Input{Fields: map[string]any{"item_id": 1, "result": "测试资源已确认。"}})
		if err != nil {
			t.Fatal(err)
		}
		// The last item done: the organiser's close is owed within 1 working day.
		if v.DueAt == nil || stamp(v.DueAt) != at("2026-12-16 09:30").Format(time.RFC3339) {
			t.Fatalf("close due %v, want 2026-12-16 09:30", v.DueAt)
		}
		esc("2026-12-16 09:30", map[string]int{"zhaolei": 2, "chenjie": 1, "wangfang": 3, "lina": 3, "gaojun": 1})
		if v, err = s.Act(ctx, wang, v.ID, "close", process.Input{}); err != nil || v.State != "closed" {
			t.Fatalf("close: %v", err)
		}
	})
}
