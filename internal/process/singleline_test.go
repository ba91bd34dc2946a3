package process

import "testing"

func TestSingleLineReason(t *testing.T) {
	for _, tc := range []struct {
		in          string
		single, mul bool // accepted as a single line, as text with lines
	}{
		{"张伟", true, true},
		{"Zhang Wei (华信)", true, true},
		{"שלום", true, true}, // right-to-left script itself is fine
		{"a\nb", false, true},
		{"a\r\nb", false, true},
		{"a\tb", false, true},
		{"a\x00b", false, false},
		{"a\x1bb", false, false},
		{"a\x7fb", false, false},
		{"a\u0085b", false, false},
		{"a\u202eb", false, true},
		{"a\u202ab", false, true},
		{"a\u2066b", false, true},
		{"a\u2069b", false, true},
		{"a\u200eb", false, true},
		{"a\u200fb", false, true},
		{"a\u2028b", false, true},
		{"a\u2029b", false, true},
		{"a\xffb", false, false},
	} {
		if got := SingleLineReason(tc.in) == ""; got != tc.single {
			t.Errorf("SingleLineReason(%q) accepts = %v, want %v", tc.in, got, tc.single)
		}
		if got := MultiLineReason(tc.in) == ""; got != tc.mul {
			t.Errorf("MultiLineReason(%q) accepts = %v, want %v", tc.in, got, tc.mul)
		}
	}
}

// TestBlankValuesAreMissing: a required text of nothing a reader can see —
// a zero-width space, a BOM, an empty list of lines — is "required", as ""
// is; before, "\u200b" became a case's title and [] gave the case the
// process's name as its title. Text with visible characters around
// invisible ones (an emoji sequence) stays.
func TestBlankValuesAreMissing(t *testing.T) {
	fields := []Field{
		{Name: "title", Type: "text", Required: true},
		{Name: "note", Type: "longtext"},
	}
	for _, tc := range []struct {
		name string
		in   map[string]any
		want map[string]string // field → reason; nil: accepted
	}{
		{"zero-width space", map[string]any{"title": "\u200b"}, map[string]string{"title": "reason.required"}},
		{"BOM and spaces", map[string]any{"title": " \ufeff \u200d "}, map[string]string{"title": "reason.required"}},
		{"empty list", map[string]any{"title": []any{}}, map[string]string{"title": "reason.required"}},
		{"list of blanks", map[string]any{"title": []any{"", "\u200b"}}, map[string]string{"title": "reason.required"}},
		{"blank optional", map[string]any{"title": "标题", "note": "\u2060"}, nil},
		{"emoji sequence", map[string]any{"title": "👩\u200d💻 联调"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := newForm(Env{Now: at("2026-12-01 10:00"), Time: testCalendar(t), Org: demoOrg()}, nil)
			out := f.values(fields, tc.in, "")
			if len(tc.want) == 0 {
				if len(f.errs) > 0 {
					t.Fatalf("refused: %v", f.errs)
				}
				if _, ok := out["note"]; ok {
					t.Errorf("a blank optional text was kept: %q", out["note"])
				}
				return
			}
			for k, why := range tc.want {
				if f.errs[k] != why {
					t.Errorf("errs = %v, want %s: %s", f.errs, k, why)
				}
			}
		})
	}
	for _, s := range []string{"", " ", "\u200b", "\ufeff\u200e", "\t\u3000"} {
		if !Blank(s) {
			t.Errorf("Blank(%q) = false", s)
		}
	}
	for _, s := range []string{"a", "\u200ba", "。"} {
		if Blank(s) {
			t.Errorf("Blank(%q) = true", s)
		}
	}
}
