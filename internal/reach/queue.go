package reach

import (
	"context"
	"errors"
	"strconv"

	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
)

// InboundMail lists the mail read from the mailbox, newest first, for
// administrators (403 otherwise); status narrows it (queued is the queue
// that waits for them). At most limit (≤ 500) mails.
func (s *Service) InboundMail(ctx context.Context, actor process.Actor, status string, limit int) ([]store.InboundMail, error) {
	list, _, err := s.InboundMailPage(ctx, actor, status, store.Page{Limit: limit})
	return list, err
}

// InboundMailPage is one page of InboundMail (CONTRACT §2) and the cursor
// of the next ("" at the end), so that no mail kept is out of reach.
func (s *Service) InboundMailPage(ctx context.Context, actor process.Actor, status string, p store.Page) ([]store.InboundMail, string, error) {
	if !actor.Admin {
		return nil, "", problem.Key(problem.Forbidden, "problem.admins_only_see_inbound_mail")
	}
	switch status {
	case "", MailCommented, MailFeedback, MailQueued, MailRefused, MailIgnored, MailDismissed:
	default:
		return nil, "", problem.FieldsKey("problem.invalid_status", map[string]string{"status": "reason.mail_status_one_of"})
	}
	list, next, err := s.cfg.DB.InboundMailsPage(ctx, status, p)
	if errors.Is(err, store.ErrCursor) {
		return nil, "", problem.FieldsKey("problem.invalid_cursor", map[string]string{"cursor": "reason.not_cursor_of_list"})
	}
	return list, next, err
}

// DismissInbound marks a queued mail as looked at (it stays on record); it
// was never acted on and is not now. Administrators only; 404 for a mail
// that is not queued. One transaction with its audit entry.
func (s *Service) DismissInbound(ctx context.Context, actor process.Actor, id int64) error {
	if !actor.Admin {
		return problem.Key(problem.Forbidden, "problem.admins_only_handle_inbound_mail")
	}
	now, err := s.now(ctx)
	if err != nil {
		return err
	}
	return s.cfg.DB.Tx(ctx, func(tx store.Tx) error {
		ok, err := store.In(tx).DismissInboundMail(ctx, id, actor.Login, now)
		if err != nil {
			return err
		}
		if !ok {
			return problem.Key(problem.NotFound, "problem.no_such_queued_mail")
		}
		return store.In(tx).InsertAudit(ctx, store.AuditEntry{At: now, Actor: actor.Login, Action: "inbound_dismiss", Target: "inbound:" + strconv.FormatInt(id, 10), IP: store.IPFrom(ctx)})
	})
}
