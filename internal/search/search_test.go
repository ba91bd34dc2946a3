package search

import (
	"slices"
	"testing"
)

func TestQueryTerms(t *testing.T) {
	tests := []struct {
		q    string
		want []string
	}{
		{"报价", []string{"报价"}},
		{"报价单", []string{"报价", "价单"}},
		{"合同审批", []string{"合同", "同审", "审批"}},
		{"Printer 打印机 v2", []string{"printer", "打印", "印机", "v2"}},
		{"XZ-2026-0001", []string{"xz", "2026", "0001"}},
		{"ＡＢＣ", []string{"abc"}},
		{"单", nil},
		{"单 合同", []string{"合同"}},
		{"!!!", nil},
	}
	for _, tc := range tests {
		if got := Query(tc.q); !slices.Equal(got, tc.want) {
			t.Errorf("Query(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
	if got := Terms("合同合同"); got["合同"] != 2 || got["同合"] != 1 {
		t.Errorf("Terms counts: %v", got)
	}
}

func TestSnippet(t *testing.T) {
	s, ok := Snippet("请于周五前提交<报价单>,并附合同草稿。", "报价单", 12)
	if !ok || s != "…前提交&lt;<mark>报价单</mark>&gt;,并附合…" {
		t.Errorf("snippet %q %v", s, ok)
	}
	if s, ok := Snippet("Quote for PRINTER repair", "printer", 100); !ok || s != "Quote for <mark>PRINTER</mark> repair" {
		t.Errorf("snippet %q %v", s, ok)
	}
	if _, ok := Snippet("nothing here", "报价", 20); ok {
		t.Error("snippet of a text without the query")
	}
}

func TestQueryTermsPrefix(t *testing.T) {
	got := QueryTerms("Budg 合同 v 2.0")
	want := []Term{{"budg", true}, {"合同", false}, {"v", false}, {"2", false}, {"0", false}}
	if !slices.Equal(got, want) {
		t.Errorf("QueryTerms = %v, want %v", got, want)
	}
	for p, end := range map[string]string{"budg": "budh", "v2": "v3", "caf\u00e9": "caf\u00ea", "x\uD7FF": "x\uE000"} {
		if got := PrefixEnd(p); got != end {
			t.Errorf("PrefixEnd(%q) = %q, want %q", p, got, end)
		}
	}
}

// A word that mixes letters and digits is indexed with its parts too, so
// that a version or part number is found by its number; a query keeps the
// whole word.
func TestTermsOfPartNumbers(t *testing.T) {
	got := Terms("Firmware V2.0, HP428A 型号 2026年")
	for _, term := range []string{"firmware", "v2", "v", "2", "0", "hp428a", "hp", "428", "a", "2026", "型号"} {
		if got[term] == 0 {
			t.Errorf("Terms: no %q in %v", term, got)
		}
	}
	if got["firmware"] != 1 || len(got) != 12 { // + 年 alone
		t.Errorf("Terms = %v", got)
	}
	if q := Query("HP428A"); !slices.Equal(q, []string{"hp428a"}) {
		t.Errorf("Query(HP428A) = %q", q)
	}
}
