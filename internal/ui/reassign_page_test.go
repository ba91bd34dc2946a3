package ui

import (
	"net/http"
	"net/url"
	"testing"
)

// TestCasePageReassign: the head of the contact's department hands an
// accepted request to a member from the case page itself (CONTRACT §10),
// where that form had been only on the administrator's user page; a member
// sees no such form.
func TestCasePageReassign(t *testing.T) {
	e := tourEnv(t)
	// Case 2: 官网改版技术评估, accepted by zhaolei, head of tech, its contact.
	zhao := e.browser().signIn("zhaolei")
	zhao.get("/cases/2")
	zhao.want(http.StatusOK, `action="/cases/2/reassign"`, `name="role" value="contact"`, `<option value="chenjie">`)
	zhao.lacks(`<option value="zhaolei">`, `<option value="wangfang">`)
	zhao.post("/cases/2/reassign", url.Values{"csrf": {zhao.csrf()}, "role": {"contact"}, "login": {"chenjie"}, "back": {"/cases/2"}})
	if zhao.status != http.StatusSeeOther {
		t.Fatalf("reassign: %d\n%s", zhao.status, zhao.body)
	}
	zhao.get(zhao.loc)
	zhao.want(http.StatusOK, "已改派，双方均已收到通知。", `<option value="zhaolei">`)

	chen := e.browser().signIn("chenjie")
	chen.get("/cases/2")
	chen.want(http.StatusOK)
	chen.lacks(`action="/cases/2/reassign"`)

	// While a request waits for its answer, the step's own reassign
	// action hands the contact over: not offered twice.
	w := e.browser().signIn("wangfang")
	w.get("/new/internal-collab")
	form := collabForm("改派测试")
	form.Set("csrf", w.csrf())
	w.post("/new/internal-collab", form)
	if w.status != http.StatusSeeOther {
		t.Fatalf("open: %d\n%s", w.status, w.body)
	}
	zhao.get(w.loc)
	zhao.want(http.StatusOK, `/actions/reassign"`)
	zhao.lacks(`/reassign" class="inline-form reassign`)
}

// TestDutiesOfferOnlyReassignableRoles: a user's open duties on the
// administrator's page offer a reassignment only for roles a case names by
// a person (its contact); the requester's role, which the service always
// refuses to move, says so instead of offering a button that fails.
func TestDutiesOfferOnlyReassignableRoles(t *testing.T) {
	e := tourEnv(t)
	a := e.browser().signIn("admin")
	a.get("/admin/users/wangfang") // she opened cases 1 and 2
	a.want(http.StatusOK, `id="duties"`, "此角色由发起人或组织架构确定，不能改派")
	a.lacks(`name="role" value="requester"`)
	a.get("/admin/users/chenjie") // the contact of case 1
	a.want(http.StatusOK, `name="role" value="contact"`)
}
