package process

import (
	"strings"
	"testing"

	"github.com/liaison-dev/liaison/internal/problem"
)

// TestNobodyToActRefused: a company without the legal department the
// customer process names cannot send a contract to legal review — the case
// would wait there with nobody told. The refusal changes nothing and names
// what an administrator must set up; once legal exists, the same action works.
func TestNobodyToActRefused(t *testing.T) {
	s := open(t, "customer-requirement", "zhoumin", "2026-09-14 10:00", customerFields(), nil)
	s.do("2026-09-14 15:00", "zhoumin", "send_confirmation", nil, "confirming")
	s.do("2026-09-15 10:00", "zhoumin", "confirm", map[string]any{"evidence": "张伟9月15日邮件确认"}, "drafting")
	s.do("2026-09-16 10:00", "zhoumin", "submit_solution", solution(), "reviewing")
	s.do("2026-09-16 14:00", "liuyang", "approve_solution", nil, "presenting")
	s.do("2026-09-17 11:00", "zhoumin", "record_minutes", map[string]any{"meeting_at": "2026-09-17T10:00:00+08:00", "mode": "online",
		"attendees": "张伟、周敏", "feedback": "认可方案。", "outcome": "accepted"}, "contracting")

	org := s.env.Org.(*Directory)
	legal := org.Departments["legal"]
	members := map[string]User{}
	for login, u := range org.Users {
		if u.Dept == "legal" {
			members[login] = u
			delete(org.Users, login)
		}
	}
	delete(org.Departments, "legal")
	contract := map[string]any{"scope": "按方案书交付客户门户。", "payment_terms": "签约付50%,验收付50%。", "amount": "73450.00"}
	pe := s.refuse("2026-09-17 15:00", "zhoumin", "submit_contract", contract, problem.Conflict, "")
	if !strings.Contains(pe.Error(), "法务") || !strings.Contains(pe.Error(), "管理员") {
		t.Errorf("the refusal does not say whom to set up: %q", pe.Error())
	}

	org.Departments["legal"] = legal
	for login, u := range members {
		org.Users[login] = u
	}
	s.do("", "zhoumin", "submit_contract", contract, "legal_review")
	s.told("assigned", "sunli")
}
