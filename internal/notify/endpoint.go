package notify

import (
	"github.com/liaison-dev/liaison/internal/i18n"
	"net/url"
	"regexp"
	"strconv"
)

var endpointName = regexp.MustCompile(`^[\p{L}\p{N} _.-]{1,60}$`)

// CheckEndpoint validates a robot or webhook an administrator adds and
// returns the reason per field, empty when it is fine.
func CheckEndpoint(kind, name, rawURL, secret string, kinds []string) map[string]string {
	bad := map[string]string{}
	switch kind {
	case ChannelDingTalk, ChannelWeCom, ChannelFeishu, ChannelWebhook:
	default:
		bad["kind"] = "reason.must_be_dingtalk_wecom_feishu"
	}
	if !endpointName.MatchString(name) {
		bad["name"] = "reason.1_to_60_letters_digits"
	}
	if u, err := url.Parse(rawURL); err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		bad["url"] = "reason.must_be_http_or_https"
	}
	if len(secret) > 200 {
		bad["secret"] = "reason.at_most_200_characters"
	}
	for _, k := range kinds {
		if !knownKind(k) {
			bad["kinds"] = i18n.Ref("reason.unknown_kind", strconv.Quote(k))
		}
	}
	return bad
}

func knownKind(k string) bool {
	for _, n := range Kinds {
		if n == k {
			return true
		}
	}
	return false
}

// RedactURL hides the access token or key a robot's URL carries, for
// showing it back to administrators.
func RedactURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	q := u.Query()
	for _, k := range []string{"access_token", "key", "token"} {
		if q.Has(k) {
			q.Set(k, "***")
		}
	}
	u.RawQuery = q.Encode()
	if u.Host == "open.feishu.cn" && u.Path != "" {
		u.Path = "/open-apis/bot/v2/hook/***"
	}
	u.User = nil
	return Scrub(u.String())
}
