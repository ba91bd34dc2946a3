package document

import (
	"strings"
	"testing"
	"time"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/process"
)

// TestPhoneOnPaper: a phone field (the test definition
// process/testdata/phone) is a cell of the form and of an action's record,
// grouped, on the HTML page and in the view the PDF is drawn from; the
// stored digits are what the signed document holds.
func TestPhoneOnPaper(t *testing.T) {
	reg, err := process.Load("../process/testdata/phone")
	if err != nil {
		t.Fatal(err)
	}
	d, ok := reg.Get("callback")
	if !ok {
		t.Fatal("no callback definition")
	}
	fields := map[string]any{"customer": "huaxin", "title": "回访工单系统", "mobile": "13800138000"}
	v := cases.View{ID: 1, Key: "HF-2026-0001", Process: d.ID, State: "done", Title: "回访工单系统", Fields: fields,
		Events: []cases.EventView{
			{Seq: 1, At: time.Date(2026, 12, 1, 10, 0, 0, 0, time.FixedZone("CST", 8*3600)), Actor: "zhoumin", Type: "opened", Fields: fields},
			{Seq: 2, At: time.Date(2026, 12, 2, 10, 0, 0, 0, time.FixedZone("CST", 8*3600)), Actor: "zhoumin", Type: "action", Action: "confirm_mobile", Fields: map[string]any{"mobile": "13912345678", "evidence": "客户电话确认"}},
		}}
	docs := Build(d, v)
	for _, tc := range []struct{ doc, want string }{{"form", "138 0013 8000"}, {"confirm_mobile-1", "139 1234 5678"}} {
		doc, ok := Find(docs, tc.doc)
		if !ok {
			t.Fatalf("no %s among %v", tc.doc, docs)
		}
		if b, _ := Canonical(doc); strings.Contains(string(b), tc.want) || !strings.Contains(string(b), strings.ReplaceAll(tc.want, " ", "")) {
			t.Errorf("%s signs %s", tc.doc, b)
		}
		page, err := HTML(doc, v, "zh", nil)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(page), tc.want) {
			t.Errorf("%s's page lacks %s:\n%s", tc.doc, tc.want, page)
		}
		found := false
		for _, s := range prepare(doc, v, "en", nil).Sections {
			for _, r := range s.Rows {
				found = found || r.Text == tc.want
			}
		}
		if !found {
			t.Errorf("%s's PDF view has no cell %s", tc.doc, tc.want)
		}
		if _, err := PDF(doc, v, "zh", nil, Fonts{}); err != nil {
			t.Fatal(err)
		}
	}
}
