package notify

import (
	"errors"
	"net/url"
	"regexp"
)

// secretParam matches a credential carried in a URL's query (DingTalk's
// access_token=, WeCom's key=, our own calendar key=, a sign=) and
// secretPath one carried in its path (a Feishu hook's id).
var (
	secretParam = regexp.MustCompile(`(?i)\b(access_token|key|token|sign|secret|corpsecret|app_secret|appsecret|password)=([^&\s"'<>:]+)`)
	secretPath  = regexp.MustCompile(`(/open-apis/bot/v2/hook/)[^/?\s"'<>]+`)
	// secretJSON matches a token or secret in a JSON answer or body (a
	// platform's token endpoint answers {"access_token":"…"}).
	secretJSON = regexp.MustCompile(`"(access_token|tenant_access_token|app_access_token|app_secret|appsecret|corpsecret|client_secret|id_token|refresh_token)"(\s*:\s*)"[^"]*"`)
	// secretUser matches the user and password a URL carries before its
	// host (https://user:pass@hooks.example.com/…, a webhook's basic auth).
	secretUser = regexp.MustCompile(`(?i)\b([a-z][a-z0-9+.-]*://)[^/?#\s"'<>@]+@`)
)

// Scrub hides the credentials URLs carry in a text that may reach a log,
// a page or an API answer (an error from a send, an answer from a
// platform): access tokens, keys, signatures, Feishu hook ids and a URL's
// user and password become ***.
func Scrub(s string) string {
	s = secretUser.ReplaceAllString(s, "${1}***@")
	s = secretParam.ReplaceAllString(s, "$1=***")
	s = secretJSON.ReplaceAllString(s, `"$1"$2"***"`)
	return secretPath.ReplaceAllString(s, "${1}***")
}

// scrubbed wraps err so that its text is scrubbed, keeping what it wraps
// for errors.As (the SendError classification).
type scrubbed struct{ err error }

func (e scrubbed) Error() string { return Scrub(e.err.Error()) }
func (e scrubbed) Unwrap() error { return e.err }

// transportError drops the URL a *url.Error repeats (it carries the robot's
// token) and keeps only what went wrong.
func transportError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return scrubbed{ue.Err}
	}
	return scrubbed{err}
}
