package auth_test

import (
	"github.com/liaison-dev/liaison/internal/i18n"
	"strings"
	"testing"

	"github.com/liaison-dev/liaison/internal/auth"
)

func TestPasswordPolicy(t *testing.T) {
	for _, tc := range []struct {
		login, pw string
		want      string // a part of the reason; "" for accepted
	}{
		{"wangfang", "correct horse battery", ""},
		{"wangfang", "短密码", "至少8个字符"},
		{"wangfang", "        ", "空白"},
		{"wangfang", "\t\t\t\t\t\t\t\t\t", "空白"},
		{"wangfang", "\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000", "空白"},
		{"wangfang", "wangfang", "账号"},
		{"wangfang", "WangFang", "账号"},
		{"wangfang", "12345678", "常见"},
		{"wangfang", "Password1", "常见"},
		{"wangfang", "demo1234", "常见"}, // the demo password is set by the seed only
		{"wangfang", strings.Repeat("x", 1025), "1024"},
		{"wangfang", strings.Repeat("长", 341), ""}, // 1,023 bytes
		{"wangfang", strings.Repeat("长", 342), "1024"},
		{"wangfang", "bad\xffutf8-pw", "无效"},
	} {
		got := i18n.Render("zh", auth.PasswordReason(tc.login, tc.pw))
		if (tc.want == "") != (got == "") || !strings.Contains(got, tc.want) {
			t.Errorf("PasswordReason(%q, %.20q) = %q, want %q", tc.login, tc.pw, got, tc.want)
		}
	}
}
