package cases

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/liaison-dev/liaison/internal/dberr"
	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
)

// PartyLink is an external contact's current portal link as the staff of
// the case see it: the URL to copy or show as a QR code, and its state.
type PartyLink struct {
	ID         int64
	Party      string
	Name       string
	Email      string
	URL        string // empty when the contact has no link yet
	Status     string // valid, expired, revoked or none
	CreatedAt  *time.Time
	ExpiresAt  *time.Time
	RevokedAt  *time.Time
	LastUsedAt *time.Time
}

// The link statuses of PartyLink.Status.
const (
	LinkValid   = "valid"
	LinkExpired = "expired"
	LinkRevoked = "revoked"
	LinkNone    = "none"
)

// Links is what the staff of a case do with its external contacts' portal
// links, from the case page, the API and the command line alike; the portal
// implements it.
type Links interface {
	// CaseLinks lists each external contact's newest link.
	CaseLinks(ctx context.Context, actor process.Actor, caseID int64) ([]PartyLink, error)
	// RevokeLinks revokes the contact's links (every contact's when email
	// is empty) and returns the contacts' links afterwards.
	RevokeLinks(ctx context.Context, actor process.Actor, caseID int64, email string) ([]PartyLink, error)
	// RenewLink revokes the contact's links and makes a fresh one, without
	// mailing it, and returns it.
	RenewLink(ctx context.Context, actor process.Actor, caseID int64, email string) (PartyLink, error)
}

// LinkContact is an external contact of a case, one a link may be made for.
type LinkContact struct {
	Party, Name, Email string
}

// LinkCase loads, in q, a case whose links actor may see and change: it must
// be visible to them (404 otherwise), and they must take part in it, have
// opened it, head a department in it, or administer (403 otherwise: the
// management's read-only view does not hand out customers' links). It
// returns the case's external contacts.
func (s *Service) LinkCase(ctx context.Context, q store.Querier, actor process.Actor, caseID int64) (store.CaseRow, []LinkContact, error) {
	row, err := s.visibleCase(ctx, q, ViewerOf(actor), caseID)
	if err != nil {
		return row, nil, err
	}
	if !takesPart(actor, &row.Case) {
		return row, nil, problem.Key(problem.Forbidden, "problem.only_case_s_participants_manage_its")
	}
	var out []LinkContact
	for _, p := range row.Participants {
		if p.Party == "" {
			continue
		}
		c := LinkContact{Party: p.Party, Name: p.Name, Email: NormEmail(p.Email)}
		if !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return row, out, nil
}

// takesPart reports whether actor may hand out the case's links.
func takesPart(a process.Actor, c *process.Case) bool {
	if a.Admin || (a.Login != "" && a.Login == c.Opener) {
		return true
	}
	for _, p := range c.Participants {
		if p.Party != "" {
			continue
		}
		if (a.Login != "" && p.Login == a.Login) || slices.Contains(a.HeadOf, p.Dept) {
			return true
		}
	}
	return false
}

// RecordLinkChange writes, in tx, an event on the case's timeline for a
// staff member's change to a contact's link (link_revoked, link_renewed),
// with its audit entry. It does not change the case's version: an open form
// stays valid.
func (s *Service) RecordLinkChange(ctx context.Context, tx store.Tx, actor process.Actor, row store.CaseRow, typ, email string, now time.Time) error {
	who := actor.Login
	if who == "" {
		who = process.SystemLogin
	}
	_, err := s.note(ctx, tx, row, actor, process.Event{At: now, Actor: who, Type: typ, State: row.State, Fields: map[string]any{"email": email}}, nil)
	return err
}

// note writes, in tx, one event that changes neither the case's state nor
// its version (a link handed out, a mail that failed), with its audit entry
// and the notices tell returns (nil for none), and reports whether it
// queued any.
func (s *Service) note(ctx context.Context, tx store.Tx, row store.CaseRow, actor process.Actor, ev process.Event, tell func(*Org) []process.Notice) (bool, error) {
	d, err := s.definition(row.Process)
	if err != nil {
		return false, err
	}
	env, err := s.env(ctx, tx, ev.At)
	if err != nil {
		return false, err
	}
	dec := process.Decision{Case: row.Case, Events: []process.Event{ev}}
	if tell != nil {
		dec.Notices = tell(env.Org.(*Org))
	}
	_, queued, err := s.commit(ctx, tx, d, row, dec, env, actor, row.Version)
	return queued, err
}

// toOpener is a notice to the staff member who opened c, if they are active.
func toOpener(org *Org, c *process.Case, kind string, fields map[string]string) []process.Notice {
	u, ok := org.Users[c.Opener]
	if !ok {
		return nil
	}
	return []process.Notice{{Kind: kind, Recipient: process.Participant{Login: u.Login, Name: u.Name, Dept: u.Dept, Email: u.Email}, Fields: fields}}
}

// NormEmail is an address as links store it: trimmed and lower-case.
func NormEmail(e string) string { return strings.ToLower(strings.TrimSpace(e)) }

// CaseID reads a case reference as the command line takes it: its number
// or its key (KH-2026-0001). It says nothing about who may see the case.
func (s *Service) CaseID(ctx context.Context, ref string) (int64, error) {
	if id, err := strconv.ParseInt(ref, 10, 64); err == nil && id > 0 {
		return id, nil
	}
	id, err := s.cfg.DB.CaseIDByKey(ctx, strings.TrimSpace(ref))
	return id, dberr.Problem(err, "thing.case_ref", ref)
}
