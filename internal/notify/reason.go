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
		if strings.Contains(low, strings.ToLower(r.match)) {
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
