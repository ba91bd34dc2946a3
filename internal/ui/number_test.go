package ui

import "testing"

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
		if got := number(tc.in, tc.rate); got != tc.want {
			t.Errorf("number(%q, %v) = %q, want %q", tc.in, tc.rate, got, tc.want)
		}
	}
}
