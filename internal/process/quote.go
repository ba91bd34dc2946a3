package process

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"regexp"
	"strconv"
	"strings"
)

var decimalPattern = regexp.MustCompile(`^[0-9]{1,15}(\.[0-9]{1,4})?$`)

// parseDecimal reads a non-negative decimal exactly: from a JSON number's
// text or a string, never through a float.
func parseDecimal(v any) (*big.Rat, error) {
	var s string
	switch x := v.(type) {
	case json.Number:
		s = x.String()
	case string:
		s = strings.TrimSpace(x)
	case float64:
		s = strconv.FormatFloat(x, 'f', -1, 64)
	case int:
		s = strconv.Itoa(x)
	default:
		return nil, errors.New("not a number")
	}
	if !decimalPattern.MatchString(s) {
		return nil, fmt.Errorf("%q is not a decimal with at most 4 places", s)
	}
	r, ok := new(big.Rat).SetString(s)
	if !ok {
		return nil, fmt.Errorf("%q is not a decimal", s)
	}
	return r, nil
}

// roundHalfUp rounds r to places decimals, halves away from zero (r ≥ 0).
func roundHalfUp(r *big.Rat, places int) *big.Rat {
	scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(places)), nil)
	n := new(big.Int).Mul(r.Num(), scale)
	n.Mul(n, big.NewInt(2))
	n.Add(n, r.Denom())
	d := new(big.Int).Mul(r.Denom(), big.NewInt(2))
	n.Quo(n, d)
	return new(big.Rat).SetFrac(n, scale)
}

func formatDecimal(r *big.Rat, places int) string {
	return roundHalfUp(r, places).FloatString(places)
}

// QuoteLine is one line of a quote.
type QuoteLine struct {
	Name      string `json:"name"`
	Qty       string `json:"qty"`
	UnitPrice string `json:"unit_price"`
	Amount    string `json:"amount"`
}

// Quote is a 报价单: lines, tax and totals, all exact decimals as strings.
type Quote struct {
	Currency string      `json:"currency"`
	TaxRate  string      `json:"tax_rate"`
	Items    []QuoteLine `json:"items"`
	Subtotal string      `json:"subtotal"`
	Tax      string      `json:"tax"`
	Total    string      `json:"total"`
}

// JSON returns the quote as the generic value stored in case fields.
func (q Quote) JSON() map[string]any {
	b, _ := json.Marshal(q)
	var m map[string]any
	_ = json.Unmarshal(b, &m)
	return m
}

var currencies = map[string]bool{"CNY": true, "USD": true, "EUR": true, "HKD": true, "JPY": true, "GBP": true}

// parseQuote validates a quote and computes its totals on the server: each
// line rounded half-up to the fen, tax on the subtotal rounded the same way.
func parseQuote(v any) (Quote, map[string]string) {
	errs := map[string]string{}
	m, ok := v.(map[string]any)
	if !ok {
		return Quote{}, map[string]string{"": "reason.must_be_quote_object"}
	}
	for k := range m {
		switch k {
		case "currency", "tax_rate", "items":
		default:
			errs["."+k] = "reason.unknown_field"
		}
	}
	q := Quote{}
	q.Currency, _ = m["currency"].(string)
	if !currencies[q.Currency] {
		errs[".currency"] = "reason.unknown_currency"
	}
	rate, err := parseDecimal(m["tax_rate"])
	if err != nil || rate.Cmp(big.NewRat(1, 1)) > 0 {
		errs[".tax_rate"] = "reason.fraction_such_as_0_13"
		rate = new(big.Rat)
	}
	q.TaxRate = rate.FloatString(4)
	items, _ := m["items"].([]any)
	if len(items) == 0 || len(items) > 200 {
		errs[".items"] = "reason.1_to_200_lines"
	}
	sub := new(big.Rat)
	for i, it := range items {
		p := fmt.Sprintf(".items[%d]", i)
		row, ok := it.(map[string]any)
		if !ok {
			errs[p] = "reason.must_be_object"
			continue
		}
		name, _ := row["name"].(string)
		name = strings.TrimSpace(name)
		if name == "" || len([]rune(name)) > 200 {
			errs[p+".name"] = "reason.quote_line_name"
		}
		qty, err := parseDecimal(row["qty"])
		if err != nil || qty.Sign() == 0 {
			errs[p+".qty"] = "reason.positive_quantity"
			continue
		}
		price, err := parseDecimal(row["unit_price"])
		if err != nil || roundHalfUp(price, 2).Cmp(price) != 0 {
			errs[p+".unit_price"] = "reason.non_negative_price_at_most"
			continue
		}
		amount := roundHalfUp(new(big.Rat).Mul(qty, price), 2)
		sub.Add(sub, amount)
		q.Items = append(q.Items, QuoteLine{Name: name, Qty: trimZeros(qty.FloatString(4)), UnitPrice: price.FloatString(2), Amount: amount.FloatString(2)})
	}
	tax := roundHalfUp(new(big.Rat).Mul(sub, rate), 2)
	q.Subtotal = sub.FloatString(2)
	q.Tax = tax.FloatString(2)
	q.Total = new(big.Rat).Add(sub, tax).FloatString(2)
	return q, errs
}

func trimZeros(s string) string {
	if !strings.Contains(s, ".") {
		return s
	}
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}

// ComputeQuote checks a quote as the engine does and returns it with its
// line amounts and totals, for a page that shows them before sending; the
// errors are keyed by path below the quote (".items[0].qty").
func ComputeQuote(v any) (Quote, map[string]string) { return parseQuote(v) }
