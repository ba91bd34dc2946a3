package ui

import (
	"strings"
	"testing"

	"github.com/liaison-dev/liaison/internal/i18n"
	"github.com/liaison-dev/liaison/internal/process"
)

// TestQuoteShownAsPrinted: the case page writes a quote as the printed
// 《客户解决方案书》 does — 120,000.00 and 税率 6% — not 120000.00 and 0.0600.
func TestQuoteShownAsPrinted(t *testing.T) {
	cat, err := i18n.Load()
	if err != nil {
		t.Fatal(err)
	}
	u := &UI{cat: cat}
	q := map[string]any{"currency": "CNY", "tax_rate": "0.0600", "subtotal": "120000.00", "tax": "7200.00", "total": "127200.00",
		"items": []any{map[string]any{"name": "Dashboard", "qty": "1", "unit_price": "120000.00", "amount": "120000.00"}}}
	s := u.shownValue(process.Field{Name: "quote", Type: "quote"}, q, options{}, nil, "zh")
	if len(s.Rows) != 1 || strings.Join(s.Rows[0], "|") != "Dashboard|1|120,000.00|120,000.00" {
		t.Errorf("rows %q", s.Rows)
	}
	for _, want := range []string{"税率 6%", "小计 120,000.00", "税额 7,200.00", "合计 127,200.00"} {
		if !strings.Contains(s.Text, want) {
			t.Errorf("%q lacks %q", s.Text, want)
		}
	}
}
