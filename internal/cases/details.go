package cases

import (
	"strings"
	"time"

	"github.com/liaison-dev/liaison/internal/i18n"
	"github.com/liaison-dev/liaison/internal/process"
)

// shownElsewhere are an action's fields the decided message already says
// in its own sentences (reason, alternative, remark, a re-plan), or that
// an external reader never reads (evidence).
var shownElsewhere = map[string]bool{"reason": true, "alternative": true, "comment": true,
	"replan_reason": true, "proposed_date": true, "evidence": true}

// decisionDetails writes what an action recorded — the response and plan
// answering a customer's feedback, the milestone done, the date a supplier
// proposes — one "label：value" a line in lang, for the decided message:
// without it the reader learnt only the action's name. An external party
// reads only what the disclosure rule lets it read of the action.
func decisionDetails(a *process.Action, fields map[string]string, lang string, external bool, org process.Org, loc *time.Location) string {
	show := process.Show{Lang: lang, Location: loc, Names: orgNames{org, lang}, Money: i18n.Amount,
		Day: func(t time.Time) string { return i18n.Date(t, lang) }, Time: func(t time.Time) string { return i18n.DateTime(t, lang) }}
	sep := "："
	if lang == "en" {
		sep = ": "
	}
	var lines []string
	for _, f := range a.Fields {
		v := strings.TrimSpace(fields[f.Name])
		if v == "" || shownElsewhere[f.Name] || (f.Name == "name" && fields["replan_reason"] != "") || (external && !process.PartyReadsActionField(f)) {
			continue
		}
		if s := process.ShowCell(f, v, show); s != "" {
			lines = append(lines, f.Label.In(lang)+sep+s)
		}
	}
	return strings.Join(lines, "\n")
}

// orgNames shows users, departments and parties by name in a message.
type orgNames struct {
	org  process.Org
	lang string
}

func (n orgNames) User(login string) string {
	if u, ok := n.org.User(login); ok && u.Name != "" {
		return u.Name
	}
	return login
}

func (n orgNames) Department(id string) string {
	if d, ok := n.org.Department(id); ok {
		return process.Text{Zh: d.NameZh, En: d.NameEn}.In(n.lang)
	}
	return id
}

func (n orgNames) Party(id string) string {
	if p, ok := n.org.Party(id); ok && p.Name != "" {
		return p.Name
	}
	return id
}
