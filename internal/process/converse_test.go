package process

import (
	"testing"

	"github.com/liaison-dev/liaison/internal/problem"
)

// TestProgressAndCommentsReachTheOtherSide: a progress update and a comment
// tell the other side; a question is owed within 24 hours with a reminder
// at half time, and the other side's comment answers it.
func TestProgressAndCommentsReachTheOtherSide(t *testing.T) {
	s := open(t, "internal-collab", "wangfang", "2026-12-01 10:00", collabFields("2026-12-31"), nil)
	s.do("2026-12-01 11:00", "chenjie", "accept", map[string]any{"committed_by": "2026-12-18"}, "in_progress")
	s.do("2026-12-02 10:00", "chenjie", "progress", map[string]any{"summary": "需求分析完成。", "percent": 40, "next_steps": "陈杰于12月4日前完成原型。"}, "in_progress")
	s.told("progress", "wangfang")
	s.notTold("progress", "chenjie")
	if n := s.last.Notices[0]; n.Fields["percent"] != "40" {
		t.Fatalf("progress notice fields %v", n.Fields)
	}
	// A remark is told, not tracked.
	s.do("2026-12-02 11:00", "wangfang", "comment", map[string]any{"comment": "收到,辛苦。"}, "in_progress")
	s.told("comment", "chenjie")
	if len(s.c.Items) != 0 {
		t.Fatalf("a remark opened an item: %+v", s.c.Items)
	}
	// A question is owed within 24 hours.
	s.do("2026-12-02 14:00", "wangfang", "comment", map[string]any{"comment": "原型评审能否提前到12月3日？"}, "in_progress")
	s.told("comment", "chenjie")
	if n := s.last.Notices[0]; n.DueAt == nil || n.Fields["question"] != "1" {
		t.Fatalf("question notice %+v", n)
	}
	wantTime(t, "answer due", *s.c.Items[0].DueAt, "2026-12-03 14:00")
	s.at("question.1.remind", "2026-12-03 02:00")
	step, ok := StepFor(s.d, &s.c, s.actor("chenjie"))
	if !ok || step.Action != "comment" || !step.DueAt.Equal(at("2026-12-03 14:00")) {
		t.Fatalf("chenjie owes %+v", step)
	}
	b := s.clone()
	b.fire("question.1.remind")
	b.told("comment", "chenjie")
	if got := b.notBefore("comment", "chenjie"); got != "2026-12-03 09:00" {
		t.Fatalf("a night reminder goes at %s", got)
	}
	b.fire("question.1.due")
	b.told("comment", "chenjie", "wangfang")
	// The contact answers: the question is closed and its timers dropped.
	s.do("2026-12-02 16:00", "chenjie", "comment", map[string]any{"comment": "可以,12月3日下午评审。"}, "in_progress")
	s.told("comment", "wangfang")
	if s.c.Items[0].Status != "answered" {
		t.Fatalf("question %+v", s.c.Items[0])
	}
	s.noTimer("question.1.remind")
	s.noTimer("question.1.due")
}

// TestWaitingForTheOtherSidePausesTheClock: the contact owes an answer by
// Thursday 10:00 and asks the requester to clarify on Tuesday 15:00 with 13
// working hours left; the clock stops until the requester answers on
// Wednesday 11:00, and then runs on to Thursday 15:00.
func TestWaitingForTheOtherSidePausesTheClock(t *testing.T) {
	s := open(t, "internal-collab", "wangfang", "2026-12-01 10:00", collabFields("2026-12-31"), nil)
	s.due("2026-12-03 10:00")
	s.do("2026-12-01 15:00", "chenjie", "comment", map[string]any{"comment": "交付标准里的功能流程图需要覆盖哪些模块？"}, "requested")
	s.due("")
	s.noTimer("requested.escalate")
	if s.c.Fields[PausedAt] != at("2026-12-01 15:00").Format("2006-01-02T15:04:05Z07:00") {
		t.Fatalf("paused_at %v", s.c.Fields[PausedAt])
	}
	// A question among the step's owners (none here) or a remark does not pause; the requester's answer resumes.
	s.do("2026-12-02 11:00", "wangfang", "comment", map[string]any{"comment": "覆盖订单与支付两个模块。"}, "requested")
	s.due("2026-12-03 15:00")
	s.at("requested.escalate", "2026-12-03 15:00")
	s.at("requested.remind", "2026-12-02 17:30") // half the 13 working hours left
	if _, ok := s.c.Fields[PausedAt]; ok {
		t.Fatal("still paused after the answer")
	}
	// The requester asking the contact does not pause the contact's clock.
	s.do("2026-12-02 14:00", "wangfang", "comment", map[string]any{"comment": "能否12月3日上午答复？"}, "requested")
	s.due("2026-12-03 15:00")
}

// TestCommentRefusesWhatItWouldDrop: a comment with a NUL or an escape
// sequence (which would go on into mail and chat), one with a field other
// than its text and question flag, and one whose question flag is not a
// boolean were all accepted, the extra fields silently dropped.
func TestCommentRefusesWhatItWouldDrop(t *testing.T) {
	s := open(t, "internal-collab", "wangfang", "2026-12-01 10:00", collabFields("2026-12-31"), nil)
	for _, tc := range []struct {
		fields map[string]any
		field  string
	}{
		{map[string]any{"comment": "a\x00b"}, "comment"},
		{map[string]any{"comment": "\x1b[31m红字"}, "comment"},
		{map[string]any{"comment": "收到。", "percent": 40}, "percent"},
		{map[string]any{"comment": "收到？", "question": "yes"}, "question"},
		{map[string]any{"comment": "\u200b"}, "comment"},
	} {
		s.refuse("2026-12-01 11:00", "wangfang", "comment", tc.fields, problem.Invalid, tc.field)
	}
	s.do("2026-12-01 11:00", "wangfang", "comment", map[string]any{"comment": "第一行\n第二行\t缩进", "question": false}, "requested")
}

// TestInvisibleActionCommentIsNone: an action's comment of a lone U+202E
// or zero-width space was kept on the event, a comment nobody can read
// that reverses whatever the page shows after it.
func TestInvisibleActionCommentIsNone(t *testing.T) {
	s := open(t, "internal-collab", "wangfang", "2026-12-01 10:00", collabFields("2026-12-31"), nil)
	s.env.Now = at("2026-12-01 11:00")
	dec, err := Apply(s.d, s.c, s.actor("chenjie"), "accept", Input{Fields: map[string]any{"committed_by": "2026-12-18"}, Comment: " \u202e\u200b "}, s.env)
	if err != nil {
		t.Fatal(err)
	}
	if got := dec.Events[0].Comment; got != "" {
		t.Errorf("comment kept as %q", got)
	}
}
