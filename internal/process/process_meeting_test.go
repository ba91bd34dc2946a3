package process

import (
	"strings"
	"testing"

	"github.com/liaison-dev/liaison/internal/problem"
)

func meetingFields() map[string]any {
	return map[string]any{
		"title":      "Q1产品规划评审会",
		"agenda":     []any{map[string]any{"topic": "Q1路线图", "presenter": "陈杰", "minutes": 30}, map[string]any{"topic": "资源排期", "minutes": 20}},
		"meeting_at": "2026-12-03T14:00:00+08:00",
		"place":      "3楼会议室",
		"attendees":  []any{map[string]any{"login": "chenjie"}, map[string]any{"login": "zhaolei"}, map[string]any{"login": "lina"}},
		"minutes_by": "2026-12-04",
	}
}

// TestMeetingWalk: 会议组织 — the attendees are told of the meeting; the
// minutes are due by the date set; each action item is owed by its owner by
// its date, reminded and escalated; the meeting closes once every item is done.
func TestMeetingWalk(t *testing.T) {
	covered := map[string]bool{}
	s := open(t, "meeting", "wangfang", "2026-12-01 10:00", meetingFields(), covered)
	s.told("cc", "chenjie", "zhaolei", "lina")
	s.due("2026-12-04 18:00")
	s.refuse("2026-12-01 11:00", "chenjie", "record_minutes", nil, problem.Forbidden, "")
	s.do("2026-12-01 11:00", "wangfang", "reschedule", map[string]any{"meeting_at": "2026-12-04T10:00:00+08:00", "minutes_by": "2026-12-07", "reason": "会议室冲突,改到周五上午。"}, "scheduled")
	s.told("decided", "chenjie", "zhaolei", "lina")
	s.due("2026-12-07 18:00")
	late := s.clone()
	late.fires("scheduled.escalate", "escalation", "wangfang", "lina")

	// Minutes of a meeting not yet held are refused.
	s.refuse("2026-12-04 09:00", "wangfang", "record_minutes", map[string]any{
		"held_at": "2026-12-04T10:00:00+08:00", "present": "王芳、陈杰", "summary": "评审Q1路线图。"}, problem.Invalid, "held_at")
	s.do("2026-12-04 15:00", "wangfang", "record_minutes", map[string]any{
		"held_at": "2026-12-04T10:00:00+08:00", "present": "王芳、陈杰、赵磊、李娜", "summary": "评审Q1路线图,确认排期。",
		"action_items": []any{
			map[string]any{"item": "陈杰于12月10日前输出接口设计", "owner": "chenjie", "due": "2026-12-10"},
			map[string]any{"item": "赵磊于12月8日前确认测试资源", "owner": "zhaolei", "due": "2026-12-08"},
		}}, "following_up")
	s.told("assigned", "chenjie", "zhaolei")
	if n := len(s.c.Items); n != 2 || s.c.Items[0].Meta["owed_by"] != "chenjie" {
		t.Fatalf("action items %+v", s.c.Items)
	}
	wantTime(t, "first item", *s.c.Items[0].DueAt, "2026-12-10 18:00")
	if p := s.participant("action_owner"); p != "chenjie" {
		t.Fatalf("action owner %q", p)
	}
	step, ok := StepFor(s.d, &s.c, s.actor("zhaolei"))
	if !ok || step.Action != "complete_action_item" || step.Item != 2 {
		t.Fatalf("zhaolei owes %+v", step)
	}
	s.at("action_item.2.remind", "2026-12-06 16:30")
	s.fires("action_item.2.remind", "reminder", "zhaolei")
	s.fire("action_item.2.due")
	s.told("escalation", "zhaolei", "wangfang", "lina")
	// close waits for every item.
	pe := s.refuse("2026-12-08 19:00", "wangfang", "close", nil, problem.Conflict, "")
	// The refusal names the open item by its words, never the kind's raw id.
	if msg := pe.Text("zh"); strings.Contains(msg, "action_item") || !strings.Contains(msg, "#2「") {
		t.Fatalf("close refused with %q", msg)
	}
	s.refuse("", "lina", "complete_action_item", map[string]any{"item_id": 1, "result": "x"}, problem.Forbidden, "")
	s.do("", "zhaolei", "complete_action_item", map[string]any{"item_id": 2, "result": "测试资源已确认:2人。"}, "following_up")
	s.told("decided", "wangfang")
	s.noTimer("action_item.2.due")
	s.do("2026-12-09 10:00", "chenjie", "complete_action_item", map[string]any{"item_id": 1, "result": "接口设计已评审通过。"}, "following_up")
	s.refuse("", "chenjie", "complete_action_item", map[string]any{"item_id": 1, "result": "x"}, problem.Conflict, "")
	s.do("", "wangfang", "close", nil, "closed")
	if len(s.timers) != 0 {
		t.Fatalf("closed meeting has timers %v", s.pending())
	}

	c := open(t, "meeting", "wangfang", "2026-12-01 10:00", meetingFields(), covered)
	c.do("2026-12-01 12:00", "wangfang", "cancel", map[string]any{"reason": "项目暂停,会议取消。"}, "cancelled")
	c.told("decided", "chenjie", "zhaolei", "lina")
	allCovered(t, "meeting", covered)
}

// TestDatesNotBeforeTheirStart: the minutes cannot be due before the
// meeting (on calling it or rescheduling it), nor a joint project end
// before it starts.
func TestDatesNotBeforeTheirStart(t *testing.T) {
	org, cal := fullOrg(), testCalendar(t)
	env := Env{Now: at("2026-12-01 10:00"), Time: cal, Org: org}
	m := meetingFields()
	m["meeting_at"] = "2026-12-08T14:00:00+08:00"
	d, _ := registry(t).Get("meeting")
	if _, err := Open(d, actor(org, "wangfang"), Input{Fields: m}, env); !isInvalid(err, "minutes_by") {
		t.Fatalf("minutes due before the meeting: %v", err)
	}
	s := open(t, "meeting", "wangfang", "2026-12-01 10:00", meetingFields(), map[string]bool{})
	s.refuse("2026-12-01 11:00", "wangfang", "reschedule", map[string]any{"meeting_at": "2026-12-09T10:00:00+08:00", "minutes_by": "2026-12-07", "reason": "会议室冲突。"}, problem.Invalid, "minutes_by")

	p := partnerFields()
	p["start_on"], p["end_by"] = "2027-05-01", "2027-02-01"
	d, _ = registry(t).Get("partner-collab")
	if _, err := Open(d, actor(org, "lina"), Input{Fields: p}, env); !isInvalid(err, "end_by") {
		t.Fatalf("a project ending before it starts: %v", err)
	}
}

func isInvalid(err error, field string) bool {
	pe, ok := err.(*problem.Error)
	return ok && pe.Code == problem.Invalid && pe.Fields[field] != ""
}
