// Package integrations says how liaison reaches the company's systems: the
// OpenID Connect provider people sign in with and the chat apps (DingTalk,
// WeCom, Feishu) that send personal work notifications. Each is set by an
// environment variable (LIAISON_OIDC, LIAISON_DINGTALK_APP, …), which wins,
// or by an administrator on the admin page or through the API, stored in the
// database. Both are the same query string, read by the same parser
// (auth.ParseOIDC, notify.ParseApp). A stored change takes effect without a
// restart: this process at once (Invalidate), other replicas within
// RefreshEvery.
package integrations

import (
	"context"
	"log/slog"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/liaison-dev/liaison/internal/auth"
	"github.com/liaison-dev/liaison/internal/notify"
	"github.com/liaison-dev/liaison/internal/store"
)

// Spec describes one setting: its name, the environment variable that can
// set it instead, its fields in the platform's own words, and which of them
// is the secret (never shown back).
type Spec struct {
	Name     string
	Env      string
	Platform string // the chat platform; empty for oidc
	Fields   []string
	Secret   string
}

// OIDC is the name of the identity provider's setting.
const OIDC = "oidc"

// Specs are the settings, in the order the admin page shows them.
var Specs = []Spec{
	{Name: OIDC, Env: "LIAISON_OIDC", Fields: []string{"issuer", "client_id", "client_secret", "name", "match", "create", "dept_claim"}, Secret: "client_secret"},
	{Name: "dingtalk_app", Env: "LIAISON_DINGTALK_APP", Platform: "dingtalk", Fields: []string{"appkey", "appsecret", "agent_id", "base"}, Secret: "appsecret"},
	{Name: "wecom_app", Env: "LIAISON_WECOM_APP", Platform: "wecom", Fields: []string{"corpid", "corpsecret", "agentid", "base"}, Secret: "corpsecret"},
	{Name: "feishu_app", Env: "LIAISON_FEISHU_APP", Platform: "feishu", Fields: []string{"app_id", "app_secret", "id_type", "base"}, Secret: "app_secret"},
}

// SpecOf returns the setting of that name.
func SpecOf(name string) (Spec, bool) {
	for _, s := range Specs {
		if s.Name == name {
			return s, true
		}
	}
	return Spec{}, false
}

// Check parses a setting's value as its environment variable would be; the
// error never repeats the secret.
func (sp Spec) Check(raw string) error {
	if sp.Platform == "" {
		_, err := auth.ParseOIDC(raw)
		return err
	}
	_, err := notify.ParseApp(sp.Platform, raw)
	return err
}

// Encode writes fields as a setting's value; empty fields are left out.
func Encode(fields map[string]string) string {
	v := url.Values{}
	for k, x := range fields {
		if x = strings.TrimSpace(x); x != "" {
			v.Set(k, x)
		}
	}
	return v.Encode()
}

// Decode reads a setting's value into its fields.
func Decode(raw string) map[string]string {
	q, _ := url.ParseQuery(strings.TrimSpace(raw))
	out := map[string]string{}
	for k := range q {
		out[k] = q.Get(k)
	}
	return out
}

// Source says where a setting in force comes from.
type Source string

// The sources.
const (
	Off   Source = "off"
	Env   Source = "env"
	Admin Source = "admin"
)

// RefreshEvery is how often the stored settings are read again, so that an
// administrator's change made on another replica takes effect here.
const RefreshEvery = 5 * time.Second

// Settings are the settings in force.
type Settings struct {
	db     *store.DB
	getenv func(string) string
	logger *slog.Logger

	mu         sync.Mutex
	stored     map[string]string
	read       time.Time
	refreshing bool // one caller is reading the stored settings
	gen        int  // raised by Invalidate: a read begun before it is stale
}

// New returns the settings read through getenv and from db.
func New(db *store.DB, getenv func(string) string, logger *slog.Logger) *Settings {
	return &Settings{db: db, getenv: getenv, logger: logger}
}

// Invalidate makes the next read take the stored settings afresh (after an
// administrator's change).
func (s *Settings) Invalidate() {
	s.mu.Lock()
	s.read = time.Time{}
	s.gen++
	s.mu.Unlock()
}

// Load reads the stored settings now; the server calls it at start, so
// that no request is the first to read them.
func (s *Settings) Load(ctx context.Context) { s.refresh(ctx) }

// refresh reads the stored settings again when they are older than
// RefreshEvery or invalidated. It never holds the lock while it reads: a
// caller in the middle of a transaction (an action queueing its messages)
// must never wait for another caller's read, which may itself wait for a
// pool connection the first caller holds — with every connection held so,
// PostgreSQL's pool stalled until requests timed out. While one caller
// reads, the others go on with the settings as last read.
func (s *Settings) refresh(ctx context.Context) {
	s.mu.Lock()
	if s.stored != nil && (s.refreshing || time.Since(s.read) <= RefreshEvery) {
		s.mu.Unlock()
		return
	}
	s.refreshing = true
	gen := s.gen
	s.mu.Unlock()
	m, err := s.db.IntegrationSettings(ctx)
	s.mu.Lock()
	defer s.mu.Unlock()
	s.refreshing = false
	if err != nil {
		s.logger.Warn("integrations: reading the stored settings", "err", err)
		return
	}
	s.stored, s.read = m, time.Now()
	if gen != s.gen {
		s.read = time.Time{} // invalidated while reading: read again next time
	}
}

// Value returns a setting's value in force and where it comes from.
func (s *Settings) Value(ctx context.Context, name string) (string, Source) {
	sp, ok := SpecOf(name)
	if !ok {
		return "", Off
	}
	if v := strings.TrimSpace(s.getenv(sp.Env)); v != "" {
		return v, Env
	}
	s.refresh(ctx)
	s.mu.Lock()
	v := s.stored[name]
	s.mu.Unlock()
	if v != "" {
		return v, Admin
	}
	return "", Off
}

// OIDC returns the identity provider's settings; false when there is none.
func (s *Settings) OIDC(ctx context.Context) (auth.OIDCConfig, bool) {
	raw, src := s.Value(ctx, OIDC)
	if src == Off {
		return auth.OIDCConfig{}, false
	}
	c, err := auth.ParseOIDC(raw)
	if err != nil {
		s.logger.Warn("integrations: the identity provider's setting is invalid", "source", string(src), "err", err)
		return auth.OIDCConfig{}, false
	}
	return c, true
}

// App returns the chat app of a platform; false when there is none.
func (s *Settings) App(ctx context.Context, platform string) (notify.AppConfig, bool) {
	raw, src := s.Value(ctx, platform+"_app")
	if src == Off {
		return notify.AppConfig{}, false
	}
	c, err := notify.ParseApp(platform, raw)
	if err != nil {
		s.logger.Warn("integrations: a chat app's setting is invalid", "platform", platform, "source", string(src), "err", err)
		return notify.AppConfig{}, false
	}
	return c, true
}

// Apps returns the chat apps in force.
func (s *Settings) Apps(ctx context.Context) []notify.AppConfig {
	var out []notify.AppConfig
	for _, p := range notify.Platforms {
		if c, ok := s.App(ctx, p); ok {
			out = append(out, c)
		}
	}
	return out
}

// Platforms names the platforms that have an app in force.
func (s *Settings) Platforms(ctx context.Context) []string {
	var out []string
	for _, c := range s.Apps(ctx) {
		out = append(out, c.Platform)
	}
	return out
}

// CheckEnv parses every setting the environment sets, so that a server with
// a bad variable does not start.
func CheckEnv(getenv func(string) string) error {
	for _, sp := range Specs {
		if v := strings.TrimSpace(getenv(sp.Env)); v != "" {
			if err := sp.Check(v); err != nil {
				return err
			}
		}
	}
	return nil
}

// EnvValue is what the environment sets for sp; "" when nothing (or s is nil).
func (s *Settings) EnvValue(sp Spec) string {
	if s == nil {
		return ""
	}
	return strings.TrimSpace(s.getenv(sp.Env))
}
