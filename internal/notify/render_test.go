package notify

import (
	"encoding/json"
	"flag"
	"fmt"
	"github.com/liaison-dev/liaison/internal/i18n"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// due is Thursday 3 December 2026, 18:00 in Shanghai: the manual's example date.
var due = time.Date(2026, 12, 3, 10, 0, 0, 0, time.UTC)

// sample returns a realistic message of each kind, as the case service fills it.
func sample(kind, lang string) Message {
	zh := lang == "zh"
	pick := func(z, e string) string {
		if zh {
			return z
		}
		return e
	}
	m := Message{
		Kind: kind, Lang: lang,
		CaseKey: "XZ-2026-0001", CaseTitle: pick("产品V2.0版本开发需求支持", "Support for product V2.0 development"),
		CaseURL:     "https://liaison.example/cases/42",
		ProcessName: pick("跨部门协作请求", "Internal collaboration request"),
		State:       "requested", Action: "accept", Actor: pick("王芳", "Wang Fang"), DueAt: &due,
		Fields: map[string]string{
			"recipient":   pick("陈杰", "Chen Jie"),
			"action_name": pick("确认是否承接", "Confirm whether you take it on"),
			"state_name":  pick("待确认", "requested"),
		},
	}
	f := m.Fields
	switch kind {
	case KindReminder:
		f["summary"] = pick("已过去一半的答复时间。", "Half of the time to answer has passed.")
	case KindEscalation:
		f["recipient"] = pick("赵磊", "Zhao Lei")
		f["assignee"] = pick("陈杰", "Chen Jie")
		f["reason"] = pick("对接人两个工作日内未答复。", "The contact did not answer within 2 working days.")
	case KindDecided:
		m.Actor = pick("陈杰", "Chen Jie")
		f["recipient"] = pick("王芳", "Wang Fang")
		f["decision"] = pick("无法承接", "declined")
		f["state_name"] = pick("已拒绝", "declined")
		f["reason"] = pick("本季度人力已满。", "The team is fully booked this quarter.")
		f["alternative"] = pick("建议由产品部支持。", "The product team could help instead.")
		delete(f, "action_name")
		m.Action, m.DueAt = "", nil
	case KindDelivered:
		m.Actor = pick("陈杰", "Chen Jie")
		f["recipient"] = pick("王芳", "Wang Fang")
		f["action_name"] = pick("验收交付", "Accept the delivery")
		f["summary"] = pick("需求规格说明书已完成。", "The requirements specification is done.")
		f["deliverables"] = pick("《需求规格说明书》v1.0", "Requirements specification v1.0")
	case KindSigned:
		f["action_name"] = pick("签字确认", "Sign the form")
	case KindWeeklyReport:
		m.CaseKey, m.ProcessName = "KH-2026-0007", pick("客户需求对接", "Customer requirement")
		m.CaseTitle = pick("华信科技 CRM 升级", "Huaxin CRM upgrade")
		m.Actor, m.DueAt = pick("周敏", "Zhou Min"), nil
		f["recipient"] = pick("张伟", "Zhang Wei")
		f["period"] = "2026-11-30" // the Monday of the week reported, as the engine sends it
		f["progress"] = pick("1. 完成原型设计\n2. 完成接口联调", "1. Prototype designed\n2. Interfaces integrated")
		f["next_week"] = pick("开始系统测试", "Start system testing")
		f["risks"] = ""
		external(&m)
	case KindMilestoneNotice:
		m.CaseKey, m.CaseTitle = "KH-2026-0007", pick("华信科技 CRM 升级", "Huaxin CRM upgrade")
		m.Actor = pick("周敏", "Zhou Min")
		f["recipient"] = pick("张伟", "Zhang Wei")
		f["milestone"] = pick("原型完成", "Prototype complete")
		f["milestone_date"] = "2026-12-07"
		external(&m)
	case KindFeedbackDue:
		m.CaseKey, m.CaseTitle = "KH-2026-0007", pick("华信科技 CRM 升级", "Huaxin CRM upgrade")
		f["recipient"] = pick("徐婷", "Xu Ting")
		f["description"] = pick("导出报表时偶尔超时。", "Exporting a report sometimes times out.")
		f["severity"] = "major"
		f["action_name"] = pick("响应客户反馈", "Respond to the feedback")
	case KindDigest:
		m = Message{Kind: kind, Lang: lang, Fields: map[string]string{
			"recipient": pick("陈杰", "Chen Jie"), "count": "2",
			"items": pick("1. [XZ-2026-0001] 产品V2.0版本开发需求支持 — 确认是否承接，2026年12月3日(周四)18:00前\n2. [XZ-2026-0004] 办公设备报修 — 处理报修，2026年12月4日(周五)12:00前",
				"1. [XZ-2026-0001] Support for product V2.0 — confirm by Thu 3 Dec 2026 18:00\n2. [XZ-2026-0004] Office equipment repair — repair by Fri 4 Dec 2026 12:00"),
		}}
	case KindProgress:
		m.Action, m.DueAt = "", nil
		delete(f, "action_name")
		m.Actor = pick("陈杰", "Chen Jie")
		f["recipient"] = pick("王芳", "Wang Fang")
		f["summary"] = pick("需求分析完成。", "Requirements analysis done.")
		f["percent"] = "60"
		f["next_steps"] = pick("陈杰于12月4日前完成原型评审。", "Chen Jie reviews the prototype by 4 Dec.")
	case KindComment:
		m.Action = ""
		delete(f, "action_name")
		f["recipient"] = pick("陈杰", "Chen Jie")
		f["comment"] = pick("接口文档能否在12月2日前提供？", "Can the interface document be ready by 2 Dec?")
		f["question"] = "1"
	case KindLinkRequested:
		f["email"] = "zhang.wei@huaxin.example"
	case KindPortalLink:
		m.CaseKey, m.CaseTitle = "KH-2026-0007", pick("华信科技 CRM 升级", "Huaxin CRM upgrade")
		m.Actor = pick("周敏", "Zhou Min")
		f["recipient"] = pick("张伟", "Zhang Wei")
		f["action_name"] = pick("确认需求", "confirm the requirements")
		f["link"] = "https://liaison.example/portal/tok123"
		f["expires_at"] = "2026-12-10T18:00:00+08:00"
		external(&m)
		f["action_name"] = pick("确认需求", "confirm the requirements")
	case KindDeliveryFailed:
		m.CaseKey, m.CaseTitle = "KH-2026-0007", pick("华信科技 CRM 升级", "Huaxin CRM upgrade")
		f["recipient"] = pick("周敏", "Zhou Min")
		f["email"], f["party"] = "zhangwei@huaxin.example", pick("华信科技", "Huaxin")
		f["reason"] = Explain(`permanent: channel "email" is not configured`, lang)
	}
	return m
}

// external strips what a customer does not need: internal states and actions.
func external(m *Message) {
	m.ProcessName, m.State, m.Action = "", "", ""
	delete(m.Fields, "state_name")
	delete(m.Fields, "action_name")
}

func TestRenderGolden(t *testing.T) {
	for _, kind := range Kinds {
		for _, lang := range []string{"zh", "en"} {
			t.Run(kind+"."+lang, func(t *testing.T) {
				m := sample(kind, lang)
				r, err := Render(m, nil)
				if err != nil {
					t.Fatal(err)
				}
				got := "Subject: " + r.Subject + "\n\n=== text\n" + r.Text + "\n=== markdown\n" + r.Markdown + "\n=== html\n" + r.HTML +
					"\n=== card\n" + cardText(r.Card)
				golden := filepath.Join("testdata", "render", kind+"."+lang+".golden")
				if *update {
					if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
						t.Fatal(err)
					}
					if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
						t.Fatal(err)
					}
				}
				want, err := os.ReadFile(golden)
				if err != nil {
					t.Fatalf("%v (run go test -update to create it)", err)
				}
				if got != string(want) {
					t.Errorf("render differs from %s (go test -update rewrites it):\n%s", golden, got)
				}
				// Independently of the golden file: the key, the manual's date and
				// who must do what are in every format.
				for name, body := range map[string]string{"subject": r.Subject, "text": r.Text, "markdown": r.Markdown, "html": r.HTML} {
					if m.CaseKey != "" && !strings.Contains(body, m.CaseKey) {
						t.Errorf("%s lacks the case key %s", name, m.CaseKey)
					}
					if strings.Contains(body, "<no value>") {
						t.Errorf("%s has a missing template value", name)
					}
				}
				cards := platformCards(r.Card)
				checkNoEmptySlot(t, cards)
				for name, body := range map[string]string{"text": r.Text, "markdown": r.Markdown, "html": r.HTML,
					"dingtalk card": cards["dingtalk"], "feishu card": cards["feishu"], "card": cardText(r.Card)} {
					if m.DueAt != nil && !strings.Contains(body, i18n.Deadline(m.DueAt.In(i18n.Zone()), lang)) {
						t.Errorf("%s lacks the due date", name)
					}
					if an := m.Fields["action_name"]; an != "" && !strings.Contains(body, an) {
						t.Errorf("%s lacks the action %q", name, an)
					}
					if who := m.Fields["assignee"]; who != "" && !strings.Contains(body, who) {
						t.Errorf("%s lacks who must act (%q)", name, who)
					}
				}
			})
		}
	}
}

func TestDeadlineInTheCalendarZone(t *testing.T) {
	tests := []struct {
		t    time.Time
		lang string
		want string
	}{
		{due, "zh", "2026年12月3日(周四)18:00"},
		{due, "en", "Thu 3 Dec 2026 18:00"},
		{due, "", "2026年12月3日(周四)18:00"},
		{time.Date(2026, 2, 14, 1, 5, 0, 0, time.UTC), "zh", "2026年2月14日(周六)09:05"},
		{time.Date(2026, 2, 15, 16, 0, 0, 0, time.UTC), "zh", "2026年2月16日(周一)00:00"},
		{time.Date(2026, 2, 15, 16, 0, 0, 0, time.UTC), "en", "Mon 16 Feb 2026 00:00"},
	}
	for _, tt := range tests {
		if got := i18n.Deadline(tt.t.In(i18n.Zone()), tt.lang); got != tt.want {
			t.Errorf("Deadline(%v, %q) = %q, want %q", tt.t, tt.lang, got, tt.want)
		}
	}
}

func TestRenderSubjectAndErrors(t *testing.T) {
	tests := []struct {
		name    string
		m       Message
		subject string
		wantErr bool
	}{
		{"zh assigned", sample(KindAssigned, "zh"), "[XZ-2026-0001] 产品V2.0版本开发需求支持 — 请于2026年12月3日(周四)18:00前确认是否承接", false},
		{"en escalation", sample(KindEscalation, "en"), `[XZ-2026-0001] Support for product V2.0 development — Overdue: "Confirm whether you take it on" was due Thu 3 Dec 2026 18:00`, false},
		{"unknown lang falls back to zh", func() Message { m := sample(KindSigned, "zh"); m.Lang = "fr"; return m }(), "[XZ-2026-0001] 产品V2.0版本开发需求支持 — 王芳已签字确认", false},
		{"newlines in a title stay out of the subject", func() Message { m := sample(KindSigned, "zh"); m.CaseTitle = "a\r\nBcc: x@y"; return m }(), "[XZ-2026-0001] a Bcc: x@y — 王芳已签字确认", false},
		{"zh department digest", deptDigest("zh"), "部门周报（2026年11月30日当周）：逾期 1 项，本周到期 2 项", false},
		{"en department digest", deptDigest("en"), "Department week of 30 Nov 2026: 1 overdue, 2 due this week", false},
		{"unknown kind", Message{Kind: "nope"}, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Render(tt.m, nil)
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, wantErr %v", err, tt.wantErr)
			}
			if r.Subject != tt.subject {
				t.Errorf("subject = %q, want %q", r.Subject, tt.subject)
			}
		})
	}
}

func TestRenderEscapesHTML(t *testing.T) {
	m := sample(KindDecided, "en")
	m.Fields["reason"] = `<script>alert(1)</script>`
	m.CaseURL = "javascript:alert(1)"
	r, err := Render(m, nil)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(r.HTML, "<script>") || strings.Contains(r.HTML, "javascript:") {
		t.Errorf("HTML not escaped:\n%s", r.HTML)
	}
}

// cardText prints a card for the golden files.
func cardText(c Card) string {
	s := "title: " + c.Title + "\n" + c.Text + "\n"
	for _, f := range c.Facts {
		s += f.Label + " = " + f.Value + "\n"
	}
	return s + "[" + c.Button + "](" + c.URL + ")\n"
}

// platformCards builds the body each work-notification channel sends for c,
// as JSON text.
func platformCards(c Card) map[string]string {
	fs, _ := json.Marshal(feishuCard(c))
	return map[string]string{
		"dingtalk": cardMarkdown(c) + "\n" + c.Button + " " + c.URL,
		"feishu":   string(fs),
	}
}

// checkNoEmptySlot fails when a card leaves a value blank: an empty string
// in the Feishu card's JSON, or an empty fact, title or button.
func checkNoEmptySlot(t *testing.T, cards map[string]string) {
	t.Helper()
	var walk func(path string, v any)
	walk = func(path string, v any) {
		switch x := v.(type) {
		case string:
			if strings.TrimSpace(x) == "" {
				t.Errorf("feishu card: %s is empty", path)
			}
		case map[string]any:
			for k, e := range x {
				walk(path+"."+k, e)
			}
		case []any:
			for i, e := range x {
				walk(fmt.Sprintf("%s[%d]", path, i), e)
			}
		}
	}
	var v any
	if err := json.Unmarshal([]byte(cards["feishu"]), &v); err != nil {
		t.Fatal(err)
	}
	walk("card", v)
	if strings.Contains(cards["dingtalk"], "****") || strings.Contains(cards["dingtalk"], "<no value>") {
		t.Errorf("dingtalk card has an empty slot:\n%s", cards["dingtalk"])
	}
}

// deptDigest is the weekly digest a department head gets (cases.digest):
// the week by its Monday, as stored.
func deptDigest(lang string) Message {
	return Message{Kind: KindDigest, Lang: lang, Fields: map[string]string{
		"recipient": "赵磊", "week": "2026-11-30", "dept": "研发部", "overdue": "1", "due": "2",
		"overdue_items": "1. [XZ-2026-0001] 产品V2.0版本开发需求支持", "due_items": "1. [XZ-2026-0004] 办公设备报修\n2. [XZ-2026-0005] 服务器扩容",
		"figures": "按时答复 90%",
	}}
}

// TestReminderWithoutDeadline: the weekly progress reminder has no
// deadline of its own; its text says how often, and leaves the deadline out
// instead of writing "截止时间为未指定".
func TestReminderWithoutDeadline(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		m := sample(KindReminder, lang)
		m.DueAt = nil
		m.Fields["every"] = "7 days"
		delete(m.Fields, "summary")
		r, err := Render(m, nil)
		if err != nil {
			t.Fatal(err)
		}
		for name, body := range map[string]string{"subject": r.Subject, "text": r.Text, "html": r.HTML} {
			if strings.Contains(body, "未指定") || strings.Contains(body, "not specified") {
				t.Errorf("%s %s has an unspecified slot:\n%s", lang, name, body)
			}
		}
	}
}
