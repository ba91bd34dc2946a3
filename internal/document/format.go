package document

import (
	"encoding/json"
	"fmt"
	"math/big"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/process"
)

var weekdaysZh = [...]string{"周日", "周一", "周二", "周三", "周四", "周五", "周六"}

// Date writes a day the way the manual's paper does: 2026年12月3日(周四),
// or "Thu 3 Dec 2026" in English.
func Date(t time.Time, lang string) string {
	if lang == "en" {
		return t.Format("Mon 2 Jan 2006")
	}
	return fmt.Sprintf("%d年%d月%d日(%s)", t.Year(), int(t.Month()), t.Day(), weekdaysZh[t.Weekday()])
}

// DateTime writes a time as Date does, followed by the clock time in the
// time's own zone (the calendar's, as the server stores it).
func DateTime(t time.Time, lang string) string {
	return Date(t, lang) + " " + t.Format("15:04")
}

// dateText formats a YYYY-MM-DD or RFC 3339 string, or returns it as it is
// when it is neither, so that a document never hides a stored value.
func dateText(s string, withTime bool, lang string) string {
	if t, ok := process.DateTimeValue(s); ok {
		if withTime {
			return DateTime(t, lang)
		}
		return Date(t, lang)
	}
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return Date(t, lang)
	}
	return s
}

// names resolves logins to people's names through the case's participants
// (the people who matter on its paper), and departments and parties through
// the organisation when one is given.
type names struct {
	people map[string]string
	org    process.Org
	lang   string
}

func namesOf(c cases.View) names {
	n := names{people: map[string]string{}}
	for _, p := range c.Participants {
		if p.Login != "" && p.Name != "" {
			n.people[p.Login] = p.Name
		}
	}
	return n
}

func (n names) of(login string) string {
	if name, ok := n.people[login]; ok {
		return name + " (" + login + ")"
	}
	if n.org != nil {
		if u, ok := n.org.User(login); ok {
			return u.Name + " (" + login + ")"
		}
	}
	return login
}

func (n names) dept(id string) string {
	if n.org != nil {
		if d, ok := n.org.Department(id); ok {
			return process.Text{Zh: d.NameZh, En: d.NameEn}.In(n.lang)
		}
	}
	return id
}

func (n names) party(id string) string {
	if n.org != nil {
		if p, ok := n.org.Party(id); ok {
			return p.Name
		}
	}
	return id
}

// text writes a scalar value of a field as a line of the paper.
func text(f process.Field, v any, n names, lang string) string {
	if v == nil {
		return ""
	}
	switch f.Type {
	case "date":
		s, _ := v.(string)
		return dateText(s, false, lang)
	case "datetime":
		s, _ := v.(string)
		return dateText(s, true, lang)
	case "enum":
		return f.OptionName(fmt.Sprint(v), lang)
	case "status":
		return process.StatusName(fmt.Sprint(v)).In(lang)
	case "bool":
		if b, _ := v.(bool); b {
			return process.Text{Zh: "是", En: "Yes"}.In(lang)
		}
		return process.Text{Zh: "否", En: "No"}.In(lang)
	case "user":
		s, _ := v.(string)
		return n.of(s)
	case "department":
		s, _ := v.(string)
		return n.dept(s)
	case "party":
		s, _ := v.(string)
		return n.party(s)
	case "decimal":
		return grouped(fmt.Sprint(v))
	}
	switch x := v.(type) {
	case string:
		return x
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case int, int64, json.Number:
		return fmt.Sprint(x)
	case []any:
		// A list of lines that was not joined (an older record).
		var lines []string
		for _, it := range x {
			lines = append(lines, text(process.Field{Type: "text"}, it, n, lang))
		}
		return strings.Join(lines, "\n")
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var lines []string
		for _, k := range keys {
			lines = append(lines, k+": "+text(process.Field{Type: "text"}, x[k], n, lang))
		}
		return strings.Join(lines, "\n")
	}
	return fmt.Sprint(v)
}

// grouped writes a decimal string with thousands separators: 11,300.00.
func grouped(s string) string {
	whole, frac, dot := strings.Cut(s, ".")
	if len(whole) <= 3 || strings.TrimLeft(whole, "0123456789") != "" {
		return s
	}
	var b strings.Builder
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if dot {
		b.WriteString("." + frac)
	}
	return b.String()
}

// percent writes a tax rate such as "0.1300" as "13%".
func percent(rate string) string {
	r, ok := new(big.Rat).SetString(rate)
	if !ok {
		return rate
	}
	r.Mul(r, big.NewRat(100, 1))
	s := r.FloatString(2)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	return s + "%"
}

// quoteOf reads a stored quote back into its type; the store keeps it as
// the JSON object process.Quote.JSON made.
func quoteOf(v any) (process.Quote, bool) {
	b, err := json.Marshal(v)
	if err != nil {
		return process.Quote{}, false
	}
	var q process.Quote
	if err := json.Unmarshal(b, &q); err != nil || q.Total == "" {
		return process.Quote{}, false
	}
	return q, true
}
