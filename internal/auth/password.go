package auth

import (
	_ "embed"
	"strings"
	"unicode/utf8"

	"github.com/liaison-dev/liaison/internal/process"
)

// MaxPasswordBytes bounds a password: longer ones are refused before they
// are hashed (argon2id reads all of it).
const MaxPasswordBytes = 1024

//go:embed common-passwords.txt
var commonList string

// common holds the embedded list of common passwords, lower-cased.
var common = func() map[string]bool {
	m := map[string]bool{}
	for _, line := range strings.Split(commonList, "\n") {
		line = strings.TrimSpace(line)
		if line != "" && !strings.HasPrefix(line, "#") {
			m[strings.ToLower(line)] = true
		}
	}
	return m
}()

// PasswordReason says why pw cannot be login's password — a catalogue key
// (reason.password_…), shown in the reader's language — or "" when it can. It is the
// one password policy: every place that sets a password calls it (the demo
// seed's published demo1234 is written by the seed, past the policy).
func PasswordReason(login, pw string) string {
	switch {
	case len(pw) > MaxPasswordBytes:
		return "reason.password_too_long"
	case !utf8.ValidString(pw):
		return "reason.password_invalid_utf8"
	case process.Blank(pw):
		return "reason.password_all_space"
	case utf8.RuneCountInString(pw) < MinPasswordLength:
		return "reason.password_too_short"
	case login != "" && strings.EqualFold(strings.TrimSpace(pw), login):
		return "reason.password_is_login"
	case common[strings.ToLower(strings.TrimSpace(pw))]:
		return "reason.password_too_common"
	}
	return ""
}
