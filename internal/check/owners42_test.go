package check

import "testing"

// Round 42 (h17az): owners named with a role in apposition, addressed
// before a passive duty, or named by a post and an English given name —
// and the look-alikes that still name nobody.
func TestOwners42(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Request, "David Zhou, the account executive for Lenovo, should send the renewal summary by 8 Dec.", RuleRequestNoOwner, ""},
		{Request, "Mia, our buyer in Suzhou, will confirm the order by December 8.", RuleRequestNoOwner, ""},
		{Request, "Tom Li, the shift lead, needs to update the line log by Friday, December 11.", RuleRequestNoOwner, ""},
		{Request, "Jenny, the Q4 sampling plan must be submitted by Saturday, Dec 5.", RuleRequestNoOwner, ""},
		{Request, "Kevin, the claim file needs to be updated by December 8.", RuleRequestNoOwner, ""},
		{Request, "Anna, your timesheet should be sent to HR by December 8.", RuleRequestNoOwner, ""},
		{Request, "请外教Emma在12月31日前提交下学期教学计划。", RuleRequestNoOwner, ""},
		{Request, "请工程师Kevin尽快确认治具图纸。", RuleRequestNoOwner, ""},
		{Request, "助教Lily于12月18日前整理好学员名单。", RuleRequestNoOwner, ""},
		// look-alikes: nobody named
		{Request, "Monday, the Q4 sampling plan must be submitted by December 8.", RuleRequestNoOwner, "*"},
		{Request, "Note, the Q4 sampling plan must be submitted by December 8.", RuleRequestNoOwner, "*"},
		{Request, "Honestly, the plan must be submitted by December 8.", RuleRequestNoOwner, "*"},
		{Request, "Finally, the account executive for Lenovo, who joined in May, should send the summary by 8 Dec.", RuleRequestNoOwner, "*"},
		{Request, "The Q4 sampling plan must be submitted by December 8.", RuleRequestNoOwner, "*"},
		{Request, "请把外教Emma的教学计划在12月31日前提交。", RuleRequestNoOwner, "*"},
	})
}
