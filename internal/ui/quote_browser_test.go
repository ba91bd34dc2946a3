package ui

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/liaison-dev/liaison/internal/browsertest"
)

// TestBrowserQuoteTotals: on the order form the purchaser types the lines
// and sees each total move as they type.
func TestBrowserQuoteTotals(t *testing.T) {
	ctx := browsertest.New(t)
	e := newEnv(t, "2026-03-02 10:00")
	base := e.srv.URL
	steps := []chromedp.Action[chromedp.Void]{
		chromedp.Navigate(base + "/login"),
		chromedp.WaitVisible(chromedp.CSS("#login")),
		chromedp.SendKeys(chromedp.CSS("#login"), "heping"),
		chromedp.SendKeys(chromedp.CSS("#password"), "demo1234"),
		chromedp.Click(chromedp.CSS("main button.primary")), chromedp.WaitVisible(chromedp.CSS("#todo-h")),
		chromedp.Navigate(base + "/new/supplier-order"), chromedp.WaitVisible(chromedp.CSS("#f-order-items-0-qty")),
		chromedp.SetValue(chromedp.CSS("#f-order-currency"), "CNY"),
		chromedp.SendKeys(chromedp.CSS("#f-order-tax_rate"), "0.13"),
		chromedp.SendKeys(chromedp.CSS("#f-order-items-0-qty"), "10"),
		chromedp.SendKeys(chromedp.CSS("#f-order-items-0-unit_price"), "3280"),
		chromedp.SendKeys(chromedp.CSS("#f-order-items-1-qty"), "3"),
		chromedp.SendKeys(chromedp.CSS("#f-order-items-1-unit_price"), "899.99"),
	}
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatal(err)
	}
	got, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("[data-quote-totals]")))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"小计 CNY 35499.97", "税额 CNY 4615.00", "合计 CNY 40114.97"} {
		if !strings.Contains(got, want) {
			t.Fatalf("totals %q lack %q", got, want)
		}
	}
}
