package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// Party kinds.
const (
	PartyCustomer = "customer"
	PartySupplier = "supplier"
	PartyPartner  = "partner"
)

// Party is an external organisation: a customer, supplier or partner.
type Party struct {
	ID       string // e.g. "huaxin"
	Kind     string
	Name     string
	Contacts []Contact
}

// Contact is a person at a party.
type Contact struct {
	Name    string
	Email   string
	Phone   string
	Primary bool
}

// PrimaryContact returns the primary contact, else the first, else false.
func (p Party) PrimaryContact() (Contact, bool) {
	for _, c := range p.Contacts {
		if c.Primary {
			return c, true
		}
	}
	if len(p.Contacts) > 0 {
		return p.Contacts[0], true
	}
	return Contact{}, false
}

// PutParty inserts p or replaces its kind, name and contacts. Run it in a
// transaction (In(tx)) so the contacts never appear half replaced.
func (q Q) PutParty(ctx context.Context, p Party) error {
	_, err := q.ExecContext(ctx, `
		INSERT INTO parties (id, kind, name) VALUES ($1, $2, $3)
		ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, name = excluded.name`,
		p.ID, p.Kind, p.Name)
	if err != nil {
		return fmt.Errorf("store: put party %q: %w", p.ID, err)
	}
	if _, err := q.ExecContext(ctx, `DELETE FROM party_contacts WHERE party_id = $1`, p.ID); err != nil {
		return fmt.Errorf("store: party %q contacts: %w", p.ID, err)
	}
	for _, c := range p.Contacts {
		_, err := q.ExecContext(ctx, `
			INSERT INTO party_contacts (party_id, name, email, phone, is_primary) VALUES ($1, $2, $3, $4, $5)`,
			p.ID, c.Name, c.Email, c.Phone, c.Primary)
		if err != nil {
			return fmt.Errorf("store: party %q contact %q: %w", p.ID, c.Name, err)
		}
	}
	return nil
}

// Party returns the party with that id and its contacts, or ErrNotFound.
func (q Q) Party(ctx context.Context, id string) (Party, error) {
	var p Party
	err := q.QueryRowContext(ctx, `SELECT id, kind, name FROM parties WHERE id = $1`, id).Scan(&p.ID, &p.Kind, &p.Name)
	if errors.Is(err, sql.ErrNoRows) {
		return Party{}, ErrNotFound
	}
	if err != nil {
		return Party{}, fmt.Errorf("store: party %q: %w", id, err)
	}
	p.Contacts, err = q.contacts(ctx, id)
	return p, err
}

// Parties returns every party with its contacts, ordered by id.
func (q Q) Parties(ctx context.Context) ([]Party, error) {
	rows, err := q.QueryContext(ctx, `SELECT id, kind, name FROM parties ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("store: parties: %w", err)
	}
	var out []Party
	for rows.Next() {
		var p Party
		if err := rows.Scan(&p.ID, &p.Kind, &p.Name); err != nil {
			rows.Close()
			return nil, fmt.Errorf("store: parties: %w", err)
		}
		out = append(out, p)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: parties: %w", err)
	}
	for i := range out {
		if out[i].Contacts, err = q.contacts(ctx, out[i].ID); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func (q Q) contacts(ctx context.Context, party string) ([]Contact, error) {
	rows, err := q.QueryContext(ctx, `
		SELECT name, email, phone, is_primary FROM party_contacts WHERE party_id = $1 ORDER BY id`, party)
	if err != nil {
		return nil, fmt.Errorf("store: contacts of %q: %w", party, err)
	}
	defer rows.Close()
	out := []Contact{}
	for rows.Next() {
		var c Contact
		if err := rows.Scan(&c.Name, &c.Email, &c.Phone, &c.Primary); err != nil {
			return nil, fmt.Errorf("store: contacts of %q: %w", party, err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// PartyExists reports whether a party with that id exists.
func (q Q) PartyExists(ctx context.Context, id string) (bool, error) {
	var n int
	if err := q.QueryRowContext(ctx, `SELECT count(*) FROM parties WHERE id = $1`, id).Scan(&n); err != nil {
		return false, fmt.Errorf("store: party %q: %w", id, err)
	}
	return n > 0, nil
}
