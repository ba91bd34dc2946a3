package process

import (
	"math/big"
	"strings"
	"time"
)

// decimalType is a non-negative amount with at most two decimals, stored
// exactly as text ("11300.00"), never through a float.
type decimalType struct{}

func (decimalType) Shape() Shape { return ShapeLine }

func (decimalType) Input(Field) FormInput { return FormInput{Type: "text", InputMode: "decimal"} }

// Parse reads a number as people write it; a rate (a field named …rate)
// written 13% is 0.13.
func (decimalType) Parse(fd Field, raw string, _ *time.Location) any {
	return readNumber(raw, strings.HasSuffix(fd.Name, "rate"))
}

func (decimalType) Display(_ Field, v any, s Show) string {
	if s.Money == nil {
		return plain(v)
	}
	return s.Money(plain(v))
}

func (decimalType) validate(f *form, _ Field, v any, path string, _ map[string]any) (any, bool) {
	d, err := parseDecimal(v)
	if err != nil || roundHalfUp(d, 2).Cmp(d) != 0 {
		f.fail(path, "reason.number_with_at_most_2")
		return nil, false
	}
	if d.Sign() < 0 {
		f.fail(path, "reason.must_not_be_negative")
		return nil, false
	}
	return formatDecimal(d, 2), true
}

// readNumber reads a number as people write it: full-width digits,
// thousands separators (80,000 or 80，000) and a percent sign. A rate
// written 13% is 0.13; any other number just loses the sign (40% done is
// 40). What is not a number after that passes unchanged, for the engine
// to refuse with its message.
func readNumber(s string, rate bool) string {
	s = strings.Map(func(r rune) rune {
		switch {
		case r >= '０' && r <= '９':
			return '0' + (r - '０')
		case r == '．':
			return '.'
		case r == '％':
			return '%'
		case r == ',' || r == '，' || r == ' ' || r == '\u00a0' || r == '_':
			return -1
		}
		return r
	}, s)
	pct := strings.HasSuffix(s, "%")
	s = strings.TrimSuffix(s, "%")
	if !pct || !rate {
		return s
	}
	x, ok := new(big.Rat).SetString(s)
	if !ok {
		return s + "%"
	}
	x.Quo(x, big.NewRat(100, 1))
	out := x.FloatString(10)
	out = strings.TrimRight(strings.TrimRight(out, "0"), ".")
	return out
}
