// Package reach is the application layer of "where people work": testing a
// department's channel, each user's calendar feed and its key, and the
// inbound mail read from the company's mailbox and its administrator's
// queue. Every operation takes the actor, checks permission and validates
// in the service; the API, the pages and the command line only translate.
package reach

import (
	"context"
	"log/slog"
	"time"

	"github.com/liaison-dev/liaison/internal/records"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/notify"
	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
)

// Config is what the service needs.
type Config struct {
	DB     *store.DB
	Cases  *cases.Service
	HTTP   notify.HTTPOptions // how channel tests reach the platforms
	Logger *slog.Logger
	// Records keeps the files that come with replies as the case's
	// attachments; without it they are noted as not kept.
	Records *records.Service
	// Apps are the company's chat apps (personal work notifications), for
	// their 发送测试.
	Apps func(ctx context.Context) []notify.AppConfig
}

// Service is the reach application layer.
type Service struct {
	cfg  Config
	mail MailConfig // inbound mail; set by SetMail
}

// now is the server's clock (the simulated one under --dev-clock), the
// time the audit trail records, as every other service records it.
func (s *Service) now(ctx context.Context) (time.Time, error) {
	if s.cfg.Cases == nil {
		return time.Now(), nil
	}
	return s.cfg.Cases.Now(ctx)
}

// New returns the service.
func New(cfg Config) *Service {
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	return &Service{cfg: cfg}
}

// TestChannel sends a test message through a department's robot or webhook
// and returns the platform's answer, its credentials scrubbed. For
// administrators (403 otherwise); an unknown channel is a 404. The test and
// its outcome go to the audit trail.
func (s *Service) TestChannel(ctx context.Context, actor process.Actor, id int64, lang string) (notify.ProbeResult, error) {
	if !actor.Admin {
		return notify.ProbeResult{}, problem.Key(problem.Forbidden, "problem.admins_only_test_channels")
	}
	list, err := s.cfg.DB.Channels(ctx)
	if err != nil {
		return notify.ProbeResult{}, err
	}
	var ch *store.Channel
	for i := range list {
		if list[i].ID == id {
			ch = &list[i]
		}
	}
	if ch == nil {
		return notify.ProbeResult{}, problem.Key(problem.NotFound, "problem.no_such_reach_channel")
	}
	res := notify.Probe(ctx, s.cfg.HTTP, notify.Endpoint{Kind: ch.Kind, URL: ch.URL, Secret: ch.Secret, Name: ch.Name}, lang)
	now, err := s.now(ctx)
	if err != nil {
		return res, err
	}
	err = s.cfg.DB.Audit(ctx, store.AuditEntry{At: now, Actor: actor.Login, Action: "channel_test", Target: ch.Name, IP: store.IPFrom(ctx),
		Detail: map[string]any{"id": ch.ID, "kind": ch.Kind, "ok": res.OK, "status": res.Status, "error": res.Error}})
	return res, err
}
