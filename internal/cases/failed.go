package cases

import (
	"context"
	"errors"

	"github.com/liaison-dev/liaison/internal/notify"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
)

// DeliveryFailed is told by the dispatcher that a delivery failed for good.
// When it was a mail to an external contact of a case, the case records it
// on its timeline and the staff member who opened the case is told, with
// the reason in their language, so that they pass the link on another way
// (the case page shows it, with a QR code). Other failures only show in the
// case's notifications.
func (s *Service) DeliveryFailed(ctx context.Context, d notify.Delivery, lastError string) error {
	if d.Channel != notify.ChannelEmail || d.Target.Email == "" {
		return nil
	}
	id, ok := store.DeliveryRow(d.ID)
	if !ok {
		return nil
	}
	caseID, login, err := s.cfg.DB.NotificationCase(ctx, id)
	if errors.Is(err, store.ErrNotFound) || (err == nil && login != "") {
		return nil
	}
	if err != nil {
		return err
	}
	now, err := s.Now(ctx)
	if err != nil {
		return err
	}
	var queued bool
	err = s.cfg.DB.Tx(ctx, func(tx store.Tx) error {
		row, err := s.cfg.DB.LockCase(ctx, tx, caseID)
		if err != nil {
			return err
		}
		var party *process.Participant
		for i, p := range row.Participants {
			if p.Party != "" && NormEmail(p.Email) == NormEmail(d.Target.Email) {
				party = &row.Participants[i]
			}
		}
		if party == nil {
			return nil
		}
		ev := process.Event{At: now, Actor: process.SystemLogin, Type: "delivery_failed", State: row.State,
			Fields: map[string]any{"email": party.Email, "error": lastError}}
		tell := func(org *Org) []process.Notice {
			if row.Terminal {
				return nil
			}
			lang := org.Users[row.Opener].Lang
			return toOpener(org, &row.Case, notify.KindDeliveryFailed, map[string]string{"email": party.Email, "party": party.Name, "reason": notify.Explain(lastError, lang)})
		}
		queued, err = s.note(ctx, tx, row, process.Actor{Login: process.SystemLogin}, ev, tell)
		return err
	})
	if err != nil {
		return err
	}
	s.after(queued)
	return nil
}
