package cases

import (
	"context"
	"slices"

	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
)

// MailAct performs action (a comment, or the party's own action such as
// feedback) on the case as actor, for a mail that answered one of its
// notifications. record runs first, in the same transaction: it stores the
// mail once (unique by its Message-ID), so a mail read twice, or by two
// replicas at once, acts once and the repeat fails there. A staff actor
// must see the case; a party actor must be its external party. Every event
// is marked as coming by email.
func (s *Service) MailAct(ctx context.Context, actor process.Actor, caseID int64, action string, in process.Input, record func(store.Tx) error) error {
	return s.ActRecorded(ctx, actor, caseID, action, in, "email", record)
}

// ActRecorded is MailAct for any channel: via names it on every event
// ("email", "webhook:SOURCE").
func (s *Service) ActRecorded(ctx context.Context, actor process.Actor, caseID int64, action string, in process.Input, via string, record func(store.Tx) error) error {
	load := func(tx store.Tx) (store.CaseRow, error) {
		if err := record(tx); err != nil {
			return store.CaseRow{}, err
		}
		if actor.Party == "" {
			return s.visibleCase(ctx, tx, ViewerOf(actor), caseID)
		}
		row, err := s.cfg.DB.LockCase(ctx, tx, caseID)
		if err == nil && !partyOf(&row.Case, actor.Party) {
			err = problem.Key(problem.NotFound, "problem.nothing_found")
		}
		return row, err
	}
	party := actor.Party
	if party != "" {
		actor.Login = ""
	}
	mark := func(dec *process.Decision) {
		for i := range dec.Events {
			if party != "" {
				dec.Events[i].Actor = "party:" + party
			}
			if dec.Events[i].Fields == nil {
				dec.Events[i].Fields = map[string]any{}
			}
			dec.Events[i].Fields["via"] = via
		}
	}
	_, err := s.run(ctx, load, actor, action, in, mark)
	return err
}

// PartyMayTake reports whether the case's external party may take action
// now (the case waits for it there), e.g. feedback after delivery.
func (s *Service) PartyMayTake(ctx context.Context, caseID int64, party, action string) (bool, error) {
	v, err := s.PortalView(ctx, caseID, party)
	if err != nil {
		return false, err
	}
	return slices.Contains(v.Actions, action), nil
}
