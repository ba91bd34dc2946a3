package process

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/liaison-dev/liaison/internal/problem"
)

// FuzzParseDefinition: the YAML loader takes an administrator's files; no
// input makes it panic, and what it accepts is a definition with an id.
func FuzzParseDefinition(f *testing.F) {
	entries, err := builtin.ReadDir("definitions")
	if err != nil {
		f.Fatal(err)
	}
	for _, e := range entries {
		b, err := builtin.ReadFile("definitions/" + e.Name())
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte("id: x\n"))
	f.Add([]byte("&a [*a, *a]"))
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := Parse("fuzz.yaml", b)
		if err == nil && (d == nil || d.ID == "") {
			t.Fatalf("accepted a definition without an id: %+v", d)
		}
	})
}

// FuzzOpenFields: the fields of a case form come from the API, pages and the
// portal. Whatever they hold, Open answers a decision or a problem a caller
// can act on (never an internal error), and a strict decision keeps no
// invalid text.
func FuzzOpenFields(f *testing.F) {
	for _, s := range []string{
		`{"title":"接口联调","to_dept":"tech","background":"x","tasks":[{"item":"a","standard":"b"}],"expected_by":"2026-12-04"}`,
		`{"customer":"huaxin","contact":{"name":"张\r伟","email":"a@b.c"},"requirements":[],"expected_by":"9999-12-31"}`,
		`{"headcount":"3","amount":"1e400","needed_by":"2026-02-30","kind":"budget"}`,
		`{"quote":{"items":[{"qty":-1,"unit_price":"0.001"}]},"milestones":[{"date":"x"}]}`,
	} {
		for id := range 9 {
			f.Add(uint8(id), []byte(s), id%2 == 0)
		}
	}
	reg := registry(f)
	cal := testCalendar(f)
	org := fullOrg()
	all := reg.All()
	f.Fuzz(func(t *testing.T, which uint8, body []byte, strict bool) {
		d := all[int(which)%len(all)]
		dec := json.NewDecoder(bytes.NewReader(body))
		dec.UseNumber()
		var fields map[string]any
		if dec.Decode(&fields) != nil {
			return
		}
		actor := Actor{Login: "wangfang", Name: "王芳", Dept: "market", Admin: true}
		dc, err := Open(d, actor, Input{Fields: fields, Strict: strict}, Env{Now: at("2026-03-02 10:00"), Time: cal, Org: org})
		var pe *problem.Error
		if err != nil {
			if !errors.As(err, &pe) || pe.Code == problem.Internal {
				t.Fatalf("not a problem a caller can act on: %v", err)
			}
			return
		}
		for k, v := range dc.Case.Fields {
			if s, ok := v.(string); ok && !utf8.ValidString(s) {
				t.Fatalf("field %s kept invalid UTF-8", k)
			}
		}
	})
}

// FuzzSingleLineReason: what passes as a single line has no control or
// invisible breaking character, and passes as text with lines too.
func FuzzSingleLineReason(f *testing.F) {
	for _, s := range []string{"张伟", "a\r\nb", "a\u202eb", "\xff", "a\u2028"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if SingleLineReason(s) != "" {
			return
		}
		if !utf8.ValidString(s) || strings.ContainsFunc(s, func(r rune) bool { return r < 0x20 || r == 0x7f || invisibleBreaker(r) }) {
			t.Fatalf("accepted %q", s)
		}
		if MultiLineReason(s) != "" {
			t.Fatalf("a single line %q is refused as text with lines", s)
		}
	})
}
