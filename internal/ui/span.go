package ui

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/liaison-dev/liaison/internal/process"
)

// spanRE reads a definition's span: "2 workdays", "24h", "4 workhours", "7 days".
var spanRE = regexp.MustCompile(`^\s*(\d+)\s*(workdays?|workhours?|h|hours?|days?)\s*$`)

// spanWords writes a definition's span in words: 2个工作日, 24小时, 4个工作小时,
// 7天 (or 2 working days, 24 hours…); a span it cannot read shows as it is.
func (u *UI) spanWords(span, lang string) string {
	m := spanRE.FindStringSubmatch(span)
	if m == nil {
		return span
	}
	n, _ := strconv.Atoi(m[1])
	unit := map[string]string{"workday": "workdays", "workdays": "workdays", "workhour": "workhours", "workhours": "workhours",
		"h": "hours", "hour": "hours", "hours": "hours", "day": "days", "days": "days"}[m[2]]
	key := "span." + unit
	if lang == "en" && n == 1 {
		key += "_one"
	}
	return u.cat.T(lang, key, n)
}

// fieldLabel is the label of field name in d's opening form or any action,
// the name itself if none has it.
func fieldLabel(d *process.Definition, name, lang string) string {
	head, col, nested := strings.Cut(name, ".")
	find := func(list []process.Field) (string, bool) {
		for _, f := range list {
			if f.Name != head {
				continue
			}
			if !nested {
				return inLang(f.Label, lang), true
			}
			for _, c := range f.Columns {
				if c.Name == col {
					return inLang(f.Label, lang) + " · " + inLang(c.Label, lang), true
				}
			}
		}
		return "", false
	}
	if s, ok := find(d.Fields); ok {
		return s
	}
	for _, st := range d.States {
		for _, a := range st.Actions {
			if s, ok := find(a.Fields); ok {
				return s
			}
		}
	}
	return name
}
