package portal

import (
	"strings"
	"testing"
	"time"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/process"
)

// TestPageNamesTheFormAsTheManualDoes: a supplier's purchase order or a
// customer's complaint is not headed 需求内容 on the party's page, but by its
// form's name (采购订单, 客户反馈处理表).
func TestPageNamesTheFormAsTheManualDoes(t *testing.T) {
	reg, err := process.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for id, want := range map[string]string{"supplier-order": "采购订单", "customer-complaint": "客户反馈处理表", "customer-requirement": "客户需求确认表"} {
		d, ok := reg.Get(id)
		if !ok {
			t.Fatalf("no %s", id)
		}
		v := cases.View{ID: 1, Key: "K-1", Process: id, State: d.Initial, Fields: map[string]any{}}
		var page strings.Builder
		if err := pages.ExecuteTemplate(&page, "page.html", build(d, v, show(nil, time.UTC))); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(page.String(), "<h2>"+want+"</h2>") {
			t.Errorf("%s: the form is not headed %s", id, want)
		}
		if id != "customer-requirement" && strings.Contains(page.String(), "需求内容") {
			t.Errorf("%s: the page speaks of 需求内容", id)
		}
	}
}
