package cases

import (
	"context"

	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
)

// Org is the organisation as the engine sees it, read in the transaction of
// the action so that a change of head is seen at once.
type Org struct {
	process.Directory
	EmailOn  map[string]bool
	Channels map[string][]store.Channel // department → its robots and webhooks
	Chat     map[string]ChatIdentity    // login → how to reach them in chat
}

// ChatIdentity is how a user is reached by personal work notifications:
// their id per platform, or the mobile to look it up by.
type ChatIdentity struct {
	Mobile string
	IDs    map[string]string
}

// LoadOrg reads departments, users and parties (store.ReadOrg) as the
// engine sees them. The service keeps the result while org_version is
// unchanged.
func LoadOrg(ctx context.Context, q store.Querier) (*Org, error) {
	so, err := store.In(q).ReadOrg(ctx)
	if err != nil {
		return nil, err
	}
	o := &Org{Directory: process.Directory{Users: map[string]process.User{}, Departments: map[string]process.Department{}, Parties: map[string]process.Party{}},
		EmailOn: map[string]bool{}, Channels: map[string][]store.Channel{}, Chat: map[string]ChatIdentity{}}
	for _, d := range so.Departments {
		o.Departments[d.ID] = process.Department{ID: d.ID, NameZh: d.NameZh, NameEn: d.NameEn, Head: d.HeadLogin, Parent: d.Parent}
	}
	for _, u := range so.Users {
		o.Users[u.Login] = process.User{Login: u.Login, Name: u.Name, Email: u.Email, Dept: u.DeptID, Roles: u.Roles, Lang: u.Lang}
		o.EmailOn[u.Login] = u.EmailNotify
		o.Chat[u.Login] = ChatIdentity{Mobile: u.Mobile, IDs: u.ChatIDs}
	}
	for _, p := range so.Parties {
		pp := process.Party{ID: p.ID, Kind: p.Kind, Name: p.Name}
		for _, c := range p.Contacts {
			pp.Contacts = append(pp.Contacts, process.Contact{Name: c.Name, Email: c.Email, Phone: c.Phone})
		}
		o.Parties[p.ID] = pp
	}
	for _, c := range so.Channels {
		o.Channels[c.Dept] = append(o.Channels[c.Dept], c)
	}
	return o, nil
}

// Actor returns the engine's view of the user with login, as they act.
func (o *Org) Actor(login string) process.Actor {
	u := o.Users[login]
	a := process.Actor{Login: login, Name: u.Name, Dept: u.Dept, Roles: u.Roles, Email: u.Email}
	for _, d := range o.Departments {
		if d.Head == login {
			a.HeadOf = append(a.HeadOf, d.ID)
		}
	}
	a.Oversees = o.Directory.Oversees(login)
	a.ReadAll = u.Dept == process.ManagementDept
	return a
}

// Directory reads the organisation as it is now, for pickers and names on
// pages (departments and users to filter a list by).
func (s *Service) Directory(ctx context.Context) (*Org, error) { return LoadOrg(ctx, s.cfg.DB.SQL()) }
