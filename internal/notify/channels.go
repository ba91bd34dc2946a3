package notify

import "fmt"

// Channels returns every channel keyed by its name, ready for
// NewDispatcher. email may be nil when mail is off (no LIAISON_SMTP): rows
// for the email channel then fail with "not configured" rather than wait.
func Channels(o HTTPOptions, email Channel) map[string]Channel {
	m := map[string]Channel{
		ChannelInbox:    Inbox{},
		ChannelDingTalk: NewDingTalk(o),
		ChannelWeCom:    NewWeCom(o),
		ChannelFeishu:   NewFeishu(o),
		ChannelWebhook:  NewWebhook(o),
	}
	if email != nil {
		m[ChannelEmail] = email
	}
	return m
}

// EmailFromEnv builds the email channel from LIAISON_SMTP and
// LIAISON_MAIL_FROM read through getenv (os.Getenv). It returns nil and no
// error when LIAISON_SMTP is unset: email is off and the inbox still works.
func EmailFromEnv(getenv func(string) string) (Channel, error) {
	raw := getenv("LIAISON_SMTP")
	if raw == "" {
		return nil, nil
	}
	cfg, err := ParseSMTP(raw)
	if err != nil {
		return nil, err
	}
	ch, err := NewEmail(cfg, getenv("LIAISON_MAIL_FROM"))
	if err != nil {
		return nil, fmt.Errorf("email via %s: %w", cfg, err)
	}
	return ch, nil
}
