package notify

import (
	"context"
	"errors"
	"fmt"
	netmail "net/mail"
	"time"

	"github.com/wneessen/go-mail"
)

// Email sends multipart (plain text + HTML) mail over SMTP with go-mail,
// one connection per message: notification mail is sparse, and a fresh
// connection never inherits a broken one.
type Email struct {
	cfg     SMTPConfig
	from    *netmail.Address
	timeout time.Duration
	replyTo func(deliveryID string) string // the signed reply address of a delivery; nil or "" for none
}

// SetReplyTo makes each mail carry Reply-To: f(its delivery ID), the signed
// address an answer comes back to when inbound mail is on (LIAISON_IMAP).
func (e *Email) SetReplyTo(f func(deliveryID string) string) { e.replyTo = f }

// NewEmail returns the email channel sending through cfg as from
// (LIAISON_MAIL_FROM, e.g. "liaison <liaison@example.com>").
func NewEmail(cfg SMTPConfig, from string) (Channel, error) {
	if cfg.Host == "" || cfg.Port == 0 {
		return nil, errors.New("email: no SMTP host (set LIAISON_SMTP)")
	}
	if from == "" {
		return nil, errors.New("LIAISON_MAIL_FROM: empty (want an address such as liaison@example.com)")
	}
	addr, err := netmail.ParseAddress(from)
	if err != nil {
		return nil, fmt.Errorf("LIAISON_MAIL_FROM: %q is not an address: %w", from, err)
	}
	return &Email{cfg: cfg, from: addr, timeout: 20 * time.Second}, nil
}

// Send implements Channel. A 4xx SMTP answer and connection trouble are
// retryable; a 5xx answer (unknown user, authentication refused) is not.
func (e *Email) Send(ctx context.Context, d Delivery, r Rendered) error {
	m, err := e.message(d, r)
	if err != nil {
		return Permanent(err)
	}
	c, err := mail.NewClient(e.cfg.Host, e.options()...)
	if err != nil {
		return Permanent(fmt.Errorf("email: %w", err))
	}
	if err := c.DialAndSendWithContext(ctx, m); err != nil {
		var se *mail.SendError
		if errors.As(err, &se) && !se.IsTemp() {
			return Permanent(fmt.Errorf("email to %s: %w", d.Target.Email, err))
		}
		return Retryable(fmt.Errorf("email to %s: %w", d.Target.Email, err), 0)
	}
	return nil
}

func (e *Email) options() []mail.Option {
	opts := []mail.Option{mail.WithPort(e.cfg.Port), mail.WithTimeout(e.timeout)}
	switch e.cfg.TLS {
	case "tls":
		opts = append(opts, mail.WithSSL())
	case "none":
		opts = append(opts, mail.WithTLSPolicy(mail.NoTLS))
	default:
		opts = append(opts, mail.WithTLSPolicy(mail.TLSMandatory))
	}
	if e.cfg.Username != "" {
		auth := mail.SMTPAuthAutoDiscover
		if e.cfg.TLS == "none" {
			// The administrator chose no TLS; go-mail will not send PLAIN in
			// clear unless told explicitly.
			auth = mail.SMTPAuthPlainNoEnc
		}
		opts = append(opts, mail.WithSMTPAuth(auth), mail.WithUsername(e.cfg.Username), mail.WithPassword(e.cfg.Password))
	}
	return opts
}

// message builds the mail. The Message-ID is the delivery's ID, so a repeat
// after a lost acknowledgement is recognisably the same mail.
func (e *Email) message(d Delivery, r Rendered) (*mail.Msg, error) {
	if d.Target.Email == "" {
		return nil, errors.New("email: recipient has no address")
	}
	m := mail.NewMsg()
	if err := m.FromFormat(e.from.Name, e.from.Address); err != nil {
		return nil, fmt.Errorf("email: from: %w", err)
	}
	if err := m.AddToFormat(d.Target.Name, d.Target.Email); err != nil {
		return nil, fmt.Errorf("email: recipient %q: %w", d.Target.Email, err)
	}
	m.Subject(r.Subject)
	m.SetMessageIDWithValue(d.ID + "@liaison")
	if e.replyTo != nil {
		if a := e.replyTo(d.ID); a != "" {
			if err := m.ReplyTo(a); err != nil {
				return nil, fmt.Errorf("email: reply-to: %w", err)
			}
		}
	}
	m.SetGenHeader(mail.Header(HeaderDelivery), d.ID)
	m.SetGenHeader(mail.Header("Auto-Submitted"), "auto-generated") // RFC 3834: no auto-replies
	m.SetDate()
	m.SetBodyString(mail.TypeTextPlain, r.Text)
	m.AddAlternativeString(mail.TypeTextHTML, r.HTML)
	return m, nil
}
