package auth

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"
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

// PasswordReason says, in Chinese for the person choosing it (English in
// brackets), why pw cannot be login's password, or "" when it can. It is the
// one password policy: every place that sets a password calls it (the demo
// seed's published demo1234 is written by the seed, past the policy).
func PasswordReason(login, pw string) string {
	switch {
	case len(pw) > MaxPasswordBytes:
		return "密码不能超过1024字节 (at most 1,024 bytes)"
	case !utf8.ValidString(pw):
		return "密码含有无效字符 (invalid UTF-8)"
	case strings.TrimFunc(pw, unicode.IsSpace) == "":
		return "密码不能全是空白字符 (must not be all whitespace)"
	case utf8.RuneCountInString(pw) < MinPasswordLength:
		return "密码至少8个字符 (at least 8 characters)"
	case login != "" && strings.EqualFold(strings.TrimSpace(pw), login):
		return "密码不能与账号相同 (must not be the login)"
	case common[strings.ToLower(strings.TrimSpace(pw))]:
		return "密码过于常见,容易被猜中,请换一个 (too common)"
	}
	return ""
}
