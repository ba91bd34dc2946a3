package process

import (
	"testing"

	"github.com/liaison-dev/liaison/internal/problem"
)

// TestCollabTransitions walks every transition of internal-collab,
// including the two collab_test.go does not take (escalate and
// reject_delivery), with the deadlines of CONTRACT §6.
func TestCollabTransitions(t *testing.T) {
	covered := map[string]bool{}
	fields := collabInput().Fields
	fields["expected_by"] = "2026-10-30"
	start := func() *shell { return open(t, "internal-collab", "wangfang", "2026-09-29 10:00", fields, covered) }

	s := start()
	s.due("2026-10-08 10:00") // 2 working days across National Day
	s.fires("requested.escalate", "escalation", "chenjie", "lina", "zhaolei")
	s.do("2026-09-29 11:00", "zhaolei", "reassign", map[string]any{"contact": "chenjie"}, "requested")
	s.do("2026-09-30 10:00", "chenjie", "accept", map[string]any{"committed_by": "2026-10-20"}, "in_progress")
	s.due("2026-10-20 18:00")
	s.at("in_progress.recur", "2026-10-07 10:00")
	s.fire("in_progress.recur")
	s.told("reminder", "wangfang")
	s.at("in_progress.recur", "2026-10-14 10:00")
	s.do("2026-10-09 10:00", "chenjie", "progress", map[string]any{"summary": "完成60%", "percent": 60, "next_steps": "10月16日前完成联调。"}, "in_progress")
	s.at("in_progress.recur", "2026-10-16 10:00")
	s.do("", "wangfang", "escalate", map[string]any{"issue": "测试环境10月12日前无法到位,请两位负责人协调。"}, "in_progress")
	s.told("escalation", "lina", "zhaolei")
	s.fires("in_progress.escalate", "escalation", "lina", "zhaolei")
	// 调整计划: the contact proposes 10-23 with a reason; the proposer cannot
	// accept their own proposal; the requester declines one, accepts the next.
	s.refuse("2026-10-12 10:00", "chenjie", "accept_plan", nil, problem.Conflict, "")
	s.offered("accept_plan", map[string]bool{"chenjie": false, "wangfang": false}) // nothing proposed yet
	s.do("2026-10-12 10:00", "chenjie", "propose_plan", map[string]any{"proposed_date": "2026-10-23", "replan_reason": "测试环境推迟到10月14日。"}, "in_progress")
	s.offered("accept_plan", map[string]bool{"chenjie": false, "wangfang": true}) // only the other side answers
	s.told("decided", "wangfang")
	s.notTold("decided", "chenjie")
	s.due("2026-10-20 18:00") // unchanged until accepted
	s.refuse("", "chenjie", "accept_plan", nil, problem.Forbidden, "")
	s.do("2026-10-12 11:00", "wangfang", "reject_plan", map[string]any{"reason": "客户10月21日演示,不能推迟。"}, "in_progress")
	s.due("2026-10-20 18:00")
	s.do("2026-10-12 14:00", "chenjie", "propose_plan", map[string]any{"proposed_date": "2026-10-21", "replan_reason": "测试环境推迟到10月14日,压缩联调后最早10月21日。"}, "in_progress")
	dec := s.do("2026-10-12 15:00", "wangfang", "accept_plan", nil, "in_progress")
	s.due("2026-10-21 18:00")
	s.at("in_progress.escalate", "2026-10-21 18:00")
	if ev := dec.Events[0]; ev.Fields["previous_committed_by"] != "2026-10-20" || ev.Fields["committed_by"] != "2026-10-21" {
		t.Fatalf("the history does not keep both dates: %v", ev.Fields)
	}
	if _, ok := s.c.Fields["proposed_date"]; ok {
		t.Fatal("the proposal stays after it was accepted")
	}
	s.told("decided", "chenjie", "lina", "zhaolei")
	s.do("2026-10-19 10:00", "chenjie", "deliver", map[string]any{"summary": "已完成", "deliverables": "《需求规格说明书》v1.0"}, "delivered")
	s.due("2026-10-22 10:00")
	s.fires("delivered.escalate", "escalation", "wangfang", "lina")
	s.refuse("2026-10-20 10:00", "wangfang", "reject_delivery", nil, problem.Invalid, "reason")
	s.do("", "wangfang", "reject_delivery", map[string]any{"reason": "缺少功能流程图,请10月23日前补充。"}, "in_progress")
	s.told("decided", "chenjie", "zhaolei")
	s.due("2026-10-21 18:00") // committed_by again, as re-planned
	s.do("2026-10-20 15:00", "chenjie", "deliver", map[string]any{"summary": "已补充", "deliverables": "《需求规格说明书》v1.1"}, "delivered")
	s.do("2026-10-21 10:00", "wangfang", "accept_delivery", map[string]any{"comment": "验收通过。"}, "signing")
	s.do("", "wangfang", "sign", nil, "signing")
	s.do("2026-10-21 11:00", "chenjie", "sign", nil, "archived")

	d := start()
	d.do("2026-09-29 11:00", "chenjie", "decline", map[string]any{"reason": "本月排期已满。", "alternative": "建议10月12日后再排。"}, "declined")
	w := start()
	w.do("2026-09-29 11:00", "wangfang", "withdraw", map[string]any{"reason": "需求取消。"}, "withdrawn")

	allCovered(t, "internal-collab", covered)
}
