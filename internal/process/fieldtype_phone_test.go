package process

import "testing"

// TestPhoneForms: the ways people write a mobile number, and what is not one.
func TestPhoneForms(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"13800138000", "13800138000"},
		{"138 0013 8000", "13800138000"},
		{"138-0013-8000", "13800138000"},
		{"+86 138 0013 8000", "13800138000"},
		{"+8613800138000", "13800138000"},
		{"＋８６ １３８００１３８０００", "13800138000"},
		{"0086-139-1234-5678", "13912345678"},
		{" 199　1234　5678 ", "19912345678"}, // an ideographic space
		{"1380013800", ""},                 // 10 digits
		{"138001380001", ""},               // 12 digits
		{"12800138000", ""},                // 12… is no mobile prefix
		{"23800138000", ""},
		{"010-12345678", ""},    // a landline
		{"8613800138000", ""},   // 86 without + or 00
		{"+1 415 555 0100", ""}, // not China
		{"138+0013+8000", ""},
		{"138.0013.8000", ""},
		{"138 0013 8000 转 12", ""},
		{"", ""},
	} {
		got, ok := mobile(tc.in)
		if ok != (tc.want != "") || got != tc.want {
			t.Errorf("mobile(%q) = %q, %v; want %q", tc.in, got, ok, tc.want)
		}
	}
}

// TestPhoneThroughTheEngine: the test definition the surfaces' tests
// share (testdata/phone) stores its phone field normalised, refuses a
// landline with the bilingual reason, and shows an older value it cannot
// read as it was typed.
func TestPhoneThroughTheEngine(t *testing.T) {
	reg, err := Load("testdata/phone")
	if err != nil {
		t.Fatal(err)
	}
	d, ok := reg.Get("callback")
	if !ok {
		t.Fatal("no callback definition")
	}
	env := Env{Now: at("2026-12-01 10:00"), Time: testCalendar(t), Org: demoOrg()}
	f := newForm(env, nil)
	out := f.values(d.Fields, map[string]any{"customer": "huaxin", "title": "回访", "mobile": "+86 139-1234-5678"}, "")
	if len(f.errs) > 0 || out["mobile"] != "13912345678" {
		t.Fatalf("stored %v, errors %v", out, f.errs)
	}
	f = newForm(env, nil)
	f.values(d.Fields, map[string]any{"customer": "huaxin", "title": "回访", "mobile": "010-12345678"}, "")
	if f.errs["mobile"] != phoneReason {
		t.Fatalf("errors %v", f.errs)
	}
	if got := ShowCell(d.Fields[2], "010-12345678", Show{}); got != "010-12345678" {
		t.Errorf("an older value shows as %q", got)
	}
}
