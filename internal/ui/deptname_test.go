package ui

import (
	"net/http"
	"net/url"
	"regexp"
	"testing"
)

// TestDepartmentWithoutEnglishNameRenamed: a department added without an
// English name is not shown as having its Chinese name for one, and its
// edit form leaves the English name empty, so a rename through that form
// is the name in English too; the form had carried the old Chinese name
// into the English one for good.
func TestDepartmentWithoutEnglishNameRenamed(t *testing.T) {
	e := tourEnv(t)
	a := e.browser().signIn("admin")
	a.get("/admin")
	a.post("/admin/departments", url.Values{"csrf": {a.csrf()}, "id": {"qa"}, "name": {"质量部"}})
	if a.status != http.StatusSeeOther {
		t.Fatalf("add: %d\n%s", a.status, a.body)
	}
	a.get("/admin")
	m := regexp.MustCompile(`(?s)action="/admin/departments/qa".*?name="name_en" value="([^"]*)"`).FindStringSubmatch(a.body)
	if m == nil || m[1] != "" {
		t.Fatalf("the edit form's English name: %q", m)
	}
	a.lacks(`<td data-label="英文名称">质量部</td>`)
	a.post("/admin/departments/qa", url.Values{"csrf": {a.csrf()}, "name": {"品质部"}, "name_en": {m[1]}, "head": {""}, "parent": {""}})
	if a.status != http.StatusSeeOther {
		t.Fatalf("rename: %d\n%s", a.status, a.body)
	}
	// In English the department goes by its new name.
	a.get("/admin")
	a.post("/lang", url.Values{"csrf": {a.csrf()}, "lang": {"en"}, "back": {"/admin"}})
	a.get("/new/internal-collab")
	a.want(http.StatusOK, ">品质部<")
	a.lacks("质量部")
}
