package links

import (
	"encoding/base64"
	"testing"
)

// FuzzDecodeToken: a token has one spelling. Whatever decodes is exactly
// 43 characters of base64url that encode back to themselves.
func FuzzDecodeToken(f *testing.F) {
	for _, s := range []string{"AAAAAAAAAAEKNN8BcVw8p1IBUVa726Y-SfcuxPw2Lek", "AAAAAAAAAAEKNN8BcVw8p1IBUVa726Y-SfcuxPw2Lel",
		"AAAAAAAAAA\r\nEKNN8BcVw8p1IBUVa726Y-SfcuxPw2Le", "", "====", "AAAAAAAAAAEKNN8BcVw8p1IBUVa726Y+SfcuxPw2Lek"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, tok string) {
		raw, ok := decodeToken(tok)
		if !ok {
			return
		}
		if len(tok) != tokenLen || len(raw) != 8+macLen || base64.RawURLEncoding.EncodeToString(raw) != tok {
			t.Fatalf("accepted %q", tok)
		}
	})
}
