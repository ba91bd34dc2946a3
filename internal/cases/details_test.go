package cases

import (
	"testing"
	"time"

	"github.com/liaison-dev/liaison/internal/process"
)

// TestDecisionDetailsKeepTheDisclosureRule: an external party's decided
// message never carries evidence or a field marked party: hidden; staff
// read the hidden field.
func TestDecisionDetailsKeepTheDisclosureRule(t *testing.T) {
	a := &process.Action{ID: "x", Fields: []process.Field{
		{Name: "plan", Label: process.Text{Zh: "解决方案", En: "Plan"}, Type: "longtext"},
		{Name: "cost", Label: process.Text{Zh: "内部成本", En: "Internal cost"}, Type: "text", Party: process.PartyHiddenField},
		{Name: "evidence", Label: process.Text{Zh: "凭据", En: "Evidence"}, Type: "longtext"},
	}}
	f := map[string]string{"plan": "12月10日前修复", "cost": "3人日", "evidence": "电话记录"}
	org := &process.Directory{}
	if got := decisionDetails(a, f, "zh", true, org, time.UTC); got != "解决方案：12月10日前修复" {
		t.Errorf("external reads %q", got)
	}
	if got := decisionDetails(a, f, "en", false, org, time.UTC); got != "Plan: 12月10日前修复\nInternal cost: 3人日" {
		t.Errorf("staff read %q", got)
	}
}
