package document

import (
	"fmt"
	"math/big"
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

// statusEntry is the type of a document's own entry for an item's status
// (open, resolved): no field has it; it reads by the status's name.
const statusEntry = "status"

// text writes a scalar value of a field as a cell of the paper, by its
// field type (process.FieldType.Display).
func text(f process.Field, v any, n names, lang string) string {
	if f.Type == statusEntry && v != nil {
		return process.StatusName(fmt.Sprint(v)).In(lang)
	}
	return process.ShowCell(f, v, n.show(lang))
}

// show is how the paper writes values: days as the manual does, amounts
// with thousands separators, people as "name (login)".
func (n names) show(lang string) process.Show {
	return process.Show{Lang: lang, Names: n, Money: grouped,
		Day:  func(t time.Time) string { return Date(t, lang) },
		Time: func(t time.Time) string { return DateTime(t, lang) }}
}

// User, Department and Party make names a process.Names.
func (n names) User(login string) string { return n.of(login) }

// Department is the department's name in the paper's language.
func (n names) Department(id string) string { return n.dept(id) }

// Party is the party's name.
func (n names) Party(id string) string { return n.party(id) }

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
