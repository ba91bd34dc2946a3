package check

import "testing"

// Round 40 (h17ax): "Sooner or later" opening its sentence is the idiom of
// what will happen anyway, no time for a task; inside a task it is vague.
// 另行通知 after a move to a named week or month gives the hour only.
func TestVagueSoonerOrLaterMoved(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Text, "Sooner or later every newsroom faces a takedown request; let's have a written policy by Dec 11.", RuleVagueTime, ""},
		{Text, "Sooner or later the auditors will ask for the logs.", RuleVagueTime, ""},
		{Text, "Please send the drawings sooner or later.", RuleVagueTime, "sooner or later"},
		{Text, "We will fix the leak sooner or later.", RuleVagueTime, "sooner or later"},
		{Text, "We will fix the leak later.", RuleVagueTime, "later"},
		{Text, "原定12月4日(周四)的冷机年度保养改到下周，具体时间另行通知。", RuleVagueTime, ""},
		{Text, "月度例会推迟至下个月，具体时间另行通知。", RuleVagueTime, ""},
		{Text, "月度例会改期，具体时间另行通知。", RuleVagueTime, "另行通知"},
		{Text, "培训时间另行通知。", RuleVagueTime, "另行通知"},
	})
}
