package process

import (
	"encoding/json"
	"fmt"
	"testing"
)

func line(name string, qty, price any) map[string]any {
	return map[string]any{"name": name, "qty": qty, "unit_price": price}
}

func TestQuoteArithmetic(t *testing.T) {
	many := func(n int, qty, price any) []any {
		out := make([]any, n)
		for i := range out {
			out[i] = line(fmt.Sprintf("第%d项", i+1), qty, price)
		}
		return out
	}
	tests := []struct {
		name                 string
		rate                 any
		items                []any
		amounts              []string
		subtotal, tax, total string
	}{
		{"one line", "0.13", []any{line("服务器", 2, "38500.00")}, []string{"77000.00"}, "77000.00", "10010.00", "87010.00"},
		{"tax rounds half up to the fen", "0.13", []any{line("a", 3, "19.99")}, []string{"59.97"}, "59.97", "7.80", "67.77"},
		{"tax exactly half a fen rounds up", "0.1", []any{line("a", 1, "0.05")}, []string{"0.05"}, "0.05", "0.01", "0.06"},
		{"tax just below half a fen rounds down", "0.0999", []any{line("a", 1, "0.05")}, []string{"0.05"}, "0.05", "0.00", "0.05"},
		{"line amount half up", "0", []any{line("a", "0.335", "1.00"), line("b", "0.333", "1.00")}, []string{"0.34", "0.33"}, "0.67", "0.00", "0.67"},
		{"no float drift: 0.1 × 3", "0.06", []any{line("a", 3, 0.1)}, []string{"0.30"}, "0.30", "0.02", "0.32"},
		{"json numbers", json.Number("0.13"), []any{line("a", json.Number("1.5"), json.Number("99.99"))}, []string{"149.99"}, "149.99", "19.50", "169.49"},
		{"sum of rounded lines", "0.13", []any{line("a", "0.5", "0.01"), line("b", "0.5", "0.01")}, []string{"0.01", "0.01"}, "0.02", "0.00", "0.02"},
		{"zero price is allowed", "0.13", []any{line("赠品", 1, "0")}, []string{"0.00"}, "0.00", "0.00", "0.00"},
		{"rate 1", "1", []any{line("a", 1, "10.00")}, []string{"10.00"}, "10.00", "10.00", "20.00"},
		{"large", "0.13", []any{line("a", "999999", "999999999.99")}, []string{"999998999990000.01"}, "999998999990000.01", "129999869998700.00", "1129998869988700.01"},
		{"200 lines", "0.13", many(200, 1, "0.01"), nil, "2.00", "0.26", "2.26"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			q, errs := parseQuote(map[string]any{"currency": "CNY", "tax_rate": tc.rate, "items": tc.items})
			if len(errs) > 0 {
				t.Fatalf("errors %v", errs)
			}
			for i, want := range tc.amounts {
				if q.Items[i].Amount != want {
					t.Errorf("line %d amount %s, want %s", i, q.Items[i].Amount, want)
				}
			}
			if q.Subtotal != tc.subtotal || q.Tax != tc.tax || q.Total != tc.total {
				t.Errorf("subtotal %s tax %s total %s, want %s %s %s", q.Subtotal, q.Tax, q.Total, tc.subtotal, tc.tax, tc.total)
			}
		})
	}
}

func TestQuoteRefusals(t *testing.T) {
	ok := []any{line("a", 1, "1.00")}
	tests := []struct {
		name  string
		quote any
		path  string
	}{
		{"not an object", "1000元", ""},
		{"unknown key", map[string]any{"currency": "CNY", "tax_rate": "0.13", "items": ok, "discount": "5"}, ".discount"},
		{"unknown currency", map[string]any{"currency": "RMB", "tax_rate": "0.13", "items": ok}, ".currency"},
		{"tax rate above 1", map[string]any{"currency": "CNY", "tax_rate": "1.5", "items": ok}, ".tax_rate"},
		{"tax rate as percent text", map[string]any{"currency": "CNY", "tax_rate": "13%", "items": ok}, ".tax_rate"},
		{"negative tax rate", map[string]any{"currency": "CNY", "tax_rate": -0.13, "items": ok}, ".tax_rate"},
		{"no lines", map[string]any{"currency": "CNY", "tax_rate": "0.13", "items": []any{}}, ".items"},
		{"201 lines", map[string]any{"currency": "CNY", "tax_rate": "0.13", "items": func() []any {
			out := make([]any, 201)
			for i := range out {
				out[i] = line("a", 1, "1")
			}
			return out
		}()}, ".items"},
		{"line not an object", map[string]any{"currency": "CNY", "tax_rate": "0.13", "items": []any{"a"}}, ".items[0]"},
		{"empty name", map[string]any{"currency": "CNY", "tax_rate": "0.13", "items": []any{line(" ", 1, "1")}}, ".items[0].name"},
		{"zero quantity", map[string]any{"currency": "CNY", "tax_rate": "0.13", "items": []any{line("a", 0, "1")}}, ".items[0].qty"},
		{"negative quantity", map[string]any{"currency": "CNY", "tax_rate": "0.13", "items": []any{line("a", "-2", "1")}}, ".items[0].qty"},
		{"quantity in words", map[string]any{"currency": "CNY", "tax_rate": "0.13", "items": []any{line("a", "两台", "1")}}, ".items[0].qty"},
		{"quantity with 5 decimals", map[string]any{"currency": "CNY", "tax_rate": "0.13", "items": []any{line("a", "1.00001", "1")}}, ".items[0].qty"},
		{"exponent", map[string]any{"currency": "CNY", "tax_rate": "0.13", "items": []any{line("a", "1e3", "1")}}, ".items[0].qty"},
		{"16 digits", map[string]any{"currency": "CNY", "tax_rate": "0.13", "items": []any{line("a", "1234567890123456", "1")}}, ".items[0].qty"},
		{"price below the fen", map[string]any{"currency": "CNY", "tax_rate": "0.13", "items": []any{line("a", 1, "1.005")}}, ".items[0].unit_price"},
		{"negative price", map[string]any{"currency": "CNY", "tax_rate": "0.13", "items": []any{line("a", 1, "-1")}}, ".items[0].unit_price"},
		{"price as bool", map[string]any{"currency": "CNY", "tax_rate": "0.13", "items": []any{line("a", 1, true)}}, ".items[0].unit_price"},
		{"missing price", map[string]any{"currency": "CNY", "tax_rate": "0.13", "items": []any{map[string]any{"name": "a", "qty": 1}}}, ".items[0].unit_price"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, errs := parseQuote(tc.quote)
			if errs[tc.path] == "" {
				t.Fatalf("no error at %q: %v", tc.path, errs)
			}
		})
	}
}

func TestTextAcceptsAListOfLines(t *testing.T) {
	org, cal := demoOrg(), testCalendar(t)
	f := newForm(Env{Now: at("2026-12-01 10:00"), Time: cal, Org: org}, nil)
	fields := []Field{{Name: "attendees", Type: "text"}, {Name: "deliverables", Type: "longtext"}, {Name: "bad", Type: "text"}}
	out := f.values(fields, map[string]any{"attendees": []any{"张伟", "周敏"}, "deliverables": []any{"《需求规格说明书》", "原型图"}, "bad": []any{"x", 3.0}}, "")
	if out["attendees"] != "张伟、周敏" || out["deliverables"] != "《需求规格说明书》\n原型图" || f.errs["bad"] == "" {
		t.Fatalf("%v %v", out, f.errs)
	}
}

func TestDatetimeForms(t *testing.T) {
	org, cal := demoOrg(), testCalendar(t)
	f := newForm(Env{Now: at("2026-12-01 10:00"), Time: cal, Org: org}, nil)
	fields := []Field{{Name: "a", Type: "datetime"}, {Name: "b", Type: "datetime"}, {Name: "c", Type: "datetime"}, {Name: "d", Type: "datetime"}}
	out := f.values(fields, map[string]any{"a": "2026-12-03T14:00:00+08:00", "b": "2026-12-03 14:00", "c": "2026-12-03T06:00:00Z", "d": "下周三下午"}, "")
	for _, k := range []string{"a", "b", "c"} {
		if out[k] != "2026-12-03T14:00:00+08:00" {
			t.Errorf("%s = %v", k, out[k])
		}
	}
	if f.errs["d"] == "" {
		t.Error("a vague time was accepted")
	}
}
