package cases

import (
	"context"
	"time"

	"github.com/liaison-dev/liaison/internal/notify"
	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
)

// The front ends speak of these in the service's words; they are the
// store's types, so nothing is copied.
type (
	// Viewer is whoever asks for cases: whose cases they may see.
	Viewer = store.Viewer
	// Notification is one outgoing message of a case.
	Notification = store.Notification
	// Metrics are the counts /metrics shows.
	Metrics = store.Stats
)

// WithClient carries the client's address (without port) with a request,
// so that whatever it causes is audited with it.
func WithClient(ctx context.Context, ip string) context.Context { return store.WithIP(ctx, ip) }

// Notifications lists one page of the notifications of case id, to
// whoever may see the case (404 otherwise, CONTRACT §10), oldest first; id
// 0 lists every case's, newest first, for administrators only.
func (s *Service) Notifications(ctx context.Context, actor process.Actor, id int64, p store.Page) (ListPage[Notification], error) {
	if actor.Login == "" {
		return ListPage[Notification]{}, problem.Key(problem.Unauthorized, "problem.not_signed_in")
	}
	if id == 0 && !actor.Admin {
		return ListPage[Notification]{}, problem.FieldsKey("problem.case_id_required", map[string]string{"case_id": "reason.required"})
	}
	if id != 0 {
		if err := s.Visible(ctx, ViewerOf(actor), id); err != nil {
			return ListPage[Notification]{}, err
		}
	}
	list, next, err := s.cfg.DB.NotificationsPage(ctx, id, p)
	if err != nil {
		return ListPage[Notification]{}, PageErr(err)
	}
	// The dispatcher stores errors scrubbed; a row kept from before a
	// credential was known to need hiding is scrubbed as it is read.
	for i := range list {
		list[i].LastError = notify.Scrub(list[i].LastError)
	}
	return ListPage[Notification]{Items: list, Next: next}, nil
}

// Messages lists one page of the actor's in-app messages, newest first.
func (s *Service) Messages(ctx context.Context, actor process.Actor, p store.Page) (ListPage[Notification], error) {
	if actor.Login == "" {
		return ListPage[Notification]{}, problem.Key(problem.Unauthorized, "problem.not_signed_in")
	}
	list, next, err := s.cfg.DB.MessagesPage(ctx, actor.Login, p)
	if err != nil {
		return ListPage[Notification]{}, PageErr(err)
	}
	return ListPage[Notification]{Items: list, Next: next}, nil
}

// MarkRead marks the actor's in-app messages read (ids empty: all), at the
// server's time.
func (s *Service) MarkRead(ctx context.Context, actor process.Actor, ids []int64) error {
	if actor.Login == "" {
		return problem.Key(problem.Unauthorized, "problem.not_signed_in")
	}
	now, err := s.Now(ctx)
	if err != nil {
		return err
	}
	return s.cfg.DB.MarkRead(ctx, actor.Login, ids, now)
}

// UnreadCount is how many of the actor's in-app messages are unread: the
// badge in the web UI's top bar.
func (s *Service) UnreadCount(ctx context.Context, actor process.Actor) (int, error) {
	if actor.Login == "" {
		return 0, problem.Key(problem.Unauthorized, "problem.not_signed_in")
	}
	return s.cfg.DB.UnreadMessages(ctx, actor.Login)
}

// Metrics counts open and overdue cases, timers and notifications.
func (s *Service) Metrics(ctx context.Context) (Metrics, error) {
	now, err := s.Now(ctx)
	if err != nil {
		return Metrics{}, err
	}
	return s.cfg.DB.ReadStats(ctx, now)
}

// Ping reports whether the database takes a write (the readiness check:
// a full disk or a read-only database fails it).
func (s *Service) Ping(ctx context.Context) error { return s.cfg.DB.ProbeWrite(ctx, time.Now()) }

// Org reads the organisation as it is now (documents name people with it).
func (s *Service) Org(ctx context.Context) (*Org, error) { return LoadOrg(ctx, s.cfg.DB.SQL()) }

// SetClockAs is SetClock for a person: administrators only, audited.
func (s *Service) SetClockAs(ctx context.Context, actor process.Actor, now time.Time) error {
	if !s.cfg.Clock.dev {
		return problem.Key(problem.NotFound, "problem.nothing_found")
	}
	if !actor.Admin {
		return problem.Key(problem.Forbidden, "problem.only_admins_set_clock")
	}
	if err := s.SetClock(ctx, now); err != nil {
		return err
	}
	return s.cfg.DB.Tx(ctx, func(tx store.Tx) error {
		return store.In(tx).InsertAudit(ctx, store.AuditEntry{At: now, Actor: actor.Login, Action: "dev_clock", Target: now.Format(time.RFC3339), IP: store.IPFrom(ctx)})
	})
}

// SeesOthers reports whether the actor sees cases beyond their own: an
// administrator, 管理层, or a head (pages offer them a scope filter).
func SeesOthers(a process.Actor) bool {
	return a.Admin || a.ReadAll || len(a.Oversees) > 0 || len(a.HeadOf) > 0
}
