package reach

import (
	"context"
	"errors"

	"github.com/liaison-dev/liaison/internal/notify"
	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
)

// App is a configured company app as administrators see it (no secret).
type App struct {
	Platform string `json:"platform"` // dingtalk | wecom | feishu
	ID       string `json:"id"`       // appkey, corpid or app_id
	AgentID  string `json:"agent_id,omitempty"`
	Channel  string `json:"channel"` // dingtalk_app | wecom_app | feishu_app
}

// Apps lists the configured apps (administrators).
func (s *Service) Apps(ctx context.Context, actor process.Actor) ([]App, error) {
	if !actor.Admin {
		return nil, problem.Key(problem.Forbidden, "problem.admins_only")
	}
	out := []App{}
	for _, c := range s.apps(ctx) {
		out = append(out, App{Platform: c.Platform, ID: c.ID, AgentID: c.AgentID, Channel: notify.AppChannel(c.Platform)})
	}
	return out, nil
}

func (s *Service) apps(ctx context.Context) []notify.AppConfig {
	if s.cfg.Apps == nil {
		return nil
	}
	return s.cfg.Apps(ctx)
}

// TestApp sends a test card through the platform's app to a user, as a
// real notification would reach them (their chat id, else a lookup by
// mobile or email), and reports the platform's answer.
func (s *Service) TestApp(ctx context.Context, actor process.Actor, platform, login, lang string) (notify.ProbeResult, error) {
	if !actor.Admin {
		return notify.ProbeResult{}, problem.Key(problem.Forbidden, "problem.admins_only_test_channels")
	}
	var app *notify.AppConfig
	apps := s.apps(ctx)
	for i := range apps {
		if apps[i].Platform == platform {
			app = &apps[i]
		}
	}
	if app == nil {
		return notify.ProbeResult{}, problem.Key(problem.NotFound, "problem.no_app_for_platform", platform)
	}
	if login == "" {
		login = actor.Login
	}
	u, err := s.cfg.DB.UserByLogin(ctx, login)
	if errors.Is(err, store.ErrNotFound) {
		return notify.ProbeResult{}, problem.FieldsKey("problem.invalid_test", map[string]string{"login": "reason.no_such_user"})
	} else if err != nil {
		return notify.ProbeResult{}, err
	}
	t := notify.Target{Name: u.Name, ChatID: u.ChatIDs[platform], Mobile: u.Mobile, Email: u.Email}
	link := ""
	if s.cfg.Cases != nil {
		link = s.cfg.Cases.PublicURL() + "/inbox"
	}
	res := notify.ProbeApp(ctx, s.cfg.HTTP, *app, t, link, lang)
	now, err := s.now(ctx)
	if err != nil {
		return res, err
	}
	err = s.cfg.DB.Audit(ctx, store.AuditEntry{At: now, Actor: actor.Login, Action: "channel_test", Target: notify.AppChannel(platform), IP: store.IPFrom(ctx),
		Detail: map[string]any{"to": login, "ok": res.OK, "status": res.Status, "error": res.Error}})
	return res, err
}
