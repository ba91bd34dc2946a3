package ui

import (
	"context"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/demo"
	"github.com/liaison-dev/liaison/internal/i18n"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
)

func TestRootAndSignInPage(t *testing.T) {
	e := newEnv(t, "2026-03-02 10:00")
	b := e.browser()
	b.get("/")
	if b.status != http.StatusSeeOther || b.loc != "/login" {
		t.Fatalf("anonymous /: %d %s", b.status, b.loc)
	}
	b.get("/inbox")
	if b.status != http.StatusSeeOther || !strings.HasPrefix(b.loc, "/login?next=") {
		t.Fatalf("anonymous /inbox: %d %s", b.status, b.loc)
	}
	b.get("/login")
	b.want(http.StatusOK, "登录 liaison", `<label for="login">账号</label>`, `<label for="password">密码</label>`, `lang="zh-CN"`)
	b.signIn("wangfang")
	b.get("/")
	if b.status != http.StatusSeeOther || b.loc != "/inbox" {
		t.Fatalf("signed-in /: %d %s", b.status, b.loc)
	}
}

func TestSignInCookie(t *testing.T) {
	e := newEnv(t, "2026-03-02 10:00")
	b := e.browser()
	b.get("/login")
	req, _ := http.NewRequest("POST", e.srv.URL+"/login", strings.NewReader(url.Values{"csrf": {b.csrf()}, "login": {"wangfang"}, "password": {"demo1234"}}.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := b.c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	var sess *http.Cookie
	for _, c := range resp.Cookies() {
		if c.Name == SessionCookie {
			sess = c
		}
	}
	if sess == nil || !sess.HttpOnly || sess.SameSite != http.SameSiteLaxMode || sess.Secure || sess.Value == "" {
		t.Fatalf("session cookie %+v", sess)
	}
}

func TestSignInFailures(t *testing.T) {
	e := newEnv(t, "2026-03-02 10:00")
	b := e.browser()
	b.get("/login")
	b.post("/login", url.Values{"csrf": {b.csrf()}, "login": {"wangfang"}, "password": {"wrong-pass"}})
	b.want(http.StatusUnauthorized, "账号或密码不正确", `value="wangfang"`)
	// Without the form token: refused before the password is looked at.
	b.post("/login", url.Values{"login": {"wangfang"}, "password": {"demo1234"}})
	b.want(http.StatusForbidden, "表单已失效")
	// Too many failures: the rate-limit message.
	for i := 0; i < 6; i++ {
		b.get("/login")
		b.post("/login", url.Values{"csrf": {b.csrf()}, "login": {"lina"}, "password": {"wrong-pass"}})
	}
	b.want(http.StatusTooManyRequests, "登录失败次数过多")
}

func TestSignOut(t *testing.T) {
	e := newEnv(t, "2026-03-02 10:00")
	b := e.browser().signIn("wangfang")
	tok := b.csrf()
	b.post("/logout", url.Values{})
	b.want(http.StatusForbidden)
	b.post("/logout", url.Values{"csrf": {tok}})
	if b.status != http.StatusSeeOther || b.loc != "/login" {
		t.Fatalf("logout: %d %s", b.status, b.loc)
	}
	b.get("/inbox")
	if b.status != http.StatusSeeOther {
		t.Fatalf("after logout /inbox: %d", b.status)
	}
}

func TestEveryPage(t *testing.T) {
	e := newEnv(t, "2026-03-02 10:00")
	w := e.browser().signIn("wangfang")
	w.want(http.StatusOK, "等我处理", "站内消息", `aria-current="page"`)
	w.get("/new")
	w.want(http.StatusOK, "跨部门协作请求", "《内部协作请求表》", `href="/new/internal-collab"`)
	w.lacks("customer-requirement") // opened by account managers only
	w.get("/new/internal-collab")
	w.want(http.StatusOK, "协作事项名称", "协作部门", "需求背景", "协作内容明细", "期望完成时间", "所需资源", "对接人", `name="tasks.2.item"`)
	// Template 1's order.
	order := []string{"协作事项名称", "协作部门", "需求背景", "协作内容明细", "期望完成时间", "所需资源", "对接人"}
	last := -1
	for _, s := range order {
		i := strings.Index(w.body, s)
		if i < last {
			t.Fatalf("%s out of order", s)
		}
		last = i
	}
	w.get("/new/customer-requirement")
	w.want(http.StatusNotFound)
	w.get("/new/nope")
	w.want(http.StatusNotFound)
	w.get("/cases")
	w.want(http.StatusOK, "我的事项", "没有符合条件的事项")
	w.get("/cases/999")
	w.want(http.StatusNotFound, "找不到")
	w.get("/admin")
	w.want(http.StatusForbidden)
	w.get("/static/app.css")
	w.want(http.StatusOK, "@media (max-width: 640px)")
	w.get("/static/print.css")
	w.want(http.StatusOK, "@page")
	w.get("/static/app.js")
	w.want(http.StatusOK, "/api/v1/check")

	a := e.browser().signIn("admin")
	a.get("/admin")
	a.want(http.StatusOK, "部门与负责人", "赵磊", "wangfang@liaison-demo.example", "工作日历调整", "流程定义", "id: internal-collab", "待确认", "承接", "→ <strong>进行中</strong>")
	z := e.browser().signIn("zhoumin")
	z.get("/new/customer-requirement")
	z.want(http.StatusOK, "customer", "华信科技")
}

func TestComingYearWarning(t *testing.T) {
	e := newEnv(t, "2026-03-02 10:00")
	a := e.browser().signIn("admin")
	a.get("/admin")
	next := 2027
	if e.cases.Calendar().HasOfficialData(next) {
		a.lacks("尚无2027年")
	} else {
		a.want(http.StatusOK, "尚无2027年")
	}
	e.setClock("2030-03-04 10:00")
	a.get("/admin")
	a.want(http.StatusOK, "尚无2031年的国务院节假日安排数据")
}

func TestCSRFRefused(t *testing.T) {
	e := newEnv(t, "2026-03-02 10:00")
	b := e.browser().signIn("wangfang")
	f := collabForm("没有令牌")
	b.post("/new/internal-collab", f)
	b.want(http.StatusForbidden, "表单已失效")
	f.Set("csrf", "forged")
	b.post("/new/internal-collab", f)
	b.want(http.StatusForbidden)
	// Another user's token does not serve either.
	other := e.browser().signIn("lina")
	f.Set("csrf", other.csrf())
	b.post("/new/internal-collab", f)
	b.want(http.StatusForbidden)
	// A cross-site browser request is refused by the origin check.
	req, _ := http.NewRequest("POST", e.srv.URL+"/new/internal-collab", strings.NewReader(f.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Sec-Fetch-Site", "cross-site")
	b.do(req)
	b.want(http.StatusForbidden)
	if list, _ := e.cases.List(context.Background(), store.Viewer{Admin: true}, cases.Filter{}); len(list.Items) != 0 {
		t.Fatalf("a refused form opened %d cases", len(list.Items))
	}
}

var caseLink = regexp.MustCompile(`^/cases/(\d+)$`)

func TestRaiseAndAcceptThroughForms(t *testing.T) {
	e := newEnv(t, "2026-03-02 10:00")
	w := e.browser().signIn("wangfang")
	w.get("/new/internal-collab")
	tok := w.csrf()

	// A vague date: the field says so, the input is kept, nothing opens.
	f := collabForm("产品V2.0版本开发需求支持")
	f.Set("csrf", tok)
	f.Set("expected_by", "尽快")
	w.post("/new/internal-collab", f)
	w.want(http.StatusUnprocessableEntity, `id="f-expected_by-err"`, `value="尽快"`, `value="产品V2.0版本开发需求支持"`, `aria-invalid="true"`)
	if !regexp.MustCompile(`(?s)f-expected_by.*?<p class="field-error" id="f-expected_by-err">[^<]*(具体日期|含糊)`).MatchString(w.body) {
		t.Fatalf("no vague-date error next to expected_by:\n%s", w.body)
	}

	// The checker flags 尽快 in a text field; the form comes back for review.
	f.Set("expected_by", "2026-03-20")
	f.Set("background", "请尽快处理。")
	w.post("/new/internal-collab", f)
	w.want(http.StatusUnprocessableEntity, `<q>尽快</q>`, `name="ack"`, "请尽快处理。")

	// Fixed: it opens, blank task rows ignored.
	f.Set("background", "为满足Q3客户引流需求,需开发功能模块。")
	w.post("/new/internal-collab", f)
	m := caseLink.FindStringSubmatch(w.loc)
	if w.status != http.StatusSeeOther || m == nil {
		t.Fatalf("open: %d %s\n%s", w.status, w.loc, w.body)
	}
	w.get(w.loc)
	w.want(http.StatusOK, "XZ-2026-0001", "产品V2.0版本开发需求支持", "待确认", "陈杰", "2026年3月4日（周三） 10:00", "发起", "发起部门负责人", "李娜", "《内部协作请求表》", "2026年3月20日（周五）")
	v, err := e.cases.Get(context.Background(), store.Viewer{Admin: true}, mustInt(m[1]))
	if err != nil {
		t.Fatal(err)
	}
	if tasks, _ := v.Fields["tasks"].([]any); len(tasks) != 1 || v.Fields["contact"] != "chenjie" {
		t.Fatalf("fields %v", v.Fields)
	}

	// chenjie finds it in 待办 with the time left, and accepts it.
	e.setClock("2026-03-03 11:00")
	c := e.browser().signIn("chenjie")
	c.want(http.StatusOK, "XZ-2026-0001", "承接", "剩余8小时", "2026年3月4日（周三） 10:00")
	c.get("/cases/" + m[1])
	c.want(http.StatusOK, `action="/cases/`+m[1]+`/actions/accept"`, "可完成时间", "无法承接")
	ctok := c.csrf()
	// A vague committed_by is refused next to its field.
	c.post("/cases/"+m[1]+"/actions/accept", url.Values{"csrf": {ctok}, "version": {"1"}, "committed_by": {"尽快"}})
	c.want(http.StatusUnprocessableEntity, `id="a-accept-f-committed_by-err"`, `value="尽快"`)
	c.post("/cases/"+m[1]+"/actions/accept", url.Values{"csrf": {ctok}, "version": {itoa(v.Version)}, "committed_by": {"2026-03-13"}})
	if c.status != http.StatusSeeOther {
		t.Fatalf("accept: %d\n%s", c.status, c.body)
	}
	c.get("/cases/" + m[1])
	c.want(http.StatusOK, "进行中", "王芳", "陈杰", "承接", "2026年3月13日（周五）", "已发送的通知",
		"/documents/form?format=html", "《内部协作请求表》", "/documents/accept-1?format=html")
	tl := c.body[strings.Index(c.body, `id="timeline"`):]
	if !strings.Contains(tl, "发起") || !strings.Contains(tl, "承接") {
		t.Fatalf("timeline lacks an event:\n%s", tl)
	}
	// wangfang has a message about it, unread, and can mark it read.
	w.get("/inbox")
	w.want(http.StatusOK, "XZ-2026-0001", `class="unread"`)
	w.post("/inbox/read", url.Values{"csrf": {w.csrf()}})
	w.get("/inbox")
	w.lacks(`<li class="unread">`)
	// A stale version is a conflict, shown on the page.
	c.post("/cases/"+m[1]+"/actions/comment", url.Values{"csrf": {ctok}, "comment": {"需求文档已收到,今天下午三点前反馈问题清单。"}})
	if c.status != http.StatusSeeOther {
		t.Fatalf("comment: %d\n%s", c.status, c.body)
	}
	c.post("/cases/"+m[1]+"/actions/progress", url.Values{"csrf": {ctok}, "version": {"1"}, "summary": {"完成一半"}, "percent": {"50"}, "next_steps": {"陈杰于3月10日前完成评审"}, "ack": {"1"}})
	c.want(http.StatusConflict)
}

func TestOverdueInRed(t *testing.T) {
	e := newEnv(t, "2026-03-02 10:00")
	v, err := e.cases.Open(context.Background(), actorOf(t, e, "wangfang"), "internal-collab", process.Input{Fields: map[string]any{
		"title": "逾期测试", "to_dept": "tech", "background": "背景说明。", "expected_by": "2026-03-20", "contact": "chenjie",
		"tasks": []any{map[string]any{"item": "陈杰于3月13日前输出方案", "standard": "含流程图"}},
	}})
	if err != nil {
		t.Fatal(err)
	}
	e.setClock("2026-03-05 12:00")
	c := e.browser().signIn("chenjie")
	c.want(http.StatusOK, `<tr class="overdue">`, "已超时1个工作日2小时", "逾期测试")
	c.get("/cases?overdue=yes")
	c.want(http.StatusOK, "逾期测试", "已超时")
	c.get("/cases?overdue=no")
	c.lacks("逾期测试")
	c.get("/cases?process=internal-collab&state=requested")
	c.want(http.StatusOK, "逾期测试")
	c.get("/cases?state=archived")
	c.lacks("逾期测试")
	// The head of tech sees the case under the department's scope.
	z := e.browser().signIn("zhaolei")
	z.get("/cases")
	z.want(http.StatusOK, "逾期测试")
	_ = v
}

func TestUserTextIsEscaped(t *testing.T) {
	e := newEnv(t, "2026-03-02 10:00")
	evil := `<script>alert(1)</script>`
	v, err := e.cases.Open(context.Background(), actorOf(t, e, "wangfang"), "internal-collab", process.Input{Fields: map[string]any{
		"title": evil, "to_dept": "tech", "background": evil + `"><img src=x onerror=alert(2)>`, "expected_by": "2026-03-20", "contact": "chenjie",
		"tasks": []any{map[string]any{"item": evil, "standard": evil}},
	}})
	if err != nil {
		t.Fatal(err)
	}
	c := e.browser().signIn("chenjie")
	for _, p := range []string{"/inbox", "/cases", "/cases/" + itoa(int(v.ID))} {
		c.get(p)
		c.want(http.StatusOK, "&lt;script&gt;alert(1)&lt;/script&gt;")
		c.lacks(evil, "<img src=x")
	}
	// Kept input on a refused form is escaped as well.
	w := e.browser().signIn("wangfang")
	w.get("/new/internal-collab")
	f := collabForm(evil)
	f.Set("csrf", w.csrf())
	f.Set("expected_by", "尽快")
	w.post("/new/internal-collab", f)
	w.want(http.StatusUnprocessableEntity)
	w.lacks(evil)
}

func TestRowsErrorsAndExtraRows(t *testing.T) {
	e := newEnv(t, "2026-03-02 10:00")
	w := e.browser().signIn("wangfang")
	w.get("/new/internal-collab")
	f := collabForm("行测试")
	f.Set("csrf", w.csrf())
	// Row 0 blank, row 1 half filled: it becomes row 0 with its error.
	f.Set("tasks.0.item", "")
	f.Set("tasks.0.standard", "")
	f.Set("tasks.1.item", "陈杰于3月13日前输出方案")
	w.post("/new/internal-collab", f)
	w.want(http.StatusUnprocessableEntity, `id="f-tasks-0-standard-err"`, `name="tasks.0.item" value="陈杰于3月13日前输出方案"`, `name="tasks.2.item"`)
	// The failed submit shows as many rows as the form had, no more.
	w.lacks(`name="tasks.3.item"`)
	// No rows at all: the error sits on the rows field.
	f.Del("tasks.1.item")
	w.post("/new/internal-collab", f)
	w.want(http.StatusUnprocessableEntity, `id="f-tasks-err"`)
}

func TestLanguageSwitch(t *testing.T) {
	e := newEnv(t, "2026-03-02 10:00")
	b := e.browser()
	b.get("/login")
	b.post("/lang", url.Values{"csrf": {b.csrf()}, "lang": {"en"}, "back": {"/login"}})
	if b.status != http.StatusSeeOther || b.loc != "/login" {
		t.Fatalf("lang: %d %s", b.status, b.loc)
	}
	b.get("/login")
	b.want(http.StatusOK, "Sign in to liaison", `lang="en"`)
	b.signIn("wangfang")
	b.want(http.StatusOK, "Waiting for me", "Messages")
	b.get("/new/internal-collab")
	b.want(http.StatusOK, "Internal collaboration request form", "Expected by")
	b.post("/lang", url.Values{"csrf": {b.csrf()}, "lang": {"zh"}, "back": {"//evil.example/"}})
	if b.loc != "/inbox" {
		t.Fatalf("off-site back: %s", b.loc)
	}
	b.get("/inbox")
	b.post("/lang", url.Values{"csrf": {b.csrf()}, "lang": {"zh"}, "back": {"/\t/evil.example"}})
	if b.loc != "/inbox" {
		t.Fatalf("back with a tab: %s", b.loc)
	}
	b.get("/inbox")
	b.want(http.StatusOK, "等我处理")
	b.post("/lang", url.Values{"lang": {"en"}})
	b.want(http.StatusForbidden)
}

// TestCatalogueNamesEveryKind: every event, notice, channel and status the
// pages label has a message (package i18n's tests check both languages and
// every key the templates and the code name).
func TestCatalogueNamesEveryKind(t *testing.T) {
	cat, err := i18n.Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, kinds := range [][]string{{"event.", "opened", "action", "comment", "reminder", "escalation", "overdue", "notice"},
		{"notice.", "assigned", "reminder", "escalation", "decided", "delivered", "signed", "weekly_report", "milestone_notice", "feedback_due", "digest"},
		{"channel.", "inbox", "email", "dingtalk", "wecom", "feishu", "webhook"}, {"status.", "pending", "sent", "failed"}} {
		for _, k := range kinds[1:] {
			if _, ok := cat["zh"][kinds[0]+k]; !ok {
				t.Errorf("no message %s%s", kinds[0], k)
			}
		}
	}
}

func TestTimeLeft(t *testing.T) {
	e := newEnv(t, "2026-03-02 10:00")
	u := &UI{Deps: Deps{Cases: e.cases}}
	u.cat, _ = i18n.Load()
	for _, tc := range []struct{ now, due, lang, want string }{
		{"2026-03-02 10:00", "2026-03-03 13:00", "zh", "剩余1个工作日3小时"},
		{"2026-03-06 17:00", "2026-03-09 10:00", "zh", "剩余2小时"},
		{"2026-03-02 10:00", "2026-03-02 10:45", "zh", "剩余45分钟"},
		{"2026-03-03 12:00", "2026-03-02 10:00", "zh", "已超时1个工作日2小时"},
		{"2026-03-02 10:00", "2026-03-03 13:00", "en", "1 working day 3 h left"},
		{"2026-03-02 10:00", "2026-03-04 13:00", "en", "2 working days 3 h left"},
		// Spring Festival: 2026-02-13 16:00 + 2 working days is 02-24 16:00.
		{"2026-02-13 16:00", "2026-02-24 16:00", "zh", "剩余2个工作日"},
	} {
		if got := u.timeLeft(at(tc.now), at(tc.due), tc.lang, false); got != tc.want {
			t.Errorf("%s→%s: %q, want %q", tc.now, tc.due, got, tc.want)
		}
	}
}

func TestFormatTime(t *testing.T) {
	if got := formatTime(at("2026-12-03 18:00"), "zh"); got != "2026年12月3日（周四） 18:00" {
		t.Fatal(got)
	}
	if got := formatTime(at("2026-12-03 18:00"), "en"); got != "Thu 3 Dec 2026 18:00" {
		t.Fatal(got)
	}
}

// TestReason: a field's reason is a catalogue key or a Ref, shown in the
// visitor's language and, in Chinese, in the page's punctuation.
func TestReason(t *testing.T) {
	for _, tc := range []struct{ in, lang, want string }{
		{"reason.required", "zh", "必填"},
		{"reason.required", "en", "required"},
		{i18n.Ref("reason.one_of", "a, b"), "en", "one of: a, b"},
		{i18n.Ref("reason.one_of", "a, b"), "zh", "应为以下之一：a, b"},
		{"plain", "en", "plain"},
	} {
		if got := reason(tc.in, tc.lang); got != tc.want {
			t.Errorf("%q/%s: %q", tc.in, tc.lang, got)
		}
	}
}

func TestLocalPath(t *testing.T) {
	for in, want := range map[string]string{"/cases/1": "/cases/1", "//evil": "/inbox", "https://evil": "/inbox", "/\\evil": "/inbox", "": "/inbox",
		"/cases?state=open&q=%E4%B8%AD": "/cases?state=open&q=%E4%B8%AD",
		// Browsers drop tabs and line breaks from URLs, so "/\t/evil" is "//evil".
		"/\t/evil.example": "/inbox", "/\n/evil.example": "/inbox", "/\r\n/evil": "/inbox", "\t//evil": "/inbox",
		" //evil": "/inbox", "/%2F/evil": "/inbox", "/%5Cevil": "/inbox", "/\u00a0/evil": "/inbox", "/\u3000/evil": "/inbox",
		"javascript:alert(1)": "/inbox", "/x\x00": "/inbox"} {
		if got := localPath(in); got != want {
			t.Errorf("%q: %q", in, got)
		}
	}
}

func actorOf(t *testing.T, e *env, login string) process.Actor {
	t.Helper()
	org, err := cases.LoadOrg(context.Background(), e.db.SQL())
	if err != nil {
		t.Fatal(err)
	}
	u := org.Users[login]
	a := process.Actor{Login: login, Name: u.Name, Dept: u.Dept, Roles: u.Roles}
	for _, d := range org.Departments {
		if d.Head == login {
			a.HeadOf = append(a.HeadOf, d.ID)
		}
	}
	return a
}

func mustInt(s string) int64 {
	var n int64
	for _, c := range s {
		n = n*10 + int64(c-'0')
	}
	return n
}

func itoa(n int) string { return strconv.Itoa(n) }

// TestSignInNextStaysOnSite: the outside tester's /login?next=%2F%09%2Fevil.example
// came back as Location: /<TAB>/evil.example, which browsers read as //evil.example.
func TestSignInNextStaysOnSite(t *testing.T) {
	for _, next := range []string{"%2F%09%2Fevil.example", "%2F%0A%2Fevil.example", "%2F%5Cevil.example", "%2F%2F%2Fevil.example"} {
		e := newEnv(t, "2026-03-02 10:00")
		b := e.browser()
		b.get("/login?next=" + next)
		if !strings.Contains(b.body, `name="next" value="/inbox"`) {
			t.Errorf("next=%s kept on the sign-in page", next)
		}
		raw, _ := url.QueryUnescape(next)
		b.post("/login", url.Values{"csrf": {b.csrf()}, "login": {"wangfang"}, "password": {demo.Password}, "next": {raw}})
		if b.status != http.StatusSeeOther || b.loc != "/inbox" {
			t.Errorf("next=%s: %d Location %q", next, b.status, b.loc)
		}
	}
}

// TestTimeLeftInClockHours: a 24-hour deadline a full day away is told as
// 24 clock hours, not the 8 working hours 59 minutes between.
func TestTimeLeftInClockHours(t *testing.T) {
	e := newEnv(t, "2026-03-02 10:00")
	u := &UI{Deps: Deps{Cases: e.cases}}
	u.cat, _ = i18n.Load()
	for _, tc := range []struct{ now, due, lang, want string }{
		{"2026-03-02 10:01", "2026-03-03 10:00", "zh", "剩余23小时59分钟"},
		{"2026-03-06 17:00", "2026-03-08 17:00", "zh", "剩余48小时"},
		{"2026-03-03 10:30", "2026-03-03 10:00", "zh", "已超时30分钟"},
		{"2026-03-02 10:00", "2026-03-03 10:00", "en", "24 hours left"},
		{"2026-03-02 10:00", "2026-03-02 11:30", "en", "1 hour 30 min left"},
	} {
		if got := u.timeLeft(at(tc.now), at(tc.due), tc.lang, true); got != tc.want {
			t.Errorf("%s→%s: %q, want %q", tc.now, tc.due, got, tc.want)
		}
	}
}

// TestNonWorkingDayWarningInOneLanguage: a date on a Saturday is warned
// about in the page's language only; the Chinese page said
// "该日期不是工作日 (not a working day)".
func TestNonWorkingDayWarningInOneLanguage(t *testing.T) {
	e := newEnv(t, "2026-03-02 10:00")
	b := e.browser().signIn("wangfang")
	b.get("/new/internal-collab")
	form := collabForm("周六截止")
	form.Set("csrf", b.csrf())
	form.Set("expected_by", "2026-03-21") // a Saturday
	b.post("/new/internal-collab", form)
	b.want(http.StatusUnprocessableEntity, "该日期不是工作日")
	b.lacks("not a working day")
}
