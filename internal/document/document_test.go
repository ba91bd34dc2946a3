package document_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/document"
	"github.com/liaison-dev/liaison/internal/process"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func definition(t *testing.T, id string) *process.Definition {
	t.Helper()
	reg, err := process.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	d, ok := reg.Get(id)
	if !ok {
		t.Fatalf("no built-in %s", id)
	}
	return d
}

func ids(docs []document.Document) []string {
	var out []string
	for _, d := range docs {
		out = append(out, d.ID)
	}
	return out
}

// entry finds the entry named name in any section of doc.
func entry(t *testing.T, doc document.Document, name string) document.Entry {
	t.Helper()
	for _, s := range doc.Sections {
		for _, e := range s.Entries {
			if e.Name == name {
				return e
			}
		}
	}
	t.Fatalf("%s has no entry %s", doc.ID, name)
	return document.Entry{}
}

// ts reads an RFC 3339 time of a fixture.
func ts(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t
}

// tsp is ts's pointer.
func tsp(s string) *time.Time {
	t := ts(s)
	return &t
}

func ev(seq int, at, actor, typ, action string, fields map[string]any) cases.EventView {
	return cases.EventView{Seq: seq, At: ts(at), Actor: actor, Type: typ, Action: action, Fields: fields}
}

// collabCase is an internal-collab case accepted, progressed twice and
// signed by the requester only. Numbers are float64, as the store reads
// them back from JSON.
func collabCase() cases.View {
	form := map[string]any{"title": "产品V2.0版本开发需求支持", "to_dept": "tech", "contact": "chenjie",
		"background":  "为满足Q3客户引流需求,需开发功能模块。",
		"tasks":       []any{map[string]any{"item": "需求分析", "standard": "输出《需求规格说明书》"}, map[string]any{"item": "开发", "standard": "通过验收测试"}},
		"expected_by": "2026-03-20"}
	form["committed_by"], form["comment"] = "2026-03-18", "验收通过,文档完整。" // kept by accept and accept_delivery
	return cases.View{ID: 1, Key: "XZ-2026-0001", Process: "internal-collab", Title: "产品V2.0版本开发需求支持",
		ProcessName: process.Text{Zh: "跨部门协作请求", En: "Cross-department collaboration request"},
		CreatedAt:   ts("2026-03-02T10:00:00+08:00"), Fields: form,
		Participants: []cases.ParticipantView{
			{Role: "requester", RoleName: process.Text{Zh: "需求发起人", En: "Requester"}, Login: "wangfang", Name: "王芳", Dept: "marketing"},
			{Role: "contact", RoleName: process.Text{Zh: "协作对接人", En: "Contact"}, Login: "chenjie", Name: "陈杰", Dept: "tech"},
		},
		Signatures: []cases.SignatureView{{Role: "requester", Login: "wangfang", At: ts("2026-03-20T09:00:00+08:00")}},
		Events: []cases.EventView{
			ev(1, "2026-03-02T10:00:00+08:00", "wangfang", "opened", "", form),
			ev(2, "2026-03-02T11:00:00+08:00", "chenjie", "action", "accept", map[string]any{"committed_by": "2026-03-18"}),
			ev(3, "2026-03-06T17:00:00+08:00", "chenjie", "action", "progress", map[string]any{"summary": "需求分析完成", "percent": float64(40), "next_steps": "3月10日前完成开发"}),
			ev(4, "2026-03-07T09:00:00+08:00", "wangfang", "comment", "comment", nil),
			ev(5, "2026-03-13T17:00:00+08:00", "chenjie", "action", "progress", map[string]any{"summary": "开发完成", "percent": float64(90), "next_steps": "3月16日提交测试"}),
			ev(6, "2026-03-20T09:00:00+08:00", "wangfang", "action", "sign", map[string]any{"role": "requester"}),
		},
	}
}

var quote = map[string]any{"currency": "CNY", "tax_rate": "0.1300", "subtotal": "10000.00", "tax": "1300.00", "total": "11300.00",
	"items": []any{
		map[string]any{"name": "工单系统实施", "qty": "1", "unit_price": "8000.00", "amount": "8000.00"},
		map[string]any{"name": "培训", "qty": "2", "unit_price": "1000.00", "amount": "2000.00"},
	}}

// customerCase is a customer-requirement case through two solutions (the
// first returned), minutes, a contract, a weekly report and two feedback
// items, one of them resolved.
func customerCase() cases.View {
	form := map[string]any{"customer": "huaxin", "contact": map[string]any{"name": "张伟", "email": "zhangwei@huaxin.example", "phone": "010-12345678"},
		"background": "华信科技计划升级客服系统。", "requirements": []any{map[string]any{"item": "工单系统", "detail": "支持邮件和微信两个渠道"}},
		"expected_by": "2026-06-30", "source": "meeting"}
	milestones := []any{map[string]any{"name": "原型完成", "date": "2026-04-10"}, map[string]any{"name": "测试上线", "date": "2026-05-29"}}
	first := map[string]any{"summary": "初稿", "milestones": milestones, "quote": quote}
	second := map[string]any{"summary": "采用SaaS工单系统,分两期上线。", "milestones": milestones, "quote": quote}
	return cases.View{ID: 2, Key: "KH-2026-0001", Process: "customer-requirement", Title: "华信科技 工单系统",
		ProcessName: process.Text{Zh: "客户需求对接", En: "Customer requirement"},
		CreatedAt:   ts("2026-03-02T10:00:00+08:00"), Fields: form, Signatures: []cases.SignatureView{},
		Participants: []cases.ParticipantView{
			{Role: "account_manager", RoleName: process.Text{Zh: "客户经理", En: "Account manager"}, Login: "zhoumin", Name: "周敏", Dept: "sales"},
			{Role: "reviewer", RoleName: process.Text{Zh: "部门负责人", En: "Head of department"}, Login: "liqiang", Name: "李强", Dept: "sales"},
			{Role: "legal", RoleName: process.Text{Zh: "法务部", En: "Legal"}, Login: "zhaolei", Name: "赵磊", Dept: "legal"},
			{Role: "project_lead", RoleName: process.Text{Zh: "项目负责人", En: "Project lead"}, Login: "chenjie", Name: "陈杰", Dept: "tech"},
			{Role: "customer", RoleName: process.Text{Zh: "客户方对接人", En: "Customer contact"}, Party: "huaxin", Name: "张伟"},
		},
		Feedback: []cases.FeedbackView{
			{ID: 1, Description: "邮件渠道偶发延迟", Severity: "major", Status: "resolved", DueAt: tsp("2026-06-03T10:00:00+08:00")},
			{ID: 2, Description: "<script>alert(1)</script>", Severity: "minor", Status: "open", DueAt: tsp("2026-06-04T10:00:00+08:00")},
		},
		Events: []cases.EventView{
			ev(1, "2026-03-02T10:00:00+08:00", "zhoumin", "opened", "", form),
			ev(2, "2026-03-02T11:00:00+08:00", "zhoumin", "action", "send_confirmation", map[string]any{}),
			ev(3, "2026-03-03T09:00:00+08:00", "zhoumin", "action", "confirm", map[string]any{"evidence": "客户邮件确认"}),
			ev(4, "2026-03-04T10:00:00+08:00", "zhoumin", "action", "submit_solution", first),
			ev(5, "2026-03-04T15:00:00+08:00", "liqiang", "action", "return_solution", map[string]any{"reason": "报价依据不足"}),
			ev(6, "2026-03-05T10:00:00+08:00", "zhoumin", "action", "submit_solution", second),
			ev(7, "2026-03-05T16:00:00+08:00", "liqiang", "action", "approve_solution", nil),
			ev(8, "2026-03-10T15:00:00+08:00", "zhoumin", "action", "record_minutes", map[string]any{"meeting_at": "2026-03-10T14:00:00+08:00",
				"mode": "online", "attendees": "张伟、周敏", "feedback": "同意方案", "outcome": "accepted"}),
			ev(9, "2026-03-11T10:00:00+08:00", "zhoumin", "action", "submit_contract", map[string]any{"scope": "按方案交付", "payment_terms": "分两期支付", "amount": "11300.00"}),
			ev(10, "2026-03-12T10:00:00+08:00", "zhaolei", "action", "legal_approve", nil),
			ev(11, "2026-03-13T10:00:00+08:00", "zhoumin", "action", "record_signature", map[string]any{"signed_on": "2026-03-13", "project_lead": "chenjie"}),
			ev(12, "2026-03-20T17:00:00+08:00", "chenjie", "action", "weekly_report", map[string]any{"progress": "完成需求分析", "next_week": "搭建环境", "risks": "无"}),
			ev(13, "2026-06-01T10:00:00+08:00", "zhoumin", "action", "feedback", map[string]any{"description": "邮件渠道偶发延迟", "severity": "major", "feedback_id": float64(1)}),
			ev(14, "2026-06-02T10:00:00+08:00", "zhoumin", "action", "feedback", map[string]any{"description": "<script>alert(1)</script>", "severity": "minor", "feedback_id": float64(2)}),
			ev(15, "2026-06-02T11:00:00+08:00", "zhoumin", "action", "respond", map[string]any{"feedback_id": float64(1), "response": "已定位", "plan": "6月5日前修复"}),
			ev(16, "2026-06-04T11:00:00+08:00", "zhoumin", "action", "resolve", map[string]any{"feedback_id": float64(1), "resolution": "已修复并验证"}),
		},
	}
}

func TestBuildCollab(t *testing.T) {
	d := definition(t, "internal-collab")
	docs := document.Build(d, collabCase())
	if got, want := ids(docs), []string{"form", "accept-1", "progress-1", "progress-2"}; !slices.Equal(got, want) {
		t.Fatalf("documents %v, want %v", got, want)
	}
	f := docs[0]
	if f.Kind != document.KindForm || f.Name.Zh != "《内部协作请求表》" || f.At.Format(time.RFC3339) != "2026-03-02T10:00:00+08:00" {
		t.Fatalf("form %+v", f)
	}
	var names []string
	for _, e := range f.Sections[len(f.Sections)-2].Entries {
		names = append(names, e.Name)
	}
	if want := []string{"title", "to_dept", "background", "tasks", "expected_by", "resources", "contact", "urgency"}; !slices.Equal(names, want) {
		t.Fatalf("form fields %v, want the form's order %v", names, want)
	}
	// What both sides sign includes the committed date and the acceptance opinion.
	if e := entry(t, f, "committed_by"); e.Value != "2026-03-18" || e.Label.Zh != "可完成时间" {
		t.Fatalf("committed date on the signed form: %+v", e)
	}
	if e := entry(t, f, "comment"); e.Value != "验收通过,文档完整。" || e.Label.Zh != "验收意见" {
		t.Fatalf("acceptance opinion on the signed form: %+v", e)
	}
	tasks := entry(t, f, "tasks")
	if tasks.Label.Zh != "协作内容明细(含交付标准)" || len(tasks.Columns) != 2 || tasks.Columns[1].Label.Zh != "交付标准" {
		t.Fatalf("tasks %+v", tasks)
	}
	if e := entry(t, f, "requester"); e.Value != "wangfang" || e.Label.Zh != "需求发起人" {
		t.Fatalf("requester %+v", e)
	}
	if e := entry(t, f, "requester_dept"); e.Value != "marketing" {
		t.Fatalf("department %+v", e)
	}
	if len(f.Signers) != 2 || f.Signers[0].Role != "requester" || f.Signers[1].Role != "contact" || len(f.Signatures) != 1 {
		t.Fatalf("signers %+v signatures %+v", f.Signers, f.Signatures)
	}
	p := docs[3]
	if p.Kind != document.KindAction || p.Name.Zh != "同步进度" || entry(t, p, "percent").Value != float64(90) || p.Signatures[0].Login != "chenjie" {
		t.Fatalf("second progress %+v", p)
	}
	org := &process.Directory{Departments: map[string]process.Department{"tech": {ID: "tech", NameZh: "技术部", NameEn: "Technology"}}}
	page, err := document.HTML(f, collabCase(), "zh", org)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"《内部协作请求表》", "2026年3月2日(周一)", "王芳 (wangfang)", "陈杰 (chenjie)", "输出《需求规格说明书》", "2026年3月20日(周五)", "序号", "技术部"} {
		if !strings.Contains(string(page), want) {
			t.Errorf("form page lacks %q", want)
		}
	}
}

func TestBuildCustomer(t *testing.T) {
	d := definition(t, "customer-requirement")
	v := customerCase()
	docs := document.Build(d, v)
	want := []string{"form", "solution", "minutes-1", "contract", "weekly-1", "feedback-1", "feedback-2"}
	if got := ids(docs); !slices.Equal(got, want) {
		t.Fatalf("documents %v, want %v", got, want)
	}
	byID := map[string]document.Document{}
	for _, doc := range docs {
		byID[doc.ID] = doc
	}
	tests := []struct {
		doc, kind, name, at string
		entry               string
		value               any
	}{
		{"form", document.KindForm, "《客户需求确认表》", "2026-03-02T10:00:00+08:00", "source", "meeting"},
		// The latest submission is the solution; the returned draft is not.
		{"solution", document.KindSolution, "《客户解决方案书》", "2026-03-05T10:00:00+08:00", "summary", "采用SaaS工单系统,分两期上线。"},
		{"minutes-1", document.KindMinutes, "《方案沟通纪要》", "2026-03-10T15:00:00+08:00", "outcome", "accepted"},
		{"contract", document.KindContract, "《合同审批单》", "2026-03-11T10:00:00+08:00", "signed_on", "2026-03-13"},
		{"weekly-1", document.KindWeekly, "《项目周报》", "2026-03-20T17:00:00+08:00", "risks", "无"},
		{"feedback-1", document.KindFeedback, "《客户反馈处理表》", "2026-06-01T10:00:00+08:00", "resolution", "已修复并验证"},
		{"feedback-2", document.KindFeedback, "《客户反馈处理表》", "2026-06-02T10:00:00+08:00", "status", "open"},
	}
	for _, tt := range tests {
		t.Run(tt.doc, func(t *testing.T) {
			doc := byID[tt.doc]
			if doc.Kind != tt.kind || doc.Name.Zh != tt.name || doc.At.Format(time.RFC3339) != tt.at {
				t.Fatalf("%s: kind %q name %q at %q", tt.doc, doc.Kind, doc.Name.Zh, doc.At)
			}
			if got := entry(t, doc, tt.entry).Value; got != tt.value {
				t.Fatalf("%s.%s = %v, want %v", tt.doc, tt.entry, got, tt.value)
			}
		})
	}
	sol := byID["solution"]
	if q := entry(t, sol, "quote"); q.Type != "quote" || q.Label.Zh != "报价单" {
		t.Fatalf("quote entry %+v", q)
	}
	// Signed by the account manager who submitted it and the head who
	// approved this submission.
	if len(sol.Signatures) != 2 || sol.Signatures[1].Login != "liqiang" || sol.Signatures[1].At.Format(time.RFC3339) != "2026-03-05T16:00:00+08:00" {
		t.Fatalf("solution signatures %+v", sol.Signatures)
	}
	if c := byID["contract"]; len(c.Signatures) != 2 || c.Signatures[1].Login != "zhaolei" {
		t.Fatalf("contract signatures %+v", c.Signatures)
	}
	if f := byID["feedback-1"]; len(f.Sections) != 3 || len(f.Signatures) != 2 {
		t.Fatalf("feedback-1 sections %d signatures %+v", len(f.Sections), f.Signatures)
	}
	if f := byID["feedback-2"]; len(f.Sections) != 1 || len(f.Signers) != 2 || len(f.Signatures) != 0 {
		t.Fatalf("feedback-2 %+v", f)
	}
	if _, ok := document.Find(docs, "minutes-2"); ok {
		t.Fatal("found minutes that were never recorded")
	}
}

func TestBuildWithoutEvents(t *testing.T) {
	// A case listed without its events still has its form.
	v := customerCase()
	v.Events = nil
	docs := document.Build(definition(t, "customer-requirement"), v)
	if got := ids(docs); !slices.Equal(got, []string{"form"}) || docs[0].At != v.CreatedAt {
		t.Fatalf("documents %v", got)
	}
	if document.Build(nil, v) != nil {
		t.Fatal("documents without a definition")
	}
}

func TestHTMLEscapes(t *testing.T) {
	v := customerCase()
	v.Title = `<img src=x onerror=alert(1)>`
	doc, _ := document.Find(document.Build(definition(t, "customer-requirement"), v), "feedback-2")
	page, err := document.HTML(doc, v, "zh", nil)
	if err != nil {
		t.Fatal(err)
	}
	s := string(page)
	if strings.Contains(s, "<script>") || strings.Contains(s, "<img") {
		t.Fatalf("markup from a field reached the page:\n%s", s)
	}
	if !strings.Contains(s, "&lt;script&gt;alert(1)&lt;/script&gt;") {
		t.Fatalf("the field's text is not shown as text:\n%s", s)
	}
}

func TestHTMLEnglish(t *testing.T) {
	v := customerCase()
	doc, _ := document.Find(document.Build(definition(t, "customer-requirement"), v), "minutes-1")
	page, err := document.HTML(doc, v, "en", nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`lang="en"`, "Solution meeting minutes", "Tue 10 Mar 2026 14:00", "Online", "Accepted", "Recorded by", "周敏 (zhoumin)"} {
		if !strings.Contains(string(page), want) {
			t.Errorf("English page lacks %q", want)
		}
	}
}

// TestGolden keeps the solution's page as the manual's paper shows it;
// run with -update after an intended change and review the diff.
func TestGolden(t *testing.T) {
	v := customerCase()
	doc, ok := document.Find(document.Build(definition(t, "customer-requirement"), v), "solution")
	if !ok {
		t.Fatal("no solution")
	}
	page, err := document.HTML(doc, v, "zh", nil)
	if err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "solution.html")
	if *update {
		if err := os.WriteFile(golden, page, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(page, want) {
		t.Fatalf("page differs from %s (rerun with -update and review the diff):\n%s", golden, page)
	}
}
