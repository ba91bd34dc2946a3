package check

import (
	"slices"
	"testing"
)

// Round 38 (h17av): one vague time, one finding — 等通知 after 近期 (or
// another vague time) in its sentence, and "at some point" before "soon",
// leave the finding to the word the writers mark; alone each is vague.
func TestVagueAfter38(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"布控的那票奶粉近期会安排复检，等通知吧。", []string{"近期"}},
		{"近期我们会调整导服费标准，具体等通知。", []string{"近期"}},
		{"配件回头再发，等通知。", []string{"回头"}},
		{"发货时间等通知。", []string{"等通知"}},
		{"复检已经做完。发货时间等通知。", []string{"等通知"}},
		{"The stadium wifi upgrade should be finished at some point soon, I'll let you know.", []string{"soon"}},
		{"We should revisit the cap rate survey at some point.", []string{"at some point"}},
		{"Let's touch base on the Jakarta order at some point next month.", []string{"at some point"}},
	} {
		var got []string
		for _, f := range Check(c.text, Options{Now: corpusNow, Calendar: testCalendar{}, Kind: Text}) {
			if f.Rule == RuleVagueTime {
				got = append(got, spanText(c.text, f))
			}
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: vague-time %q, want %q", c.text, got, c.want)
		}
	}
}
