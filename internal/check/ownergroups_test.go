package check

import "testing"

// Round 40 (h17ax): a line that opens by addressing each shop, crew or
// branch before its colon names its owners; 各位： and 各相关单位： do not.
func TestOwnerGroups(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Request, "各店：有空时把过期的宣传海报撤下。", RuleRequestNoOwner, ""},
		{Request, "各门店注意：请把过期的宣传海报撤下。", RuleRequestNoOwner, ""},
		{Request, "各车间：请把废料清理干净。", RuleRequestNoOwner, ""},
		{Request, "各分公司：请把年度预算表报上来。", RuleRequestNoOwner, ""},
		// look-alikes: nobody named
		{Request, "各位：请把过期的宣传海报撤下。", RuleRequestNoOwner, "*"},
		{Request, "各相关单位：请把过期的宣传海报撤下。", RuleRequestNoOwner, "*"},
		{Request, "各项注意事项：请把过期的宣传海报撤下。", RuleRequestNoOwner, "*"},
		{Request, "请把过期的宣传海报撤下。", RuleRequestNoOwner, "*"},
	})
}
