package document

import (
	"fmt"
	"github.com/liaison-dev/liaison/internal/i18n"
	"strings"
	"time"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/process"
)

// names resolves logins to people's names through the case's participants
// (the people who matter on its paper), and departments and parties through
// the organisation when one is given.
type names struct {
	people map[string]string
	// contacts are the external parties' contacts on the case, by party
	// id; partyRoles the actor (party:ID) of each role a party plays.
	contacts   map[string]string
	partyRoles map[string]string
	org        process.Org
	lang       string
}

func namesOf(c cases.View) names {
	n := names{people: map[string]string{}, contacts: map[string]string{}, partyRoles: map[string]string{}}
	for _, p := range c.Participants {
		if p.Login != "" && p.Name != "" {
			n.people[p.Login] = p.Name
		}
		if p.Login == "" && p.Party != "" {
			n.contacts[p.Party] = p.Name
			n.partyRoles[p.Role] = "party:" + p.Party
		}
	}
	return n
}

// of names an actor: a person by name and login, an external party
// (party:ID) by its contact's name and the party's name.
func (n names) of(login string) string {
	if id, ok := strings.CutPrefix(login, "party:"); ok {
		if contact := n.contacts[id]; contact != "" {
			return contact + " (" + n.party(id) + ")"
		}
		return n.party(id)
	}
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
	return process.Show{Lang: lang, Names: n, Money: i18n.Amount,
		Day:  func(t time.Time) string { return i18n.Date(t, lang) },
		Time: func(t time.Time) string { return i18n.DateTime(t, lang) }}
}

// User, Department and Party make names a process.Names.
func (n names) User(login string) string { return n.of(login) }

// Department is the department's name in the paper's language.
func (n names) Department(id string) string { return n.dept(id) }

// Party is the party's name.
func (n names) Party(id string) string { return n.party(id) }

// percent writes a tax rate such as "0.1300" as "13%".
func percent(rate string) string { return i18n.Rate(rate) }

// label is a catalogue message in both languages, for the document's own
// titles and labels, which the page and the PDF pick a language of later.
func label(key string) process.Text {
	return process.Text{Zh: i18n.T("zh", key), En: i18n.T("en", key)}
}
