package process

import (
	"testing"

	"github.com/liaison-dev/liaison/internal/problem"
)

func progressFields() map[string]any {
	return map[string]any{
		"project":    "华信科技客户门户",
		"period":     "2026年9月",
		"progress":   "完成需求评审与原型设计,开发完成40%。",
		"milestones": []any{map[string]any{"name": "原型完成", "date": "2026-09-25", "status": "done"}, map[string]any{"name": "测试上线", "date": "2026-10-30", "status": "on_track"}},
		"next_month": "10月30日前完成测试上线。",
		"risks":      "第三方接口文档延迟,可能影响联调。",
	}
}

func TestProgressReportTransitions(t *testing.T) {
	covered := map[string]bool{}
	start := func() *shell {
		return open(t, "progress-report", "chenjie", "2026-09-29 10:00", progressFields(), covered)
	}
	s := start()
	if s.c.Title != "华信科技客户门户：2026年9月" {
		t.Errorf("title %q", s.c.Title)
	}
	if s.participant("management") != "gaojun" || s.participant("lead_head") != "zhaolei" {
		t.Fatalf("participants %+v", s.c.Participants)
	}
	s.told("assigned", "gaojun")
	s.told("cc", "zhaolei")
	// 2 working days across National Day: 09-30, then 10-08.
	s.due("2026-10-08 10:00")
	s.at("reviewing.remind", "2026-09-30 10:00") // half of 18 working hours
	s.fires("reviewing.escalate", "escalation", "gaojun", "zhaolei")

	s.refuse("2026-10-08 11:00", "chenjie", "ask", map[string]any{"questions": "x"}, problem.Forbidden, "")
	s.refuse("", "gaojun", "ask", nil, problem.Invalid, "questions")
	s.do("", "gaojun", "ask", map[string]any{"questions": "接口延迟的应对方案是什么?请10月9日前答复。"}, "answering")
	s.told("assigned", "chenjie")
	s.told("decided", "zhaolei")
	s.due("2026-10-09 11:00") // 24 hours
	s.at("answering.remind", "2026-10-08 23:00")
	s.fires("answering.escalate", "escalation", "chenjie", "zhaolei")
	s.do("2026-10-09 12:00", "chenjie", "answer", map[string]any{"answers": "已协调对方10月12日前提供文档,并先用模拟接口联调。"}, "reviewing")
	s.due("2026-10-12 12:00") // Fri 10-09 + 2 working days: Sat 10-10 (make-up day), Mon 10-12
	s.told("assigned", "gaojun")
	s.do("2026-10-09 15:00", "gaojun", "acknowledge", map[string]any{"instructions": "同意,10月15日前同步联调结果。"}, "acknowledged")
	s.told("decided", "chenjie", "zhaolei")

	w := start()
	w.refuse("2026-09-29 11:00", "gaojun", "withdraw", map[string]any{"reason": "x"}, problem.Forbidden, "")
	w.do("", "chenjie", "withdraw", map[string]any{"reason": "数据有误,将重新提交。"}, "withdrawn")
	w.told("decided", "gaojun")

	allCovered(t, "progress-report", covered)
}

func TestProgressReportMilestonesChecked(t *testing.T) {
	d, _ := registry(t).Get("progress-report")
	org := fullOrg()
	env := Env{Now: at("2026-09-29 10:00"), Time: testCalendar(t), Org: org}
	tests := []struct {
		name  string
		rows  []any
		field string
	}{
		{"unknown status", []any{map[string]any{"name": "a", "date": "2026-09-25", "status": "fine"}}, "milestones[0].status"},
		{"dates out of order", []any{map[string]any{"name": "a", "date": "2026-10-25", "status": "done"}, map[string]any{"name": "b", "date": "2026-09-25", "status": "done"}}, "milestones[1].date"},
		{"vague date", []any{map[string]any{"name": "a", "date": "近期", "status": "late"}}, "milestones[0].date"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := progressFields()
			m["milestones"] = tc.rows
			_, err := Open(d, actor(org, "chenjie"), Input{Fields: m}, env)
			if pe, ok := err.(*problem.Error); !ok || pe.Fields[tc.field] == "" {
				t.Fatalf("got %v, want error on %s", err, tc.field)
			}
		})
	}
}
