package document_test

import (
	"strings"
	"testing"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/document"
	"github.com/liaison-dev/liaison/internal/process"
)

// TestPartySignsByName: a partner signs a partner-collab closure through
// its link, with no login; its signature line and its seal name the
// contact and the party, never a blank or the actor's raw "party:ID".
func TestPartySignsByName(t *testing.T) {
	form := map[string]any{"partner": "hechuang", "title": "新版官网联合设计", "goal": "4月30日前上线",
		"start_on": "2027-04-12", "end_by": "2027-04-30"}
	at := ts("2027-04-19T10:00:00+08:00")
	v := cases.View{ID: 11, Key: "HZ-2027-0001", Process: "partner-collab", Title: "新版官网联合设计",
		ProcessName: process.Text{Zh: "合作方协同", En: "Partner collaboration"}, CreatedAt: at, Fields: form,
		Participants: []cases.ParticipantView{
			{Role: "owner", RoleName: process.Text{Zh: "我方负责人"}, Login: "yfzhu", Name: "朱开发", Dept: "tech"},
			{Role: "partner", RoleName: process.Text{Zh: "合作方对接人"}, Name: "诸葛亮", Party: "hechuang", Email: "zhuge@hechuang.test"},
		},
		Signatures: []cases.SignatureView{{Role: "owner", Login: "yfzhu", At: at}, {Role: "partner", At: at}},
		Seals:      []cases.SealView{{Document: "form", Role: "partner", Signer: "party:hechuang", At: at, SHA256: strings.Repeat("a", 64), Key: strings.Repeat("b", 64)}},
		Events:     []cases.EventView{ev(1, "2027-04-12T10:00:00+08:00", "yfzhu", "opened", "", form)},
	}
	doc, ok := document.Find(document.Build(definition(t, "partner-collab"), v), "form")
	if !ok {
		t.Fatal("no form")
	}
	page, err := document.HTML(doc, v, "zh", nil)
	if err != nil {
		t.Fatal(err)
	}
	s := string(page)
	if n := strings.Count(s, "诸葛亮 (hechuang)"); n != 2 {
		t.Errorf("the partner's contact is named %d times, want 2 (signature line and seal):\n%s", n, s)
	}
	if strings.Contains(s, "party:hechuang") {
		t.Errorf("the raw actor reached the paper:\n%s", s)
	}
}
