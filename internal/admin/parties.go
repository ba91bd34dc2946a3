package admin

import (
	"context"
	"errors"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/liaison-dev/liaison/internal/auth"
	"github.com/liaison-dev/liaison/internal/dberr"
	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
)

// Party is an external party as the API shows it (CONTRACT §10).
type Party struct {
	ID       string    `json:"id"`
	Kind     string    `json:"kind"`
	Name     string    `json:"name"`
	Contacts []Contact `json:"contacts"`
}

// Contact is a person at a party.
type Contact struct {
	Name    string `json:"name"`
	Email   string `json:"email"`
	Phone   string `json:"phone"`
	Primary bool   `json:"primary"`
}

// PartyInput creates a party or (PATCH) changes one.
type PartyInput struct {
	ID       string         `json:"id"`
	Kind     Opt[string]    `json:"kind"`
	Name     Opt[string]    `json:"name"`
	Contacts Opt[[]Contact] `json:"contacts"`
}

var partyID = regexp.MustCompile(`^[a-z0-9-]{1,40}$`)

var emailish = regexp.MustCompile(`^[^@\s]+@[^@\s]+\.[^@\s]+$`)

func viewParty(p store.Party) Party {
	v := Party{ID: p.ID, Kind: p.Kind, Name: p.Name, Contacts: []Contact{}}
	primary := false
	for _, c := range p.Contacts {
		v.Contacts = append(v.Contacts, Contact{Name: c.Name, Email: c.Email, Phone: c.Phone, Primary: c.Primary})
		primary = primary || c.Primary
	}
	if !primary && len(v.Contacts) > 0 {
		v.Contacts[0].Primary = true // the first is the primary one unless another says so
	}
	return v
}

// Parties lists the customers, suppliers and partners (every signed-in user).
func (s *Service) Parties(ctx context.Context, a auth.User) ([]Party, error) {
	out := []Party{}
	err := s.read(ctx, a, Anyone, "", func(store.Querier) error {
		list, err := s.cfg.DB.Parties(ctx)
		for _, p := range list {
			out = append(out, viewParty(p))
		}
		return err
	})
	return out, err
}

// Party returns one party (every signed-in user); 404 if absent.
func (s *Service) Party(ctx context.Context, a auth.User, id string) (Party, error) {
	var out Party
	err := s.read(ctx, a, Anyone, "", func(q store.Querier) error {
		p, err := store.In(q).Party(ctx, id)
		if err != nil {
			return dberr.Problem(err, "thing.party", id)
		}
		out = viewParty(p)
		return nil
	})
	return out, err
}

// CreateParty adds a party with its contacts (201); a taken id is a 409.
func (s *Service) CreateParty(ctx context.Context, a auth.User, in PartyInput) (Party, error) {
	var out Party
	err := s.change(ctx, a, Admins, "", func(tx store.Tx, _ time.Time) (entry, error) {
		v, err := s.putParty(ctx, tx, in, true)
		out = v.after
		return entry{Action: "party_added", Target: in.ID, After: v.after}, err
	})
	return out, err
}

// UpdateParty changes a party's kind, name or contacts (the list replaces the old one).
func (s *Service) UpdateParty(ctx context.Context, a auth.User, id string, in PartyInput) (Party, error) {
	var out Party
	err := s.change(ctx, a, Admins, "", func(tx store.Tx, _ time.Time) (entry, error) {
		if in.ID != "" && in.ID != id {
			return entry{}, problem.FieldsKey("problem.invalid_party", map[string]string{"id": "reason.party_s_id_cannot_change"})
		}
		in.ID = id
		v, err := s.putParty(ctx, tx, in, false)
		out = v.after
		return entry{Action: "party_changed", Target: id, Before: v.before, After: v.after}, err
	})
	return out, err
}

type putP struct {
	before, after Party
	created       bool
}

// putParty creates or changes one party inside tx (the API and the import).
func (s *Service) putParty(ctx context.Context, tx store.Tx, in PartyInput, create bool) (putP, error) {
	in.ID = strings.TrimSpace(in.ID)
	old, err := store.In(tx).Party(ctx, in.ID)
	exists := err == nil
	if err != nil && !errors.Is(err, store.ErrNotFound) {
		return putP{}, err
	}
	if create && exists {
		return putP{}, problem.Key(problem.Conflict, "problem.party_exists", in.ID)
	}
	if !create && !exists {
		return putP{}, problem.Key(problem.NotFound, "problem.no_such_party")
	}
	p := viewParty(old)
	p.ID = in.ID
	in.Kind.apply(&p.Kind)
	in.Name.apply(&p.Name)
	in.Contacts.apply(&p.Contacts)
	p.Name = strings.TrimSpace(p.Name)
	bad := map[string]string{}
	if !partyID.MatchString(p.ID) {
		bad["id"] = "reason.party_id_pattern"
	}
	if p.Kind != store.PartyCustomer && p.Kind != store.PartySupplier && p.Kind != store.PartyPartner {
		bad["kind"] = "reason.customer_supplier_or_partner"
	}
	if process.Blank(p.Name) || utf8.RuneCountInString(p.Name) > 200 {
		bad["name"] = "reason.required_at_most_200_characters"
	} else if why := process.SingleLineReason(p.Name); why != "" {
		bad["name"] = why // a name goes into mail headers, messages and logs
	}
	sp := store.Party{ID: p.ID, Kind: p.Kind, Name: p.Name}
	primary := false
	for i, c := range p.Contacts {
		c.Name, c.Email, c.Phone = strings.TrimSpace(c.Name), strings.TrimSpace(c.Email), strings.TrimSpace(c.Phone)
		at := "contacts[" + strconv.Itoa(i) + "]"
		if process.Blank(c.Name) {
			bad[at+".name"] = "reason.required"
		} else if why := process.SingleLineReason(c.Name); why != "" {
			bad[at+".name"] = why // the portal's mail greets the contact by name
		}
		if c.Email != "" && (!emailish.MatchString(c.Email) || process.SingleLineReason(c.Email) != "") {
			bad[at+".email"] = "reason.not_email_address"
		}
		if why := process.SingleLineReason(c.Phone); why != "" {
			bad[at+".phone"] = why
		}
		if c.Primary {
			if primary {
				bad[at+".primary"] = "reason.only_one_primary_contact"
			}
			primary = true
		}
		p.Contacts[i] = c
		sp.Contacts = append(sp.Contacts, store.Contact{Name: c.Name, Email: c.Email, Phone: c.Phone, Primary: c.Primary})
	}
	if len(bad) > 0 {
		return putP{}, problem.FieldsKey("problem.invalid_party", bad)
	}
	if !primary && len(p.Contacts) > 0 {
		p.Contacts[0].Primary = true // as viewParty shows it
	}
	if err := store.In(tx).PutParty(ctx, sp); err != nil {
		return putP{}, err
	}
	out := putP{after: p, created: !exists}
	if exists {
		out.before = viewParty(old)
	}
	return out, nil
}
