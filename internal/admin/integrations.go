package admin

import (
	"context"
	"strings"
	"time"

	"github.com/liaison-dev/liaison/internal/i18n"

	"github.com/liaison-dev/liaison/internal/auth"
	"github.com/liaison-dev/liaison/internal/integrations"
	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/store"
)

// Integration is the identity provider's or a chat app's setting as
// administrators see it: every field but the secret, which is only said to
// be set.
type Integration struct {
	Name      string            `json:"name"`   // oidc | dingtalk_app | wecom_app | feishu_app
	Source    string            `json:"source"` // env | admin | off
	Env       string            `json:"env"`    // the environment variable that sets it instead
	Settings  map[string]string `json:"settings"`
	Secret    string            `json:"secret_field"` // the name of its secret field
	SecretSet bool              `json:"secret_set"`
}

func viewIntegration(sp integrations.Spec, raw string, src integrations.Source) Integration {
	v := Integration{Name: sp.Name, Source: string(src), Env: sp.Env, Settings: map[string]string{}, Secret: sp.Secret}
	for k, x := range integrations.Decode(raw) {
		if k == sp.Secret {
			v.SecretSet = x != ""
			continue
		}
		v.Settings[k] = x
	}
	return v
}

// integration is sp as in force: the environment's, else the stored one.
func (s *Service) integration(sp integrations.Spec, stored map[string]string) Integration {
	if env := s.cfg.Integrations.EnvValue(sp); env != "" {
		return viewIntegration(sp, env, integrations.Env)
	}
	if raw := stored[sp.Name]; raw != "" {
		return viewIntegration(sp, raw, integrations.Admin)
	}
	return viewIntegration(sp, "", integrations.Off)
}

// Integrations lists the identity provider's and the chat apps' settings
// (administrators), secrets left out.
func (s *Service) Integrations(ctx context.Context, a auth.User) ([]Integration, error) {
	var out []Integration
	err := s.read(ctx, a, Admins, "", func(q store.Querier) error {
		stored, err := store.In(q).IntegrationSettings(ctx)
		if err != nil {
			return err
		}
		for _, sp := range integrations.Specs {
			out = append(out, s.integration(sp, stored))
		}
		return nil
	})
	return out, err
}

// specFor is the setting of that name, 404 otherwise; a setting the
// environment makes is a 409: it is changed there.
func (s *Service) specFor(name string) (integrations.Spec, error) {
	sp, ok := integrations.SpecOf(name)
	if !ok {
		return sp, problem.Key(problem.NotFound, "problem.no_setting", name)
	}
	if s.cfg.Integrations.EnvValue(sp) != "" {
		return sp, problem.Key(problem.Conflict, "problem.set_by_environment", name, sp.Env)
	}
	return sp, nil
}

// maxSettingField bounds each field of a setting.
const maxSettingField = 2000

// SetIntegration stores a setting (administrators), in force at once: the
// fields in the platform's own words (those of the environment variable);
// an empty secret keeps the one stored. 422 names what is wrong, and
// nothing changes.
func (s *Service) SetIntegration(ctx context.Context, a auth.User, name string, fields map[string]string) (Integration, error) {
	sp, err := s.specFor(name)
	if err != nil {
		return Integration{}, err
	}
	known := map[string]bool{}
	for _, f := range sp.Fields {
		known[f] = true
	}
	bad := map[string]string{}
	clean := map[string]string{}
	for k, v := range fields {
		v = strings.TrimSpace(v)
		switch {
		case !known[k]:
			bad[k] = i18n.Ref("reason.unknown_setting", strings.Join(sp.Fields, ", "))
		case len(v) > maxSettingField:
			bad[k] = "reason.too_long"
		case v != "":
			clean[k] = v
		}
	}
	if len(bad) > 0 {
		return Integration{}, problem.FieldsKey("problem.invalid_setting", bad)
	}
	var out Integration
	err = s.change(ctx, a, Admins, "", func(tx store.Tx, now time.Time) (entry, error) {
		stored, err := store.In(tx).IntegrationSettings(ctx)
		if err != nil {
			return entry{}, err
		}
		old := stored[sp.Name]
		changed := clean[sp.Secret] != ""
		if !changed {
			if keep := integrations.Decode(old)[sp.Secret]; keep != "" {
				clean[sp.Secret] = keep
			}
		}
		raw := integrations.Encode(clean)
		if err := sp.Check(raw); err != nil {
			return entry{}, problem.FieldsKey("problem.invalid_setting", map[string]string{sp.Name: err.Error()})
		}
		if err := store.In(tx).PutIntegrationSetting(ctx, sp.Name, raw, a.Login, now); err != nil {
			return entry{}, err
		}
		before := viewIntegration(sp, old, integrations.Off)
		if old != "" {
			before.Source = string(integrations.Admin)
		}
		out = viewIntegration(sp, raw, integrations.Admin)
		return entry{Action: "integration_set", Target: sp.Name, Before: before, After: out,
			Detail: map[string]any{"secret_changed": changed}}, nil
	})
	if err == nil && s.cfg.Integrations != nil {
		s.cfg.Integrations.Invalidate()
	}
	return out, err
}

// DeleteIntegration removes a stored setting (administrators): sign-in
// through the provider, or the platform's work notifications, stop. 404
// when none is stored.
func (s *Service) DeleteIntegration(ctx context.Context, a auth.User, name string) error {
	sp, err := s.specFor(name)
	if err != nil {
		return err
	}
	err = s.change(ctx, a, Admins, "", func(tx store.Tx, _ time.Time) (entry, error) {
		stored, err := store.In(tx).IntegrationSettings(ctx)
		if err != nil {
			return entry{}, err
		}
		if stored[sp.Name] == "" {
			return entry{}, problem.Key(problem.NotFound, "problem.setting_not_set", sp.Name)
		}
		if _, err := store.In(tx).DeleteIntegrationSetting(ctx, sp.Name); err != nil {
			return entry{}, err
		}
		return entry{Action: "integration_removed", Target: sp.Name, Before: viewIntegration(sp, stored[sp.Name], integrations.Admin)}, nil
	})
	if err == nil && s.cfg.Integrations != nil {
		s.cfg.Integrations.Invalidate()
	}
	return err
}
