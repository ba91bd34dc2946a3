package notify

import (
	"strings"

	"github.com/liaison-dev/liaison/internal/i18n"
)

// reasons maps what a failed send's error says to a sentence for people
// (a catalogue key, delivery.…); the first pattern found in the error wins.
var reasons = []struct{ match, key string }{
	{`channel "email" is not configured`, "delivery.email_unconfigured"},
	{`is not configured`, "delivery.channel_unconfigured"},
	{"recipient has no address", "delivery.no_address"},
	{"email: recipient", "delivery.bad_address"},
	{"550", "delivery.mail_refused"},
	{"553", "delivery.mail_refused"},
	{"535", "delivery.smtp_auth"},
	{"authentication", "delivery.smtp_auth"},
	{"timeout", "delivery.timeout"},
	{"connection refused", "delivery.connection_refused"},
	{"no such host", "delivery.no_such_host"},
	{"sign match fail", "delivery.robot_sign"},
	{"keywords not in content", "delivery.robot_keyword"},
	{"token is not exist", "delivery.robot_token"},
	{"invalid webhook url", "delivery.robot_url"},
	// Personal work notifications (the company's apps).
	{"has no chat identity", "delivery.no_chat_identity"},
	{"no user with", "delivery.no_such_person"},
	{"no member with", "delivery.no_such_person"},
	{"invaliduser", "delivery.cannot_reach"},
	{"error 230013", "delivery.cannot_reach"},
	{"error 46004", "delivery.no_such_person"},
	{"error 60121", "delivery.no_such_person"},
	{"error 40089", "delivery.app_credentials"},
	{"error 40001", "delivery.app_credentials"},
	{"error 40013", "delivery.app_credentials"},
	{"error 10014", "delivery.app_credentials"},
	{"error 40056", "delivery.bad_agent_id"},
	{"HTTP 4", "delivery.http_4xx"},
	{"HTTP 5", "delivery.http_5xx"},
}

// Explain turns a delivery's last error into a reason people understand,
// in lang (zh by default), keeping the technical text after it.
func Explain(lastError, lang string) string {
	if lastError == "" {
		return ""
	}
	low := strings.ToLower(lastError)
	for _, r := range reasons {
		if mentions(low, strings.ToLower(r.match)) {
			if lang == "en" {
				return i18n.T(lang, r.key) + " (" + lastError + ")"
			}
			return i18n.T("zh", r.key) + "(" + lastError + ")"
		}
	}
	return i18n.T(lang, "delivery.failed", lastError)
}

// mentions reports whether text holds pattern; an SMTP reply code (three
// digits) counts only standing alone, so that a port such as :38553 or a
// number in a URL is not read as the code 553.
func mentions(text, pattern string) bool {
	if !isCode(pattern) {
		return strings.Contains(text, pattern)
	}
	for i := 0; ; {
		j := strings.Index(text[i:], pattern)
		if j < 0 {
			return false
		}
		at, end := i+j, i+j+len(pattern)
		before := at == 0 || !(isDigit(text[at-1]) || text[at-1] == ':' || text[at-1] == '/' || text[at-1] == '.')
		after := end == len(text) || !isDigit(text[end])
		if before && after {
			return true
		}
		i = at + 1
	}
}

func isCode(s string) bool { return len(s) == 3 && isDigit(s[0]) && isDigit(s[1]) && isDigit(s[2]) }

func isDigit(b byte) bool { return b >= '0' && b <= '9' }
