package process

import (
	"testing"

	"github.com/liaison-dev/liaison/internal/check"
)

// TestDateFindingsInTheAuthorsLanguage: a date on a day off is a
// deadline-non-workday finding (CONTRACT §4's stable id, it was
// "non_working_day"), and it and a commitment later than the expected date
// are said in the author's language — an English author read Chinese.
func TestDateFindingsInTheAuthorsLanguage(t *testing.T) {
	org, cal := demoOrg(), testCalendar(t)
	env := Env{Now: at("2026-12-01 10:00"), Time: cal, Org: org}
	f := newForm(env, map[string]any{"expected_by": "2026-12-18"})
	f.lang = "en"
	dateType{}.validate(f, Field{Name: "committed_by", Type: "date", NotAfter: "expected_by"}, "2026-12-26", "committed_by", nil)
	rules := map[string]string{}
	for _, x := range f.findings {
		rules[x.Rule] = x.Message + " / " + x.Suggestion
	}
	if m := rules[check.RuleDeadlineNonWorkday]; m != "This date is not a working day / Check whether the working day next to it was meant" {
		t.Errorf("non-working day: %q (findings %+v)", m, f.findings)
	}
	if m := rules[RuleLaterThanExpected]; m != "Later than the date the requester expects, 18 Dec 2026 / Please agree it with the requester; if it must be after that date, say why in the comment" {
		t.Errorf("later than expected: %q", m)
	}
}

// TestPastFactOnADayOffIsNoDeadline: a date of what has happened (goods
// received on a Saturday) is no deadline, so no deadline-non-workday
// finding asks whether the working day next to it was meant.
func TestPastFactOnADayOffIsNoDeadline(t *testing.T) {
	org, cal := demoOrg(), testCalendar(t)
	env := Env{Now: at("2026-12-01 10:00"), Time: cal, Org: org}
	f := newForm(env, nil)
	if _, ok := (dateType{}).validate(f, Field{Name: "received_on", Type: "date", NotFuture: true}, "2026-11-28", "received_on", nil); !ok || len(f.findings) != 0 {
		t.Fatalf("received on a Saturday: ok %v, findings %+v", ok, f.findings)
	}
}
