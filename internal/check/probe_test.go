package check

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestProbe prints what the checker finds in each line of $PROBE (a file).
func TestProbe(t *testing.T) {
	name := os.Getenv("PROBE")
	if name == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(name)
	for _, s := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		want := s[:1]
		s = s[2:]
		o := Options{Now: corpusNow, Calendar: testCalendar{}}
		if strings.HasPrefix(s, "R:") {
			s = s[2:]
			o.Kind = Request
		}
		var got []string
		for _, f := range Check(s, o) {
			got = append(got, f.Rule+"「"+string([]rune(s)[f.Start:f.End])+"」")
		}
		mark := "  "
		has := func(r string) bool { return strings.Contains(strings.Join(got, " "), r) }
		switch want {
		case "U":
			if !has("impolite") {
				mark = "XX"
			}
		case "V":
			if !has("vague-time") {
				mark = "XX"
			}
		case "O":
			if !has("request-no-owner") {
				mark = "XX"
			}
		case "D":
			if !has("request-no-date") {
				mark = "XX"
			}
		case "-":
			if len(got) > 0 {
				mark = "FP"
			}
		}
		fmt.Printf("%s %s %s  %v\n", mark, want, s, got)
	}
}
