package process

import (
	"slices"
	"testing"

	"github.com/liaison-dev/liaison/internal/problem"
)

func complaintFields(urgency string) map[string]any {
	m := map[string]any{
		"supplier":        "dongfang",
		"title":           "9月批次电源模块不良率偏高",
		"category":        "quality",
		"related_order":   "CG-2026-0003",
		"description":     "9月20日到货的200个电源模块,抽检不良12个。",
		"expected_remedy": "9月30日前更换全部不良品并提交原因分析报告。",
	}
	if urgency != "" {
		m["urgency"] = urgency
	}
	return m
}

func TestSupplierComplaintResponseDeadlines(t *testing.T) {
	tests := []struct {
		urgency, due, remind string
	}{
		{"", "2026-09-23 10:00", "2026-09-22 22:00"},
		{"normal", "2026-09-23 10:00", "2026-09-22 22:00"},
		{"urgent", "2026-09-22 12:00", "2026-09-22 11:00"},
	}
	for _, tc := range tests {
		t.Run("urgency="+tc.urgency, func(t *testing.T) {
			s := open(t, "supplier-complaint", "heping", "2026-09-22 10:00", complaintFields(tc.urgency), nil)
			s.due(tc.due)
			s.at("complained.remind", tc.remind)
			s.fires("complained.remind", "reminder", supplierEmail, "heping")
			s.fires("complained.escalate", "escalation", "heping")
		})
	}
}

func TestSupplierComplaintTransitions(t *testing.T) {
	covered := map[string]bool{}
	// chenjie complains; purchasing's head is copied and can close it unresolved.
	start := func() *shell {
		return open(t, "supplier-complaint", "chenjie", "2026-09-22 10:00", complaintFields(""), covered)
	}
	unresolved := map[string]any{"reason": "供应商拒不整改,转采购部更换供应商。"}
	respond := map[string]any{"cause": "焊接工艺参数偏差。", "corrective_action": "9月29日前更换不良品并调整工艺。", "fix_by": "2026-09-29"}

	s := start()
	s.told("cc", "heping")
	s.told("assigned", supplierEmail)
	s.refuse("2026-09-22 15:00", "chenjie", "respond", respond, problem.Invalid, "evidence")
	s.do("", "party:dongfang", "respond", respond, "correcting")
	s.told("decided", "chenjie", "heping")
	s.due("2026-09-29 18:00")
	s.fires("correcting.escalate", "escalation", "chenjie", "heping")
	cu := s.clone()
	cu.refuse("2026-09-30 10:00", "party:dongfang", "close_unresolved", unresolved, problem.Forbidden, "")
	cu.do("", "heping", "close_unresolved", unresolved, "unresolved")
	cu.told("decided", supplierEmail, "chenjie", "zhaolei")
	s.do("2026-09-29 16:00", "party:dongfang", "report_fixed", map[string]any{"summary": "已更换12个不良品。"}, "verifying")
	s.told("delivered", "chenjie")
	s.due("2026-10-09 16:00") // 3 working days: 09-30, 10-08, 10-09 (National Day between)
	s.fires("verifying.escalate", "escalation", "chenjie", "zhaolei")
	vu := s.clone()
	vu.do("2026-10-09 17:00", "chenjie", "close_unresolved", unresolved, "unresolved")
	again := s.clone()
	again.do("2026-10-09 17:00", "chenjie", "reject_fix", map[string]any{"reason": "复检仍有2个不良,请10月15日前再次更换。", "fix_by": "2026-10-15"}, "correcting")
	again.due("2026-10-15 18:00")
	s.do("2026-10-09 17:00", "chenjie", "accept_fix", map[string]any{"comment": "复检合格。"}, "resolved")
	s.told("decided", supplierEmail, "heping")

	w := start()
	w.do("2026-09-22 11:00", "chenjie", "withdraw", map[string]any{"reason": "复检确认为我方使用不当。"}, "withdrawn")
	w.told("decided", supplierEmail, "heping")
	u := start()
	u.do("2026-09-24 11:00", "chenjie", "close_unresolved", unresolved, "unresolved")

	allCovered(t, "supplier-complaint", covered)
}

// TestFormNamesThePartysMainContact: a form opened without a contact
// records the party's main contact, the one it goes to, so the printed
// complaint, inquiry or order says whom it was sent to; one given stays.
func TestFormNamesThePartysMainContact(t *testing.T) {
	for _, p := range []string{"supplier-complaint", "supplier-inquiry", "supplier-order", "partner-collab", "customer-complaint"} {
		d, _ := registry(t).Get(p)
		if !slices.ContainsFunc(d.Fields, func(f Field) bool { return f.Name == "contact" && !f.Required }) {
			t.Errorf("%s: no optional contact", p)
		}
	}
	s := open(t, "supplier-complaint", "heping", "2026-09-22 10:00", complaintFields(""), nil)
	if ct, _ := s.c.Fields["contact"].(map[string]any); ct["name"] != "李强" || ct["email"] != supplierEmail {
		t.Fatalf("contact %v", s.c.Fields["contact"])
	}
	m := complaintFields("")
	m["contact"] = map[string]any{"name": "王工", "email": "wanggong@dongfang.example"}
	s = open(t, "supplier-complaint", "heping", "2026-09-22 10:00", m, nil)
	if ct, _ := s.c.Fields["contact"].(map[string]any); ct["name"] != "王工" {
		t.Fatalf("given contact %v", s.c.Fields["contact"])
	}
}
