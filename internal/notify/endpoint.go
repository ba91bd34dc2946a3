package notify

import (
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
		bad["kind"] = "须为 dingtalk、wecom、feishu 或 webhook (must be dingtalk, wecom, feishu or webhook)"
	}
	if !endpointName.MatchString(name) {
		bad["name"] = "1至60个字母、数字、空格或 . _ - (1 to 60 letters, digits, spaces, . _ -)"
	}
	if u, err := url.Parse(rawURL); err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		bad["url"] = "须为 http 或 https 地址 (must be an http or https URL)"
	}
	if len(secret) > 200 {
		bad["secret"] = "最多200个字符 (at most 200 characters)"
	}
	for _, k := range kinds {
		if !knownKind(k) {
			bad["kinds"] = "未知的通知类型 " + strconv.Quote(k) + " (unknown notification kind " + strconv.Quote(k) + ")"
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
