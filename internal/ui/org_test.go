package ui

import (
	"context"
	"fmt"
	"html"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/liaison-dev/liaison/internal/auth"
	"github.com/liaison-dev/liaison/internal/cases/casestest"
	"github.com/liaison-dev/liaison/internal/i18n"
	"github.com/liaison-dev/liaison/internal/process"
)

// TestAdminPages: the administration pages refuse anyone but an
// administrator (the service decides, the page shows it), keep their
// refusals on the page with the status of the one table, and every user
// reaches /me.
func TestAdminPages(t *testing.T) {
	e := newEnv(t, "2026-03-02 10:00")
	wang := e.browser().signIn("wangfang")
	wang.get("/admin").want(http.StatusForbidden)
	wang.get("/admin/users/lina").want(http.StatusForbidden)
	wang.get("/inbox")
	wang.post("/admin/departments", url.Values{"csrf": {wang.csrf()}, "id": {"hr"}, "name": {"人力资源部"}}).want(http.StatusForbidden)

	adm := e.browser().signIn("admin")
	adm.get("/admin").want(http.StatusOK, `id="add-dept"`, `id="import-users"`)
	adm.post("/admin/departments", url.Values{"csrf": {adm.csrf()}, "id": {"hr"}, "name": {"人力资源部"}, "parent": {"management"}})
	if adm.status != http.StatusSeeOther {
		t.Fatalf("add department: %d %s", adm.status, adm.body)
	}
	adm.get("/admin").want(http.StatusOK, "人力资源部")
	adm.post("/admin/departments/management", url.Values{"csrf": {adm.csrf()}, "parent": {"hr"}}).want(http.StatusUnprocessableEntity, "会形成循环")
	adm.get("/admin")
	adm.post("/admin/users", url.Values{"csrf": {adm.csrf()}, "login": {"hrboss"}, "name": {"赵红"}, "dept": {"hr"}, "head_present": {"1"}, "head": {"1"}, "admin_present": {"1"}}).
		want(http.StatusOK, `id="initial-password"`)
	// The administration's refusals speak the page's language.
	adm.post("/admin/departments/hr/delete", url.Values{"csrf": {adm.csrf()}}).want(http.StatusConflict, "还有 1 名用户", "不能删除")
	if strings.Contains(adm.body, "still has") {
		t.Errorf("the Chinese page shows the English reason: %s", adm.body)
	}

	// Every user reaches their own settings and changes their password there.
	wang.get("/me").want(http.StatusOK, `id="change-password"`)
	wang.post("/me/password", url.Values{"csrf": {wang.csrf()}, "old": {"demo1234"}, "new": {"another-pass-1"}, "repeat": {"another-pass-1"}})
	if wang.status != http.StatusSeeOther {
		t.Fatalf("change password: %d %s", wang.status, wang.body)
	}
	wang.get("/me").want(http.StatusOK)
	if _, _, err := auth.New(e.db, auth.Options{}).Login(t.Context(), "wangfang", "another-pass-1", "10.0.0.1"); err != nil {
		t.Errorf("the new password does not sign in: %v", err)
	}
}

// TestAdminListsArePaged: the administration page lists one page of
// departments and of users at a time (CONTRACT §2), with links to the
// next page that walk every one exactly once; the forms still offer every
// department and a department's members as its head.
func TestAdminListsArePaged(t *testing.T) {
	defer func(n int) { adminListSize = n }(adminListSize)
	adminListSize = 4
	e := newEnv(t, "2026-03-02 10:00")
	adm := e.browser().signIn("admin")
	walk := func(start, row, anchor string) []string {
		var seen []string
		path := start
		for range 20 {
			adm.get(path).want(http.StatusOK)
			found := regexp.MustCompile(row).FindAllStringSubmatch(adm.body, -1)
			if len(found) > adminListSize {
				t.Fatalf("%s: %d rows on a page of %d", path, len(found), adminListSize)
			}
			for _, m := range found {
				seen = append(seen, m[1])
			}
			next := regexp.MustCompile(`<a rel="next" href="([^"]*#` + anchor + `)"`).FindStringSubmatch(adm.body)
			if next == nil {
				return seen
			}
			path = html.UnescapeString(next[1])
		}
		t.Fatalf("%s: no last page", start)
		return nil
	}
	users := walk("/admin", `<td data-label="[^"]*"><a href="/admin/users/([^"]+)"><code>`, "users")
	if len(users) != 13 || !slices.IsSorted(users) || len(slices.Compact(slices.Clone(users))) != len(users) {
		t.Fatalf("users page by page: %v", users)
	}
	depts := walk("/admin", `<tr><td data-label="ID"><code>([a-z0-9-]+)</code></td><td data-label="[^"]*">[^<]*</td><td data-label="[^"]*">`, "depts")
	if len(depts) < adminListSize+1 || !slices.IsSorted(depts) || len(slices.Compact(slices.Clone(depts))) != len(depts) {
		t.Fatalf("departments page by page: %v", depts)
	}
	// The forms on the first page offer the departments of the last.
	adm.get("/admin").want(http.StatusOK, `<option value="`+depts[len(depts)-1]+`">`, `<option value="wuqiang" selected>`)
}

// TestAdminGivesARole: the user page offers the roles processes are opened
// by (客户经理 opens 客户需求对接), so an administrator can make someone an
// account manager without the command line; a role no process names stays.
func TestAdminGivesARole(t *testing.T) {
	e := newEnv(t, "2026-03-02 10:00")
	wang := e.browser().signIn("wangfang")
	wang.get("/new/customer-requirement")
	before := wang.status
	if before == http.StatusOK {
		t.Fatal("wangfang opens customer requirements before she is an account manager")
	}
	adm := e.browser().signIn("admin")
	adm.get("/admin/users/wangfang").want(http.StatusOK, `id="user-roles"`, `name="roles" value="account_manager"> 客户经理`)
	form := url.Values{"csrf": {adm.csrf()}, "back": {"user"}, "name": {"王芳"}, "roles_present": {"1"}, "roles": {"account_manager", "auditor"}}
	adm.post("/admin/users/wangfang", form)
	if adm.status != http.StatusSeeOther {
		t.Fatalf("save: %d %s", adm.status, adm.body)
	}
	adm.get("/admin/users/wangfang").want(http.StatusOK, `name="roles" value="account_manager" checked> 客户经理`, `<input type="hidden" name="roles" value="auditor">`)
	wang.get("/new/customer-requirement").want(http.StatusOK)
	adm.post("/admin/users/wangfang", url.Values{"csrf": {adm.csrf()}, "back": {"user"}, "roles_present": {"1"}, "roles": {"auditor"}})
	wang.get("/new/customer-requirement")
	if wang.status != before {
		t.Fatalf("with the role taken away: %d, want %d", wang.status, before)
	}
}

// TestAuditInWords: the admin page's audit list names each action in the
// page's language (登录失败, 添加部门) instead of its code (login_failed,
// department_added).
func TestAuditInWords(t *testing.T) {
	e := newEnv(t, "2026-03-02 10:00")
	bad := e.browser()
	bad.get("/login")
	bad.post("/login", url.Values{"csrf": {bad.csrf()}, "login": {"lina"}, "password": {"wrong-password"}})
	adm := e.browser().signIn("admin")
	adm.get("/admin")
	adm.post("/admin/departments", url.Values{"csrf": {adm.csrf()}, "id": {"hr"}, "name": {"人力资源部"}})
	adm.get("/admin").want(http.StatusOK, `data-label="操作">登录失败</td>`, `data-label="操作">添加部门</td>`, `data-label="操作">登录</td>`)
	adm.lacks("<code>login_failed</code>", "<code>department_added</code>")
	// The server's own entries and the command line's are named in words.
	cat, err := i18n.Load()
	if err != nil {
		t.Fatal(err)
	}
	u := &UI{cat: cat}
	for _, c := range []struct{ actor, lang, want string }{
		{"system", "zh", "系统"}, {"cli", "zh", "命令行"}, {"cli", "en", "command line"}, {"lina", "zh", "李娜"},
	} {
		if got := u.auditActor(c.actor, map[string]string{"lina": "李娜"}, c.lang); got != c.want {
			t.Errorf("%s in %s: %q, want %q", c.actor, c.lang, got, c.want)
		}
	}
}

// TestPeopleHaveNames: a person's name is asked and listed as 姓名, as the
// manual's forms write it, not 名称 (the word for a department or a firm).
func TestPeopleHaveNames(t *testing.T) {
	e := newEnv(t, "2026-03-02 10:00")
	adm := e.browser().signIn("admin")
	adm.get("/admin").want(http.StatusOK, `<label>姓名 <input name="name" value="" required maxlength="100"></label>`, `<th scope="col">姓名</th>`)
	adm.get("/admin/users/wangfang").want(http.StatusOK, `<label>姓名 <input name="name" value="王芳"`)
}

// TestAdminErrorsNameTheFields: a refused form names its fields as the
// form labels them (联系人邮箱, ID), not by the request's paths
// (contacts[0].email, id).
func TestAdminErrorsNameTheFields(t *testing.T) {
	e := newEnv(t, "2026-03-02 10:00")
	adm := e.browser().signIn("admin")
	adm.get("/admin")
	adm.post("/admin/parties", url.Values{"csrf": {adm.csrf()}, "id": {"Hua Xin"}, "kind": {"customer"}, "name": {"华信"}, "contact_name": {"张伟"}, "contact_email": {"not-an-email"}})
	adm.want(http.StatusUnprocessableEntity, "联系人邮箱：不是有效的邮箱地址", "ID：1 到 40 个")
	adm.lacks("contacts[0].email", "；id：")
}

// TestRefusedAddFormKeepsItsValues: a refused add form comes back filled in
// as it was sent (only that form, never the password), where it came back
// empty and everything had to be typed again.
func TestRefusedAddFormKeepsItsValues(t *testing.T) {
	e := newEnv(t, "2026-03-02 10:00")
	adm := e.browser().signIn("admin")
	adm.get("/admin")
	adm.post("/admin/departments", url.Values{"csrf": {adm.csrf()}, "id": {"Human Resources"}, "name": {"人力资源部"}, "name_en": {"HR"}, "parent": {"management"}})
	adm.want(http.StatusUnprocessableEntity, `<input name="id" value="Human Resources"`, `<input name="name" value="人力资源部" required maxlength="100">`, `<option value="management" selected>`)
	adm.lacks(`<input name="login" value="Human`, `<input name="name" value="人力资源部" required maxlength="200">`)
	adm.post("/admin/users", url.Values{"csrf": {adm.csrf()}, "login": {"lina"}, "name": {"李娜娜"}, "dept": {"tech"}, "email": {"nana@example.com"}, "password": {"Secret-pass-2026"},
		"head_present": {"1"}, "head": {"1"}, "admin_present": {"1"}})
	adm.want(http.StatusConflict, `<input name="login" value="lina"`, `<input name="name" value="李娜娜"`, `value="nana@example.com"`, `name="head" value="1" checked>`)
	adm.lacks("Secret-pass-2026", `name="admin" value="1" checked>`)
	adm.post("/admin/parties", url.Values{"csrf": {adm.csrf()}, "id": {"Bad Id"}, "kind": {"supplier"}, "name": {"某供应商"}, "contact_name": {"李四"}})
	adm.want(http.StatusUnprocessableEntity, `<option value="supplier" selected>`, `value="某供应商"`, `value="李四"`)
}

// TestUserDutiesPaged: the user page's duties (to reassign) page like the
// other lists — 50 a page and a link to the next — instead of listing
// every open case of the user at once.
func TestUserDutiesPaged(t *testing.T) {
	e := newEnv(t, "2026-12-01 10:00")
	for i := range 55 {
		f := map[string]any{"title": fmt.Sprintf("协作-%02d", i), "to_dept": "tech", "background": "背景说明。", "expected_by": "2026-12-31", "contact": "chenjie",
			"tasks": []any{map[string]any{"item": "需求分析", "standard": "含流程图"}}}
		if _, err := e.cases.Open(context.Background(), casestest.Actor(t, e.db, "wangfang"), "internal-collab", process.Input{Fields: f}); err != nil {
			t.Fatal(err)
		}
	}
	b := e.browser().signIn("admin")
	b.get("/admin/users/chenjie")
	b.want(http.StatusOK, "协作-00", "协作-49", `rel="next"`)
	b.lacks("协作-50")
	next := regexp.MustCompile(`rel="next" href="([^"]*)"`).FindStringSubmatch(b.body)
	b.get(html.UnescapeString(next[1]))
	b.want(http.StatusOK, "协作-50", "协作-54", `rel="prev"`)
	b.lacks("协作-49", `rel="next"`)
}
