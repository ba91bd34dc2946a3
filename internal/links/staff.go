package links

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"time"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
)

var _ cases.Links = (*Service)(nil)

// mint inserts a fresh link lasting the full TTL, in tx.
func (p *Service) mint(ctx context.Context, tx store.Tx, caseID int64, party, email string, now time.Time) (store.PortalLink, error) {
	var n [16]byte
	if _, err := rand.Read(n[:]); err != nil {
		return store.PortalLink{}, fmt.Errorf("links: nonce: %w", err)
	}
	l := store.PortalLink{Nonce: hex.EncodeToString(n[:]), CaseID: caseID, Party: party, Email: email, CreatedAt: now, ExpiresAt: now.Add(p.cfg.TTL)}
	var err error
	l.ID, err = store.In(tx).InsertPortalLink(ctx, l)
	return l, err
}

// CaseLinks lists, for each external contact of the case, their newest link
// (a valid one before an expired or revoked one), with the URL to copy.
func (p *Service) CaseLinks(ctx context.Context, actor process.Actor, caseID int64) ([]cases.PartyLink, error) {
	now, err := p.cfg.Cases.Now(ctx)
	if err != nil {
		return nil, err
	}
	var out []cases.PartyLink
	err = p.cfg.DB.Tx(ctx, func(tx store.Tx) error {
		_, contacts, err := p.cfg.Cases.LinkCase(ctx, tx, actor, caseID)
		if err != nil {
			return err
		}
		out, err = p.contactLinks(ctx, tx, caseID, contacts, now)
		return err
	})
	return out, err
}

// contactLinks pairs each contact with its newest link.
func (p *Service) contactLinks(ctx context.Context, tx store.Tx, caseID int64, contacts []cases.LinkContact, now time.Time) ([]cases.PartyLink, error) {
	key, err := p.signingKey(ctx, tx)
	if err != nil {
		return nil, err
	}
	all, err := store.In(tx).PortalLinks(ctx, caseID)
	if err != nil {
		return nil, err
	}
	out := make([]cases.PartyLink, 0, len(contacts))
	for _, c := range contacts {
		pl := cases.PartyLink{Party: c.Party, Name: c.Name, Email: c.Email, Status: cases.LinkNone}
		var best *store.PortalLink
		for i := range all {
			l := &all[i]
			if l.Party != c.Party || l.Email != c.Email {
				continue
			}
			// Newest first, but a usable link beats a newer unusable one.
			if best == nil || (usable(*l, now) && !usable(*best, now)) || (usable(*l, now) == usable(*best, now) && l.ID > best.ID) {
				best = l
			}
		}
		if best != nil {
			pl.ID, pl.URL = best.ID, p.url(token(key, best.ID, best.Nonce))
			loc := p.cfg.Cases.Calendar().Location() // the API's times are in the calendar's zone
			created, expires := best.CreatedAt.In(loc), best.ExpiresAt.In(loc)
			pl.CreatedAt, pl.ExpiresAt, pl.RevokedAt, pl.LastUsedAt = &created, &expires, inZone(best.RevokedAt, loc), inZone(best.LastUsedAt, loc)
			switch {
			case best.RevokedAt != nil:
				pl.Status = cases.LinkRevoked
			case !now.Before(best.ExpiresAt):
				pl.Status = cases.LinkExpired
			default:
				pl.Status = cases.LinkValid
			}
		}
		out = append(out, pl)
	}
	return out, nil
}

// inZone is t in loc; nil stays nil.
func inZone(t *time.Time, loc *time.Location) *time.Time {
	if t == nil {
		return nil
	}
	in := t.In(loc)
	return &in
}

func usable(l store.PortalLink, now time.Time) bool {
	return l.RevokedAt == nil && now.Before(l.ExpiresAt)
}

// pick finds the contact email names; an empty email means the only
// contact when there is one (for RenewLink) or all of them (all true).
func pick(contacts []cases.LinkContact, email string, all bool) ([]cases.LinkContact, error) {
	email = cases.NormEmail(email)
	if len(contacts) == 0 {
		return nil, problem.Key(problem.Conflict, "problem.this_case_has_no_external_contact")
	}
	if email == "" {
		if all || len(contacts) == 1 {
			return contacts, nil
		}
		return nil, problem.FieldsKey("problem.name_the_contact", map[string]string{"email": "reason.several_contacts"})
	}
	for _, c := range contacts {
		if c.Email == email {
			return []cases.LinkContact{c}, nil
		}
	}
	return nil, problem.FieldsKey("problem.not_a_contact", map[string]string{"email": "problem.not_a_contact"})
}

// RevokeLinks revokes the contact's links (every contact's when email is
// empty): the next use of any of them answers 410. One transaction with
// the timeline event and its audit entry.
func (p *Service) RevokeLinks(ctx context.Context, actor process.Actor, caseID int64, email string) ([]cases.PartyLink, error) {
	now, err := p.cfg.Cases.Now(ctx)
	if err != nil {
		return nil, err
	}
	var out []cases.PartyLink
	err = p.cfg.DB.Tx(ctx, func(tx store.Tx) error {
		row, contacts, err := p.cfg.Cases.LinkCase(ctx, tx, actor, caseID)
		if err != nil {
			return err
		}
		chosen, err := pick(contacts, email, true)
		if err != nil {
			return err
		}
		for _, c := range chosen {
			n, err := store.In(tx).RevokePortalLinks(ctx, caseID, c.Email, now)
			if err != nil {
				return err
			}
			if n == 0 {
				continue
			}
			if err := p.cfg.Cases.RecordLinkChange(ctx, tx, actor, row, "link_revoked", c.Email, now); err != nil {
				return err
			}
			if row, err = p.cfg.DB.LockCase(ctx, tx, caseID); err != nil {
				return err
			}
		}
		out, err = p.contactLinks(ctx, tx, caseID, contacts, now)
		return err
	})
	return out, err
}

// RenewLink revokes the contact's links and makes a fresh one lasting the
// full TTL; nothing is mailed, the staff member passes it on (copy, QR
// code). One transaction with the timeline event and its audit entry.
func (p *Service) RenewLink(ctx context.Context, actor process.Actor, caseID int64, email string) (cases.PartyLink, error) {
	now, err := p.cfg.Cases.Now(ctx)
	if err != nil {
		return cases.PartyLink{}, err
	}
	var out cases.PartyLink
	err = p.cfg.DB.Tx(ctx, func(tx store.Tx) error {
		row, contacts, err := p.cfg.Cases.LinkCase(ctx, tx, actor, caseID)
		if err != nil {
			return err
		}
		if row.Terminal {
			return problem.Key(problem.Conflict, "problem.case_is_closed")
		}
		chosen, err := pick(contacts, email, false)
		if err != nil {
			return err
		}
		c := chosen[0]
		if _, err := store.In(tx).RevokePortalLinks(ctx, caseID, c.Email, now); err != nil {
			return err
		}
		if _, err := p.mint(ctx, tx, caseID, c.Party, c.Email, now); err != nil {
			return err
		}
		if err := p.cfg.Cases.RecordLinkChange(ctx, tx, actor, row, "link_renewed", c.Email, now); err != nil {
			return err
		}
		list, err := p.contactLinks(ctx, tx, caseID, []cases.LinkContact{c}, now)
		if err != nil {
			return err
		}
		out = list[0]
		return nil
	})
	return out, err
}
