package notify

import "strings"

// reasons maps what a failed send's error says to a sentence for people, in
// Chinese and English; the first pattern found in the error wins.
var reasons = []struct{ match, zh, en string }{
	{`channel "email" is not configured`, "未配置邮件服务器(LIAISON_SMTP),邮件没有发出", "email is not configured (LIAISON_SMTP); the mail was not sent"},
	{`is not configured`, "该渠道未配置,消息没有发出", "the channel is not configured; nothing was sent"},
	{"recipient has no address", "收件人没有邮箱地址", "the recipient has no email address"},
	{"email: recipient", "收件人的邮箱地址无效", "the recipient's address is not valid"},
	{"550", "对方邮件服务器拒收(地址不存在或被拒绝)", "the recipient's mail server refused it (unknown or blocked address)"},
	{"553", "对方邮件服务器拒收(地址不存在或被拒绝)", "the recipient's mail server refused it (unknown or blocked address)"},
	{"535", "邮件服务器拒绝登录(用户名或密码错误)", "the mail server refused the sign-in (user or password)"},
	{"authentication", "邮件服务器拒绝登录(用户名或密码错误)", "the mail server refused the sign-in (user or password)"},
	{"timeout", "连接超时", "the connection timed out"},
	{"connection refused", "无法连接服务器(连接被拒绝)", "could not connect (connection refused)"},
	{"no such host", "无法解析服务器地址", "the server's name does not resolve"},
	{"sign match fail", "签名校验失败(请检查机器人的加签密钥和服务器时间)", "the signature was refused (check the robot's secret and the clock)"},
	{"keywords not in content", "消息不含机器人设置的关键词", "the message lacks the robot's keyword"},
	{"token is not exist", "机器人的 access_token 无效", "the robot's access token is not valid"},
	{"invalid webhook url", "机器人地址无效", "the robot's URL is not valid"},
	// Personal work notifications (the company's apps).
	{"has no chat identity", "该用户没有填写聊天账号、手机号或邮箱,无法发送个人工作通知", "the user has no chat id, mobile or email to reach them by"},
	{"no user with", "平台通讯录中找不到该用户(请在用户资料中填写其平台用户 ID 或手机号)", "the platform's directory has no such person (set their chat id or mobile)"},
	{"no member with", "平台通讯录中找不到该用户(请在用户资料中填写其平台用户 ID 或手机号)", "the platform's directory has no such person (set their chat id or mobile)"},
	{"invaliduser", "应用无法触达该用户(不在应用的可见范围内或用户 ID 有误)", "the app cannot reach this person (outside its visible range, or a wrong id)"},
	{"error 230013", "应用无法触达该用户(不在应用的可见范围内或用户 ID 有误)", "the app cannot reach this person (outside its visible range, or a wrong id)"},
	{"error 46004", "平台通讯录中找不到该用户(请在用户资料中填写其平台用户 ID 或手机号)", "the platform's directory has no such person (set their chat id or mobile)"},
	{"error 60121", "平台通讯录中找不到该用户(请在用户资料中填写其平台用户 ID 或手机号)", "the platform's directory has no such person (set their chat id or mobile)"},
	{"error 40089", "企业应用的凭证无效(请检查 LIAISON_*_APP 中的 key 与 secret)", "the company app's credentials are wrong (check the key and secret in LIAISON_*_APP)"},
	{"error 40001", "企业应用的凭证无效(请检查 LIAISON_*_APP 中的 key 与 secret)", "the company app's credentials are wrong (check the key and secret in LIAISON_*_APP)"},
	{"error 40013", "企业应用的凭证无效(请检查 LIAISON_*_APP 中的 key 与 secret)", "the company app's credentials are wrong (check the key and secret in LIAISON_*_APP)"},
	{"error 10014", "企业应用的凭证无效(请检查 LIAISON_*_APP 中的 key 与 secret)", "the company app's credentials are wrong (check the key and secret in LIAISON_*_APP)"},
	{"error 40056", "企业应用的 agent id 无效", "the company app's agent id is wrong"},
	{"HTTP 4", "对方拒绝了请求", "the receiver refused the request"},
	{"HTTP 5", "对方服务器出错", "the receiver failed"},
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
				return r.en + " (" + lastError + ")"
			}
			return r.zh + "(" + lastError + ")"
		}
	}
	if lang == "en" {
		return "sending failed: " + lastError
	}
	return "发送失败:" + lastError
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
