package process

import (
	"strconv"
	"strings"
	"testing"

	"github.com/liaison-dev/liaison/internal/problem"
)

const customerEmail = "zhangwei@huaxin.example"

func customerFields() map[string]any {
	return map[string]any{
		"customer":     "huaxin",
		"contact":      map[string]any{"name": "张伟", "email": customerEmail, "phone": "13800000000"},
		"background":   "华信科技计划上线客户门户,需统一管理工单。",
		"requirements": []any{map[string]any{"item": "工单管理", "detail": "支持工单创建、分派、关闭,响应时间可统计"}},
		"expected_by":  "2027-01-15",
		"source":       "meeting",
	}
}

func solution() map[string]any {
	return map[string]any{
		"summary":    "基于现有平台定制客户门户,分三期交付。",
		"milestones": rows("原型完成", "2026-10-10", "测试上线", "2026-10-13", "正式交付", "2027-01-04"),
		"quote":      quoteIn(),
	}
}

// TestCustomerRequirementWalk walks a requirement from collection to
// closure on the real 2026–2027 calendar, asserting each deadline of
// CONTRACT §8 with §3's rules.
func TestCustomerRequirementWalk(t *testing.T) {
	covered := map[string]bool{}
	s := open(t, "customer-requirement", "zhoumin", "2026-09-14 10:00", customerFields(), covered)
	if s.participant("reviewer") != "liuyang" || s.participant("customer") != customerEmail || s.participant("after_sales_head") != "xuting" {
		t.Fatalf("participants %+v", s.c.Participants)
	}
	// collecting: 24 hours, reminder at half time, escalation to the manager and the head.
	s.due("2026-09-15 10:00")
	s.at("collecting.remind", "2026-09-14 22:00")
	s.fires("collecting.escalate", "escalation", "zhoumin", "liuyang")

	// confirming: 3 working days (a default), a reminder to the account manager after 24 hours.
	s.do("2026-09-14 15:00", "zhoumin", "send_confirmation", map[string]any{"summary": "复述:工单管理,含响应时间统计。"}, "confirming")
	s.told("assigned", customerEmail)
	s.due("2026-09-17 15:00")
	s.at("confirming.remind", "2026-09-15 15:00")
	s.fire("confirming.remind")
	s.told("reminder", "zhoumin")
	s.notTold("reminder", customerEmail)
	// The customer corrects through the link; collecting starts a new 24 hours.
	corrected := []any{
		map[string]any{"item": "工单管理", "detail": "支持工单创建、分派、关闭,响应时间可统计"},
		map[string]any{"item": "短信通知", "detail": "工单状态变化时10秒内发送短信"},
	}
	s.do("2026-09-15 16:00", "party:huaxin", "correct", map[string]any{"corrections": "还需要短信通知。", "requirements": corrected}, "collecting")
	s.told("decided", "zhoumin")
	// The corrected rows are the case's requirements now; the event keeps the old ones.
	if rows, _ := s.c.Fields["requirements"].([]any); len(rows) != 2 {
		t.Fatalf("requirements after the correction: %v", s.c.Fields["requirements"])
	}
	if prev, _ := s.last.Events[0].Fields["previous_requirements"].([]any); len(prev) != 1 {
		t.Fatalf("the correction event lost the previous rows: %v", s.last.Events[0].Fields)
	}
	s.refuse("", "party:huaxin", "correct", map[string]any{"corrections": "x", "requirements": []any{}}, problem.Conflict, "") // collecting now
	s.due("2026-09-16 16:00")
	s.do("2026-09-16 09:30", "zhoumin", "send_confirmation", nil, "confirming")
	// Recorded for the customer: only with evidence.
	s.refuse("2026-09-16 11:00", "zhoumin", "confirm", nil, problem.Invalid, "evidence")
	s.refuse("", "liuyang", "confirm", map[string]any{"evidence": "x"}, problem.Forbidden, "")
	s.do("", "zhoumin", "confirm", map[string]any{"evidence": "张伟9月16日邮件确认"}, "drafting")
	s.due("2026-09-22 11:00") // 5 working days (a default): Thu, Fri, Sun 09-20 (make-up), Mon, Tue

	// reviewing: 1 working day; Sunday 09-20 is a make-up working day.
	s.do("2026-09-18 15:00", "zhoumin", "submit_solution", solution(), "reviewing")
	s.due("2026-09-20 15:00")
	s.at("reviewing.remind", "2026-09-20 10:30") // half of 9 working hours: Fri 3h, Sun 1.5h
	// Milestone notices: 09:00 three days before, moved back to a working day.
	s.at("milestone.1.notice", "2026-09-30 09:00") // 10-10 − 3 = 10-07, National Day → 09-30
	s.at("milestone.2.notice", "2026-10-10 09:00") // 10-13 − 3 = 10-10, a make-up Saturday
	s.at("milestone.3.notice", "2026-12-31 09:00") // 2027-01-04 − 3 = 01-01, New Year → 12-31
	s.fires("reviewing.escalate", "escalation", "liuyang", "zhoumin")
	s.do("2026-09-20 16:00", "liuyang", "return_solution", map[string]any{"reason": "报价需列明人天单价,请9月21日前修改。"}, "drafting")
	s.told("decided", "zhoumin")
	s.noTimer("reviewing.escalate")
	s.do("2026-09-21 10:00", "zhoumin", "submit_solution", solution(), "reviewing")
	s.due("2026-09-22 10:00")
	s.at("milestone.1.notice", "2026-09-30 09:00") // replaced, not doubled
	if n := len(s.c.Items); n != 3 {
		t.Fatalf("%d milestone items after resubmission", n)
	}
	s.do("2026-09-21 14:00", "liuyang", "approve_solution", nil, "presenting")
	s.due("2026-09-29 14:00") // 5 working days (a default): Tue, Wed, Thu, then Mid-Autumn 09-25..27, Mon, Tue
	minutes := func(outcome string) map[string]any {
		return map[string]any{"meeting_at": "2026-09-22T10:00:00+08:00", "mode": "online", "attendees": "张伟、周敏", "feedback": "认可方案。", "outcome": outcome}
	}
	s.do("2026-09-22 11:00", "zhoumin", "record_minutes", minutes("accepted"), "contracting")

	// legal_review: 2 working days across National Day (10-01..10-07).
	contract := map[string]any{"scope": "按方案书交付客户门户。", "payment_terms": "签约付50%,验收付50%。", "amount": "71190.00"}
	// The amount differs from the approved quote (73,450.00): only with a reason.
	s.refuse("2026-09-29 16:00", "zhoumin", "submit_contract", contract, problem.Invalid, "amount_reason")
	contract["amount_reason"] = "客户谈判后优惠2260元,刘洋9月28日批准。"
	s.do("2026-09-29 16:00", "zhoumin", "submit_contract", contract, "legal_review")
	s.told("assigned", "sunli")
	s.due("2026-10-08 16:00")
	s.at("legal_review.remind", "2026-09-30 16:00") // half of 18 working hours
	s.fire("milestone.1.notice")
	s.told("milestone_notice", customerEmail)
	s.fires("legal_review.escalate", "escalation", "sunli", "liuyang")
	s.do("2026-10-08 10:00", "sunli", "legal_return", map[string]any{"reason": "付款条款需写明10个工作日内付款。"}, "contracting")
	// Again, 2 working days from Thursday 10-08: Friday, then Saturday 10-10 (make-up day).
	s.do("2026-10-08 11:00", "zhoumin", "submit_contract", contract, "legal_review")
	s.due("2026-10-10 11:00")
	s.do("2026-10-09 09:30", "sunli", "legal_approve", nil, "signing")
	s.told("assigned", customerEmail) // the customer is asked to sign through the link
	s.due("2026-10-22 09:30")         // 10 working days: Sat 10-10 is a make-up day
	signedByCustomer := s.clone()
	s.do("2026-10-09 10:00", "zhoumin", "record_signature", map[string]any{"signed_on": "2026-10-09", "project_lead": "chenjie"}, "executing")
	s.told("assigned", "chenjie")

	// executing: the weekly report due Friday 18:00, reminded 15:00.
	s.due("2026-10-09 18:00")
	s.at("executing.weekly_remind", "2026-10-09 15:00")
	s.do("2026-10-09 17:00", "chenjie", "weekly_report", map[string]any{"progress": "原型评审通过。", "next_week": "10月16日前完成测试环境部署。", "risks": "无"}, "executing")
	s.told("weekly_report", customerEmail, "zhoumin")
	s.due("2026-10-16 18:00")
	s.at("executing.weekly_remind", "2026-10-16 15:00")
	s.fire("milestone.2.notice")
	s.told("milestone_notice", customerEmail, "chenjie") // the project lead is known now
	s.fire("executing.weekly_remind")
	s.told("reminder", "chenjie")
	s.fire("executing.weekly_due") // missing: escalates to the head
	s.told("escalation", "liuyang")
	s.due("2026-10-23 18:00")
	// A week whose Friday is a holiday: 2027-01-01 → Thursday 12-31.
	s.do("2026-12-25 18:30", "chenjie", "weekly_report", map[string]any{"progress": "完成二期。", "next_week": "12月31日前完成验收准备。", "risks": "元旦假期"}, "executing")
	s.due("2026-12-31 18:00")
	s.at("executing.weekly_remind", "2026-12-31 15:00")
	s.do("", "chenjie", "milestone_done", map[string]any{"name": "原型完成"}, "executing")
	s.refuse("", "chenjie", "milestone_done", map[string]any{"name": "原型完成"}, problem.Conflict, "")
	s.refuse("", "chenjie", "milestone_done", map[string]any{"name": "不存在"}, problem.Invalid, "name")
	s.fire("milestone.3.notice")
	s.told("milestone_notice", customerEmail, "chenjie")

	// after_sales: callback within 7 days, feedback answered within 48 hours.
	s.do("2027-01-05 10:00", "chenjie", "deliver", map[string]any{"after_sales": "xuting"}, "after_sales")
	s.told("delivered", customerEmail, "zhoumin")
	s.noTimer("executing.weekly_due")
	s.due("2027-01-12 10:00")
	s.at("after_sales.remind", "2027-01-08 22:00")
	late := s.clone()
	late.fires("after_sales.escalate", "escalation", "xuting", "liuyang")

	s.do("2027-01-06 09:00", "party:huaxin", "feedback", map[string]any{"description": "短信通知偶尔延迟。", "severity": "major"}, "after_sales")
	s.told("feedback_due", "xuting")
	fb := s.c.Items[len(s.c.Items)-1]
	if fb.Kind != "feedback" || fb.Status != "open" || fb.ID != 4 {
		t.Fatalf("feedback item %+v", fb)
	}
	wantTime(t, "feedback due", *fb.DueAt, "2027-01-08 09:00")
	s.at("feedback.4.remind", "2027-01-07 09:00")
	s.fires("feedback.4.remind", "feedback_due", "xuting")
	s.fire("feedback.4.due")
	s.told("escalation", "xuting", "liuyang")

	// close: 409 naming what is open, until the callback and every item are done.
	pe := s.refuse("2027-01-08 10:00", "xuting", "close", nil, problem.Conflict, "")
	if !strings.Contains(pe.Text("zh"), "尚未完成「登记回访」") || !strings.Contains(pe.Text("zh"), "#4「短信通知偶尔延迟。」 未解决") {
		t.Fatalf("close refusal %q", pe.Error())
	}
	s.do("2027-01-11 10:00", "xuting", "record_callback", map[string]any{"summary": "客户对门户整体满意。"}, "after_sales")
	s.due("")
	s.noTimer("after_sales.escalate")
	pe = s.refuse("", "xuting", "close", nil, problem.Conflict, "")
	if strings.Contains(pe.Text("zh"), "登记回访") || !strings.Contains(pe.Text("zh"), "#4「短信通知偶尔延迟。」 未解决") {
		t.Fatalf("close refusal %q", pe.Error())
	}
	s.refuse("", "xuting", "respond", map[string]any{"feedback_id": 9, "response": "x", "plan": "y"}, problem.Invalid, "feedback_id")
	s.do("", "xuting", "respond", map[string]any{"feedback_id": 4, "response": "已定位为短信通道拥塞。", "plan": "1月15日前切换备用通道。"}, "after_sales")
	s.told("decided", customerEmail)
	s.refuse("", "xuting", "respond", map[string]any{"feedback_id": 4, "response": "x", "plan": "y"}, problem.Conflict, "")
	s.refuse("", "xuting", "close", nil, problem.Conflict, "")
	s.do("2027-01-14 10:00", "zhoumin", "resolve", map[string]any{"feedback_id": 4, "resolution": "已切换备用通道,延迟消除。"}, "after_sales")
	s.do("", "xuting", "close", nil, "closed")
	s.told("decided", customerEmail, "liuyang")
	if len(s.timers) != 0 {
		t.Fatalf("closed case has timers %v", s.pending())
	}

	// The customer signs through the link; the account manager then names the project lead.
	c := signedByCustomer
	c.refuse("2026-10-12 10:00", "zhoumin", "sign_contract", map[string]any{"signer_name": "张伟"}, problem.Forbidden, "")
	c.refuse("", "party:huaxin", "sign_contract", nil, problem.Invalid, "signer_name")
	c.do("", "party:huaxin", "sign_contract", map[string]any{"signer_name": "张伟", "signer_title": "信息部经理"}, "starting")
	c.told("signed", "zhoumin", "liuyang")
	if len(c.c.Signatures) != 1 || c.c.Signatures[0].Role != "customer" || c.c.Fields["signer_name"] != "张伟" {
		t.Fatalf("the customer's signature: %+v %v", c.c.Signatures, c.c.Fields["signer_name"])
	}
	c.due("2026-10-13 10:00") // 1 working day to start
	c.do("2026-10-12 11:00", "zhoumin", "start_project", map[string]any{"project_lead": "chenjie"}, "executing")
	c.told("assigned", "chenjie")
	// Milestones: the customer confirms one and objects to another; the objection is answered within 24 hours.
	c.refuse("", "party:huaxin", "confirm_milestone", map[string]any{"name": "不存在"}, problem.Invalid, "name")
	c.do("", "party:huaxin", "confirm_milestone", map[string]any{"name": "测试上线"}, "executing")
	c.told("decided", "chenjie", "zhoumin")
	c.at("milestone.2.due", "2026-10-13 18:00") // still owed on its date
	c.do("2026-10-12 12:00", "party:huaxin", "object_milestone", map[string]any{"name": "正式交付", "reason": "元旦前后无人验收,请改到1月中旬。"}, "executing")
	c.told("decided", "chenjie", "zhoumin")
	wantTime(t, "the objection's answer", *c.c.NextDue(), "2026-10-13 12:00") // 24 hours
	c.at("milestone.3.answer.remind", "2026-10-13 00:00")
	c.at("milestone.3.due", "2027-01-04 18:00")
	unanswered := c.clone()
	unanswered.fire("milestone.3.answer.due")
	unanswered.told("escalation", "zhoumin", "liuyang")
	c.refuse("", "party:huaxin", "answer_objection", map[string]any{"name": "正式交付", "response": "x"}, problem.Forbidden, "")
	c.do("2026-10-12 15:00", "chenjie", "answer_objection", map[string]any{"name": "正式交付", "response": "陈杰将于10月16日前提交调整后的交付计划。"}, "executing")
	c.told("decided", customerEmail, "zhoumin")
	c.noTimer("milestone.3.answer.due")
	c.at("milestone.3.due", "2027-01-04 18:00")
	if st := c.c.Items[2].Status; st != "noticed" {
		t.Fatalf("answered milestone is %q", st)
	}
	// 调整计划: the project lead proposes a new date for 正式交付 with a
	// reason; the account manager (same side) cannot accept it without the
	// customer's word; the customer accepts through its link; the notice
	// and the escalation follow the new date.
	c.refuse("2026-10-12 16:00", "chenjie", "accept_milestone_date", map[string]any{"name": "正式交付"}, problem.Conflict, "")
	c.refuse("", "chenjie", "propose_milestone_date", map[string]any{"name": "正式交付", "proposed_date": "2027-01-04", "replan_reason": "x"}, problem.Invalid, "proposed_date")
	c.do("", "chenjie", "propose_milestone_date", map[string]any{"name": "正式交付", "proposed_date": "2027-01-15", "replan_reason": "客户元旦前后无人验收,顺延至1月中旬。"}, "executing")
	c.told("decided", customerEmail, "zhoumin")
	c.at("milestone.3.due", "2027-01-04 18:00") // unanswered, the date stands
	c.refuse("", "zhoumin", "accept_milestone_date", map[string]any{"name": "正式交付"}, problem.Forbidden, "")
	c.do("", "party:huaxin", "accept_milestone_date", map[string]any{"name": "正式交付"}, "executing")
	c.told("decided", "chenjie", "zhoumin")
	c.at("milestone.3.due", "2027-01-15 18:00")
	c.at("milestone.3.notice", "2027-01-12 09:00")
	if it := c.c.Items[2]; it.Status != "planned" || it.Fields["date"] != "2027-01-15" {
		t.Fatalf("re-planned milestone %+v", it)
	}
	// The customer proposes; the customer cannot answer itself; the account manager rejects.
	c.do("", "party:huaxin", "propose_milestone_date", map[string]any{"name": "测试上线", "proposed_date": "2026-10-20", "replan_reason": "测试环境未就绪。"}, "executing")
	c.refuse("", "party:huaxin", "reject_milestone_date", map[string]any{"name": "测试上线", "reason": "x"}, problem.Forbidden, "")
	c.do("", "zhoumin", "reject_milestone_date", map[string]any{"name": "测试上线", "reason": "测试环境已于10月12日就绪。"}, "executing")
	c.at("milestone.2.due", "2026-10-13 18:00")
	c.do("2026-10-13 10:00", "chenjie", "milestone_done", map[string]any{"name": "测试上线"}, "executing")
	c.noTimer("milestone.2.due")
	c.refuse("", "chenjie", "propose_milestone_date", map[string]any{"name": "测试上线", "proposed_date": "2026-10-30", "replan_reason": "x"}, problem.Conflict, "")
	// After delivery the customer confirms a fix, or says it is not solved.
	c.do("2027-01-05 10:00", "chenjie", "deliver", map[string]any{"after_sales": "xuting"}, "after_sales")
	c.do("2027-01-05 11:00", "party:huaxin", "feedback", map[string]any{"description": "报表导出乱码。", "severity": "minor"}, "after_sales")
	fid := c.c.Items[len(c.c.Items)-1].ID
	c.do("2027-01-05 12:00", "xuting", "respond", map[string]any{"feedback_id": fid, "response": "已定位为编码问题。", "plan": "1月7日前修复。"}, "after_sales")
	c.do("2027-01-06 10:00", "xuting", "resolve", map[string]any{"feedback_id": fid, "resolution": "已修复编码。"}, "after_sales")
	// The fix's reminder: the customer owes the confirmation and reads 您;
	// the after-sales owner told beside it reads that 张伟 owes it — not
	// 「请徐婷于…前完成「确认问题已解决」」 to the customer.
	if b, reminded := c.clone(), 0; true {
		b.fire("feedback." + strconv.Itoa(fid) + ".remind")
		for _, n := range b.last.Notices {
			if n.Kind != "reminder" {
				continue
			}
			reminded++
			if n.Recipient.Party != "" && n.Fields["assignee"] != "" {
				t.Errorf("the customer reads that %s owes its confirmation", n.Fields["assignee"])
			}
			if n.Recipient.Login == "xuting" && n.Fields["assignee"] != "张伟" {
				t.Errorf("the after-sales owner reads assignee %q, want 张伟", n.Fields["assignee"])
			}
		}
		if reminded != 2 {
			t.Errorf("%d reminders of the fix to confirm, want the customer's and the after-sales owner's: %s", reminded, noticeList(b.last))
		}
	}
	c.refuse("", "party:huaxin", "confirm_fix", map[string]any{"feedback_id": fid + 5}, problem.Invalid, "feedback_id")
	c.do("2027-01-06 15:00", "party:huaxin", "reject_fix", map[string]any{"feedback_id": fid, "reason": "部分字段仍为乱码。"}, "after_sales")
	c.told("decided", "xuting", "zhoumin")
	c.refuse("", "xuting", "close", nil, problem.Conflict, "")
	c.do("2027-01-07 10:00", "xuting", "resolve", map[string]any{"feedback_id": fid, "resolution": "全部字段已修复。"}, "after_sales")
	c.refuse("", "xuting", "confirm_fix", map[string]any{"feedback_id": fid}, problem.Invalid, "evidence")
	c.do("", "xuting", "confirm_fix", map[string]any{"feedback_id": fid, "evidence": "张伟1月7日电话确认"}, "after_sales")
	c.refuse("2027-01-08 10:00", "zhoumin", "record_callback", map[string]any{"summary": "x", "satisfaction": 6}, problem.Invalid, "satisfaction")
	c.do("", "zhoumin", "record_callback", map[string]any{"summary": "客户认可交付。", "satisfaction": 4, "satisfaction_comment": "响应及时,报表问题修复稍慢。"}, "after_sales")
	if n, _ := number(c.c.Fields["satisfaction"]); n != 4 {
		t.Fatalf("satisfaction kept %v", c.c.Fields["satisfaction"])
	}
	c.do("", "zhoumin", "close", nil, "closed")

	// The branches the walk did not take.
	b := open(t, "customer-requirement", "zhoumin", "2026-09-14 10:00", customerFields(), covered)
	b.do("2026-09-14 11:00", "zhoumin", "send_confirmation", nil, "confirming")
	b.do("2026-09-14 12:00", "zhoumin", "correct", map[string]any{"corrections": "电话确认:需增加报表。", "evidence": "9月14日电话记录"}, "collecting")
	b.do("2026-09-14 13:00", "zhoumin", "send_confirmation", nil, "confirming")
	b.do("2026-09-14 14:00", "party:huaxin", "confirm", nil, "drafting")
	b.do("2026-09-15 10:00", "zhoumin", "submit_solution", solution(), "reviewing")
	b.do("2026-09-15 11:00", "liuyang", "approve_solution", nil, "presenting")
	lost := b.clone()
	lost.do("2026-09-16 11:00", "zhoumin", "record_minutes", minutes("rejected"), "lost")
	if len(lost.timers) != 0 {
		t.Fatalf("lost case has timers %v", lost.pending())
	}
	b.do("2026-09-16 11:00", "zhoumin", "record_minutes", minutes("changes_requested"), "drafting")
	b.refuse("2026-09-16 12:00", "zhoumin", "submit_solution", map[string]any{"summary": "x", "milestones": rows("a", "2026-10-10"), "quote": map[string]any{"currency": "CNY", "tax_rate": "0.13", "items": []any{}}}, problem.Invalid, "quote.items")

	allCovered(t, "customer-requirement", covered)
}

// TestCustomerWeeklyDue checks the first weekly report due for projects
// starting in different weeks: "every Friday" is the last working day up
// to Friday in the same week, and a week without one is skipped.
func TestCustomerWeeklyDue(t *testing.T) {
	base := open(t, "customer-requirement", "zhoumin", "2026-01-05 10:00", customerFields(), nil)
	base.c.State = "signing" // the steps before are walked above
	tests := []struct {
		signed, due, remind string
	}{
		{"2026-09-21 10:00", "2026-09-24 18:00", "2026-09-24 15:00"}, // Friday 09-25 is Mid-Autumn
		{"2026-09-28 10:00", "2026-09-30 18:00", "2026-09-30 15:00"}, // Thursday and Friday are National Day
		{"2026-10-05 10:00", "2026-10-09 18:00", "2026-10-09 15:00"}, // Friday 10-09 works
		{"2026-02-16 10:00", "2026-02-27 18:00", "2026-02-27 15:00"}, // Spring Festival week has no working day
		{"2026-10-09 18:30", "2026-10-16 18:00", "2026-10-16 15:00"}, // after this week's due
		{"2026-12-28 10:00", "2026-12-31 18:00", "2026-12-31 15:00"}, // 2027-01-01 is New Year's Day
	}
	for _, tc := range tests {
		t.Run(tc.signed, func(t *testing.T) {
			s := base.clone()
			s.t = t
			s.do(tc.signed, "zhoumin", "record_signature", map[string]any{"signed_on": tc.signed[:10], "project_lead": "chenjie"}, "executing")
			s.due(tc.due)
			s.at("executing.weekly_remind", tc.remind)
		})
	}
}
