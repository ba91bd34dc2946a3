package store

import (
	"context"
	"encoding/json"
	"fmt"
)

// Org is the organisation as the case engine reads it, in one go: every
// department, every active user (no password hashes), every party with
// its contacts (the primary one first), and the departments' channels.
// Every table read here raises org_version when it changes (the triggers
// of migration 00018), which is how the case service knows to read again.
type Org struct {
	Departments []Department
	Users       []User
	Parties     []Party
	Channels    []Channel
}

// ReadOrg reads the organisation through q (a transaction or the pool).
func (q Q) ReadOrg(ctx context.Context) (Org, error) {
	var o Org
	var err error
	if o.Departments, err = q.departments(ctx, `SELECT id, name_zh, name_en, COALESCE(head_login, ''), COALESCE(parent_id, '') FROM departments`); err != nil {
		return Org{}, fmt.Errorf("store: org: %w", err)
	}
	rows, err := q.QueryContext(ctx, `SELECT login, name, email, COALESCE(dept_id, ''), roles, lang, email_notify, mobile, chat_ids FROM users WHERE NOT disabled`)
	if err != nil {
		return Org{}, fmt.Errorf("store: org: %w", err)
	}
	for rows.Next() {
		var u User
		var roles, chat string
		if err := rows.Scan(&u.Login, &u.Name, &u.Email, &u.DeptID, &roles, &u.Lang, &u.EmailNotify, &u.Mobile, &chat); err != nil {
			rows.Close()
			return Org{}, fmt.Errorf("store: org: %w", err)
		}
		_ = json.Unmarshal([]byte(roles), &u.Roles)
		u.ChatIDs, _ = ParseChatIDs(chat) // written only by ChatIDsText
		o.Users = append(o.Users, u)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return Org{}, fmt.Errorf("store: org: %w", err)
	}
	rows, err = q.QueryContext(ctx, `SELECT p.id, p.kind, p.name, COALESCE(c.name, ''), COALESCE(c.email, ''), COALESCE(c.phone, '')
		FROM parties p LEFT JOIN party_contacts c ON c.party_id = p.id ORDER BY p.id, c.is_primary DESC, c.id`)
	if err != nil {
		return Org{}, fmt.Errorf("store: org: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var p Party
		var c Contact
		if err := rows.Scan(&p.ID, &p.Kind, &p.Name, &c.Name, &c.Email, &c.Phone); err != nil {
			return Org{}, fmt.Errorf("store: org: %w", err)
		}
		if n := len(o.Parties); n == 0 || o.Parties[n-1].ID != p.ID {
			o.Parties = append(o.Parties, p)
		}
		if c.Name != "" || c.Email != "" {
			last := &o.Parties[len(o.Parties)-1]
			last.Contacts = append(last.Contacts, c)
		}
	}
	if err := rows.Err(); err != nil {
		return Org{}, fmt.Errorf("store: org: %w", err)
	}
	if o.Channels, err = q.Channels(ctx); err != nil {
		return Org{}, err
	}
	return o, nil
}
