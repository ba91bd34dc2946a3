package i18n

import "testing"

// TestRate: a tax rate reads as the printed quote writes it.
func TestRate(t *testing.T) {
	for in, want := range map[string]string{"0.0600": "6%", "0.13": "13%", "0.125": "12.5%", "0": "0%", "": "", "abc": "abc"} {
		if got := Rate(in); got != want {
			t.Errorf("Rate(%q) = %q, want %q", in, got, want)
		}
	}
}
