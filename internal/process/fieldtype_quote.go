package process

import (
	"encoding/json"
	"time"
)

// quoteType is a priced quote: currency, tax rate and lines, whose
// amounts and totals the engine computes (quote.go).
type quoteType struct{}

// QuoteFields are a quote's parts as a form enters them (template
// 《客户解决方案书》): the engine computes the rest.
var QuoteFields = []Field{
	{Name: "currency", Label: Text{Zh: "币种", En: "Currency"}, Type: "enum", Required: true, Options: []string{"CNY", "USD", "EUR", "HKD", "JPY", "GBP"}},
	{Name: "tax_rate", Label: Text{Zh: "税率（如13%或0.13）", En: "Tax rate (e.g. 13% or 0.13)"}, Type: "decimal", Required: true},
	QuoteLines,
}

// QuoteLines are a quote's lines as a form enters them.
var QuoteLines = Field{Name: "items", Label: Text{Zh: "报价明细", En: "Lines"}, Type: "rows", Required: true, Columns: []Field{
	{Name: "name", Label: Text{Zh: "项目", En: "Item"}, Type: "text", Required: true},
	{Name: "qty", Label: Text{Zh: "数量", En: "Qty"}, Type: "decimal", Required: true},
	{Name: "unit_price", Label: Text{Zh: "单价", En: "Unit price"}, Type: "decimal", Required: true},
}}

func (quoteType) Shape() Shape { return ShapeQuote }

func (quoteType) Input(Field) FormInput { return FormInput{} }

// Parse reads a quote sent as one JSON text (a form without its parts).
func (quoteType) Parse(_ Field, raw string, _ *time.Location) any { return parseJSON(raw) }

// Display writes the quote's total with its currency ("CNY 11300.00").
func (quoteType) Display(_ Field, v any, s Show) string {
	q, ok := StoredQuote(v)
	if !ok {
		return plain(v)
	}
	return q.Currency + " " + decimalType{}.Display(Field{}, q.Total, s)
}

func (quoteType) validate(f *form, _ Field, v any, path string, _ map[string]any) (any, bool) {
	q, errs := parseQuote(v)
	for k, why := range errs {
		f.fail(path+k, why)
	}
	if len(errs) > 0 {
		return nil, false
	}
	return q.JSON(), true
}

// StoredQuote reads a stored quote back into its type; the store keeps it
// as the JSON object Quote.JSON made.
func StoredQuote(v any) (Quote, bool) {
	b, err := json.Marshal(v)
	if err != nil {
		return Quote{}, false
	}
	var q Quote
	if err := json.Unmarshal(b, &q); err != nil || q.Total == "" {
		return Quote{}, false
	}
	return q, true
}
