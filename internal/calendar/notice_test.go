package calendar

import (
	"testing"
	"time"
)

// noticeRun is a run of days from a State Council notice (国务院办公厅关于…年部分节假日安排的通知).
type noticeRun struct {
	from, to string // inclusive; to == "" for one day
	workday  bool   // true: make-up working day (上班)
	name     string // lunar-go's name of the holiday
}

// notices are written out from the notices themselves, not from lunar-go:
// 2025 (published 2024-11-12), 2026 (2025-11-04). The 2027 rows are lunar-go
// v1.4.7's data, checked for consistency (13 statutory days, every make-up day
// next to its holiday) but not against the notice text, which was not at hand.
var notices = map[int][]noticeRun{
	2025: {
		{"2025-01-01", "", false, "元旦节"},
		{"2025-01-26", "", true, "春节"}, // Sunday
		{"2025-01-28", "2025-02-04", false, "春节"},
		{"2025-02-08", "", true, "春节"}, // Saturday
		{"2025-04-04", "2025-04-06", false, "清明节"},
		{"2025-04-27", "", true, "劳动节"}, // Sunday
		{"2025-05-01", "2025-05-05", false, "劳动节"},
		{"2025-05-31", "2025-06-02", false, "端午节"},
		{"2025-09-28", "", true, "国庆中秋"}, // Sunday
		{"2025-10-01", "2025-10-08", false, "国庆中秋"},
		{"2025-10-11", "", true, "国庆中秋"}, // Saturday
	},
	2026: {
		{"2026-01-01", "2026-01-03", false, "元旦节"},
		{"2026-01-04", "", true, "元旦节"}, // Sunday
		{"2026-02-14", "", true, "春节"},  // Saturday
		{"2026-02-15", "2026-02-23", false, "春节"},
		{"2026-02-28", "", true, "春节"}, // Saturday
		{"2026-04-04", "2026-04-06", false, "清明节"},
		{"2026-05-01", "2026-05-05", false, "劳动节"},
		{"2026-05-09", "", true, "劳动节"}, // Saturday
		{"2026-06-19", "2026-06-21", false, "端午节"},
		{"2026-09-20", "", true, "国庆节"}, // Sunday
		{"2026-09-25", "2026-09-27", false, "中秋节"},
		{"2026-10-01", "2026-10-07", false, "国庆节"},
		{"2026-10-10", "", true, "国庆节"}, // Saturday
	},
	2027: {
		{"2027-01-01", "2027-01-03", false, "元旦节"},
		{"2027-01-31", "", true, "春节"}, // Sunday
		{"2027-02-05", "2027-02-13", false, "春节"},
		{"2027-02-14", "", true, "春节"}, // Sunday
		{"2027-04-03", "2027-04-05", false, "清明节"},
		{"2027-05-01", "2027-05-05", false, "劳动节"},
		{"2027-05-08", "", true, "劳动节"}, // Saturday
		{"2027-06-09", "", false, "端午节"},
		{"2027-09-15", "", false, "中秋节"},
		{"2027-09-26", "", true, "国庆节"}, // Sunday
		{"2027-10-01", "2027-10-07", false, "国庆节"},
		{"2027-10-09", "", true, "国庆节"}, // Saturday
	},
}

// workdaysPerYear is 261 weekdays minus 13 statutory holidays, each year.
var workdaysPerYear = map[int]int64{2025: 248, 2026: 248, 2027: 248}

// expand lists the days of the runs as date → run.
func expand(t *testing.T, runs []noticeRun) map[string]noticeRun {
	t.Helper()
	out := map[string]noticeRun{}
	for _, r := range runs {
		from, ok := parseDate(r.from)
		to := from
		if r.to != "" {
			to, ok = parseDate(r.to)
		}
		if !ok {
			t.Fatalf("bad run %+v", r)
		}
		for z := from; z <= to; z++ {
			out[formatDate(z)] = r
		}
	}
	return out
}

func TestNotices(t *testing.T) {
	c := defaultCal(t)
	for year, runs := range notices {
		want := expand(t, runs)
		first, next := dayNumber(year, 1, 1), dayNumber(year+1, 1, 1)
		for z := first; z < next; z++ {
			date := formatDate(z)
			noon := at(z, 12*time.Hour, c.Location())
			work, name, source := c.DayInfo(noon)
			if c.IsWorkday(noon) != work {
				t.Errorf("%s: IsWorkday and DayInfo disagree", date)
			}
			r, listed := want[date]
			switch {
			case listed && (work != r.workday || name != r.name || source != SourceOfficial):
				t.Errorf("%s: got (%v, %q, %s), notice says (%v, %q, official)", date, work, name, source, r.workday, r.name)
			case !listed && source == SourceOfficial:
				t.Errorf("%s: lunar-go has (%v, %q), the notice does not list it", date, work, name)
			case !listed && work != isWeekday(z):
				t.Errorf("%s: workday=%v without a notice entry", date, work)
			}
		}
		if got := c.ord(next) - c.ord(first); got != workdaysPerYear[year] {
			t.Errorf("%d has %d working days, want %d", year, got, workdaysPerYear[year])
		}
		if !c.HasOfficialData(year) {
			t.Errorf("HasOfficialData(%d) = false", year)
		}
	}
}

func TestHasOfficialData(t *testing.T) {
	c := defaultCal(t)
	for _, y := range []int{2028, 2100, 1990} {
		if c.HasOfficialData(y) {
			t.Errorf("HasOfficialData(%d) = true without data", y)
		}
	}
	c = mustNew(t, DefaultConfig(), []Override{{Date: "2028-01-01", Name: "元旦"}})
	if !c.HasOfficialData(2028) {
		t.Error("an override for 2028 should count as data for 2028")
	}
}
