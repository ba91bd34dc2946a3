package check

import "testing"

// Round 38 (h17av): rudeness without a listed word (rude38.go) — threats to
// whoever fails again, speed called touching, "I've told you a hundred
// times", "Is this how you treat customers?", whether anyone in a team is
// awake, nobody could be bothered, "I'm not asking again" after PLEASE —
// and the same words said plainly.
func TestRude38(t *testing.T) {
	wantRude(t, []struct {
		text string
		rude bool
	}{
		{"各位，3号站的安装拖了两周，谁再拖谁走人。", true},
		{"下周的排班谁再迟到谁就别干了。", true},
		{"哟，又是这个报关行，效率真是高得感人啊。", true},
		{"仓库的发货速度感人，一张单子三天没动。", true},
		{"I've told you a hundred times, stop leaving the suction tips on the counter.", true},
		{"I have asked you three times for the packing list.", true},
		{"Your transformer has leaked oil for two weeks. Is this how you treat customers?", true},
		{"Parents keep asking about the new colours - honestly, is anyone in marketing awake?", true},
		{"Another week lost because nobody could be bothered to sign the PO.", true},
		{"PLEASE send the stewarding plan by 2 December, I'm not asking again.", true},
		// look-alikes
		{"车管所给的日期我看着不对，谁再确认一下？", false},
		{"明天谁再去一趟仓库取样？", false},
		{"这个故事很感人，客户看完都哭了。", false},
		{"I've told you about the price change; here is the written confirmation.", false},
		{"Is this how you want the labels printed?", false},
		{"Is anyone in the warehouse tomorrow?", false},
		{"Nobody could be reached by phone, so we emailed the site.", false},
		{"I'm not asking again about the budget, just the dates.", false},
	})
}
