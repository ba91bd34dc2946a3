package cases

import (
	"context"
	"time"

	"github.com/liaison-dev/liaison/internal/dberr"
	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
)

// PortalLinker makes a customer's (or supplier's) link to one case, inside
// the transaction that tells them of it, and returns a reference to it (the
// link's id; the outbox row keeps that, never the token, in
// Fields["link_id"]) and when it expires. The portal package provides it,
// and expands the reference into the URL when the mail is sent.
type PortalLinker func(ctx context.Context, tx store.Tx, caseID int64, party, email string, now time.Time) (ref string, expires time.Time, err error)

// PartyActor is an external party acting through its link.
func PartyActor(party, name, email string) process.Actor {
	return process.Actor{Party: party, Name: name, Email: email}
}

// PortalView returns the case behind a valid link: only that case, and only
// what the party may read by the disclosure rule (process.Disclose: no
// internal events or fields, no unapproved drafts) and no staff logins, for
// the portal's JSON and page and any other caller alike.
func (s *Service) PortalView(ctx context.Context, caseID int64, party string) (View, error) {
	row, err := s.cfg.DB.LoadCase(ctx, caseID)
	if err != nil {
		return View{}, dberr.Problem(err, "thing.case")
	}
	d, err := s.definition(row.Process)
	if err != nil {
		return View{}, err
	}
	now, err := s.Now(ctx)
	if err != nil {
		return View{}, err
	}
	a := process.Actor{Party: party}
	if !partyOf(&row.Case, party) {
		return View{}, problem.Key(problem.NotFound, "problem.nothing_found")
	}
	v := s.view(d, row, a, now)
	v.Actions = v.Actions[:len(v.Actions)-1] // no internal comments through a link
	// The party sees names and roles, not logins or e-mail addresses of staff.
	for i := range v.Participants {
		v.Participants[i].Login, v.Participants[i].Email = "", ""
	}
	evs, err := s.cfg.DB.CaseEvents(ctx, caseID)
	if err != nil {
		return View{}, err
	}
	loc := s.Calendar().Location()
	for _, e := range evs {
		// Every event goes to the rule, which decides; who took it is
		// never shown (staff logins), the rule drops comments.
		v.Events = append(v.Events, EventView{Seq: e.Seq, At: e.Event.At.In(loc), Type: e.Event.Type, Action: e.Event.Action, State: e.Event.State, Fields: e.Event.Fields, Comment: e.Event.Comment, Hash: e.Hash})
	}
	// Names, not logins: the opener by name, signatures by role and time.
	org, err := LoadOrg(ctx, s.cfg.DB.SQL())
	if err != nil {
		return View{}, err
	}
	v.Opener = ""
	if u, ok := org.User(row.Opener); ok {
		v.Opener = u.Name
	}
	for i := range v.Signatures {
		v.Signatures[i].Login = ""
	}
	return Disclose(d, process.Reader{Party: party}, v), nil
}

// PortalAct performs an action as the external party of the case.
func (s *Service) PortalAct(ctx context.Context, caseID int64, actor process.Actor, action string, in process.Input) (View, error) {
	if action == "comment" {
		return View{}, problem.Key(problem.Forbidden, "problem.comments_are_for_staff")
	}
	actor.Login = ""
	load := func(tx store.Tx) (store.CaseRow, error) {
		row, err := s.cfg.DB.LockCase(ctx, tx, caseID)
		if err == nil && !partyOf(&row.Case, actor.Party) {
			err = store.ErrNotFound // another party's case is as good as none
		}
		if err != nil {
			return row, dberr.Problem(err, "thing.case")
		}
		return row, s.needFile(ctx, tx, row, actor, action)
	}
	mark := func(dec *process.Decision) {
		for i := range dec.Events {
			dec.Events[i].Actor = "party:" + actor.Party
		}
	}
	if _, err := s.run(ctx, load, actor, action, in, mark); err != nil {
		return View{}, err
	}
	return s.PortalView(ctx, caseID, actor.Party)
}

func partyOf(c *process.Case, party string) bool {
	if party == "" {
		return false
	}
	for _, p := range c.Participants {
		if p.Party == party {
			return true
		}
	}
	return false
}

// RecordLinkRequest notes, in the caller's transaction, that an external
// contact asked for a new link, and tells the staff member who opened the
// case, so that they send one.
func (s *Service) RecordLinkRequest(ctx context.Context, tx store.Tx, caseID int64, party, email string, now time.Time) error {
	row, err := s.cfg.DB.LockCase(ctx, tx, caseID)
	if err != nil {
		return err
	}
	ev := process.Event{At: now, Actor: "party:" + party, Type: "link_requested", State: row.State, Fields: map[string]any{"email": email}}
	queued, err := s.note(ctx, tx, row, process.Actor{Party: party}, ev, func(org *Org) []process.Notice {
		return toOpener(org, &row.Case, "link_requested", map[string]string{"email": email, "party": party})
	})
	if queued {
		s.cfg.Delivered()
	}
	return err
}

// SendLink mails the case's external contact a fresh link to it, on a
// staff participant's request (e.g. after the contact asked for one).
func (s *Service) SendLink(ctx context.Context, actor process.Actor, caseID int64) (View, error) {
	now, err := s.Now(ctx)
	if err != nil {
		return View{}, err
	}
	var queued bool
	err = s.cfg.DB.Tx(ctx, func(tx store.Tx) error {
		row, err := s.visibleCase(ctx, tx, ViewerOf(actor), caseID)
		if err != nil {
			return err
		}
		if row.Terminal {
			return problem.Key(problem.Conflict, "problem.case_is_closed_no_link_is")
		}
		var party *process.Participant
		for i, p := range row.Participants {
			if p.Party != "" && p.Email != "" {
				party = &row.Participants[i]
			}
		}
		if party == nil {
			return problem.Key(problem.Conflict, "problem.this_case_has_no_external_contact")
		}
		if s.cfg.Portal == nil || !s.cfg.Email {
			return problem.Key(problem.Conflict, "problem.email_is_not_configured_so_no")
		}
		d, err := s.definition(row.Process)
		if err != nil {
			return err
		}
		env, err := s.envOf(ctx, tx, row, now)
		if err != nil {
			return err
		}
		dec := process.Decision{Case: row.Case,
			Events:  []process.Event{{At: now, Actor: actor.Login, Type: "link_sent", State: row.State, Fields: map[string]any{"email": party.Email}}},
			Notices: []process.Notice{{Kind: "portal_link", Recipient: *party}}}
		_, queued, err = s.commit(ctx, tx, d, row, dec, env, actor, row.Version)
		return err
	})
	if err != nil {
		return View{}, err
	}
	s.after(queued)
	return s.Get(ctx, ViewerOf(actor), caseID)
}
