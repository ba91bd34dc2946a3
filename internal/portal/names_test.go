package portal_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// isoTime is a time as the database keeps it, which no page writes.
var isoTime = regexp.MustCompile(`\d{4}-\d{2}-\d{2} \d{2}:\d{2}`)

// The customer reads its case as the staff pages write it: itself by its
// name (华信科技), not its id (huaxin), and days and times as the manual
// writes them (2027年1月15日（周五）).
func TestPageWritesNamesAndDatesAsTheManual(t *testing.T) {
	f := newFixture(t, storetest.SQLite(t), 0)
	_, tok := f.confirming("看板需求")
	a := f.do("GET", "/p/"+tok, nil, nil)
	if a.code != 200 {
		t.Fatalf("page: %d", a.code)
	}
	if !strings.Contains(a.body, "<dd>华信科技</dd>") || strings.Contains(a.body, ">huaxin<") {
		t.Errorf("the customer is not shown by its name:\n%s", a.body)
	}
	if !strings.Contains(a.body, "<dd>2027年1月15日（周五）</dd>") {
		t.Errorf("the expected date is not written as the manual does:\n%s", a.body)
	}
	if m := isoTime.FindString(a.body); m != "" {
		t.Errorf("a time is written as %q, not as the manual does", m)
	}
	if !regexp.MustCompile(`链接有效期至 \d{4}年\d{1,2}月\d{1,2}日（周.） \d{2}:\d{2}`).MatchString(a.body) {
		t.Errorf("the link's expiry is not written as the manual does:\n%s", a.body)
	}
}
