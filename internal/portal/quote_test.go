package portal

import (
	"strings"
	"testing"
	"time"

	"github.com/liaison-dev/liaison/internal/process"
)

// TestQuoteAsPrinted: the customer's page shows a quote as the printed
// 《客户解决方案书》 does — 120,000.00 and 税率 6% — not 120000.00 and 0.0600.
func TestQuoteAsPrinted(t *testing.T) {
	q := map[string]any{"currency": "CNY", "tax_rate": "0.0600", "subtotal": "120000.00", "tax": "7200.00", "total": "127200.00",
		"items": []any{map[string]any{"name": "Dashboard", "qty": "1", "unit_price": "120000.00", "amount": "120000.00"}}}
	it, ok := renderAs(process.Field{Name: "quote", Type: "quote"}, q, show(nil, time.UTC))
	if !ok || it.Table == nil {
		t.Fatalf("%+v", it)
	}
	var cells []string
	for _, r := range it.Table.Rows {
		cells = append(cells, strings.Join(r, "|"))
	}
	got := strings.Join(cells, "\n")
	for _, want := range []string{"Dashboard|1|120,000.00|120,000.00", "税额（税率 6%）|||CNY 7,200.00", "CNY 127,200.00"} {
		if !strings.Contains(got, want) {
			t.Errorf("%q missing:\n%s", want, got)
		}
	}
}
