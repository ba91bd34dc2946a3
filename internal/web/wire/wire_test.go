package wire_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/web/wire"
)

var shanghai = time.FixedZone("CST", 8*3600)

func at(s string) time.Time {
	t, err := time.ParseInLocation("2006-01-02 15:04:05.999999", s, shanghai)
	if err != nil {
		panic(err)
	}
	return t
}

func ptr(t time.Time) *time.Time { return &t }

func marshal(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestCaseParts pins the parts of a case TestCaseWireFormat's walk does not
// reach: a paused clock, feedback with and without a deadline, milestones,
// links (one the caller may not see: only key, kind and created_at, as
// docs/api.md has it); times to the second in +08:00, "" for a missing
// feedback deadline or milestone notice, as CONTRACT §2 and §8 have them;
// every participant with its "login", "" for a department's role or an
// external party.
func TestCaseParts(t *testing.T) {
	v := cases.View{ID: 7, Key: "KH-2026-0001", Process: "customer-requirement", Signatures: []cases.SignatureView{},
		Actions: []string{"comment"}, DueAt: ptr(at("2026-12-02 15:00:00.5")), PausedSince: ptr(at("2026-12-01 15:00:00")),
		CreatedAt: at("2026-11-30 09:00:00.123456"), UpdatedAt: at("2026-12-01 15:00:00"),
		Feedback: []cases.FeedbackView{{ID: 1, Description: "慢", Severity: "major", Status: "open", DueAt: ptr(at("2026-12-03 10:00:00")), Overdue: true},
			{ID: 2, Description: "x", Severity: "minor", Status: "resolved"}},
		Milestones: []cases.MilestoneView{{Name: "上线", Date: "2026-12-18", NoticeAt: ptr(at("2026-12-15 09:00:00")), Status: "noticed", ProposedDate: "2026-12-25", ReplanReason: "等设备", ProposedBy: "customer"},
			{Name: "验收", Date: "2026-12-30"}},
		Links: []cases.LinkView{{Key: "XZ-2026-0002", Kind: "raised", CreatedAt: at("2026-12-01 10:00:00")}},
		Participants: []cases.ParticipantView{{Role: "owner", Login: "zhaolei", Name: "赵磊", Dept: "tech"},
			{Role: "service", Dept: "svc"}, {Role: "customer", Party: "huaxin", Name: "张伟", Email: "zhangwei@huaxin.example"}},
	}
	want := `{"id":7,"key":"KH-2026-0001","process":"customer-requirement","process_name":{"zh":"","en":""},"state":"","state_name":{"zh":"","en":""},"terminal":false,"title":"","opener":"","fields":null,` +
		`"participants":[{"role":"owner","role_name":{"zh":"","en":""},"login":"zhaolei","name":"赵磊","dept":"tech"},{"role":"service","role_name":{"zh":"","en":""},"login":"","dept":"svc"},` +
		`{"role":"customer","role_name":{"zh":"","en":""},"login":"","name":"张伟","party":"huaxin","email":"zhangwei@huaxin.example"}],"waiting":null,"actions":["comment"],` +
		`"due_at":"2026-12-02T15:00:00+08:00","due_clock":false,"paused_since":"2026-12-01T15:00:00+08:00","overdue":false,"version":0,"created_at":"2026-11-30T09:00:00+08:00","updated_at":"2026-12-01T15:00:00+08:00","signatures":[],` +
		`"feedback":[{"id":1,"description":"慢","severity":"major","status":"open","due_at":"2026-12-03T10:00:00+08:00","overdue":true},{"id":2,"description":"x","severity":"minor","status":"resolved","due_at":"","overdue":false}],` +
		`"milestones":[{"name":"上线","date":"2026-12-18","notice_at":"2026-12-15T09:00:00+08:00","done":false,"status":"noticed","proposed_date":"2026-12-25","replan_reason":"等设备","proposed_by":"customer"},{"name":"验收","date":"2026-12-30","notice_at":"","done":false,"status":""}],` +
		`"links":[{"key":"XZ-2026-0002","kind":"raised","created_at":"2026-12-01T10:00:00+08:00"}]}`
	if got := marshal(t, wire.CaseOf(v)); got != want {
		t.Errorf("case\n got %s\nwant %s", got, want)
	}
	if got := marshal(t, wire.Inbox([]cases.InboxItem{{CaseID: 7, Key: "KH-2026-0001", Action: "respond", StateName: process.Text{Zh: "执行中"}}})); got != `[{"case_id":7,"key":"KH-2026-0001","title":"","process":"","state":"","state_name":{"zh":"执行中","en":""},"action":"respond","due_at":null,"due_clock":false,"overdue":false}]` {
		t.Errorf("inbox %s", got)
	}
}

// TestPartyLinkTimes: a contact's link keeps the times encoding/json always
// wrote for it, fractions of a second included, and omits missing ones.
func TestPartyLinkTimes(t *testing.T) {
	l := cases.PartyLink{ID: 3, Party: "huaxin", Name: "张伟", Email: "zhangwei@huaxin.example", URL: "https://x/p/t", Status: cases.LinkValid,
		CreatedAt: ptr(at("2026-11-30 09:00:00.123456")), ExpiresAt: ptr(at("2026-12-30 09:00:00"))}
	want := `{"id":3,"party":"huaxin","name":"张伟","email":"zhangwei@huaxin.example","url":"https://x/p/t","status":"valid","created_at":"2026-11-30T09:00:00.123456+08:00","expires_at":"2026-12-30T09:00:00+08:00"}`
	if got := marshal(t, wire.PartyLinkOf(l)); got != want {
		t.Errorf("link\n got %s\nwant %s", got, want)
	}
	old, _ := json.Marshal(struct {
		CreatedAt *time.Time `json:"created_at,omitempty"`
	}{l.CreatedAt})
	if string(old) != `{"created_at":"2026-11-30T09:00:00.123456+08:00"}` {
		t.Errorf("encoding/json writes a time as %s", old)
	}
	if got := marshal(t, wire.PartyLinks(nil)); got != "null" {
		t.Errorf("no links: %s", got)
	}
}

// TestViewsHaveNoJSON: the service's views refuse encoding/json, so no
// handler serves them in place of the wire's shapes.
func TestViewsHaveNoJSON(t *testing.T) {
	if _, err := json.Marshal(cases.View{}); err == nil {
		t.Error("cases.View encodes as JSON")
	}
	if _, err := json.Marshal([]cases.InboxItem{{}}); err == nil {
		t.Error("cases.InboxItem encodes as JSON")
	}
}
