package cases

import (
	"context"
	"encoding/json"
	"fmt"

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

// LoadOrg reads departments, users and parties. The service keeps the
// result while org_version is unchanged: every table read here must raise
// that version when it changes (triggers of migration 00018).
func LoadOrg(ctx context.Context, q store.Querier) (*Org, error) {
	o := &Org{Directory: process.Directory{Users: map[string]process.User{}, Departments: map[string]process.Department{}, Parties: map[string]process.Party{}}, EmailOn: map[string]bool{}, Chat: map[string]ChatIdentity{}}
	rows, err := q.QueryContext(ctx, `SELECT id, name_zh, name_en, COALESCE(head_login, ''), COALESCE(parent_id, '') FROM departments`)
	if err != nil {
		return nil, fmt.Errorf("cases: org: %w", err)
	}
	for rows.Next() {
		var d process.Department
		if err := rows.Scan(&d.ID, &d.NameZh, &d.NameEn, &d.Head, &d.Parent); err != nil {
			rows.Close()
			return nil, err
		}
		o.Departments[d.ID] = d
	}
	rows.Close()
	rows, err = q.QueryContext(ctx, `SELECT login, name, email, COALESCE(dept_id, ''), roles, lang, email_notify, mobile, chat_ids FROM users WHERE NOT disabled`)
	if err != nil {
		return nil, fmt.Errorf("cases: org: %w", err)
	}
	for rows.Next() {
		var (
			u     process.User
			roles string
			on    bool
			chat  ChatIdentity
			ids   string
		)
		if err := rows.Scan(&u.Login, &u.Name, &u.Email, &u.Dept, &roles, &u.Lang, &on, &chat.Mobile, &ids); err != nil {
			rows.Close()
			return nil, err
		}
		_ = json.Unmarshal([]byte(roles), &u.Roles)
		o.Users[u.Login] = u
		o.EmailOn[u.Login] = on
		chat.IDs, _ = store.ParseChatIDs(ids) // written only by store.ChatIDsText
		o.Chat[u.Login] = chat
	}
	rows.Close()
	rows, err = q.QueryContext(ctx, `SELECT p.id, p.kind, p.name, COALESCE(c.name, ''), COALESCE(c.email, ''), COALESCE(c.phone, '')
		FROM parties p LEFT JOIN party_contacts c ON c.party_id = p.id ORDER BY p.id, c.is_primary DESC, c.id`)
	if err != nil {
		return nil, fmt.Errorf("cases: org: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var p process.Party
		var c process.Contact
		if err := rows.Scan(&p.ID, &p.Kind, &p.Name, &c.Name, &c.Email, &c.Phone); err != nil {
			return nil, err
		}
		prev, ok := o.Parties[p.ID]
		if ok {
			p = prev
		}
		if c.Name != "" || c.Email != "" {
			p.Contacts = append(p.Contacts, c)
		}
		o.Parties[p.ID] = p
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	chans, err := store.Channels(ctx, q)
	if err != nil {
		return nil, err
	}
	o.Channels = map[string][]store.Channel{}
	for _, c := range chans {
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
