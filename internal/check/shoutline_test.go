package check

import "testing"

// A line wholly in capitals, its runs joined across inner marks, is one
// shout: without its final stop when it is one sentence, with it when it
// holds two (round 32). A line with lower case, Chinese or no inner mark
// keeps the runs it had.
func TestShoutLine(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Text, "URGENT: CREW CHANGE AT BUSAN CANCELLED, HOLD ALL TICKETS", RuleShouting, "URGENT: CREW CHANGE AT BUSAN CANCELLED, HOLD ALL TICKETS"},
		{Text, "REMINDER TO ALL STAFF: NO FLASH PHOTOGRAPHY IN THE JELLYFISH GALLERY.", RuleShouting, "REMINDER TO ALL STAFF: NO FLASH PHOTOGRAPHY IN THE JELLYFISH GALLERY"},
		{Text, "URGENT: ALL VISITS TO BREEDING SITES ARE CANCELLED UNTIL FURTHER NOTICE.", RuleShouting, "URGENT: ALL VISITS TO BREEDING SITES ARE CANCELLED UNTIL FURTHER NOTICE"},
		{Text, "I ORDERED THE BLUE ONE, NOT THE GREEN ONE.", RuleShouting, "I ORDERED THE BLUE ONE, NOT THE GREEN ONE"},
		{Text, "STOP FILLING CYLINDERS ON LINE 2 NOW. PRESSURE GAUGE FAILED.", RuleShouting, "STOP FILLING CYLINDERS ON LINE 2 NOW. PRESSURE GAUGE FAILED."},
		{Text, "WHERE IS MY CONTAINER? IT WAS SUPPOSED TO ARRIVE LAST WEEK.", RuleShouting, "WHERE IS MY CONTAINER? IT WAS SUPPOSED TO ARRIVE LAST WEEK."},
		{Text, "Hi all,\nNOTICE TO ALL DRIVERS: GATE 3 IS CLOSED FROM MONDAY\nThanks", RuleShouting, "NOTICE TO ALL DRIVERS: GATE 3 IS CLOSED FROM MONDAY"},
		{Text, "URGENT: Please advise the new ETA for X8024.", RuleShouting, "URGENT"},
		{Text, "SAFETY NOTICE: LINE FOUR", RuleShouting, ""},
		{Text, "DO NOT OPEN VALVE V-12 UNTIL THE BLIND IS REMOVED", RuleShouting, "DO NOT OPEN VALVE V-12 UNTIL THE BLIND IS REMOVED"},
		{Text, "Hi all,\nALL CREWS KEEP PSV-101 ISOLATED UNTIL THE PERMIT IS SIGNED\nThanks", RuleShouting, "ALL CREWS KEEP PSV-101 ISOLATED UNTIL THE PERMIT IS SIGNED"},
		{Text, "Do not open valve V-12 UNTIL THE BLIND IS REMOVED", RuleShouting, "UNTIL THE BLIND IS REMOVED"},
		{Text, "通知：所有人员进场必须 SHOWER IN，不得例外。", RuleShouting, ""},
	})
}
