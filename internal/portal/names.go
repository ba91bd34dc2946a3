package portal

import (
	"context"

	"github.com/liaison-dev/liaison/internal/process"
)

// names resolve what the case stores by id to the names the customer
// reads: people and departments by name (never a login), parties by name.
type names struct {
	dir  *process.Directory
	lang string
}

// User is the person's name; an unknown login is shown as it is.
func (n names) User(login string) string {
	if u, ok := n.dir.Users[login]; ok && u.Name != "" {
		return u.Name
	}
	return login
}

// Department is the department's name in the page's language.
func (n names) Department(id string) string {
	d, ok := n.dir.Departments[id]
	switch {
	case !ok:
		return id
	case n.lang == "en" && d.NameEn != "":
		return d.NameEn
	case d.NameZh != "":
		return d.NameZh
	}
	return id
}

// Party is the party's name (华信科技 for huaxin).
func (n names) Party(id string) string {
	if p, ok := n.dir.Parties[id]; ok && p.Name != "" {
		return p.Name
	}
	return id
}

// show is how the page of a request writes values: with the directory's
// names, in the calendar's zone.
func (p *Portal) show(ctx context.Context) (process.Show, error) {
	org, err := p.cfg.Cases.Directory(ctx)
	if err != nil {
		return process.Show{}, err
	}
	return show(names{&org.Directory, lang}, p.loc()), nil
}
