package calendar

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/liaison-dev/liaison/internal/problem"
)

func TestParseHolidayCNFile(t *testing.T) {
	data, err := os.ReadFile("testdata/holiday-cn-2028.json")
	if err != nil {
		t.Fatal(err)
	}
	ovs, err := ParseHolidayCN(data)
	if err != nil {
		t.Fatalf("ParseHolidayCN: %v", err)
	}
	if len(ovs) != 5 || ovs[0] != (Override{Date: "2028-01-01", Name: "元旦"}) || ovs[3] != (Override{Date: "2028-01-23", Workday: true, Name: "春节"}) {
		t.Fatalf("ParseHolidayCN = %+v", ovs)
	}
	c := mustNew(t, DefaultConfig(), ovs)
	if !c.HasOfficialData(2028) || !c.IsWorkday(sh(t, "2028-01-23 10:00")) || c.IsWorkday(sh(t, "2028-01-03 10:00")) {
		t.Error("imported overrides not applied")
	}
}

func TestParseHolidayCNRefuses(t *testing.T) {
	tests := []struct {
		name, in, mention string
	}{
		{"not JSON", "hello", "line 1"},
		{"syntax error on line 3", "{\n\"year\": 2027,\n\"days\": [}\n", "line 3"},
		{"truncated", "{\"year\": 2027, \"days\": [", "end of file"},
		{"array at top", "[]", "line 1"},
		{"no year", `{"days":[]}`, "missing"},
		{"year is text", `{"year":"2027","days":[]}`, "line 1"},
		{"bad date on line 4", "{\"year\":2027,\"days\":[\n{\"name\":\"a\",\"date\":\"2027-01-01\",\"isOffDay\":true},\n\n {\"name\":\"b\",\"date\":\"2027-02-30\",\"isOffDay\":true}]}", "line 4"},
		{"date of another year", "{\"year\":2027,\"days\":[\n{\"name\":\"a\",\"date\":\"2028-01-01\",\"isOffDay\":true}]}", "2028-01-01"},
		{"duplicate date", "{\"year\":2027,\"days\":[\n{\"date\":\"2027-01-01\",\"isOffDay\":true},\n{\"date\":\"2027-01-01\",\"isOffDay\":false}]}", "line 3"},
		{"missing isOffDay", `{"year":2027,"days":[{"name":"a","date":"2027-01-01"}]}`, "isOffDay"},
		{"isOffDay as text", `{"year":2027,"days":[{"date":"2027-01-01","isOffDay":"yes"}]}`, "line 1"},
		{"day is not an object", `{"year":2027,"days":[1]}`, "line 1"},
		{"trailing data", `{"year":2027,"days":[]} {}`, "after"},
		{"year twice", `{"year":2027,"year":2028,"days":[]}`, "twice"},
		{"year out of range", `{"year":3000,"days":[]}`, "3000"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ovs, err := ParseHolidayCN([]byte(tt.in))
			if err == nil || ovs != nil {
				t.Fatalf("ParseHolidayCN = %v, %v; want nothing and an error", ovs, err)
			}
			if problem.CodeOf(err) != problem.Invalid {
				t.Errorf("error %v is not Invalid", err)
			}
			if !strings.Contains(err.Error(), tt.mention) {
				t.Errorf("error %q does not mention %q", err, tt.mention)
			}
		})
	}
}

func FuzzParseHolidayCN(f *testing.F) {
	if data, err := os.ReadFile("testdata/holiday-cn-2028.json"); err == nil {
		f.Add(data)
	}
	f.Add([]byte(`{"year":2027,"days":[{"name":"春节","date":"2027-02-06","isOffDay":true}]}`))
	f.Add([]byte(`{"year":2027,"days":[{"date":"2027-02-30","isOffDay":true}]}`))
	f.Add([]byte("{\"year\":2027,\n\"days\":[\n]}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		ovs, err := ParseHolidayCN(data)
		if err != nil {
			if ovs != nil {
				t.Fatal("an error with a partial result")
			}
			return
		}
		seen := map[string]bool{}
		for _, o := range ovs {
			if _, ok := parseDate(o.Date); !ok || seen[o.Date] {
				t.Fatalf("accepted bad or repeated date %q", o.Date)
			}
			seen[o.Date] = true
		}
		if _, err := New(DefaultConfig(), ovs); err != nil {
			t.Fatalf("New refused what ParseHolidayCN accepted: %v", err)
		}
	})
}

// A refused file says why in the reader's language: the pages and the
// command line read Chinese, an English page English.
func TestParseHolidayCNSaysWhyInEachLanguage(t *testing.T) {
	tests := []struct {
		name, in, zh, en string
	}{
		{"bad date", "{\"year\":2027,\"days\":[\n{\"date\":\"2027-02-30\",\"isOffDay\":true}]}",
			`第 2 行：日期 "2027-02-30" 不是有效的日期（应为 YYYY-MM-DD）`, `line 2: date "2027-02-30" is not a valid YYYY-MM-DD date`},
		{"another year", "{\"year\":2027,\"days\":[\n{\"date\":\"2028-01-01\",\"isOffDay\":true}]}",
			"第 2 行：日期 2028-01-01 不在本文件的年份 2027 年内", "line 2: date 2028-01-01 is not in the file's year 2027"},
		{"twice", "{\"year\":2027,\"days\":[\n{\"date\":\"2027-01-01\",\"isOffDay\":true},\n{\"date\":\"2027-01-01\",\"isOffDay\":false}]}",
			"第 3 行：日期 2027-01-01 重复（首次出现在第 2 行）", "line 3: date 2027-01-01 is given twice (first on line 2)"},
		{"no isOffDay", `{"year":2027,"days":[{"date":"2027-01-01"}]}`,
			"第 1 行：日期 2027-01-01 缺少 isOffDay", "line 1: date 2027-01-01 has no isOffDay"},
		{"truncated", `{"year":2027,"days":[`, "第 1 行：文件意外结束", "line 1: unexpected end of file"},
		{"trailing", `{"year":2027,"days":[]} {}`, "第 1 行：对象之后还有多余的内容", "line 1: unexpected data after the object"},
		{"key twice", `{"year":2027,"year":2028}`, `第 1 行："year" 重复出现`, `line 1: "year" is given twice`},
		{"array", `[]`, `第 1 行：此处应为 "{"`, `line 1: expected "{"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseHolidayCN([]byte(tt.in))
			var pe *problem.Error
			if !errors.As(err, &pe) {
				t.Fatalf("error %v is not a problem", err)
			}
			if got := pe.Reasons("zh")["file"]; got != tt.zh {
				t.Errorf("zh = %q, want %q", got, tt.zh)
			}
			if got := pe.Reasons("en")["file"]; got != tt.en {
				t.Errorf("en = %q, want %q", got, tt.en)
			}
		})
	}
}
