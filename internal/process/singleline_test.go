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
