package process

import (
	"testing"

	"github.com/liaison-dev/liaison/internal/problem"
)

func customerComplaintFields(severity string) map[string]any {
	return map[string]any{"customer": "huaxin", "title": "客服系统登录失败", "description": "3月2日起部分坐席无法登录客服系统。", "severity": severity}
}

// TestCustomerComplaintTransitions walks every transition of
// customer-complaint with exact deadlines: 24 hours (critical: 4 working
// hours) to answer, the promised date to fix, 3 working days for the
// customer to confirm, a reopened complaint answered afresh.
func TestCustomerComplaintTransitions(t *testing.T) {
	covered := map[string]bool{}
	s := open(t, "customer-complaint", "zhoumin", "2026-12-04 16:00", customerComplaintFields("critical"), covered)
	if s.participant("customer") != customerEmail || s.participant("handler_head") != "liuyang" {
		t.Fatalf("participants %+v", s.c.Participants)
	}
	s.due("2026-12-07 11:00") // 4 working hours: Friday 16:00–18:00, Monday 09:00–11:00
	s.fires("answering.escalate", "escalation", "liuyang", "xuting")
	s.refuse("2026-12-04 17:00", "zhoumin", "respond", map[string]any{"response": "已收到。", "plan": "周敏于12月8日前修复。"}, problem.Invalid, "fix_by")
	s.do("2026-12-04 17:00", "zhoumin", "respond", map[string]any{"response": "已定位为证书过期。", "plan": "周敏于12月8日前更换证书。", "fix_by": "2026-12-08"}, "fixing")
	s.told("decided", customerEmail)
	s.due("2026-12-08 18:00")
	s.fires("fixing.escalate", "escalation", "liuyang", "xuting")
	s.do("2026-12-08 10:00", "zhoumin", "resolve", map[string]any{"resolution": "已更换证书,坐席均可登录。"}, "confirming")
	s.told("delivered", customerEmail)
	s.due("2026-12-11 10:00")
	s.at("confirming.remind", "2026-12-09 10:00")
	s.do("2026-12-09 09:00", "party:huaxin", "reopen", map[string]any{"reason": "仍有2个坐席无法登录。"}, "answering")
	s.due("2026-12-09 13:00") // critical again: 4 working hours
	s.do("2026-12-09 10:00", "zhoumin", "respond", map[string]any{"response": "已定位剩余问题。", "plan": "今日修复。", "fix_by": "2026-12-09"}, "fixing")
	s.do("2026-12-09 15:00", "zhoumin", "resolve", map[string]any{"resolution": "全部坐席恢复。"}, "confirming")
	s.refuse("2026-12-10 10:00", "zhoumin", "confirm_solved", map[string]any{"satisfaction": 4}, problem.Invalid, "evidence")
	s.refuse("", "party:huaxin", "confirm_solved", map[string]any{"satisfaction": 6}, problem.Invalid, "satisfaction")
	s.do("", "party:huaxin", "confirm_solved", map[string]any{"satisfaction": 4, "satisfaction_comment": "处理及时。"}, "closed")
	s.told("decided", "liuyang")
	if len(s.timers) != 0 {
		t.Fatalf("closed complaint has timers %v", s.pending())
	}

	n := open(t, "customer-complaint", "zhoumin", "2026-12-04 16:00", customerComplaintFields("major"), covered)
	n.due("2026-12-05 16:00") // 24 clock hours
	n.do("2026-12-04 17:00", "zhoumin", "reject", map[string]any{"reason": "该问题属于第三方系统。", "alternative": "请联系第三方厂商,我们可协助对接。"}, "rejected")
	allCovered(t, "customer-complaint", covered)
}
