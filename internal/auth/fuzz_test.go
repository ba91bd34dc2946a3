package auth_test

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/liaison-dev/liaison/internal/auth"
)

// FuzzPasswordReason: an accepted password is 8 characters to 1,024 bytes
// of valid UTF-8, not all whitespace and not the login.
func FuzzPasswordReason(f *testing.F) {
	for _, s := range []string{"correct horse", "12345678", "        ", "lina", strings.Repeat("x", 1025)} {
		f.Add("lina", s)
	}
	f.Fuzz(func(t *testing.T, login, pw string) {
		if auth.PasswordReason(login, pw) != "" {
			return
		}
		if len(pw) > auth.MaxPasswordBytes || utf8.RuneCountInString(pw) < auth.MinPasswordLength || !utf8.ValidString(pw) ||
			strings.TrimFunc(pw, unicode.IsSpace) == "" || (login != "" && strings.EqualFold(strings.TrimSpace(pw), login)) {
			t.Fatalf("accepted %q for %q", pw, login)
		}
	})
}
