package process

import (
	"encoding/json"
	"fmt"
	"github.com/liaison-dev/liaison/internal/i18n"
	"math"
	"strconv"
	"strings"
	"time"
)

// intType is a whole number between min and max, stored as a number.
type intType struct{}

func (intType) Shape() Shape { return ShapeLine }

// Input is a text box with a number keyboard: people type 80,000 or
// full-width digits, which Parse reads.
func (intType) Input(Field) FormInput { return FormInput{Type: "text", InputMode: "decimal"} }

func (intType) Parse(fd Field, raw string, _ *time.Location) any { return readNumber(raw, false) }

func (intType) Display(_ Field, v any, _ Show) string { return plain(v) }

func (intType) validate(f *form, fd Field, v any, path string, _ map[string]any) (any, bool) {
	if _, isString := v.(string); isString && f.strict {
		if f.types == nil {
			f.types = map[string]string{}
		}
		f.types[path] = "reason.must_be_json_number_not"
		return nil, false
	}
	n, ok := number(v)
	if !ok || n != math.Trunc(n) {
		f.fail(path, "reason.must_be_whole_number")
		return nil, false
	}
	if fd.Min != nil && n < *fd.Min || fd.Max != nil && n > *fd.Max {
		f.fail(path, i18n.Ref("reason.out_of_range", fmt.Sprintf("%g", deref(fd.Min, math.Inf(-1))), fmt.Sprintf("%g", deref(fd.Max, math.Inf(1)))))
		return nil, false
	}
	return int64(n), true
}

func number(v any) (float64, bool) {
	switch n := v.(type) {
	case json.Number:
		x, err := n.Float64()
		return x, err == nil
	case float64:
		return n, true
	case int:
		return float64(n), true
	case int64:
		return float64(n), true
	case string:
		x, err := strconv.ParseFloat(strings.TrimSpace(n), 64)
		return x, err == nil
	}
	return 0, false
}

func deref(p *float64, def float64) float64 {
	if p == nil {
		return def
	}
	return *p
}
