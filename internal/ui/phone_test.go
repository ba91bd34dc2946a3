package ui

import (
	"net/http"
	"net/url"
	"testing"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/process"
)

// TestPhoneOnThePages: a phone field (the test definition
// process/testdata/phone) is entered as a telephone number on the new-case
// form and on an action's form, refused with its reason in the visitor's
// language, stored normalised and shown grouped on the case page.
func TestPhoneOnThePages(t *testing.T) {
	reg, err := process.Load("../process/testdata/phone")
	if err != nil {
		t.Fatal(err)
	}
	e := newEnvWith(t, "2026-12-01 09:00", func(c *cases.Config) { c.Processes = reg })
	b := e.browser().signIn("zhoumin")
	b.get("/new/callback")
	b.want(http.StatusOK, `<input id="f-mobile" name="mobile" value=""`, `type="tel" inputmode="tel" autocomplete="tel"`)

	form := url.Values{"csrf": {b.csrf()}, "customer": {"huaxin"}, "title": {"回访工单系统"}, "mobile": {"010-12345678"}}
	b.post("/new/callback", form)
	b.want(http.StatusUnprocessableEntity, "应为11位中国大陆手机号码，如 138 0013 8000", `value="010-12345678"`)
	form.Set("mobile", "＋86 138-0013-8000")
	b.post("/new/callback", form)
	if b.status != http.StatusSeeOther {
		t.Fatalf("open: %d\n%s", b.status, b.body)
	}
	page := b.loc
	b.get(page)
	b.want(http.StatusOK, "138 0013 8000")
	b.lacks("13800138000")

	// The agent records the customer's answer for it, then the call.
	b.get(page)
	b.post(page+"/actions/confirm_mobile", url.Values{"csrf": {b.csrf()}, "mobile": {"139 1234 5678"}, "evidence": {"客户电话确认"}})
	if b.status != http.StatusSeeOther {
		t.Fatalf("confirm_mobile: %d\n%s", b.status, b.body)
	}
	b.get(page)
	b.want(http.StatusOK, "139 1234 5678", `name="reached_on" value=""`, `type="tel" inputmode="tel" autocomplete="tel"`)
}
