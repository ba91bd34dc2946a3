package process

import (
	"testing"

	"github.com/liaison-dev/liaison/internal/problem"
)

const partnerEmail = "wanglei@zhiyuan.example"

func partnerFields() map[string]any {
	return map[string]any{
		"partner": "zhiyuan",
		"title":   "数字化转型咨询联合项目",
		"goal":    "12月底前完成业务流程诊断并交付转型路线图。",
		"scope": []any{
			map[string]any{"item": "业务流程访谈", "side": "partner", "standard": "覆盖5个部门,输出访谈纪要"},
			map[string]any{"item": "现状数据提供", "side": "ours", "standard": "10月16日前提供近一年流程数据"},
		},
		"start_on": "2026-09-28",
		"end_by":   "2026-12-31",
	}
}

func TestPartnerCollabTransitions(t *testing.T) {
	covered := map[string]bool{}
	start := func() *shell { return open(t, "partner-collab", "lina", "2026-09-21 10:00", partnerFields(), covered) }
	terminate := map[string]any{"reason": "合作方核心顾问离职,双方同意终止。"}
	plan := map[string]any{"plan": "访谈、诊断、路线图三阶段推进。", "milestones": rows("访谈完成", "2026-10-12", "诊断报告", "2026-11-20")}

	s := start()
	if s.participant("partner") != partnerEmail || s.participant("owner_head") != "gaojun" /* lina heads market herself: the level above */ {
		t.Fatalf("participants %+v", s.c.Participants)
	}
	s.due("2026-09-29 10:00") // 5 working days: the Mid-Autumn Friday and the weekend skipped
	s.fires("planning.escalate", "escalation", "lina")
	s.refuse("2026-09-28 10:00", "lina", "submit_plan", map[string]any{"plan": "x", "milestones": rows("b", "2026-11-20", "a", "2026-10-12")}, problem.Invalid, "milestones[1].date")
	s.do("", "lina", "submit_plan", plan, "plan_confirming")
	s.told("assigned", partnerEmail)
	s.due("2026-09-29 10:00")
	s.at("plan_confirming.remind", "2026-09-28 22:00")
	s.fires("plan_confirming.remind", "reminder", partnerEmail, "lina")
	// Milestone notices 3 days ahead: 10-09 (Fri) and 11-17.
	s.at("milestone.1.notice", "2026-10-09 09:00")
	s.at("milestone.2.notice", "2026-11-17 09:00")

	ch := s.clone()
	ch.refuse("2026-09-28 15:00", "lina", "request_changes", map[string]any{"changes": "增加一个部门。"}, problem.Invalid, "evidence")
	ch.do("", "party:zhiyuan", "request_changes", map[string]any{"changes": "访谈范围增加财务部,请于9月30日前更新计划。"}, "planning")
	ch.told("decided", "lina")
	ct := ch.clone()
	ct.do("2026-09-29 10:00", "lina", "terminate", terminate, "terminated")
	ct.told("decided", partnerEmail)
	pt := s.clone()
	pt.do("2026-09-28 15:00", "lina", "terminate", terminate, "terminated")

	s.do("2026-09-28 15:00", "lina", "confirm_plan", map[string]any{"evidence": "王磊9月28日邮件确认"}, "executing")
	s.told("assigned", partnerEmail)
	// Every Friday 18:00; the week of 09-28 has no working Thursday or Friday, so Wednesday.
	s.due("2026-09-30 18:00")
	s.at("executing.weekly_remind", "2026-09-30 15:00")
	s.fire("executing.weekly_due")
	s.told("escalation", "gaojun") // the owner's head is the level above lina
	s.due("2026-10-09 18:00")
	s.do("2026-10-09 16:00", "party:zhiyuan", "weekly_sync", map[string]any{"progress": "完成3个部门访谈。", "next_week": "10月16日前完成其余访谈。", "risks": "无"}, "executing")
	s.told("weekly_report", "lina")
	s.due("2026-10-16 18:00")
	s.do("", "party:zhiyuan", "escalate", map[string]any{"issue": "财务部访谈未能排期,请协调10月14日前安排。"}, "executing")
	s.told("escalation", "lina")
	s.do("2026-10-12 10:00", "lina", "milestone_done", map[string]any{"name": "访谈完成"}, "executing")
	s.told("decided", partnerEmail)
	s.refuse("", "party:zhiyuan", "milestone_done", map[string]any{"name": "诊断报告"}, problem.Forbidden, "")
	et := s.clone()
	et.do("2026-10-13 10:00", "lina", "terminate", terminate, "terminated")

	s.do("2026-11-20 10:00", "party:zhiyuan", "deliver", map[string]any{"summary": "交付诊断报告与路线图。", "deliverables": "《流程诊断报告》《转型路线图》"}, "accepting")
	s.told("delivered", "lina")
	s.due("2026-11-25 10:00") // 3 working days
	s.fires("accepting.escalate", "escalation", "lina")
	rj := s.clone()
	rj.do("2026-11-25 11:00", "lina", "reject_delivery", map[string]any{"reason": "路线图缺少预算测算,请12月4日前补充。"}, "executing")
	rj.told("decided", partnerEmail)
	s.do("2026-11-25 11:00", "lina", "accept_delivery", nil, "closing")
	s.at("closing.remind", "2026-11-26 11:00")
	// Both sign; the owner cannot sign for the partner.
	s.do("", "lina", "sign", nil, "closing")
	s.refuse("", "lina", "sign", nil, problem.Conflict, "")
	s.fire("closing.remind") // only whoever has not signed yet is reminded
	s.told("reminder", partnerEmail)
	s.notTold("reminder", "lina")
	s.do("2026-11-26 15:00", "party:zhiyuan", "sign", nil, "closed")
	s.told("signed", "lina")
	if len(s.c.Signatures) != 2 {
		t.Fatalf("signatures %+v", s.c.Signatures)
	}

	allCovered(t, "partner-collab", covered)
}
