// Package notify delivers liaison's notifications: it renders a message per
// kind and language, and sends it over the in-app inbox, email, DingTalk,
// WeCom and Feishu group robots, or a signed generic webhook.
//
// The case service writes one outbox row per (case, event, recipient,
// channel) in the same transaction as the state change; a Dispatcher then
// claims due rows through the Outbox interface, sends them with retries and
// per-robot pacing, and records the outcome. notify never decides who is
// told: it only delivers what it is given.
package notify

import (
	"context"
	"time"
)

// The channel names stored in an outbox row.
const (
	ChannelInbox    = "inbox"
	ChannelEmail    = "email"
	ChannelDingTalk = "dingtalk"
	ChannelWeCom    = "wecom"
	ChannelFeishu   = "feishu"
	ChannelWebhook  = "webhook"
)

// The notification kinds that have templates.
const (
	KindAssigned        = "assigned"
	KindReminder        = "reminder"
	KindEscalation      = "escalation"
	KindDecided         = "decided"
	KindDelivered       = "delivered"
	KindSigned          = "signed"
	KindWeeklyReport    = "weekly_report"
	KindMilestoneNotice = "milestone_notice"
	KindFeedbackDue     = "feedback_due"
	KindDigest          = "digest"
	KindPortalLink      = "portal_link"
	KindCC              = "cc"
	KindLinkRequested   = "link_requested"
	KindProgress        = "progress"
	KindComment         = "comment"
	KindDeliveryFailed  = "delivery_failed" // a mail to an external contact failed; told to the case's owner
)

// Kinds lists every kind Render knows, in a stable order.
var Kinds = []string{
	KindAssigned, KindReminder, KindEscalation, KindDecided, KindDelivered,
	KindSigned, KindWeeklyReport, KindMilestoneNotice, KindFeedbackDue,
	KindDigest, KindPortalLink, KindCC, KindLinkRequested, KindProgress, KindComment,
	KindDeliveryFailed,
}

// Delivery is one outbox row: one message to one recipient on one channel.
type Delivery struct {
	// ID is the row's stable identity, e.g. "ntf-42.3f9a1c0b7d2e". It becomes the
	// mail's Message-ID <ID@liaison> and the X-Liaison-Delivery header, so a
	// receiver can drop the repeat that a crash between send and MarkSent causes.
	ID       string
	Channel  string // one of the Channel* names
	Target   Target
	Message  Message
	Attempts int // failed attempts so far (0 on the first try)
}

// Target says where a delivery goes.
type Target struct {
	Name  string // the recipient's display name (greeting); the robot's name for robots
	Email string // for the email channel
	// ChatID is the person's identity on the platform of a work
	// notification (DingTalk userid, WeCom UserID, Feishu user_id or
	// open_id); when empty the channel looks it up by Mobile, then Email.
	ChatID string
	Mobile string
	// Login is the user a work notification goes to, so that an identity
	// looked up for them is saved on them.
	Login    string    `json:",omitempty"`
	Endpoint *Endpoint // for dingtalk, wecom, feishu and webhook
}

// Endpoint is a group robot or webhook that an administrator configured for
// a department.
type Endpoint struct {
	Kind   string // dingtalk | wecom | feishu | webhook
	URL    string // the full URL the platform gave (with access_token= or key=)
	Secret string // signing secret; empty when the robot does not sign
	Name   string // display name, also the notification's recipient in the API
}

// Message is what happened, independent of channel and recipient.
type Message struct {
	Kind        string // one of the Kind* names
	Lang        string // "zh" (default) or "en"
	CaseKey     string // e.g. XZ-2026-0001
	CaseTitle   string
	CaseURL     string // absolute link to the case in the web UI
	ProcessName string // human-readable, in Lang
	State       string // state id; its readable name may be in Fields["state_name"]
	Action      string // action that must be done now, if any; readable name in Fields["action_name"]
	Actor       string // display name of who caused this
	DueAt       *time.Time
	// Fields holds extra template values; see docs/notifications.md for the
	// keys each kind uses (assignee, reason, summary, link, …).
	Fields map[string]string
}

// Rendered is a message rendered for every channel's format.
type Rendered struct {
	Subject  string // "[KEY] title — what"
	Text     string // plain text (email)
	HTML     string // HTML (email)
	Markdown string // robots
	Card     Card   // work notifications: one card per message
}

// Card is a message laid out for a chat card: the case, who must do what by
// when, and a button that opens the case at the action.
type Card struct {
	Title  string // the subject
	Text   string // greeting and body, Markdown line breaks
	Facts  []Fact // case, process, state, action, who, due
	Button string // the button's label
	URL    string // where it leads: the case at the action, or the portal link
}

// Fact is one labelled line of a card.
type Fact struct{ Label, Value string }

// Channel sends one rendered delivery. Errors should be *SendError so the
// dispatcher knows whether to retry; any other error is treated as retryable.
type Channel interface {
	Send(ctx context.Context, d Delivery, r Rendered) error
}

// ChannelFunc adapts a function to a Channel.
type ChannelFunc func(ctx context.Context, d Delivery, r Rendered) error

// Send calls f.
func (f ChannelFunc) Send(ctx context.Context, d Delivery, r Rendered) error { return f(ctx, d, r) }
