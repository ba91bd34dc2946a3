package ui

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/cases/casestest"
	"github.com/liaison-dev/liaison/internal/i18n"
	"github.com/liaison-dev/liaison/internal/process"
)

// TestTimelineInWords: the engine's own entries on the case page — a
// reminder, an escalation, a reassignment — read in words: who was told by
// role, people by name, the deadline as a time, each under a label in the
// page's language; not the stored keys and ids (to, due_at, contact,
// chenjie, 2026-03-04T10:00:00+08:00).
func TestTimelineInWords(t *testing.T) {
	e := newEnv(t, "2026-03-02 10:00")
	wang := e.browser().signIn("wangfang")
	wang.get("/new/internal-collab")
	form := collabForm("时间线文字测试")
	form.Set("csrf", wang.csrf())
	wang.post("/new/internal-collab", form)
	page := wang.loc
	id, err := strconv.ParseInt(strings.TrimPrefix(page, "/cases/"), 10, 64)
	if err != nil {
		t.Fatalf("no case page: %q", page)
	}
	e.setClock("2026-03-04 10:01") // the reminder and the escalation have fired
	if _, err := e.cases.Reassign(context.Background(), process.Actor{Login: "zhaolei", Dept: "tech", HeadOf: []string{"tech"}}, id, "contact", "zhaolei"); err != nil {
		t.Fatal(err)
	}
	wang.get(page).want(http.StatusOK, ">通知对象<", ">截止时间<", "协作对接人", "2026年3月4日（周三） 10:00", ">改派<", ">原处理人<", ">陈杰<", ">赵磊<")
	wang.lacks(`<th scope="row">to<`, `<th scope="row">due_at<`, `<th scope="row">from<`, `"text">contact`, "T10:00:00", `"text">chenjie<`, ">reassigned<")
}

// TestDeliveryFailureInWords: a mail to an outside contact that could not
// go out reads on the timeline as the table of notifications says it — in
// the page's language, with the technical text after it.
func TestDeliveryFailureInWords(t *testing.T) {
	cat, err := i18n.Load()
	if err != nil {
		t.Fatal(err)
	}
	u := &UI{cat: cat}
	reg, err := process.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	d, _ := reg.Get("customer-requirement")
	ev := cases.EventView{Type: "delivery_failed", Actor: "system", Fields: map[string]any{"email": "liu@haitong.example", "error": `channel "email" is not configured`}}
	for lang, want := range map[string]string{"zh": "未配置邮件服务器", "en": "email is not configured (LIAISON_SMTP)"} {
		row := u.eventRow(d, ev, options{}, nil, lang)
		var got string
		for _, f := range row.Fields {
			if f.Label == u.cat.T(lang, "field.error") {
				got = f.Text
			}
		}
		if !strings.Contains(got, want) {
			t.Errorf("%s: the reason reads %q, want it to say %q", lang, got, want)
		}
	}
}

// TestAdminDepartmentPickersInEnglish: on the English admin page the
// department pickers (parent, a new user's department) name departments in
// English, as the tables beside them do.
func TestAdminDepartmentPickersInEnglish(t *testing.T) {
	e := newEnv(t, "2026-12-01 10:00")
	a := e.browser().signIn("admin")
	a.post("/lang", url.Values{"csrf": {a.csrf()}, "lang": {"en"}, "back": {"/admin"}})
	a.get("/admin").want(http.StatusOK, `<option value="tech">Technology</option>`, `<option value="market">Marketing</option>`)
	a.lacks(`<option value="tech">技术部</option>`)
	// In Chinese they read in Chinese.
	a.post("/lang", url.Values{"csrf": {a.csrf()}, "lang": {"zh"}, "back": {"/admin"}})
	a.get("/admin").want(http.StatusOK, `<option value="tech">技术部</option>`)
}

// TestPartyActorByName: what the customer did through their link reads on
// the case page with the contact's and the party's names, not "party:huaxin".
func TestPartyActorByName(t *testing.T) {
	e := newEnv(t, "2026-09-14 10:00")
	ctx := context.Background()
	v, err := e.cases.Open(ctx, casestest.Actor(t, e.db, "zhoumin"), "customer-requirement", process.Input{Fields: map[string]any{
		"customer": "huaxin", "contact": map[string]any{"name": "张伟", "email": "zhangwei@huaxin.example", "phone": "13800000000"},
		"background": "华信科技计划上线客户门户。", "requirements": []any{map[string]any{"item": "工单管理", "detail": "支持工单创建与分派"}},
		"expected_by": "2027-01-15", "source": "meeting"}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.cases.Act(ctx, casestest.Actor(t, e.db, "zhoumin"), v.ID, "send_confirmation", process.Input{}); err != nil {
		t.Fatal(err)
	}
	if _, err := e.cases.PortalAct(ctx, v.ID, process.Actor{Party: "huaxin", Name: "张伟", Email: "zhangwei@huaxin.example"}, "confirm", process.Input{}); err != nil {
		t.Fatal(err)
	}
	z := e.browser().signIn("zhoumin")
	z.get("/cases/"+strconv.FormatInt(v.ID, 10)).want(http.StatusOK, "<strong>张伟（华信科技）</strong>")
	z.lacks("party:huaxin")
}

// TestUserPageRefusalStaysThere: an edit refused on a user's page comes
// back on that page with the reason and what was typed, not on the general
// admin page with the edit lost; nothing changes.
func TestUserPageRefusalStaysThere(t *testing.T) {
	e := newEnv(t, "2026-12-01 10:00")
	a := e.browser().signIn("admin")
	a.get("/admin/users/chenjie")
	form := url.Values{"csrf": {a.csrf()}, "back": {"user"}, "name": {"陈杰杰"}, "email": {"not-an-address"}, "dept": {"tech"},
		"head_present": {"1"}, "admin_present": {"1"}}
	a.post("/admin/users/chenjie", form)
	a.want(http.StatusUnprocessableEntity, `id="edit-user"`, "<code>chenjie</code>", "不是有效的邮箱地址", `value="陈杰杰"`, `value="not-an-address"`)
	a.get("/admin/users/chenjie").want(http.StatusOK, `value="陈杰"`)
	a.lacks("陈杰杰")
}
