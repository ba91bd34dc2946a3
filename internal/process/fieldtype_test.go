package process

import (
	"github.com/liaison-dev/liaison/internal/i18n"
	"strings"
	"testing"
	"time"
)

// testNames resolve ids so that a test sees which was asked.
type testNames struct{}

func (testNames) User(login string) string    { return "user:" + login }
func (testNames) Department(id string) string { return "dept:" + id }
func (testNames) Party(id string) string      { return "party:" + id }

// testShow marks each of the surface's ways of writing values.
var testShow = Show{Lang: "zh", Location: shanghai, Names: testNames{},
	Day:   func(t time.Time) string { return "day " + t.Format("2006-01-02") },
	Time:  func(t time.Time) string { return "time " + t.Format("2006-01-02 15:04 MST") },
	Money: func(s string) string { return "money " + s }}

// fieldCase is one value of a field as a web form sends it (raw), and
// what the engine keeps (stored) and people read (shown) of it, or the
// error the engine gives (refused, a part of the message).
type fieldCase struct {
	name            string
	field           Field
	raw             string
	stored, shown   string
	refused         string
	shape           Shape
	input, inputMod string // FormInput.Type and .InputMode
}

func fieldCases() []fieldCase {
	two := 2.0
	row := []Field{{Name: "item", Type: "text"}, {Name: "due", Type: "date"}}
	return []fieldCase{
		{name: "text", field: Field{Type: "text"}, raw: "需求说明", stored: "需求说明", shown: "需求说明", shape: ShapeLine, input: "text"},
		{name: "text too long", field: Field{Type: "text", Max: &two}, raw: "三个字", refused: "最多2个字 (at most 2 characters)"},
		{name: "text on two lines", field: Field{Type: "text"}, raw: "a\nb", refused: "("},
		{name: "longtext", field: Field{Type: "longtext"}, raw: "第一行\n第二行", stored: "第一行\n第二行", shown: "第一行\n第二行", shape: ShapeLines, input: "text"},
		{name: "date", field: Field{Type: "date"}, raw: "2026-12-04", stored: "2026-12-04", shown: "day 2026-12-04", shape: ShapeLine, input: "date"},
		{name: "vague date", field: Field{Type: "date"}, raw: "尽快", refused: "(vague time: give a date)"},
		{name: "datetime from the browser", field: Field{Type: "datetime"}, raw: "2026-12-03T14:00", stored: "2026-12-03T14:00:00+08:00", shown: "time 2026-12-03 14:00 CST", shape: ShapeLine, input: "datetime-local"},
		{name: "datetime with a zone", field: Field{Type: "datetime"}, raw: "2026-12-03T06:00:00Z", stored: "2026-12-03T14:00:00+08:00", shown: "time 2026-12-03 14:00 CST"},
		{name: "int as people write it", field: Field{Type: "int"}, raw: "１,２００", stored: "1200", shown: "1200", shape: ShapeLine, input: "text", inputMod: "decimal"},
		{name: "int with a fraction", field: Field{Type: "int"}, raw: "1.5", refused: "(must be a whole number)"},
		{name: "decimal", field: Field{Type: "decimal"}, raw: "80，000.5", stored: "80000.50", shown: "money 80000.50", shape: ShapeLine, input: "text", inputMod: "decimal"},
		{name: "rate in percent", field: Field{Name: "tax_rate", Type: "decimal"}, raw: "13%", stored: "0.13", shown: "money 0.13"},
		{name: "decimal with three places", field: Field{Type: "decimal"}, raw: "1.005", refused: "(a number with at most 2 decimals)"},
		{name: "bool ticked", field: Field{Type: "bool"}, raw: "on", stored: "true", shown: "是", shape: ShapeCheckbox, input: "checkbox"},
		{name: "enum", field: Field{Type: "enum", Options: []string{"high", "low"}, OptionNames: map[string]Text{"high": {Zh: "高", En: "High"}}}, raw: "high", stored: "high", shown: "高", shape: ShapeSelect},
		{name: "enum not an option", field: Field{Type: "enum", Options: []string{"high", "low"}}, raw: "mid", refused: "应为以下之一: high, low (one of: high, low)"},
		{name: "email", field: Field{Type: "email"}, raw: " zhangwei@huaxin.example ", stored: "zhangwei@huaxin.example", shown: "zhangwei@huaxin.example", shape: ShapeLine, input: "email", inputMod: "email"},
		{name: "email with a name", field: Field{Type: "email"}, raw: "张伟 <zhangwei@huaxin.example>", refused: "(invalid email address)"},
		{name: "user", field: Field{Type: "user"}, raw: "chenjie", stored: "chenjie", shown: "user:chenjie", shape: ShapeSelect},
		{name: "unknown user", field: Field{Type: "user"}, raw: "nobody", refused: "(unknown user)"},
		{name: "department", field: Field{Type: "department"}, raw: "tech", stored: "tech", shown: "dept:tech", shape: ShapeSelect},
		{name: "unknown department", field: Field{Type: "department"}, raw: "moon", refused: "(unknown department)"},
		{name: "party", field: Field{Type: "party", Options: []string{"customer"}}, raw: "huaxin", stored: "huaxin", shown: "party:huaxin", shape: ShapeSelect},
		{name: "party of another kind", field: Field{Type: "party", Options: []string{"customer"}}, raw: "dongfang", refused: "(must be a party of kind: customer)"},
		{name: "rows", field: Field{Type: "rows", Columns: row}, raw: `[{"item":"联调","due":"2026-12-04"}]`, stored: "due: 2026-12-04\nitem: 联调", shown: "联调 · day 2026-12-04", shape: ShapeRows},
		{name: "rows not a list", field: Field{Type: "rows", Columns: row}, raw: "联调", refused: "(must be a list)"},
		{name: "object", field: Field{Type: "object", Columns: []Field{{Name: "name", Label: Text{Zh: "姓名"}, Type: "text"}, {Name: "email", Label: Text{Zh: "邮箱"}, Type: "email"}}},
			raw: `{"name":"张伟","email":"zhangwei@huaxin.example"}`, stored: "email: zhangwei@huaxin.example\nname: 张伟", shown: "姓名:张伟;邮箱:zhangwei@huaxin.example", shape: ShapeObject},
		{name: "quote", field: Field{Type: "quote"}, raw: `{"currency":"CNY","tax_rate":"0.13","items":[{"name":"实施","qty":"1","unit_price":"10000"}]}`,
			stored: "11300.00", shown: "CNY money 11300.00", shape: ShapeQuote},
		{name: "phone", field: Field{Type: "phone"}, raw: "+86 138-0013-8000", stored: "13800138000", shown: "138 0013 8000", shape: ShapeLine, input: "tel", inputMod: "tel"},
		{name: "phone too short", field: Field{Type: "phone"}, raw: "138 0013 800", refused: "应为11位中国大陆手机号码"},
		{name: "quote without lines", field: Field{Type: "quote"}, raw: `{"currency":"CNY","tax_rate":"0.13","items":[]}`, refused: "("},
	}
}

// TestFieldTypes puts a value of every field type through its type as
// every surface does: a web form's string parsed, checked and normalised
// by the engine, then shown.
func TestFieldTypes(t *testing.T) {
	covered := map[string]bool{}
	for _, tc := range fieldCases() {
		t.Run(tc.name, func(t *testing.T) {
			covered[tc.field.Type] = true
			tc.field.Name = cmpOr(tc.field.Name, "f")
			typ := TypeOf(tc.field)
			f := newForm(Env{Now: at("2026-12-01 10:00"), Time: testCalendar(t), Org: demoOrg()}, nil)
			out := f.values([]Field{tc.field}, map[string]any{tc.field.Name: typ.Parse(tc.field, tc.raw, shanghai)}, "")
			if tc.refused != "" {
				if why := strings.Join(mapValues(bothLanguages(f.errs)), "; "); !strings.Contains(why, tc.refused) {
					t.Fatalf("refused with %q, want %q", why, tc.refused)
				}
				return
			}
			if len(f.errs) > 0 {
				t.Fatalf("refused: %v", f.errs)
			}
			v := out[tc.field.Name]
			got := plain(v)
			if q, ok := StoredQuote(v); ok {
				got = q.Total // the quote's lines and totals: quote_test.go
			}
			if got != tc.stored {
				t.Errorf("stored %q, want %q", got, tc.stored)
			}
			if got := ShowCell(tc.field, v, testShow); got != tc.shown {
				t.Errorf("shown %q, want %q", got, tc.shown)
			}
			if tc.input == "" && tc.shape == ShapeLine && tc.inputMod == "" {
				return // only the first case of a type says how it is entered
			}
			if typ.Shape() != tc.shape {
				t.Errorf("shape %v, want %v", typ.Shape(), tc.shape)
			}
			in := typ.Input(tc.field)
			if in.Type != tc.input || in.InputMode != tc.inputMod {
				t.Errorf("input %q inputmode %q, want %q %q", in.Type, in.InputMode, tc.input, tc.inputMod)
			}
			if typ.Shape() == ShapeSelect && in.Options == nil && in.From == "" {
				t.Error("a select offers nothing")
			}
		})
	}
	for _, name := range FieldTypes() {
		if !covered[name] {
			t.Errorf("field type %s has no case in fieldCases", name)
		}
	}
}

// TestUnknownTypesReadAsText: a type no definition names (a document's
// own entry, an older record) is shown as stored, and refused as input.
func TestUnknownTypesReadAsText(t *testing.T) {
	fd := Field{Name: "x", Type: "status"}
	if got := ShowCell(fd, "open", testShow); got != "open" {
		t.Errorf("shown %q", got)
	}
	f := newForm(Env{Now: at("2026-12-01 10:00"), Time: testCalendar(t), Org: demoOrg()}, nil)
	f.values([]Field{fd}, map[string]any{"x": "open"}, "")
	if bothLanguages(f.errs)["x"] != "不支持的字段类型 (unsupported field type)" {
		t.Errorf("errors %v", f.errs)
	}
}

func TestNumberAsPeopleWriteIt(t *testing.T) {
	for _, tc := range []struct {
		in   string
		rate bool
		want string
	}{
		{"80,000", false, "80000"}, {"80，000.50", false, "80000.50"}, {"１２３", false, "123"},
		{"13%", true, "0.13"}, {"13％", true, "0.13"}, {"6.5%", true, "0.065"}, {"0.13", true, "0.13"},
		{"40%", false, "40"}, {"abc%", true, "abc%"}, {"", false, ""},
	} {
		if got := readNumber(tc.in, tc.rate); got != tc.want {
			t.Errorf("readNumber(%q, %v) = %q, want %q", tc.in, tc.rate, got, tc.want)
		}
	}
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func mapValues(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for _, v := range m {
		out = append(out, v)
	}
	return out
}

// bothLanguages writes each reason as the catalogue gives it, "中文 (English)",
// so that a case can name either language.
func bothLanguages(errs map[string]string) map[string]string {
	out := map[string]string{}
	for k, v := range errs {
		out[k] = i18n.Render("zh", v) + " (" + i18n.Render("en", v) + ")"
	}
	return out
}
