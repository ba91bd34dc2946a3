package notify

import (
	"context"
	"fmt"
	"net/url"
	"regexp"
	"sort"
	"strings"
	"sync"
	"time"
)

// The channel names of personal work notifications: a message to one
// person, in their own chat, sent by the company's app on the platform
// (DingTalk 工作通知, WeCom 应用消息, Feishu app bot). Group robots keep the
// plain platform names.
const (
	ChannelDingTalkApp = "dingtalk_app"
	ChannelWeComApp    = "wecom_app"
	ChannelFeishuApp   = "feishu_app"
)

// Platforms are the chat platforms a user can have an identity on, in the
// order they are shown.
var Platforms = []string{"dingtalk", "wecom", "feishu"}

// AppChannel names the work-notification channel of a platform.
func AppChannel(platform string) string { return platform + "_app" }

// AppConfig is a company's app on one platform. It comes from the
// environment (LIAISON_DINGTALK_APP, LIAISON_WECOM_APP, LIAISON_FEISHU_APP),
// like the SMTP server: its secret never enters the database.
type AppConfig struct {
	Platform string // dingtalk | wecom | feishu
	ID       string // DingTalk appkey, WeCom corpid, Feishu app_id
	Secret   string // DingTalk appsecret, WeCom corpsecret, Feishu app_secret
	AgentID  string // DingTalk agent_id and WeCom agentid (digits); unused by Feishu
	// BaseURL is the platform's API origin; empty means the public one. It
	// can point to a private deployment (or a test server).
	BaseURL string
	// IDType is what the stored Feishu identities are: user_id (default) or open_id.
	IDType string
}

// String shows the app without its secret.
func (c AppConfig) String() string {
	return fmt.Sprintf("%s app %s (agent %s) at %s", c.Platform, c.ID, c.AgentID, c.base())
}

func (c AppConfig) base() string {
	if c.BaseURL != "" {
		return strings.TrimRight(c.BaseURL, "/")
	}
	switch c.Platform {
	case "dingtalk":
		return "https://oapi.dingtalk.com"
	case "wecom":
		return "https://qyapi.weixin.qq.com"
	default:
		return "https://open.feishu.cn"
	}
}

var digits = regexp.MustCompile(`^[0-9]{1,20}$`)

// ParseApp reads one app setting, a query string in the platform's own
// words:
//
//	LIAISON_DINGTALK_APP="appkey=ding…&appsecret=…&agent_id=123456789"
//	LIAISON_WECOM_APP="corpid=ww…&corpsecret=…&agentid=1000002"
//	LIAISON_FEISHU_APP="app_id=cli_…&app_secret=…[&id_type=open_id]"
//
// Each may add base=https://… for a private deployment. The error never
// repeats the secret.
func ParseApp(platform, raw string) (AppConfig, error) {
	q, err := url.ParseQuery(strings.TrimSpace(raw))
	if err != nil {
		return AppConfig{}, fmt.Errorf("%s app: not a query string (key=value&…)", platform)
	}
	c := AppConfig{Platform: platform, BaseURL: q.Get("base")}
	known := map[string]bool{"base": true}
	names := map[string][3]string{ // id, secret, agent
		"dingtalk": {"appkey", "appsecret", "agent_id"},
		"wecom":    {"corpid", "corpsecret", "agentid"},
		"feishu":   {"app_id", "app_secret", ""},
	}
	n, ok := names[platform]
	if !ok {
		return AppConfig{}, fmt.Errorf("unknown platform %q", platform)
	}
	for _, k := range n {
		known[k] = k != ""
	}
	if platform == "feishu" {
		known["id_type"] = true
		c.IDType = q.Get("id_type")
		if c.IDType == "" {
			c.IDType = "user_id"
		}
		if c.IDType != "user_id" && c.IDType != "open_id" {
			return AppConfig{}, fmt.Errorf("feishu app: id_type must be user_id or open_id")
		}
	}
	var unknown []string
	for k := range q {
		if !known[k] {
			unknown = append(unknown, k)
		}
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		return AppConfig{}, fmt.Errorf("%s app: unknown setting %s (want %s)", platform, strings.Join(unknown, ", "), strings.Trim(strings.Join(n[:], ", "), ", "))
	}
	c.ID, c.Secret, c.AgentID = q.Get(n[0]), q.Get(n[1]), q.Get(n[2])
	switch {
	case c.ID == "":
		return AppConfig{}, fmt.Errorf("%s app: %s is missing", platform, n[0])
	case c.Secret == "":
		return AppConfig{}, fmt.Errorf("%s app: %s is missing", platform, n[1])
	case n[2] != "" && !digits.MatchString(c.AgentID):
		return AppConfig{}, fmt.Errorf("%s app: %s must be the app's number", platform, n[2])
	}
	if c.BaseURL != "" {
		if u, err := url.Parse(c.BaseURL); err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
			return AppConfig{}, fmt.Errorf("%s app: base must be an http(s) URL", platform)
		}
	}
	return c, nil
}

// AppsFromEnv reads the three app settings through getenv; a platform whose
// variable is unset has no app.
func AppsFromEnv(getenv func(string) string) ([]AppConfig, error) {
	var out []AppConfig
	for _, p := range Platforms {
		raw := getenv("LIAISON_" + strings.ToUpper(p) + "_APP")
		if raw == "" {
			continue
		}
		c, err := ParseApp(p, raw)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, nil
}

// AppChannels returns the work-notification channel of each app, keyed by
// channel name, to add to Channels' map.
func AppChannels(o HTTPOptions, apps []AppConfig) map[string]Channel {
	m := map[string]Channel{}
	for _, c := range apps {
		switch c.Platform {
		case "dingtalk":
			m[ChannelDingTalkApp] = NewDingTalkApp(o, c)
		case "wecom":
			m[ChannelWeComApp] = NewWeComApp(o, c)
		case "feishu":
			m[ChannelFeishuApp] = NewFeishuApp(o, c)
		}
	}
	return m
}

// IsApp reports whether a channel is a personal work notification.
func IsApp(channel string) bool {
	return channel == ChannelDingTalkApp || channel == ChannelWeComApp || channel == ChannelFeishuApp
}

// tokenCache holds an app's access token and renews it before it expires:
// the platforms give tokens for 7200 s and hand the same one back while it
// lives, so one fetch serves every worker. A token the platform calls
// expired or invalid is dropped (Invalidate) and fetched again.
type tokenCache struct {
	mu      sync.Mutex
	token   string
	expires time.Time
	now     func() time.Time
	fetch   func(ctx context.Context) (token string, ttl time.Duration, err error)
}

// tokenMargin is how long before its expiry a token is renewed.
const tokenMargin = 5 * time.Minute

// Get returns a live token, fetching a new one when none is held or the
// held one expires within tokenMargin.
func (t *tokenCache) Get(ctx context.Context) (string, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	now := t.now()
	if t.token != "" && now.Add(tokenMargin).Before(t.expires) {
		return t.token, nil
	}
	tok, ttl, err := t.fetch(ctx)
	if err != nil {
		return "", err
	}
	if ttl <= 0 {
		ttl = 2 * time.Hour
	}
	t.token, t.expires = tok, now.Add(ttl)
	return tok, nil
}

// Invalidate drops tok if it is still the held one.
func (t *tokenCache) Invalidate(tok string) {
	t.mu.Lock()
	if t.token == tok {
		t.token = ""
	}
	t.mu.Unlock()
}

// idCache remembers identities looked up by mobile or email, so a person
// is looked up once per process, not once per message.
type idCache struct {
	mu sync.Mutex
	m  map[string]string
}

func (c *idCache) get(k string) (string, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.m[k]
	return v, ok
}

func (c *idCache) put(k, v string) {
	c.mu.Lock()
	if c.m == nil {
		c.m = map[string]string{}
	}
	c.m[k] = v
	c.mu.Unlock()
}

// errTokenExpired marks an answer that says the access token is expired or
// invalid: the caller drops it and tries once more with a fresh one.
type errTokenExpired struct{ err error }

func (e errTokenExpired) Error() string { return e.err.Error() }
func (e errTokenExpired) Unwrap() error { return e.err }

// withToken runs call with the app's token and, when the platform answers
// that the token expired, once more with a fresh one.
func withToken(ctx context.Context, t *tokenCache, call func(token string) error) error {
	for attempt := 0; ; attempt++ {
		tok, err := t.Get(ctx)
		if err != nil {
			return err
		}
		err = call(tok)
		var te errTokenExpired
		if !asTokenExpired(err, &te) {
			return err
		}
		t.Invalidate(tok)
		if attempt == 1 {
			return Retryable(te.err, 0)
		}
	}
}

func asTokenExpired(err error, te *errTokenExpired) bool {
	if err == nil {
		return false
	}
	if e, ok := err.(errTokenExpired); ok {
		*te = e
		return true
	}
	return false
}

// ChatIDStore keeps on the user the chat identities found by mobile or
// email, so that a person is looked up once, not once per message or per
// process (issue 15).
type ChatIDStore interface {
	// ChatID is the user's stored identity on the platform; "" if none.
	ChatID(ctx context.Context, login, platform string) (string, error)
	// SaveChatID records one found by a lookup.
	SaveChatID(ctx context.Context, login, platform, id string) error
}

// recipientOf says who a personal message goes to: the identity an
// administrator set, else one saved on the user by an earlier lookup, else
// one looked up (by mobile, then email) through lookup, then saved.
func recipientOf(ctx context.Context, o HTTPOptions, platform string, d Delivery, cache *idCache, lookup func(ctx context.Context, mobile, email string) (string, error)) (string, error) {
	if d.Target.ChatID != "" {
		return d.Target.ChatID, nil
	}
	login := d.Target.Login
	if o.ChatIDs != nil && login != "" {
		// The message may have been queued before an earlier one found them.
		if id, err := o.ChatIDs.ChatID(ctx, login, platform); err != nil {
			return "", Retryable(err, 0)
		} else if id != "" {
			return id, nil
		}
	}
	if d.Target.Mobile == "" && d.Target.Email == "" {
		return "", Permanent(fmt.Errorf("%s has no chat identity, mobile or email to look one up by", d.Target.Name))
	}
	k := d.Target.Mobile + "|" + strings.ToLower(d.Target.Email)
	if id, ok := cache.get(k); ok {
		return id, nil
	}
	id, err := lookup(ctx, d.Target.Mobile, d.Target.Email)
	if err != nil {
		return "", err
	}
	cache.put(k, id)
	if o.ChatIDs != nil && login != "" {
		if err := o.ChatIDs.SaveChatID(ctx, login, platform, id); err != nil {
			// The message still goes; the next one looks them up again.
			return id, nil
		}
	}
	return id, nil
}

// AppSwitch is the work-notification channel of one platform as configured
// now: load gives the app in force (an administrator may change it while
// the server runs); the channel of an unchanged app is kept, with its
// token and lookups.
type AppSwitch struct {
	o        HTTPOptions
	platform string
	load     func(ctx context.Context) (AppConfig, bool)

	mu  sync.Mutex
	cfg AppConfig
	ch  Channel
}

// NewAppSwitch returns the channel of platform's app as load gives it.
func NewAppSwitch(o HTTPOptions, platform string, load func(ctx context.Context) (AppConfig, bool)) *AppSwitch {
	return &AppSwitch{o: o, platform: platform, load: load}
}

// Send implements Channel; with no app configured now it fails for good.
func (s *AppSwitch) Send(ctx context.Context, d Delivery, r Rendered) error {
	c, ok := s.load(ctx)
	if !ok {
		return Permanent(fmt.Errorf("no %s app is configured", s.platform))
	}
	s.mu.Lock()
	if s.ch == nil || s.cfg != c {
		s.ch, s.cfg = AppChannels(s.o, []AppConfig{c})[AppChannel(s.platform)], c
	}
	ch := s.ch
	s.mu.Unlock()
	return ch.Send(ctx, d, r)
}
