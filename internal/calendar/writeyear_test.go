package calendar

import (
	"errors"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestWriteYear(t *testing.T) {
	c := mustNew(t, DefaultConfig(), []Override{{Date: "2026-12-31", Name: "公司年会"}})
	var b strings.Builder
	if err := c.WriteYear(&b, 2026); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"2026年2月\n 一   二   三   四   五   六   日\n",
		" 9   10   11   12   13   14班 15休\n16休 17休 18休 19休 20休 21休 22休\n23休 24   25   26   27   28班\n",
		"图例：休 = 放假",
		"  02-14(六)           班 春节\n",
		"  02-15(日)–02-23(一) 休 春节，共 9 天\n",
		"  12-31(四)           休 公司年会（管理员设定）\n",
		"全年工作日 247 天。",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("WriteYear output lacks %q", want)
		}
	}
	if strings.Contains(out, "注意") {
		t.Error("warned about a year that has data")
	}
	for i, line := range strings.Split(out, "\n") {
		if strings.TrimRight(line, " ") != line {
			t.Errorf("line %d has trailing spaces: %q", i+1, line)
		}
	}

	b.Reset()
	if err := c.WriteYear(&b, 2031); err != nil {
		t.Fatal(err)
	}
	if out := b.String(); !strings.Contains(out, "注意：2031 年没有国务院放假安排数据") || !strings.Contains(out, "（无）") {
		t.Errorf("a year without data is not flagged:\n%s", out)
	}
	if err := c.WriteYear(&b, 0); err == nil {
		t.Error("WriteYear accepted year 0")
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWriteYearReportsWriteErrors(t *testing.T) {
	if err := defaultCal(t).WriteYear(failingWriter{}, 2026); err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("WriteYear = %v, want the writer's error", err)
	}
}

// TestConcurrentUse is for -race: a Calendar is shared read-only.
func TestConcurrentUse(t *testing.T) {
	c := lunchCal(t)
	from := sh(t, "2026-02-13 16:00")
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() {
			for n := range 200 {
				c.AddWorkdays(from, n+i)
				c.AddWorkHours(from, n)
				c.WeeklyDue(from.AddDate(0, 0, n), time.Friday, 18*time.Hour)
				c.DayInfo(from.AddDate(0, 0, n))
			}
		})
	}
	wg.Wait()
}
