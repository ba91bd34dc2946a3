package calendar

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// oracle reads testdata/holiday-cn (NateScarlet/holiday-cn, MIT; see its
// README and LICENSE there): every official day off and make-up working day
// from the State Council notices 2007–2026, merged across files (a notice
// may list days of the year before).
func oracle(t *testing.T) map[string]bool {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "holiday-cn", "20*.json"))
	if err != nil || len(files) < 20 {
		t.Fatalf("holiday-cn files: %v %v", files, err)
	}
	out := map[string]bool{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var doc struct {
			Days []struct {
				Date     string `json:"date"`
				IsOffDay bool   `json:"isOffDay"`
			} `json:"days"`
		}
		if err := json.Unmarshal(data, &doc); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for _, d := range doc.Days {
			out[d.Date] = !d.IsOffDay // workday
		}
	}
	return out
}

// differences lists the days of 2007–2026 where cal and the oracle disagree,
// and how many days it checked.
func differences(cal *Calendar, want map[string]bool) ([]string, int) {
	var out []string
	days := 0
	for d := time.Date(2007, 1, 1, 12, 0, 0, 0, cal.Location()); d.Year() <= 2026; d = d.AddDate(0, 0, 1) {
		days++
		key := d.Format("2006-01-02")
		w, listed := want[key]
		if !listed {
			w = d.Weekday() != time.Saturday && d.Weekday() != time.Sunday
		}
		if got := cal.IsWorkday(d); got != w {
			out = append(out, fmt.Sprintf("%s (%s): built-in workday=%v, the notice %v", key, d.Weekday(), got, w))
		}
	}
	return out, days
}

// TestEveryDayAgainstTheNotices compares the built-in calendar with the
// independent compilation on each of the 7,305 days of 2007–2026.
func TestEveryDayAgainstTheNotices(t *testing.T) {
	diff, days := differences(defaultCal(t), oracle(t))
	if days != 7305 {
		t.Fatalf("checked %d days, want 7305", days)
	}
	for _, d := range diff {
		t.Error(d)
	}
}

// TestOracleCatchesADifference proves the comparison can fail: with
// 2013-04-07 (a make-up Sunday) made a day off, exactly that day differs.
func TestOracleCatchesADifference(t *testing.T) {
	cal := mustNew(t, DefaultConfig(), []Override{{Date: "2013-04-07", Workday: false, Name: "test"}})
	diff, _ := differences(cal, oracle(t))
	if len(diff) != 1 || diff[0][:10] != "2013-04-07" {
		t.Fatalf("differences %v, want 2013-04-07 alone", diff)
	}
}
