package ui

import (
	"net/http"
	"net/url"
	"testing"
)

// TestLanguageSwitchAfterFormError: a form that fails is shown again at its
// POST address; the language switch on that page goes back to the page
// the form belongs to, where it had led to "page not found".
func TestLanguageSwitchAfterFormError(t *testing.T) {
	e := tourEnv(t)
	w := e.browser().signIn("wangfang")
	w.get("/cases/1")
	w.post("/cases/1/actions/withdraw", url.Values{"csrf": {w.csrf()}, "version": {"1"}, "comment": {"发错部门了"}})
	w.want(http.StatusUnprocessableEntity, `name="back" value="/cases/1"`, "发错部门了")

	a := e.browser().signIn("admin")
	a.get("/admin")
	a.post("/admin/departments", url.Values{"csrf": {a.csrf()}, "id": {"tech"}, "name": {"重复的技术部"}})
	a.want(http.StatusConflict, `name="back" value="/admin"`)
	a.post("/lang", url.Values{"csrf": {a.csrf()}, "lang": {"en"}, "back": {"/admin"}})
	if a.status != http.StatusSeeOther || a.loc != "/admin" {
		t.Fatalf("language switch: %d to %q", a.status, a.loc)
	}

	// A new case's form has its own page at the same address: kept.
	w.get("/new/internal-collab")
	w.post("/new/internal-collab", url.Values{"csrf": {w.csrf()}})
	w.want(http.StatusUnprocessableEntity, `name="back" value="/new/internal-collab"`)
}
