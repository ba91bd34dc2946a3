package portal

import (
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/process"
)

// TestPhoneOnThePortal: a phone field (the test definition
// process/testdata/phone) is shown grouped to the customer and entered
// as a telephone number in the action it takes through its link.
func TestPhoneOnThePortal(t *testing.T) {
	reg, err := process.Load("../process/testdata/phone")
	if err != nil {
		t.Fatal(err)
	}
	d, ok := reg.Get("callback")
	if !ok {
		t.Fatal("no callback definition")
	}
	v := cases.View{ID: 1, Key: "HF-2026-0001", Process: d.ID, State: "confirming", Title: "回访工单系统",
		Fields:  map[string]any{"customer": "huaxin", "title": "回访工单系统", "mobile": "13800138000"},
		Actions: []string{"confirm_mobile"}}
	pd := build(d, v, show(nil, time.UTC))
	pd.Forms = forms(d, v, "", nil, nil, "", show(nil, time.UTC))
	var page strings.Builder
	if err := pages.ExecuteTemplate(&page, "page.html", pd); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"138 0013 8000", `<input id="mobile-f" type="tel" name="mobile" value="" inputmode="tel" autocomplete="tel" required>`} {
		if !strings.Contains(page.String(), want) {
			t.Errorf("the page lacks %s:\n%s", want, page.String())
		}
	}
	if strings.Contains(page.String(), "13800138000") {
		t.Error("the page shows the number as stored")
	}
	// What the customer types goes to the engine as typed, which reads it.
	a := d.Action("confirm_mobile")
	fields := formFields(a, url.Values{"mobile": {" ＋86 139 1234 5678 "}}, map[string]string{}, nil)
	if fields["mobile"] != "＋86 139 1234 5678" {
		t.Errorf("fields %v", fields)
	}
}
