package process

import "testing"

// TestClimbingEscalationSparesTheParty: the supplier does not confirm its
// order; a working day after the first escalation it climbs to the level
// above, and the owners hear of it again — our purchaser, not the supplier,
// who is never asked "请您协调处理" about our own escalation.
func TestClimbingEscalationSparesTheParty(t *testing.T) {
	s := open(t, "supplier-order", "chenjie", "2026-09-14 10:00", orderFields(), map[string]bool{})
	s.fire("ordered.escalate")
	s.told("escalation", "chenjie", "heping")
	s.notTold("escalation", supplierEmail)
	s.fire("ordered.escalate") // level 2
	if len(s.last.Notices) == 0 {
		t.Fatal("the second level told nobody")
	}
	s.notTold("escalation", supplierEmail)
}
