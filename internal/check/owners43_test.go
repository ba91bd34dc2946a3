package check

import "testing"

// Round 43 (h17ba): owners in rows led by the holders of a role, a role
// with a modifier and a surname, a team and when before its task, a name
// and a dash before "please" — and the look-alikes that still name nobody.
func TestOwners43(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Request, "Ward 5 nurses: resend the three haemolysed potassium samples by 2 pm today.", RuleRequestNoOwner, ""},
		{Request, "Night shift technicians: recalibrate the analyser before 8 am tomorrow.", RuleRequestNoOwner, ""},
		{Request, "All drivers: return the van keys to the office by Friday.", RuleRequestNoOwner, ""},
		{Request, "Site foreman Liu: please send the tile layout photos ASAP.", RuleRequestNoOwner, ""},
		{Request, "Night nurse Wang: recheck the pump settings by noon.", RuleRequestNoOwner, ""},
		{Request, "微生物组回头把药敏质控补录一下", RuleRequestNoOwner, ""},
		{Request, "质量组于11月20日前提交EQA不符合项整改报告", RuleRequestNoOwner, ""},
		{Request, "施工队尽快把阳台防水做完", RuleRequestNoOwner, ""},
		{Request, "Kevin — please upload the signed renewal by Thursday, Dec 10.", RuleRequestNoOwner, ""},
		{Request, "Amy - please send the floor plan to the client.", RuleRequestNoOwner, ""},
		// look-alikes: nobody named
		{Request, "Ward 5 report: resend the three haemolysed potassium samples by 2 pm today.", RuleRequestNoOwner, "*"},
		{Request, "Site photos Liu: please send the tile layout photos ASAP.", RuleRequestNoOwner, "*"},
		{Request, "回头把药敏质控补录一下", RuleRequestNoOwner, "*"},
		{Request, "于11月20日前提交EQA不符合项整改报告", RuleRequestNoOwner, "*"},
		{Request, "Note — please upload the signed renewal by Thursday, Dec 10.", RuleRequestNoOwner, "*"},
		{Request, "Update — please upload the signed renewal by Thursday, Dec 10.", RuleRequestNoOwner, "*"},
	})
}
