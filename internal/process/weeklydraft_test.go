package process

import "testing"

// TestWeeklyDraftIsFields: the Friday reminder carries last week's plan and
// the milestones as fields (one "DATE NAME" a line) for the message to
// write in its reader's words — not a Chinese-and-English summary with
// raw dates.
func TestWeeklyDraftIsFields(t *testing.T) {
	c := &Case{Fields: map[string]any{"next_week": "12月31日前完成验收准备。"}, Items: []Item{
		{Kind: "milestone", Status: "done", Fields: map[string]any{"name": "原型完成", "date": "2026-10-10"}},
		{Kind: "milestone", Status: "noticed", Fields: map[string]any{"name": "测试上线", "date": "2026-10-13"}},
		{Kind: "milestone", Status: "planned", Fields: map[string]any{"name": "正式交付", "date": "2027-01-04"}},
		{Kind: "feedback", Status: "open", Fields: map[string]any{"description": "x"}},
	}}
	got := weeklyDraft(c)
	want := map[string]string{"last_plan": "12月31日前完成验收准备。", "milestones_done": "2026-10-10 原型完成", "milestones_next": "2026-10-13 测试上线\n2027-01-04 正式交付"}
	if len(got) != len(want) {
		t.Fatalf("%q", got)
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %q, want %q", k, got[k], v)
		}
	}
}
