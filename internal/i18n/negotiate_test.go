package i18n

import "testing"

func TestNegotiate(t *testing.T) {
	for _, c := range []struct{ user, header, want string }{
		{"", "", "zh"},
		{"", "en", "en"},
		{"", "en-US,en;q=0.9", "en"},
		{"", "EN-gb", "en"},
		{"", "zh-CN,zh;q=0.9,en;q=0.8", "zh"},
		{"", "zh-Hant-TW", "zh"},
		{"", "en;q=0.5, zh;q=0.8", "zh"},
		{"", "zh;q=0.5, en;q=0.8", "en"},
		{"", "fr-FR, en;q=0.3", "en"},    // the only language we have
		{"", "fr, de;q=0.9", "zh"},       // none we have
		{"", "*", "zh"},                  // a wildcard names nothing
		{"", "en;q=0", "zh"},             // q=0 refuses
		{"", "en;q=0, zh;q=0", "zh"},     // the default all the same
		{"", "en;q=0.8, zh;q=0.8", "en"}, // a tie: the earlier
		{"", "en;q=abc, zh;q=0.1", "zh"}, // an unreadable q does not win
		{"", "eng, enx;q=0.9", "zh"},     // not en: a tag's prefix ends at "-"
		{"", " en ; q = 0.7 ", "en"},
		{"en", "zh-CN", "en"}, // the signed-in user's own language first
		{"zh", "en", "zh"},
		{"xx", "en", "en"}, // an unknown preference is none
	} {
		if got := Negotiate(c.user, c.header); got != c.want {
			t.Errorf("Negotiate(%q, %q) = %q, want %q", c.user, c.header, got, c.want)
		}
	}
}
