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
	if t, err := time.Parse(time.RFC3339, s); err == nil {
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

// optionNames name the enum values and statuses of the built-in processes;
// a value not listed is shown as it is.
var optionNames = map[string]process.Text{
	"minor": {Zh: "一般", En: "Minor"}, "major": {Zh: "严重", En: "Major"}, "critical": {Zh: "紧急", En: "Critical"},
	"online": {Zh: "线上", En: "Online"}, "offline": {Zh: "线下", En: "Offline"},
	"accepted": {Zh: "接受方案", En: "Accepted"}, "changes_requested": {Zh: "需修改方案", En: "Changes requested"}, "rejected": {Zh: "不接受", En: "Rejected"},
	"meeting": {Zh: "会议沟通", En: "Meeting"}, "survey": {Zh: "需求调研", En: "Survey"}, "feedback_system": {Zh: "反馈系统", En: "Feedback system"},
	"open": {Zh: "待响应", En: "Open"}, "responded": {Zh: "已响应", En: "Responded"}, "resolved": {Zh: "已解决", En: "Resolved"},
}

// names resolves logins to people's names through the case's participants:
// the only directory a document has, and the people who matter on its paper.
type names map[string]string

func namesOf(c cases.View) names {
	n := names{}
	for _, p := range c.Participants {
		if p.Login != "" && p.Name != "" {
			n[p.Login] = p.Name
		}
	}
	return n
}

func (n names) of(login string) string {
	if name, ok := n[login]; ok {
		return name + " (" + login + ")"
	}
	return login
}

// text writes a scalar value of a field type as a line of the paper.
func text(typ string, v any, n names, lang string) string {
	if v == nil {
		return ""
	}
	switch typ {
	case "date":
		s, _ := v.(string)
		return dateText(s, false, lang)
	case "datetime":
		s, _ := v.(string)
		return dateText(s, true, lang)
	case "enum":
		s := fmt.Sprint(v)
		if t, ok := optionNames[s]; ok {
			return t.In(lang)
		}
		return s
	case "bool":
		if b, _ := v.(bool); b {
			return process.Text{Zh: "是", En: "Yes"}.In(lang)
		}
		return process.Text{Zh: "否", En: "No"}.In(lang)
	case "user":
		s, _ := v.(string)
		return n.of(s)
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
			lines = append(lines, text("text", it, n, lang))
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
			lines = append(lines, k+": "+text("text", x[k], n, lang))
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
