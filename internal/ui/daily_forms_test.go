package ui

import (
	"context"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/process"
)

// selectOptions are the values of the options of the select named name in
// the form posting to action, the empty placeholder left out.
func selectOptions(t *testing.T, body, action, name string) []string {
	t.Helper()
	i := strings.Index(body, `action="`+action+`"`)
	if i < 0 {
		t.Fatalf("no form posting to %s", action)
	}
	form := body[i:]
	form = form[:strings.Index(form, "</form>")]
	m := regexp.MustCompile(`(?s)<select [^>]*name="` + regexp.QuoteMeta(name) + `"[^>]*>(.*?)</select>`).FindStringSubmatch(form)
	if m == nil {
		t.Fatalf("the form %s has no select %s:\n%s", action, name, form)
	}
	var out []string
	for _, o := range regexp.MustCompile(`<option value="([^"]*)"`).FindAllStringSubmatch(m[1], -1) {
		if o[1] != "" {
			out = append(out, o[1])
		}
	}
	return out
}

// TestReferencesChosen: the milestone a project lead marks done is chosen
// from the case's open milestones, the feedback item answered from the
// open items; a value not in the list is still refused by the server.
func TestReferencesChosen(t *testing.T) {
	e := tourEnv(t)
	b := e.browser().signIn("chenjie")
	b.get("/cases/9").want(http.StatusOK)
	got := selectOptions(t, b.body, "/cases/9/actions/milestone_done", "name")
	if strings.Join(got, ",") != "原型完成,测试上线" {
		t.Fatalf("milestone choices %v, want the two open milestones", got)
	}
	b.post("/cases/9/actions/milestone_done", url.Values{"csrf": {b.csrf()}, "name": {"没有的节点"}})
	if b.status != http.StatusUnprocessableEntity {
		t.Fatalf("a milestone not in the list: %d, want 422", b.status)
	}
	b.get("/cases/9")
	b.post("/cases/9/actions/milestone_done", url.Values{"csrf": {b.csrf()}, "name": {"原型完成"}}).want(http.StatusSeeOther)
	b.get("/cases/9")
	if got := selectOptions(t, b.body, "/cases/9/actions/milestone_done", "name"); strings.Join(got, ",") != "测试上线" {
		t.Fatalf("after one is done the choices are %v", got)
	}
	// Delivered with a milestone open: warned first, then sent anyway.
	if !strings.Contains(b.body, "还有1个节点未完成") {
		t.Fatalf("the deliver form does not warn of the open milestone:\n%s", b.body)
	}
	b.post("/cases/9/actions/deliver", url.Values{"csrf": {b.csrf()}, "after_sales": {"xuting"}})
	if b.status != http.StatusUnprocessableEntity || !strings.Contains(b.body, `name="ack"`) {
		t.Fatalf("delivering with a milestone open: %d, want 422 with the box to send anyway", b.status)
	}
	b.post("/cases/9/actions/deliver", url.Values{"csrf": {b.csrf()}, "after_sales": {"xuting"}, "ack": {"1"}}).want(http.StatusSeeOther)

	// After sales: a customer's feedback is answered by choosing it.
	x := e.browser().signIn("xuting")
	x.get("/cases/9").want(http.StatusOK)
	x.post("/cases/9/actions/feedback", url.Values{"csrf": {x.csrf()}, "description": {"看板加载缓慢，超过10秒"}, "severity": {"major"}}).want(http.StatusSeeOther)
	x.get("/cases/9")
	// Items are numbered in the case: the two milestones are 1 and 2.
	if got := selectOptions(t, x.body, "/cases/9/actions/respond", "feedback_id"); strings.Join(got, ",") != "3" {
		t.Fatalf("feedback choices %v, want [3]", got)
	}
	if !strings.Contains(x.body, "#3 看板加载缓慢") {
		t.Fatal("the feedback item is not named by its description")
	}
	x.post("/cases/9/actions/respond", url.Values{"csrf": {x.csrf()}, "feedback_id": {"7"}, "response": {"已收到，正在排查。"}, "plan": {"2026年3月6日前完成优化。"}})
	if x.status != http.StatusUnprocessableEntity {
		t.Fatalf("an unknown feedback item: %d, want 422", x.status)
	}
}

// TestKnownContacts: the customer form offers the known contacts, and the
// party's options carry their primary contact for the script to fill in.
func TestKnownContacts(t *testing.T) {
	e := tourEnv(t)
	b := e.browser().signIn("zhoumin")
	b.get("/new/customer-requirement").want(http.StatusOK, `list="known-contacts"`, `list="known-emails"`,
		`<datalist id="known-contacts"><option value="张伟">华信科技</option>`, `data-contact-email="zhangwei@huaxin.example"`)
}

// TestLateCommitmentWarning: a commitment later than the requester's
// expected date is said on the form before it is sent, warned of on
// submit, and once sent anyway kept for the people handling the case
// (the requester, the contact, both heads) but not for an administrator
// reading along.
func TestLateCommitmentWarning(t *testing.T) {
	e := tourEnv(t)
	c := e.browser().signIn("chenjie")
	c.get("/cases/1").want(http.StatusOK, "需求方期望完成日期：", `data-later-than="`)
	late := url.Values{"csrf": {c.csrf()}, "committed_by": {"2026-06-30"}}
	c.post("/cases/1/actions/accept", late)
	if c.status != http.StatusUnprocessableEntity || !strings.Contains(c.body, "晚于需求方期望的完成日期") {
		t.Fatalf("a late commitment: %d, want 422 with the warning\n%s", c.status, c.body)
	}
	late.Set("ack", "1")
	c.post("/cases/1/actions/accept", late).want(http.StatusSeeOther)
	for _, who := range []string{"wangfang", "chenjie", "lina", "zhaolei"} {
		b := e.browser().signIn(who)
		b.get("/cases/1").want(http.StatusOK, "晚于需求方期望的完成日期", "data-overridden")
	}
	a := e.browser().signIn("admin")
	a.get("/cases/1").want(http.StatusOK, "XZ-2026-0001")
	a.lacks("晚于需求方期望的完成日期", "data-overridden")
}

// TestSignShowsWhatIsSigned: the sign form shows the form's content and
// needs its box ticked; without it nothing is signed.
func TestSignShowsWhatIsSigned(t *testing.T) {
	e := tourEnv(t)
	b := e.browser().signIn("lina")
	b.get("/cases/3")
	b.post("/cases/3/actions/accept_delivery", url.Values{"csrf": {b.csrf()}}).want(http.StatusSeeOther)
	b.get("/cases/3").want(http.StatusOK, "data-sign-preview", "将要签署的内容", "展会物料采购支持", "采购展会易拉宝20个", `name="confirm_sign"`, "签署后不可撤销")
	b.post("/cases/3/actions/sign", url.Values{"csrf": {b.csrf()}}).want(http.StatusUnprocessableEntity, "签署前请核对内容并勾选确认")
	b.get("/cases/3").lacks(`<ul class="signatures">`)
	b.post("/cases/3/actions/sign", url.Values{"csrf": {b.csrf()}, "confirm_sign": {"1"}}).want(http.StatusSeeOther)
	b.get("/cases/3").want(http.StatusOK, "李娜 <time>")
}

// TestCaseKeysOffered: a complaint's related order is offered from the
// orders the user may see (a datalist of their keys), and stays free text.
func TestCaseKeysOffered(t *testing.T) {
	e := tourEnv(t)
	org, err := cases.LoadOrg(context.Background(), e.db.SQL())
	if err != nil {
		t.Fatal(err)
	}
	v, err := e.cases.Open(context.Background(), org.Actor("chenjie"), "supplier-order", process.Input{Fields: map[string]any{
		"supplier": "dongfang", "title": "测试服务器采购", "required_by": "2026-04-16", "delivery_address": "北京市海淀区中关村大街1号3层",
		"order": map[string]any{"currency": "CNY", "tax_rate": "0.13", "items": []any{map[string]any{"name": "服务器", "qty": 2, "unit_price": "38500.00"}}},
	}})
	if err != nil {
		t.Fatal(err)
	}
	b := e.browser().signIn("chenjie")
	b.get("/new/supplier-complaint").want(http.StatusOK, `list="cases-supplier-order"`,
		`<datalist id="cases-supplier-order"><option value="`+v.Key+`">测试服务器采购</option></datalist>`)
	o := e.browser().signIn("wangfang") // sees no order: offered none
	o.get("/new/supplier-complaint").want(http.StatusOK, `list="cases-supplier-order"`)
	o.lacks(v.Key)
}
