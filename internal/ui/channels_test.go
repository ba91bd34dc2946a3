package ui

import (
	"net/http"
	"net/url"
	"testing"
)

func TestAdminChannels(t *testing.T) {
	e := newEnv(t, "2026-12-01 10:00")
	a := e.browser().signIn("admin")
	a.get("/admin")
	csrf := a.csrf()
	form := url.Values{"csrf": {csrf}, "dept": {"tech"}, "kind": {"wecom"}, "name": {"技术部企业微信群"},
		"url": {"https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=SECRETKEY"}, "kinds": {"escalation, reminder"}}
	a.post("/admin/channels", form)
	if a.status != http.StatusSeeOther {
		t.Fatalf("add: %d %s", a.status, a.body)
	}
	a.get("/admin")
	a.want(200, "技术部企业微信群", "升级、提醒", "审计记录", `data-label="操作">添加通知渠道</td>`)
	a.lacks("SECRETKEY")
	// A bad URL is refused with the reason, and nothing is added.
	bad := url.Values{"csrf": {csrf}, "dept": {"tech"}, "kind": {"wecom"}, "name": {"坏的"}, "url": {"ftp://x"}}
	a.post("/admin/channels", bad)
	a.get(a.loc)
	a.want(200, "URL：须为 http 或 https 地址")
	a.lacks("<td data-label=\"名称\">坏的")
	// No form token, no change.
	form.Set("csrf", "")
	form.Set("name", "另一个群")
	a.post("/admin/channels", form)
	if a.status != http.StatusForbidden {
		t.Fatalf("without the form token: %d", a.status)
	}
	// Only administrators.
	w := e.browser().signIn("wangfang")
	w.post("/admin/channels", url.Values{"csrf": {w.csrf()}, "dept": {"tech"}, "kind": {"wecom"}, "name": {"x"}, "url": {"https://x.example"}})
	if w.status != http.StatusForbidden {
		t.Fatalf("non-admin: %d", w.status)
	}
}

func TestAdminCalendarImport(t *testing.T) {
	e := newEnv(t, "2026-12-01 10:00")
	a := e.browser().signIn("admin")
	a.get("/admin")
	csrf := a.csrf()
	// Refused, the pasted data stays in the box to be corrected (it was
	// lost on a redirect), and nothing is imported.
	a.post("/admin/calendar", url.Values{"csrf": {csrf}, "json": {`{"year":2027,"days":[{"name":"x","date":"2027-13-01","isOffDay":true}]}`}})
	a.want(http.StatusUnprocessableEntity, "2027-13-01", `placeholder="粘贴节假日数据，格式见下方示例">{&#34;year&#34;:2027,&#34;days&#34;:[{&#34;name&#34;:&#34;x&#34;,&#34;date&#34;:&#34;2027-13-01&#34;`)
	a.lacks("已导入")
	a.post("/admin/calendar", url.Values{"csrf": {csrf}, "json": {`{"year":2027,"days":[{"name":"公司年会","date":"2027-03-05","isOffDay":true}]}`}})
	a.get(a.loc)
	a.want(200, "公司年会", "已导入1天")
	if e.cases.Calendar().IsWorkday(at("2027-03-05 10:00")) {
		t.Fatal("the imported day off is not in force")
	}
}

// TestAdminWarnsOfUncheckedYear: in 2026 the coming year's holiday data
// comes from lunar-go alone; the page says so until an administrator
// confirms it, and only an administrator may.
func TestAdminWarnsOfUncheckedYear(t *testing.T) {
	e := newEnv(t, "2026-12-01 10:00")
	a := e.browser().signIn("admin")
	a.get("/admin")
	a.want(200, "2027年的节假日数据仅由农历推算")
	csrf := a.csrf()
	w := e.browser().signIn("wangfang")
	w.post("/admin/calendar/confirm", url.Values{"csrf": {w.csrf()}, "year": {"2027"}})
	if w.status != http.StatusForbidden {
		t.Fatalf("non-admin confirm: %d", w.status)
	}
	a.post("/admin/calendar/confirm", url.Values{"csrf": {csrf}, "year": {"2027"}})
	if a.status != http.StatusSeeOther {
		t.Fatalf("confirm: %d %s", a.status, a.body)
	}
	a.get("/admin")
	a.want(200, `data-label="操作">确认节假日数据</td>`)
	a.lacks("2027年的节假日数据仅来自 lunar-go")
}

// TestAdminImportEndsTheUncheckedWarning: importing the 2027 notice counts
// as checking it.
func TestAdminImportEndsTheUncheckedWarning(t *testing.T) {
	e := newEnv(t, "2026-12-01 10:00")
	a := e.browser().signIn("admin")
	a.get("/admin")
	a.post("/admin/calendar", url.Values{"csrf": {a.csrf()}, "json": {`{"year":2027,"days":[{"name":"元旦","date":"2027-01-01","isOffDay":true}]}`}})
	a.get("/admin")
	a.lacks("2027年的节假日数据仅来自 lunar-go")
}
