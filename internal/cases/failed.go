package cases

import (
	"context"
	"database/sql"
	"errors"
	"strconv"
	"strings"

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
	id, ok := deliveryRow(d.ID)
	if !ok {
		return nil
	}
	caseID, login, err := store.NotificationCase(ctx, s.cfg.DB.SQL(), id)
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
	err = s.cfg.DB.Tx(ctx, func(tx *sql.Tx) error {
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
		d, err := s.definition(row.Process)
		if err != nil {
			return err
		}
		env, err := s.env(ctx, tx, now)
		if err != nil {
			return err
		}
		c := row.Case
		dec := process.Decision{Case: c, Events: []process.Event{{At: now, Actor: "system", Type: "delivery_failed", State: c.State,
			Fields: map[string]any{"email": party.Email, "error": lastError}}}}
		if u, ok := env.Org.(*Org).Users[c.Opener]; ok && !row.Terminal {
			lang := u.Lang
			dec.Notices = append(dec.Notices, process.Notice{Kind: notify.KindDeliveryFailed,
				Recipient: process.Participant{Login: u.Login, Name: u.Name, Dept: u.Dept, Email: u.Email},
				Fields:    map[string]string{"email": party.Email, "party": party.Name, "reason": notify.Explain(lastError, lang)}})
		}
		queued, err = s.commit(ctx, tx, d, row, dec, env, process.Actor{Login: "system"}, row.Version)
		return err
	})
	if err != nil {
		return err
	}
	s.after(queued)
	return nil
}

// deliveryRow reads the outbox row number out of a delivery ID, ntf-N.INSTALLATION.
func deliveryRow(id string) (int64, bool) {
	rest, ok := strings.CutPrefix(id, "ntf-")
	if !ok {
		return 0, false
	}
	num, _, _ := strings.Cut(rest, ".")
	n, err := strconv.ParseInt(num, 10, 64)
	return n, err == nil && n > 0
}
