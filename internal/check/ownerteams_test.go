package check

import "testing"

// Round 39 (h17aw): a role or a team and the person in it as the owner of
// an action row, and the look-alikes that still name nobody.
func TestOwnerTeams(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Request, "Security screening supervisor Wang Hao to upload the November training records by 30 November.", RuleRequestNoOwner, ""},
		{Request, "Night shift supervisor Li Wei to check the log by 30 November.", RuleRequestNoOwner, ""},
		{Request, "Ground handling to confirm the extra belt loader by 30 November.", RuleRequestNoOwner, ""},
		{Request, "Production scheduling to send the week 50 plan by 30 November.", RuleRequestNoOwner, ""},
		{Request, "Factory scheduling (Grace), please lock the cutting plan by 30 November.", RuleRequestNoOwner, ""},
		{Request, "Cargo handling (Li Wei), please recount the pallets by 30 November.", RuleRequestNoOwner, ""},
		{Request, "Anna from customer service, please reply to the complaint by 30 November.", RuleRequestNoOwner, ""},
		{Request, "Li Wei from the warehouse, please recount the pallets by 30 November.", RuleRequestNoOwner, ""},
		{Request, "Fuel supplier (Sinopec Aviation, Mr. Zhou) to deliver the certificates by 30 November.", RuleRequestNoOwner, ""},
		{Request, "请博士后赵磊12月4日前把修改后的基金申请书发给科研处。", RuleRequestNoOwner, ""},
		{Request, "请研究生秘书12月4日前整理本学期的助教工时表。", RuleRequestNoOwner, ""},
		{Request, "请院长助理12月4日前把会议纪要发出。", RuleRequestNoOwner, ""},
		// look-alikes: nobody named
		{Request, "Handling to be confirmed by 30 November.", RuleRequestNoOwner, "*"},
		{Request, "Budget (Q3), please approve by 30 November.", RuleRequestNoOwner, "*"},
		{Request, "Please send the samples from customer service by 30 November.", RuleRequestNoOwner, "*"},
		{Request, "For the factory scheduling (week 50), please lock the plan by 30 November.", RuleRequestNoOwner, "*"},
		{Request, "请整理研究生秘书的工时表，12月4日前。", RuleRequestNoOwner, "*"},
	})
}
