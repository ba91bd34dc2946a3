package check

import "testing"

// Round 40 (h17ax): owners named by a role or a desk around the person,
// and a two-word name asked through another; the look-alikes name nobody.
func TestOwnerRoles(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Request, "Assessor Li Wei: please send the final loss report for claim 5530 by 3 December.", RuleRequestNoOwner, ""},
		{Request, "Pharmacist Chen: log the fridge readings by 18:00 today.", RuleRequestNoOwner, ""},
		{Request, "Technician Wang Hao: replace the filter by 4 December.", RuleRequestNoOwner, ""},
		{Request, "Pharmacist on duty to log all fridge readings by 18:00 today.", RuleRequestNoOwner, ""},
		{Request, "Engineer on call to check the chiller alarms by 4 December.", RuleRequestNoOwner, ""},
		{Request, "Lisa from the parts desk will reconcile the returns ledger by 4 December.", RuleRequestNoOwner, ""},
		{Request, "Anna from customer service to call the client by 4 December.", RuleRequestNoOwner, ""},
		{Request, "Please ask Tom Zhang to send the revised quotation by 4 December.", RuleRequestNoOwner, ""},
		{Request, "Please ask Li Na to check the lease by 4 December.", RuleRequestNoOwner, ""},
		// look-alikes: nobody named
		{Request, "Reminder Li Wei: send the final loss report by 3 December.", RuleRequestNoOwner, "*"},
		{Request, "Order on duty to log the readings by 18:00 today.", RuleRequestNoOwner, "*"},
		{Request, "Please ask them to send the revised quotation by 4 December.", RuleRequestNoOwner, "*"},
		{Request, "Please ask Monday to send the revised quotation by 4 December.", RuleRequestNoOwner, "*"},
		{Request, "Please send the revised quotation by 4 December.", RuleRequestNoOwner, "*"},
	})
}
